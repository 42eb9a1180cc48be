import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiKey } from '../../src/auth/api-keys.js';
import { addDays } from '../../src/domain/scoring/dates.js';
import { todayInChina } from '../../src/domain/today.js';
import { emitAgedScoreStatuses } from '../../src/jobs/tasks/score-status-ageing.js';
import { SubjectScoreStatusDocument } from '../generated/graphql.js';
import { registerInstitution } from '../support/fixtures.js';
import { startTestHub, type TestHub } from '../support/hub.js';

/**
 * 记分状态 reach provincial systems as computed lines: in the snapshot, in the feed when an event
 * changes, and in the feed when time alone changes them (the daily ageing job).
 */
let hub: TestHub;
let apiKey: string;
const ids: Record<string, string> = {};
const localId = (globalId: string) => Buffer.from(globalId, 'base64').toString().split(':')[1]!;
const statusId = (institutionId: string) => Buffer.from(`InstitutionScoreStatus:${localId(institutionId)}`).toString('base64');
const sql = (text: string, params: unknown[] = []) => hub.database.pool.query(text, params);
const get = (path: string) => hub.hub.fetch(new Request(`http://hub.test${path}`, { headers: { 'x-api-key': apiKey } }));
const lines = async (path: string) => (await (await get(path)).text()).trim().split('\n').map((l) => JSON.parse(l));
const year = todayInChina().slice(0, 4);

/** A Guangdong score event (GD-INSTITUTION: calendar-year cycles) against an institution. */
async function score(institutionId: string, itemCode: string, points: number, occurredOn: string) {
  await sql(
    `INSERT INTO score_event (rule_set_id, rule_code, subject_institution_id, item_code, points, occurred_on, source_kind, recorded_by)
     SELECT id, code, $1, $2, $3, $4, 'INSPECTION', 'test' FROM score_rule_set WHERE code = 'GD-INSTITUTION' AND version = 1`,
    [localId(institutionId), itemCode, points, occurredOn],
  );
}

/** The calendar-year window of a Guangdong status record. */
const yearWindow = (record: any) => record.statuses[0].windows.find((w: any) => w.kind === 'CALENDAR_YEAR');

/** The feed's status lines after `cursor`, once the change is past the server's horizon. */
async function statusChangesAfter(cursor: string, count = 1) {
  let page: any[] = [];
  await expect
    .poll(async () => (page = (await lines(`/export/changes?after=${cursor}&types=InstitutionScoreStatus`)).slice(0, -1)).length, { timeout: 30_000 })
    .toBeGreaterThanOrEqual(count);
  return page;
}

beforeAll(async () => {
  hub = await startTestHub();
  apiKey = (await createApiKey(hub.database.db, { name: '广东省监管平台', provinceCode: '440000' })).key;
  ids.scored = (await registerInstitution(hub, { regionCode: '440106', name: '天河区人民医院' })).id;
  ids.clean = (await registerInstitution(hub, { regionCode: '440106', name: '天河区中医院' })).id;
  ids.elsewhere = (await registerInstitution(hub, { regionCode: '320613', name: '南通市第一人民医院' })).id;
  await score(ids.scored, 'GD-01', 6, `${year}-01-05`);
  await score(ids.elsewhere, 'GD-01', 6, `${year}-01-05`);
});

afterAll(async () => {
  await hub?.close();
});

describe('score status for provincial systems', () => {
  it('is in the snapshot once for each institution of the province with score events, as the graph computes it today', async () => {
    const snapshot = await lines('/export/snapshot?types=InstitutionScoreStatus');
    const records = snapshot.slice(0, -1);
    expect(records.map((l) => [l.type, l.id])).toEqual([['InstitutionScoreStatus', statusId(ids.scored!)]]);
    const { record } = records[0];
    expect(record).toMatchObject({ subjectId: ids.scored, asOf: todayInChina() });
    const graph = await hub.execute(SubjectScoreStatusDocument, { id: ids.scored! });
    const statuses = (graph.data!.node as { scoreStatus: { current: { windows: { points: number }[]; consequences: string[] } }[] }).scoreStatus;
    expect(record.statuses.map((s: any) => s.windows.map((w: any) => w.points))).toEqual(statuses.map((s) => s.current.windows.map((w) => w.points)));
    expect(record.statuses).toEqual([expect.objectContaining({ ruleSetCode: 'GD-INSTITUTION' })]);
    expect(yearWindow(record)).toMatchObject({ start: `${year}-01-01`, end: `${Number(year) + 1}-01-01`, points: 6 });
  });

  it('comes again through the feed, recomputed, when an event is recorded, and as a tombstone when the last is gone', async () => {
    const cursor = (await lines('/export/snapshot?types=InstitutionScoreStatus')).at(-1).cursor;
    await score(ids.scored!, 'GD-05', 10, `${year}-01-06`);
    const [upsert] = await statusChangesAfter(cursor);
    expect(upsert).toMatchObject({ op: 'UPSERT', id: statusId(ids.scored!) });
    expect(yearWindow(upsert.record)).toMatchObject({ points: 16, eventIds: expect.any(Array) });
    await sql(`DELETE FROM score_event WHERE subject_institution_id = $1`, [localId(ids.scored!)]);
    const changes = await statusChangesAfter(upsert.cursor);
    expect(changes.map((c) => [c.op, c.id])).toEqual([['DELETE', statusId(ids.scored!)]]);
  });

  it('comes again when time alone changes it: the daily job re-sends statuses whose cycle turned over, and no others', async () => {
    await score(ids.scored!, 'GD-03', 4, '2025-03-01');
    const cursor = (await lines('/export/snapshot?types=InstitutionScoreStatus')).at(-1).cursor;
    // Mid-cycle the event still counts the day before and the day of: nothing to re-send.
    expect(await emitAgedScoreStatuses(hub.database.db, '2025-06-15')).toMatchObject({ changed: 0 });
    // On New Year's Day the 2025 cycle ends and the event no longer counts.
    expect(await emitAgedScoreStatuses(hub.database.db, '2026-01-01')).toMatchObject({ changed: 1 });
    const changes = await statusChangesAfter(cursor);
    expect(changes.map((c) => [c.op, c.id])).toEqual([['UPSERT', statusId(ids.scored!)]]);
  });

  it('catches up over days the hub was stopped, in one run: compared with the last day a run completed for', async () => {
    // Recorded ahead, an event counts from the day it occurs on: the status changes on that day.
    const due = '2027-06-10';
    ids.dueLater = (await registerInstitution(hub, { regionCode: '440106', name: '天河区妇幼保健院' })).id;
    await score(ids.dueLater, 'GD-04', 1, due);
    await emitAgedScoreStatuses(hub.database.db, addDays(due, -5));
    const cursor = (await lines('/export/snapshot?types=InstitutionScoreStatus')).at(-1).cursor;
    const statusEntries = async () =>
      (await sql(`SELECT count(*)::int AS n FROM change_log WHERE entity_type = 'InstitutionScoreStatus'`)).rows[0].n as number;

    // Stopped until three days later, beyond what the job queue makes up: the change is still found,
    // and only it (the other Guangdong institution's status is the same on both days).
    expect(await emitAgedScoreStatuses(hub.database.db, addDays(due, 3))).toMatchObject({ since: addDays(due, -5), changed: 1 });
    const changes = await statusChangesAfter(cursor);
    expect(changes.map((c) => [c.op, c.id])).toEqual([['UPSERT', statusId(ids.dueLater!)]]);

    // The same day again, or a day before it made up late: nothing to compare, nothing recorded.
    const recorded = await statusEntries();
    expect(await emitAgedScoreStatuses(hub.database.db, addDays(due, 3))).toEqual({ since: addDays(due, 3), compared: 0, changed: 0 });
    expect(await emitAgedScoreStatuses(hub.database.db, addDays(due, 2))).toEqual({ since: addDays(due, 3), compared: 0, changed: 0 });
    // The next day compares with the day before, where nothing changed: no status is re-sent.
    const next = await emitAgedScoreStatuses(hub.database.db, addDays(due, 4));
    expect(next).toMatchObject({ since: addDays(due, 3), changed: 0 });
    expect(next.compared).toBeGreaterThanOrEqual(2);
    expect(await statusEntries()).toBe(recorded);
  });
});
