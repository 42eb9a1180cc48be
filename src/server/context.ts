import DataLoader from 'dataloader';
import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import { scopedDb, type ScopedDb } from '../auth/scope.js';
import type { Viewer } from '../auth/viewer.js';
import type { DB } from '../db/schema.generated.js';
import type { PluginRuntime } from '../plugin-runtime/runtime.js';
import type { PullLimits } from '../modules/export/pull-limits.js';

/**
 * Everything a resolver may use, made anew for every request: the viewer, reads scoped to it,
 * and loaders whose caches never outlive the request, so two requests never share data.
 */
export interface RequestContext {
  /** Unscoped: for writes and for tables that are not scoped (regions). Reads of scoped tables use `scoped`. */
  db: Kysely<DB>;
  scoped: ScopedDb;
  viewer: Viewer;
  logger: Logger;
  requestId: string;
  graphqlOperation: string | null;
  /** The configured plugins (null where the hub runs none, e.g. in most tests). */
  plugins: PluginRuntime | null;
  /** Per-API-key budgets of requests and records pulled (absent: unlimited). */
  pullLimits?: PullLimits;
  /** ID_NUMBER_HASH_KEY: what ID numbers written here are hashed with for 上网比对; null: the hub cannot match by ID number. */
  idNumberHashKey: string | null;
  /** A DataLoader for `name`, created on first use in this request. */
  loader<K, V>(name: string, batch: (keys: readonly K[]) => Promise<(V | Error)[]>): DataLoader<K, V, string>;
}

export function createRequestContext(deps: {
  db: Kysely<DB>;
  viewer: Viewer;
  logger: Logger;
  requestId: string;
  graphqlOperation?: string | null;
  plugins?: PluginRuntime | null;
  pullLimits?: PullLimits;
  idNumberHashKey?: string | null;
}): RequestContext {
  const loaders = new Map<string, DataLoader<any, any, string>>();
  return {
    db: deps.db,
    scoped: scopedDb(deps.db, deps.viewer),
    viewer: deps.viewer,
    logger: deps.logger,
    requestId: deps.requestId,
    graphqlOperation: deps.graphqlOperation ?? null,
    plugins: deps.plugins ?? null,
    ...(deps.pullLimits ? { pullLimits: deps.pullLimits } : {}),
    idNumberHashKey: deps.idNumberHashKey ?? null,
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
