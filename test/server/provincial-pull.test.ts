import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiKey } from '../../src/auth/api-keys.js';
import { decodePosition } from '../../src/modules/export/feed-cursor.js';
import { pull } from '../../src/pull/follow.js';
import type { ChangeLine, HubClient } from '../../src/pull/hub-client.js';
import { ChangesDocument } from '../generated/graphql.js';
import { recordPenalty, registerInstitution, registerPractitioner } from '../support/fixtures.js';
import { startTestHub, type TestHub } from '../support/hub.js';
import { expectCopyToMatchHub, pullUntilCaughtUp, startConsumer } from '../support/pull.js';

/**
 * A provincial system takes its province's snapshot and follows the feed, on either database,
 * while records change and move between provinces one after another.
 */
let hub: TestHub;
let apiKey: string;
let consumer: Awaited<ReturnType<typeof startConsumer>>;
let snapshotCursor: string;
const ids: Record<string, string> = {};
const localId = (globalId: string) => Buffer.from(globalId, 'base64').toString().split(':')[1]!;
const sql = (text: string, params: unknown[] = []) => hub.database.pool.query(text, params);

/** Wraps a client so that every change it delivers is recorded. */
function recording(client: HubClient, delivered: ChangeLine[]): HubClient {
  return {
    ...client,
    changes: async (after, options) => {
      const page = await client.changes(after, options);
      delivered.push(...page.changes);
      return page;
    },
  };
}

beforeAll(async () => {
  hub = await startTestHub();
  apiKey = (await createApiKey(hub.database.db, { name: '江苏省监管平台', provinceCode: '320000' })).key;
  ids.nantong = (await registerInstitution(hub, { regionCode: '320613', name: '南通市崇川区人民医院' })).id;
  ids.kunshan = (await registerInstitution(hub, { regionCode: '320981', name: '东台市人民医院' })).id;
  ids.shanghai = (await registerInstitution(hub, { regionCode: '310101', name: '黄浦区中心医院' })).id;
  ids.jiangsuDoctor = (await registerPractitioner(hub, { regionCode: '320613', name: '李明' })).id;
  ids.visitingDoctor = (await registerPractitioner(hub, { regionCode: '310101', name: '王芳' })).id;
  ids.shanghaiDoctor = (await registerPractitioner(hub, { regionCode: '310101', name: '赵强' })).id;
  // 多点执业: a Shanghai doctor also practises in Nantong, so Jiangsu sees him there.
  await sql(`INSERT INTO practice_registration (practitioner_id, institution_id, site_kind, valid_from) VALUES ($1, $2, 'ADDITIONAL', '2024-01-01'), ($3, $4, 'PRIMARY', '2020-01-01')`, [
    localId(ids.visitingDoctor), localId(ids.nantong), localId(ids.shanghaiDoctor), localId(ids.shanghai),
  ]);
  await sql(`INSERT INTO license (kind, number, holder_practitioner_id, issuing_authority, valid_from) VALUES ('PHYSICIAN_PRACTICE', '110310000000001', $1, '上海市卫生健康委员会', '2020-01-01')`, [localId(ids.shanghaiDoctor)]);
  await recordPenalty(hub, ids.nantong, '2026-03-02');
  await recordPenalty(hub, ids.shanghai, '2026-03-03');
  consumer = await startConsumer(hub, { apiKey });
});

afterAll(async () => {
  await consumer?.close();
  await hub?.close();
});

describe('a provincial system pulling its province', () => {
  it('takes a snapshot that holds exactly its province, row for row', async () => {
    await pullUntilCaughtUp(consumer.client, consumer.copy, hub.database.pool);
    snapshotCursor = (await consumer.copy.position())!.cursor;
    const held = await expectCopyToMatchHub(consumer.copy, consumer.client, hub.database.pool, '320000');
    expect(held.has(ids.visitingDoctor!)).toBe(true);
    expect(held.has(ids.shanghai!)).toBe(false);
    expect(held.has(ids.shanghaiDoctor!)).toBe(false);
    expect([...held.values()].map((r) => r.type)).toEqual(expect.arrayContaining(['Institution', 'Practitioner', 'PracticeRegistration', 'Penalty', 'Disclosure', 'CreditEvaluation']));
  });

  it('follows changes, moves between provinces arriving as tombstones and upserts, resuming without gaps or repeats', async () => {
    const newcomer = await registerInstitution(hub, { regionCode: '320723', name: '灌云县人民医院' });
    await sql(`UPDATE institution SET name = '东台市第一人民医院', version = version + 1 WHERE id = $1`, [localId(ids.kunshan!)]);
    // Nantong's hospital moves to Shanghai: it, its staff seen only through it, and its records leave Jiangsu.
    await sql(`UPDATE institution SET region_code = '310101' WHERE id = $1`, [localId(ids.nantong!)]);
    // Shanghai's hospital moves to Jiangsu, with its doctor and his license.
    await sql(`UPDATE institution SET region_code = '320613' WHERE id = $1`, [localId(ids.shanghai!)]);
    await recordPenalty(hub, ids.jiangsuDoctor!, '2026-04-01');

    const delivered: ChangeLine[] = [];
    // Two pages of two changes, then the consumer stops as if restarted…
    const stop = new AbortController();
    let pages = 0;
    await pull(recording(consumer.client, delivered), consumer.copy, {
      pageSize: 2,
      follow: true,
      pollIntervalMs: 10,
      signal: stop.signal,
      onProgress: (event) => event.kind === 'changes' && event.count > 0 && ++pages === 2 && stop.abort(),
    });
    expect(delivered.length).toBeGreaterThanOrEqual(2);
    expect(delivered.length).toBeLessThanOrEqual(4);
    // …and a new process resumes from the copy's stored cursor.
    const resumed = await startConsumer(hub, { apiKey });
    try {
      await pullUntilCaughtUp(recording(resumed.client, delivered), consumer.copy, hub.database.pool, { pageSize: 2 });
    } finally {
      await resumed.close();
    }

    const cursors = delivered.map((c) => c.cursor);
    expect(new Set(cursors).size).toBe(cursors.length);
    const opOf = (id: string) => delivered.filter((c) => c.id === id).map((c) => c.op);
    expect(opOf(ids.nantong!)).toEqual(['DELETE']);
    expect(opOf(ids.visitingDoctor!)).toEqual(['DELETE']);
    expect(opOf(ids.shanghai!)).toEqual(['UPSERT']);
    expect(opOf(ids.shanghaiDoctor!)).toEqual(['UPSERT']);
    expect(opOf(newcomer.id)).toEqual(['UPSERT']);
    const held = await expectCopyToMatchHub(consumer.copy, consumer.client, hub.database.pool, '320000');
    expect(held.get(ids.kunshan!)?.record.name).toBe('东台市第一人民医院');
  });

  it('serves the graph’s changes in the same order and shape as the NDJSON feed', async () => {
    const ndjson = await consumer.client.changes(snapshotCursor, { limit: 100 });
    const audited = async () => Number((await sql(`SELECT count(*) FROM audit_log WHERE operation = 'EXPORT' AND entity_type = 'Changes'`)).rows[0].count);
    const before = await audited();
    const graph = await hub.executeAs({ apiKey }, ChangesDocument, { after: snapshotCursor, first: 100 });
    expect(graph.errors).toBeUndefined();
    expect(await audited()).toBe(before + 1);
    const edges = graph.data!.changes.edges;
    expect(edges.map((e) => [e.cursor, e.node.op, e.node.type, e.node.id, e.node.record ?? undefined])).toEqual(
      ndjson.changes.map((c) => [c.cursor, c.op, c.type, c.id, c.record]),
    );
    // Caught up, both continue from the feed's present position (which moves on as the hub writes).
    expect(decodePosition(graph.data!.changes.resumeCursor).fromXid).toBeDefined();
    expect(decodePosition(ndjson.end.cursor).fromXid).toBeDefined();
  });
});
