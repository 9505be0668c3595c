/** Injection token of the service's kafkajs client (only this lib touches kafkajs directly). */
export const KAFKA = Symbol('KAFKA');
