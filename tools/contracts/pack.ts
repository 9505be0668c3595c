import { packContracts } from './contracts-package.js';

/** `npm run contracts:pack`: prints the path of the packed `@news-pipeline/contracts` tarball. */
const { tarball } = await packContracts();
console.log(tarball);
