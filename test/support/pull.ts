import type pg from 'pg';
import { expect } from 'vitest';
import { decodePosition, positionXid } from '../../src/modules/export/feed-cursor.js';
import { pull, type FollowOptions } from '../../src/pull/follow.js';
import { hubClient, type HubClient, type RecordLine } from '../../src/pull/hub-client.js';
import { LocalCopy, openStore } from '../../src/pull/local-copy.js';
import type { TestHub } from './hub.js';

/** A consumer talking to the in-process hub, with its copy in an in-memory embedded database. */
export async function startConsumer(hub: TestHub, credentials: { apiKey: string } | { token: string }) {
  const client = hubClient({ hubUrl: 'http://hub.test', credentials, fetch: async (request) => hub.hub.fetch(request), acceptGzip: false });
  const store = await openStore('memory://');
  const copy = await LocalCopy.open(store);
  return { client, copy, close: () => store.close() };
}

/**
 * Pulls until the copy has every change committed so far. The feed's horizon is the oldest
 * transaction running on the whole server, so another database's transaction (another test's)
 * can hold it back for a while: wait for it rather than read a copy that is merely late.
 */
export async function pullUntilCaughtUp(client: HubClient, copy: LocalCopy, pool: pg.Pool, options: FollowOptions = {}) {
  const { rows } = await pool.query<{ next: string }>('SELECT pg_snapshot_xmax(pg_current_snapshot())::text AS next');
  const target = BigInt(rows[0]!.next);
  await expect
    .poll(
      async () => {
        await pull(client, copy, options);
        return BigInt(positionXid(decodePosition((await copy.position())!.cursor))) >= target;
      },
      { timeout: 60_000, interval: 100 },
    )
    .toBe(true);
}

/** What a fresh snapshot gives now, by global id. */
export async function snapshotNow(client: HubClient) {
  const records = new Map<string, { type: string; record: Record<string, unknown> }>();
  for await (const line of client.snapshot()) {
    if ('end' in line) continue;
    records.set(line.id, { type: (line as RecordLine).type, record: line.record });
  }
  return records;
}

const globalId = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString('base64');

/**
 * The province's rows by type, computed independently of the hub's scope code: institutions and
 * disclosures by region; practitioners registered there or practising there; registrations,
 * licenses, validations, records and score statuses through them.
 */
export async function provinceRowIds(pool: pg.Pool, province: string): Promise<Set<string>> {
  const p = province.slice(0, 2);
  const { rows } = await pool.query<{ type: string; id: string }>(
    `WITH inst AS (SELECT id FROM institution WHERE left(region_code, 2) = $1),
     prac AS (SELECT id FROM practitioner p WHERE left(region_code, 2) = $1
              OR EXISTS (SELECT 1 FROM practice_registration r JOIN inst ON inst.id = r.institution_id WHERE r.practitioner_id = p.id)),
     lic AS (SELECT id FROM license WHERE holder_institution_id IN (SELECT id FROM inst) OR holder_practitioner_id IN (SELECT id FROM prac))
     SELECT 'Institution' AS type, id::text FROM inst
     UNION ALL SELECT 'Practitioner', id::text FROM prac
     UNION ALL SELECT 'PracticeRegistration', id::text FROM practice_registration WHERE institution_id IN (SELECT id FROM inst)
     UNION ALL SELECT 'License', id::text FROM lic
     UNION ALL SELECT 'LicenseValidation', id::text FROM license_validation WHERE license_id IN (SELECT id FROM lic)
     UNION ALL SELECT 'Inspection', id::text FROM inspection WHERE subject_institution_id IN (SELECT id FROM inst) OR subject_practitioner_id IN (SELECT id FROM prac)
     UNION ALL SELECT 'Penalty', id::text FROM penalty WHERE subject_institution_id IN (SELECT id FROM inst) OR subject_practitioner_id IN (SELECT id FROM prac)
     UNION ALL SELECT 'ScoreEvent', id::text FROM score_event WHERE subject_institution_id IN (SELECT id FROM inst) OR subject_practitioner_id IN (SELECT id FROM prac)
     UNION ALL SELECT 'CreditEvaluation', id::text FROM credit_evaluation WHERE institution_id IN (SELECT id FROM inst)
     UNION ALL SELECT 'CreditListEntry', id::text FROM credit_list_entry WHERE subject_institution_id IN (SELECT id FROM inst) OR subject_practitioner_id IN (SELECT id FROM prac)
     UNION ALL SELECT 'Disclosure', id::text FROM disclosure WHERE left(region_code, 2) = $1
     UNION ALL SELECT 'InstitutionScoreStatus', id::text FROM inst WHERE EXISTS (SELECT 1 FROM score_event e WHERE e.subject_institution_id = inst.id)
     UNION ALL SELECT 'PractitionerScoreStatus', id::text FROM prac WHERE EXISTS (SELECT 1 FROM score_event e WHERE e.subject_practitioner_id = prac.id)`,
    [p],
  );
  return new Set(rows.map((r) => globalId(r.type, r.id)));
}

/** The consumer's copy equals the hub's data for the province, row for row, and holds nothing else. */
export async function expectCopyToMatchHub(copy: LocalCopy, client: HubClient, pool: pg.Pool, province: string) {
  const held = await copy.records();
  const fresh = await snapshotNow(client);
  expect([...held.keys()].sort()).toEqual([...(await provinceRowIds(pool, province))].sort());
  expect(Object.fromEntries(held)).toEqual(Object.fromEntries(fresh));
  for (const { type, record } of held.values()) {
    if (type === 'Institution' || type === 'Disclosure') expect(String(record.regionCode).slice(0, 2)).toBe(province.slice(0, 2));
  }
  return held;
}
