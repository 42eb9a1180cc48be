import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registryJiangsu } from '../../plugins/registry-jiangsu/index.js';
import { registryZhejiang } from '../../plugins/registry-zhejiang/index.js';
import type { PluginRuntime } from '../../src/plugin-runtime/index.js';
import { comparableCase, sortedByCaseNumber, storedCases } from '../support/case-rows.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { testPluginRuntime } from '../support/plugins.js';
import { generateJiangsuCases, startJiangsuEmulator, unreadableJiangsuEntries, type JiangsuEmulator } from '../emulators/registry-jiangsu/index.js';
import { generateZhejiangDays, HOSTILE_FAULTS, publishGeneratedDays, startZhejiangEmulator, type ZhejiangEmulator } from '../emulators/registry-zhejiang/index.js';
import { expectedEntities } from '../plugins/jiangsu-expected.js';
import { expectedCases } from '../plugins/zhejiang-expected.js';

/**
 * The registry plugins through the real runtime, on this database, against the emulators of
 * their interfaces in hostile modes: what is stored must be the registry's records, one for one.
 */
let database: TestDatabase;
let jiangsu: JiangsuEmulator;
let zhejiang: ZhejiangEmulator;
let runtime: PluginRuntime;

beforeAll(async () => {
  database = await createTestDatabase();
  jiangsu = await startJiangsuEmulator({ seed: 21 });
  zhejiang = await startZhejiangEmulator({ seed: 22 });
  runtime = testPluginRuntime(database, [registryJiangsu, registryZhejiang], {
    configs: {
      'registry-jiangsu': { baseUrl: jiangsu.baseUrl, appId: jiangsu.appId, appSecret: jiangsu.appSecret, pageSize: 50, overlapSeconds: 30 },
      'registry-zhejiang': { baseUrl: zhejiang.baseUrl, token: zhejiang.token },
    },
  });
});
afterAll(async () => {
  await jiangsu?.close();
  await zhejiang?.close();
  await database?.drop();
});

const quarantinedCount = async (plugin: string) =>
  (await database.db.selectFrom('quarantined_record').select('id').where('plugin', '=', plugin).execute()).length;

describe('registry-jiangsu through the runtime', () => {
  it('stores exactly the registry’s cases under 2001s, 5xx, 429s and resets, quarantining each unreadable entry once', async () => {
    jiangsu.putMany(generateJiangsuCases({ count: 300, seed: 21, hostile: true }));
    const unreadable = unreadableJiangsuEntries();
    // Spread among the readable cases, as a registry's bad entries would be.
    const listed = jiangsu.cases();
    unreadable.forEach((entry, i) => jiangsu.putRaw(entry, { gxsj: listed[i * 8]!.gxsj!, ajbh: `~${i}` }));
    jiangsu.setFaults({ code2001: { probability: 0.1 }, http5xx: { probability: 0.1, statuses: [502, 503, 504] }, rate429: { probability: 0.1, retryAfterSeconds: 0 }, reset: { probability: 0.05 } });
    const outcome = await runtime.run('registry-jiangsu', 'COMMAND_LINE');
    expect(outcome.status, outcome.error).toBe('SUCCEEDED');
    jiangsu.clearFaults();
    expect(await storedCases(database.db, 'registry-jiangsu')).toEqual(sortedByCaseNumber(expectedEntities(jiangsu).map(comparableCase)));
    // Every entry the registry lists that cannot be stored is held, once, though pages overlap.
    expect(await quarantinedCount('registry-jiangsu')).toBe(jiangsu.cases().length - expectedEntities(jiangsu).length + unreadable.length);
  });

  it('picks up changed cases on the next run and keeps the newest version', async () => {
    const [first, second] = expectedEntities(jiangsu).map((c) => jiangsu.cases().find((raw) => String(raw.ajbh).trim() === c.caseNumber)!);
    jiangsu.update(first!.ajbh, { ajzt: '已撤销' });
    jiangsu.update(second!.ajbh, { cfnr: '没收药品器械，罚款八万元', fkje: '80000.00' });
    const outcome = await runtime.run('registry-jiangsu', 'COMMAND_LINE');
    expect(outcome.counts.written).toBe(2);
    const stored = await storedCases(database.db, 'registry-jiangsu');
    expect(stored).toEqual(sortedByCaseNumber(expectedEntities(jiangsu).map(comparableCase)));
    expect(stored.find((c) => c.caseNumber === first!.ajbh.trim())?.status).toBe('REVOKED');
  });
});

describe('registry-zhejiang through the runtime', () => {
  it('stores exactly the latest row of every case under every fault the export can show', async () => {
    const days = generateZhejiangDays({ days: 10, casesPerDay: 40, seed: 22, hostile: true, startDate: '2024-05-06' });
    publishGeneratedDays(zhejiang, days);
    zhejiang.setFaults({ ...HOSTILE_FAULTS, stall: { probability: 0.02, ms: 300 }, rate429: { probability: 0.05, retryAfterSeconds: 0 } });
    const outcome = await runtime.run('registry-zhejiang', 'COMMAND_LINE');
    expect(outcome.status, outcome.error).toBe('SUCCEEDED');
    expect(await storedCases(database.db, 'registry-zhejiang')).toEqual(sortedByCaseNumber(expectedCases(zhejiang).map(comparableCase)));
    expect(await quarantinedCount('registry-zhejiang')).toBe(days.reduce((n, day) => n + day.unreadable.length, 0));
    // Nothing new: the next run reads nothing and writes nothing.
    expect((await runtime.run('registry-zhejiang', 'COMMAND_LINE')).counts).toEqual({ read: 0, written: 0, unchanged: 0, quarantined: 0 });
  });
});
