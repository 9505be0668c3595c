export type { Mention, PersonName } from './mention.js';
export { resolveEntities, type ResolveOptions } from './canonical.resolver.js';
export { EMPTY_GAZETTEER, loadPersonsGazetteer, type PersonsGazetteer } from './persons.gazetteer.js';
