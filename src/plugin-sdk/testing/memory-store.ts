import { parseRaw } from '../contract.js';
import type { Entities, EntityName, Json, PluginContext, SourcePlugin, SourceStream } from '../plugin.js';

type AnyRecord = Entities[EntityName];

/** A record as one line with sorted keys, so equal records compare equal however they were built. */
export function canonicalLine(key: string, record: object): string {
  const sorted = Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : 1)));
  return `${key} ${JSON.stringify(sorted)}`;
}

/**
 * The runtime's semantics in memory, for the conformance kit: a batch and its checkpoint are
 * applied together; a record replaces the stored one unless the stored one is newer by the
 * source's own update time.
 */
export class MemoryStore {
  readonly records = new Map<string, AnyRecord>();
  readonly quarantined: { raw: unknown; reason: string }[] = [];
  checkpoints = new Map<string, Json>();
  batches = 0;

  apply(streamName: string, stream: SourceStream<unknown, EntityName>, records: unknown[], checkpoint: Json) {
    for (const raw of records) {
      const parsed = parseRaw(stream, raw);
      if (!parsed.ok) {
        this.quarantined.push({ raw, reason: parsed.reason });
        continue;
      }
      const key = `${streamName}/${parsed.key}`;
      const stored = this.records.get(key);
      if (!stored || Date.parse(stored.sourceUpdatedAt) <= Date.parse(parsed.record.sourceUpdatedAt)) this.records.set(key, parsed.record);
    }
    this.checkpoints.set(streamName, checkpoint);
    this.batches++;
  }

  /** Every record as a canonical string, sorted: two stores with the same data compare equal. */
  snapshot(): string[] {
    return [...this.records.entries()].map(([key, record]) => canonicalLine(key, record)).sort();
  }
}

/**
 * Reads every stream of `plugin` into `store`, from the store's checkpoints. `stopAfterBatches`
 * simulates a crash: the read stops there, leaving only what was committed.
 */
export async function syncInto(plugin: SourcePlugin, config: unknown, store: MemoryStore, ctx: PluginContext, stopAfterBatches = Infinity): Promise<'finished' | 'stopped'> {
  let applied = 0;
  for (const [name, stream] of Object.entries(plugin.streams)) {
    for await (const batch of stream.read(config, store.checkpoints.get(name) ?? null, ctx)) {
      if (applied >= stopAfterBatches) return 'stopped';
      store.apply(name, stream as SourceStream<unknown, EntityName>, batch.records, batch.checkpoint);
      applied++;
    }
  }
  return 'finished';
}
