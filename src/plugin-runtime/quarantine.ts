import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.generated.js';
import { parseRaw } from '../plugin-sdk/contract.js';
import type { Plugin } from '../plugin-sdk/index.js';
import type { EntityWriters } from './writers/index.js';

export type QuarantineOutcome = { ok: true } | { ok: false; code: 'NOT_FOUND' | 'ALREADY_RESOLVED' | 'STILL_UNREADABLE' | 'UNKNOWN_PLUGIN'; message: string };

/** The held record, locked for the rest of the transaction so two administrators cannot both resolve it. */
async function heldRecord(trx: Kysely<DB>, id: string) {
  return trx.selectFrom('quarantined_record').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

/**
 * Reads a quarantined record again with its plugin's current parser and the entity contract
 * (after a fix to the data, the region catalogue or the plugin). If it now reads, it is written
 * exactly as a synced record would be — never over a newer version — and marked RELEASED; if
 * not, it stays held and the answer says why.
 */
export async function releaseQuarantined(db: Kysely<DB>, installed: readonly Plugin[], writers: EntityWriters, id: string, actor: string): Promise<QuarantineOutcome> {
  return db.transaction().execute(async (trx) => {
    const held = await heldRecord(trx, id);
    if (!held) return { ok: false, code: 'NOT_FOUND', message: `no quarantined record ${id}` };
    if (held.status !== 'HELD') return { ok: false, code: 'ALREADY_RESOLVED', message: `quarantined record ${id} was already ${held.status.toLowerCase()}` };
    const source = installed.find((p) => p.name === held.plugin);
    const stream = source?.kind === 'source' ? source.streams[held.stream] : undefined;
    if (!stream) return { ok: false, code: 'UNKNOWN_PLUGIN', message: `plugin ${held.plugin} (stream ${held.stream}) is no longer installed` };
    const parsed = parseRaw(stream, JSON.parse(held.raw) as unknown);
    if (!parsed.ok) return { ok: false, code: 'STILL_UNREADABLE', message: parsed.reason };
    const writer = writers[stream.entity];
    const [unresolved] = await writer.unknownReferences(trx, [parsed.record]);
    if (unresolved) return { ok: false, code: 'STILL_UNREADABLE', message: unresolved };
    await writer.write(trx, held.plugin, [parsed.record], new Date().toISOString());
    await trx.updateTable('quarantined_record').set({ status: 'RELEASED', resolved_at: new Date(), resolved_by: actor }).where('id', '=', id).execute();
    return { ok: true };
  });
}

/** Drops a quarantined record for good, with the administrator's note. */
export async function discardQuarantined(db: Kysely<DB>, id: string, actor: string, note: string): Promise<QuarantineOutcome> {
  return db.transaction().execute(async (trx) => {
    const held = await heldRecord(trx, id);
    if (!held) return { ok: false, code: 'NOT_FOUND', message: `no quarantined record ${id}` };
    if (held.status !== 'HELD') return { ok: false, code: 'ALREADY_RESOLVED', message: `quarantined record ${id} was already ${held.status.toLowerCase()}` };
    await trx.updateTable('quarantined_record').set({ status: 'DISCARDED', resolved_at: new Date(), resolved_by: actor, resolution_note: note }).where('id', '=', id).execute();
    return { ok: true };
  });
}
