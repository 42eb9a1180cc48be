import type { Transaction } from 'kysely';
import type { DB } from '../../db/schema.generated.js';
import type { Entities, EntityName } from '../../plugin-sdk/index.js';

/** How the runtime persists one entity: the only code that writes plugin data to its table. */
export interface EntityWriter<R> {
  /** Per record, why a reference it makes (a region, …) does not resolve, or null. */
  unknownReferences(trx: Transaction<DB>, records: readonly R[]): Promise<(string | null)[]>;
  /** Upserts by (plugin, key); records are distinct by key. Counts what changed and what did not. */
  write(trx: Transaction<DB>, plugin: string, records: readonly R[], receivedAt: string): Promise<{ written: number; unchanged: number }>;
}

export type EntityWriters = { [E in EntityName]: EntityWriter<Entities[E]> };
