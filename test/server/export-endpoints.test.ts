import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiKey } from '../../src/auth/api-keys.js';
import { pruneChangeFeed } from '../../src/jobs/tasks/change-feed-retention.js';
import { createHub } from '../../src/server/create-hub.js';
import { ChangesDocument } from '../generated/graphql.js';
import { registerInstitution, registerPractitioner } from '../support/fixtures.js';
import { startTestHub, TEST_JWT_SECRET, type TestHub } from '../support/hub.js';
import { quietLogger } from '../support/settings.js';

let hub: TestHub;
let apiKey: string;
let apiKeyId: string;
let regulator: string;
let practitionerId: string;
const sql = (text: string, params: unknown[] = []) => hub.database.pool.query(text, params);
const localId = (globalId: string) => Buffer.from(globalId, 'base64').toString().split(':')[1]!;

function get(path: string, headers: Record<string, string> = {}, target = hub.hub, signal?: AbortSignal) {
  return target.fetch(new Request(`http://hub.test${path}`, { headers, ...(signal ? { signal } : {}) }));
}
/** The status of a request whose body is read to the end (a snapshot holds its connection until then). */
const statusOf = async (response: Response) => (await response.arrayBuffer(), response.status);
const lines = async (response: Response) => (await response.text()).trim().split('\n').map((l) => JSON.parse(l));
const snapshotCursor = async () => (await lines(await get('/export/snapshot?types=Institution', { 'x-api-key': apiKey }))).at(-1).cursor as string;

beforeAll(async () => {
  hub = await startTestHub();
  ({ key: apiKey, id: apiKeyId } = await createApiKey(hub.database.db, { name: '江苏省监管平台', provinceCode: '320000' }));
  regulator = await hub.token({ sub: 'jiangsu-inspector', role: 'regulator', jurisdictions: ['320000'] });
  await registerInstitution(hub, { regionCode: '320613', name: '南通市第一人民医院' });
  await registerInstitution(hub, { regionCode: '310101', name: '黄浦区中心医院' });
  practitionerId = (await registerPractitioner(hub, { regionCode: '320613', phone: '13912345678' })).id;
});

afterAll(async () => {
  await hub?.close();
});

describe('who may export', () => {
  it('refuses the public with 401 and institution accounts with 403, in the graph’s error shape', async () => {
    const anonymous = await get('/export/snapshot');
    expect(anonymous.status).toBe(401);
    expect((await anonymous.json()).errors[0].extensions.code).toBe('UNAUTHENTICATED');
    const institution = await hub.token({ sub: 'hospital', role: 'institution', institution_id: '1' });
    const own = await get('/export/changes?after=x', { authorization: `Bearer ${institution}` });
    expect(own.status).toBe(403);
    expect((await own.json()).errors[0].extensions.code).toBe('FORBIDDEN');
    expect((await get('/export/snapshot', { 'x-api-key': 'jgk_not-a-key' })).status).toBe(401);
  });

  it('rejects unknown types and malformed cursors with 400 naming the parameter', async () => {
    const types = await get('/export/snapshot?types=Institution,Hospital', { 'x-api-key': apiKey });
    expect(types.status).toBe(400);
    expect((await types.json()).errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'types' });
    const cursor = await get('/export/changes?after=bm90LWEtY3Vyc29y', { 'x-api-key': apiKey });
    expect(cursor.status).toBe(400);
    expect((await cursor.json()).errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });
});

describe('the snapshot', () => {
  it('gives only the asked types, ends with the count and a cursor, and is gzipped for clients that accept it', async () => {
    const plain = await lines(await get('/export/snapshot?types=Institution', { 'x-api-key': apiKey }));
    const end = plain.at(-1);
    expect(end).toMatchObject({ end: true, count: plain.length - 1 });
    expect(plain.slice(0, -1).map((l) => [l.type, l.record.regionCode])).toEqual([['Institution', '320613']]);
    const zipped = await get('/export/snapshot?types=Institution', { 'x-api-key': apiKey, 'accept-encoding': 'gzip, br' });
    expect(zipped.headers.get('content-encoding')).toBe('gzip');
    const unzipped = gunzipSync(Buffer.from(await zipped.arrayBuffer())).toString().trim().split('\n').map((l) => JSON.parse(l));
    expect(unzipped.slice(0, -1)).toEqual(plain.slice(0, -1));
  });

  it('never gives a provincial key ID numbers or phones, and audits the export and the key’s use', async () => {
    const before = Number((await sql(`SELECT max(id) AS id FROM audit_log`)).rows[0].id ?? 0);
    const practitioners = (await lines(await get('/export/snapshot?types=Practitioner', { 'x-api-key': apiKey }))).slice(0, -1);
    expect(practitioners.map((p) => p.id)).toEqual([practitionerId]);
    expect(practitioners[0].record).not.toHaveProperty('idNumber');
    expect(JSON.stringify(practitioners)).not.toContain('13912345678');
    const { rows } = await sql(`SELECT operation, entity_type, entity_ids, api_key_id FROM audit_log WHERE id > $1 ORDER BY id`, [before]);
    expect(rows.map((r) => r.operation)).toEqual(['API_KEY_USE', 'EXPORT']);
    expect(rows[1]).toMatchObject({ entity_type: 'Snapshot', entity_ids: ['Practitioner'] });
  });

  it('gives a regulator ID numbers and phones in his jurisdiction, each read audited with the ids read', async () => {
    const before = Number((await sql(`SELECT max(id) AS id FROM audit_log`)).rows[0].id ?? 0);
    const practitioners = (await lines(await get('/export/snapshot?types=Practitioner', { authorization: `Bearer ${regulator}` }))).slice(0, -1);
    expect(practitioners[0].record).toMatchObject({ phone: '13912345678', idNumber: expect.any(String) });
    const { rows } = await sql(`SELECT actor, entity_ids FROM audit_log WHERE id > $1 AND operation = 'READ_PERSONAL_INFORMATION'`, [before]);
    expect(rows).toEqual([{ actor: 'jiangsu-inspector', entity_ids: [localId(practitionerId)] }]);
  });

  it('stops reading as soon as the client goes away, and frees its connection', async () => {
    await sql(`INSERT INTO institution (name, uscc, region_code, category, ownership, profit_status, grade)
      SELECT '村卫生室' || n, 'BULK' || n, '320613', 'VILLAGE_CLINIC', 'PRIVATE', 'FOR_PROFIT', 'UNGRADED' FROM generate_series(1, 20000) AS n`);
    const points = async () => Number((await sql(`SELECT points FROM rate_limit WHERE key = $1`, [`records:api-key:${apiKeyId}`])).rows[0]?.points ?? 0);
    const before = await points();
    const leaving = new AbortController();
    const response = await get('/export/snapshot?types=Institution', { 'x-api-key': apiKey }, hub.hub, leaving.signal);
    const reader = response.body!.getReader();
    await reader.read();
    leaving.abort();
    await reader.cancel().catch(() => undefined);
    // The records charged to the key are those read before it left, far fewer than the province holds.
    await expect.poll(points).toBeGreaterThan(before);
    const charged = (await points()) - before;
    await expect.poll(() => hub.database.pool.idleCount).toBe(hub.database.pool.totalCount);
    const full = (await lines(await get('/export/snapshot?types=Institution', { 'x-api-key': apiKey }))).at(-1).count;
    expect(full).toBeGreaterThan(20_000);
    expect(charged).toBeLessThan(10_000);
    expect((await points()) - before - charged).toBe(full);
  });
});

describe('the change feed', () => {
  it('gives a regulator’s upserts with personal information, audited', async () => {
    const cursor = (await lines(await get('/export/snapshot?types=Practitioner', { authorization: `Bearer ${regulator}` }))).at(-1).cursor;
    await sql(`UPDATE practitioner SET phone = '13800000001' WHERE id = $1`, [localId(practitionerId)]);
    // (The feed's horizon is server-wide: another database's transaction may delay the change.)
    let page: any[] = [];
    await expect.poll(async () => (page = await lines(await get(`/export/changes?after=${cursor}&types=Practitioner`, { authorization: `Bearer ${regulator}` }))).length).toBeGreaterThan(1);
    expect(page[0]).toMatchObject({ op: 'UPSERT', id: practitionerId, record: { phone: '13800000001' } });
    const provincial = await lines(await get(`/export/changes?after=${cursor}&types=Practitioner`, { 'x-api-key': apiKey }));
    expect(provincial[0].record).not.toHaveProperty('phone');
  });

  it('tells a consumer whose cursor is older than the retention to take a new snapshot', async () => {
    const old = await snapshotCursor();
    await registerInstitution(hub, { regionCode: '320613', name: '崇川区妇幼保健院' });
    await sql(`UPDATE change_log SET recorded_at = now() - interval '30 days'`);
    // Pruning keeps entries of transactions that may still run (server-wide): prune until the
    // institution registered after the snapshot is gone.
    await expect.poll(async () => (await pruneChangeFeed(hub.database.db, 7), Number((await sql('SELECT count(*) FROM change_log')).rows[0].count)), { timeout: 30_000 }).toBe(0);
    const response = await get(`/export/changes?after=${old}`, { 'x-api-key': apiKey });
    expect(response.status).toBe(410);
    const error = (await response.json()).errors[0];
    expect(error.extensions.code).toBe('CURSOR_EXPIRED');
    expect(error.message).toMatch(/new snapshot/);
    const graph = await hub.executeAs({ apiKey }, ChangesDocument, { after: old });
    expect(graph.errors?.[0]?.extensions?.code).toBe('CURSOR_EXPIRED');
    // A fresh snapshot's cursor follows again.
    expect(await statusOf(await get(`/export/changes?after=${await snapshotCursor()}`, { 'x-api-key': apiKey }))).toBe(200);
  });
});

describe('per-key limits', () => {
  it('answers 429 with Retry-After past the request budget, shared by every hub on the database, and the graph the same', async () => {
    const limited = { PULL_REQUESTS_PER_MINUTE: 3 };
    const key = (await createApiKey(hub.database.db, { name: '上海市监管平台', provinceCode: '310000' })).key;
    const first = createHub({ config: { JIANGUAN_PROFILE: 'development', JWT_SECRET: TEST_JWT_SECRET, ...limited }, database: hub.database, logger: quietLogger });
    const second = createHub({ config: { JIANGUAN_PROFILE: 'development', JWT_SECRET: TEST_JWT_SECRET, ...limited }, database: hub.database, logger: quietLogger });
    expect(await statusOf(await get('/export/snapshot?types=Institution', { 'x-api-key': key }, first))).toBe(200);
    expect(await statusOf(await get('/export/snapshot?types=Institution', { 'x-api-key': key }, second))).toBe(200);
    expect(await statusOf(await get('/export/snapshot?types=Institution', { 'x-api-key': key }, first))).toBe(200);
    const refused = await get('/export/snapshot?types=Institution', { 'x-api-key': key }, second);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await refused.json()).errors[0].extensions).toMatchObject({ code: 'RATE_LIMITED', limit: 'REQUESTS' });
    const graph = await first.fetch('http://hub.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-api-key': key },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(graph.status).toBe(429);
    expect(Number(graph.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await graph.json()).errors[0].extensions).toMatchObject({ code: 'RATE_LIMITED', retryAfterSeconds: expect.any(Number) });
  });

  it('refuses a key that has pulled its records for the hour', async () => {
    const key = (await createApiKey(hub.database.db, { name: '浙江省监管平台', provinceCode: '320000' })).key;
    const budget = createHub({ config: { JIANGUAN_PROFILE: 'development', JWT_SECRET: TEST_JWT_SECRET, PULL_RECORDS_PER_HOUR: 5 }, database: hub.database, logger: quietLogger });
    expect(await statusOf(await get('/export/snapshot?types=Institution', { 'x-api-key': key }, budget))).toBe(200);
    const refused = await get('/export/snapshot?types=Institution', { 'x-api-key': key }, budget);
    expect(refused.status).toBe(429);
    expect((await refused.json()).errors[0].extensions).toMatchObject({ code: 'RATE_LIMITED', limit: 'RECORDS' });
  });
});
