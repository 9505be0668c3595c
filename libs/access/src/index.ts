export { generateApiKey, hashApiKey, keyPrefix } from './api-key.js';
export { revokeKeys, type KeyTable } from './key-revocation.js';
export { CreateReadApiKeys1765100000000 } from './create-read-api-keys.migration.js';
export { ReadKeyRepository, type ReadKeyRecord } from './read-key.repository.js';
export { scopesOf, type ReadPrincipal, type ReadScope } from './read-scope.js';
export { ReadKeyAuthenticator } from './read-key.authenticator.js';
