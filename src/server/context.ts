import DataLoader from 'dataloader';
import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import type { DB } from '../db/schema.generated.js';

/**
 * Everything a resolver may use, made anew for every request: loaders and their caches never
 * outlive the request, so two requests never share data.
 */
export interface RequestContext {
  db: Kysely<DB>;
  logger: Logger;
  requestId: string;
  /** A DataLoader for `name`, created on first use in this request. */
  loader<K, V>(name: string, batch: (keys: readonly K[]) => Promise<(V | Error)[]>): DataLoader<K, V, string>;
}

export function createRequestContext(deps: { db: Kysely<DB>; logger: Logger; requestId: string }): RequestContext {
  const loaders = new Map<string, DataLoader<any, any, string>>();
  return {
    ...deps,
    loader(name, batch) {
      let loader = loaders.get(name);
      if (!loader) {
        loader = new DataLoader(batch, { cacheKeyFn: (key) => (typeof key === 'string' ? key : JSON.stringify(key)) });
        loaders.set(name, loader);
      }
      return loader;
    },
  };
}
