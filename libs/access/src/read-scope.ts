/**
 * What a read key may do: `read` covers articles, entities, stories and the change feed; `admin` adds the
 * operators' routes (sources, feeds, dead letters). An admin key can always read.
 */
export type ReadScope = 'read' | 'admin';

/** Who a read request comes from, once its key is known. */
export interface ReadPrincipal {
  readonly name: string;
  readonly scopes: readonly ReadScope[];
  /** The only sources the key may read, or null for all of them. */
  readonly sources: readonly string[] | null;
}

/** The scopes a key created for `scope` carries. */
export function scopesOf(scope: ReadScope): ReadScope[] {
  return scope === 'admin' ? ['read', 'admin'] : ['read'];
}
