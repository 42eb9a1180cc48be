import { unlicensedPracticeCaseSchema } from './entities/unlicensed-practice-case.js';
import { BadRecordError } from './errors.js';
import type { Entities, EntityName, SourceStream } from './plugin.js';

/** Entity contracts by name: what the runtime checks every parsed record against. */
export const ENTITY_SCHEMAS = { 'unlicensed-practice-case': unlicensedPracticeCaseSchema } as const;

export type ParsedRaw<E extends EntityName = EntityName> = { ok: true; record: Entities[E]; key: string } | { ok: false; reason: string };

/**
 * One raw record through the stream's `parse` and the entity contract, never throwing for a bad
 * record: the runtime quarantines `{ ok: false }` with its reason. Anything but a BadRecordError
 * thrown by `parse` is a bug in the plugin and propagates.
 */
export function parseRaw<E extends EntityName>(stream: SourceStream<any, E>, raw: unknown): ParsedRaw<E> {
  try {
    const parsed = ENTITY_SCHEMAS[stream.entity].safeParse(stream.parse(raw));
    if (!parsed.success) return { ok: false, reason: parsed.error.issues.map((i) => `${i.path.join('.') || 'record'}: ${i.message}`).join('; ') };
    const record = parsed.data as Entities[E];
    return { ok: true, record, key: stream.key(record) };
  } catch (error) {
    if (error instanceof BadRecordError) return { ok: false, reason: error.message };
    throw error;
  }
}
