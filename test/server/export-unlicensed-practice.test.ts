import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiKey } from '../../src/auth/api-keys.js';
import type { PluginRuntime } from '../../src/plugin-runtime/index.js';
import { newIdNumber } from '../support/fixtures.js';
import { startTestHub, type TestHub } from '../support/hub.js';
import { memorySource, rawCase, testPluginRuntime, type RawCase } from '../support/plugins.js';

const data = { records: [] as RawCase[], batchSize: 10 };
let hub: TestHub;
let runtime: PluginRuntime;
let jiangsuKey: string;
let zhejiangKey: string;

const get = (path: string, apiKey: string) => hub.hub.fetch(new Request(`http://hub.test${path}`, { headers: { 'x-api-key': apiKey } }));
const lines = async (response: Response) => (await response.text()).trim().split('\n').map((l) => JSON.parse(l));

beforeAll(async () => {
  hub = await startTestHub({ plugins: (database) => (runtime = testPluginRuntime(database, [memorySource('registry-test', data)])) });
  jiangsuKey = (await createApiKey(hub.database.db, { name: '江苏省平台', provinceCode: '320000' })).key;
  zhejiangKey = (await createApiKey(hub.database.db, { name: '浙江省平台', provinceCode: '330000' })).key;
});
afterAll(() => hub.close());

describe('unlicensed-practice cases for provincial systems', () => {
  it('reach the case’s province in the snapshot and, as they land, in the change feed; never its document number', async () => {
    data.records = [rawCase(1, { documentNumber: newIdNumber('320613'), regionCode: '320613' })];
    await runtime.run('registry-test', 'COMMAND_LINE');
    const snapshot = await lines(await get('/export/snapshot?types=UnlicensedPracticeCase', jiangsuKey));
    expect(snapshot.slice(0, -1)).toEqual([expect.objectContaining({ type: 'UnlicensedPracticeCase', record: expect.objectContaining({ caseNumber: data.records[0]!.caseNumber, regionCode: '320613', fineYuan: '50000.00' }) })]);
    expect(JSON.stringify(snapshot)).not.toContain(data.records[0]!.documentNumber as string);
    const cursor = snapshot.at(-1).cursor as string;
    expect((await lines(await get('/export/snapshot?types=UnlicensedPracticeCase', zhejiangKey))).slice(0, -1)).toEqual([]);

    // A new case and a correction land.
    data.records.push(rawCase(2, { documentNumber: newIdNumber('320613'), regionCode: '320613' }), rawCase(1, { ...data.records[0], status: 'REVOKED', sourceUpdatedAt: '2024-05-01 08:00:00' }));
    await hub.database.db.deleteFrom('plugin_checkpoint').execute();
    await runtime.run('registry-test', 'COMMAND_LINE');
    await expect
      .poll(async () => (await lines(await get(`/export/changes?after=${encodeURIComponent(cursor)}&types=UnlicensedPracticeCase`, jiangsuKey))).filter((l) => l.type === 'UnlicensedPracticeCase').map((l) => [l.record.caseNumber, l.record.status]).sort())
      .toEqual([
        [data.records[0]!.caseNumber, 'REVOKED'],
        [data.records[1]!.caseNumber, 'CLOSED'],
      ]);
  });
});
