import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeReadState, encodeReadState } from '../../plugins/registry-zhejiang/checkpoint.js';
import type { ZhejiangConfig } from '../../plugins/registry-zhejiang/config.js';
import { decodeDayFile } from '../../plugins/registry-zhejiang/decode.js';
import { registryZhejiang } from '../../plugins/registry-zhejiang/index.js';
import { ConfigurationError, TransientError, type Json, type UnlicensedPracticeCaseRecord } from '../../src/plugin-sdk/index.js';
import { createTestContext, describeSourceConformance, MemoryStore, syncInto, type SourceFixture } from '../../src/plugin-sdk/testing/index.js';
import { expectedCases } from './zhejiang-expected.js';
import {
  generateZhejiangDays,
  HOSTILE_FAULTS,
  startZhejiangEmulator,
  type FaultSettings,
  type GeneratedDay,
  type ZhejiangEmulator,
  type ZhejiangRow,
} from '../emulators/registry-zhejiang/index.js';

const configOf = (emulator: ZhejiangEmulator): ZhejiangConfig => ({ baseUrl: emulator.baseUrl, token: emulator.token });

/**
 * Publishes generated days in order: a day the generator marks late is listed right after the
 * next day's file; a day in `heldBack` is left for the test to list.
 */
function publish(emulator: ZhejiangEmulator, days: readonly GeneratedDay[], options: { utf8?: boolean; heldBack?: Set<number> } = {}) {
  let pending: string[] = [];
  days.forEach((day, index) => {
    const heldBack = options.heldBack?.has(index) ?? false;
    emulator.publishDay(day.date, day.rows, { encoding: options.utf8 ? 'utf8-bom' : day.encoding, listed: !heldBack && !day.listedLate });
    for (const date of pending) emulator.listLate(date);
    pending = day.listedLate && !heldBack ? [day.date] : [];
  });
}

/** Lists one held-back file each time the plugin fetches a file: the manifest changes while it is read. */
function listHeldBackFilesWhileRead(emulator: ZhejiangEmulator): () => void {
  const requests = emulator.requests as ZhejiangEmulator['requests'] & { push: (...items: ZhejiangEmulator['requests']) => number };
  const push = requests.push.bind(requests);
  let active = true;
  requests.push = (...items) => {
    const length = push(...items);
    const next = emulator.unlistedDates()[0];
    if (active && next && items.some((request) => request.path.endsWith('.csv'))) emulator.listLate(next);
    return length;
  };
  return () => {
    active = false;
    for (const date of emulator.unlistedDates()) emulator.listLate(date);
  };
}

interface Mode {
  mode: string;
  days: () => GeneratedDay[];
  faults?: FaultSettings;
  utf8?: boolean;
  heldBack?: Set<number>;
  stallOnce?: boolean;
}

const plainDays = (days = 6, casesPerDay = 10) => generateZhejiangDays({ days, casesPerDay, seed: 11, startDate: '2024-04-01' });
const hostileDays = () => generateZhejiangDays({ days: 8, casesPerDay: 12, seed: 23, startDate: '2024-09-26', hostile: true });

const MODES: Mode[] = [
  { mode: 'plain files', days: () => plainDays() },
  { mode: 'hostile rows', days: hostileDays },
  { mode: 'hostile rows and every fault', days: hostileDays, faults: { ...HOSTILE_FAULTS, rate429: { probability: 0.05, retryAfterSeconds: 0 }, stall: { probability: 0 } } },
  { mode: '429 with Retry-After', days: () => plainDays(), faults: { rate429: { probability: 0.25, retryAfterSeconds: 0 } } },
  { mode: '5xx gateway errors', days: () => plainDays(), faults: { http5xx: { probability: 0.25 } } },
  { mode: 'connection resets', days: () => plainDays(), faults: { reset: { probability: 0.25 } } },
  { mode: 'bodies cut off half way', days: () => plainDays(), faults: { cutOff: { probability: 0.25 } } },
  { mode: 'truncated downloads', days: () => plainDays(), faults: { truncated: { probability: 0.3 } } },
  { mode: 'corrupted downloads', days: () => plainDays(), faults: { corrupted: { probability: 0.3 } } },
  { mode: 'a stalled request', days: () => plainDays(), stallOnce: true, faults: { shuffledManifest: true } },
  {
    // The second day is listed after the third; the fifth, after the sixth, while the plugin reads.
    mode: 'files listed late, one while the plugin reads',
    days: () => plainDays().map((day, index) => (index === 1 ? { ...day, listedLate: true } : day)),
    heldBack: new Set([4]),
    faults: { shuffledManifest: true },
  },
  { mode: 'BOM UTF-8 files', days: () => plainDays(), utf8: true },
  { mode: 'corrections in later files, a file larger than a batch', days: () => plainDays(2, 600) },
];

for (const mode of MODES) {
  describeSourceConformance(registryZhejiang, {
    mode: mode.mode,
    malformedConfigs: [{}, { baseUrl: 'http://127.0.0.1:1' }, { baseUrl: 'not a url', token: 't' }, { baseUrl: 'ftp://127.0.0.1/', token: 't' }, { baseUrl: 'http://127.0.0.1:1', token: '' }, { baseUrl: 42, token: 't' }],
    async start(): Promise<SourceFixture<ZhejiangConfig>> {
      const emulator = await startZhejiangEmulator({ seed: 7 });
      publish(emulator, mode.days(), { utf8: mode.utf8, heldBack: mode.heldBack });
      const listRest = mode.heldBack ? listHeldBackFilesWhileRead(emulator) : undefined;
      if (mode.faults) emulator.setFaults(mode.faults);
      // Longer than the test context's 2 s timeout: one file download times out and is retried.
      if (mode.stallOnce) emulator.failNext('stall', 1, { ms: 2_500, path: /\.csv$/ });
      return {
        config: configOf(emulator),
        badConfigs: {
          'a wrong token': { ...configOf(emulator), token: 'not-the-token' },
          'a base URL with no export behind it': { ...configOf(emulator), baseUrl: `${emulator.baseUrl}/elsewhere` },
        },
        expected: () => ({ cases: expectedCases(emulator) }),
        quiesce: listRest,
        close: () => emulator.close(),
      };
    },
  });
}

const ROW: ZhejiangRow = {
  案件编号: '浙卫非〔2024〕33010200001号',
  姓名: '王芳',
  身份证号: '11010519491231002X',
  性别: '女',
  违法地点: '杭州市上城区解放路1号出租房内',
  行政区划: '330102',
  违法类型: '无证行医',
  立案日期: '2024/4/1',
  处罚决定日期: '',
  处罚文号: '',
  处罚内容: '',
  '罚款金额(元)': '',
  移送公安: '否',
  案件状态: '办理中',
  更新时间: '2024-04-01 09:30:00',
};

const row = (caseNumber: string, changes: Partial<Record<keyof ZhejiangRow, string>> = {}): ZhejiangRow => ({ ...ROW, 案件编号: caseNumber, ...changes });

async function withEmulator(work: (emulator: ZhejiangEmulator) => Promise<void>) {
  const emulator = await startZhejiangEmulator({ seed: 3 });
  try {
    await work(emulator);
  } finally {
    await emulator.close();
  }
}

async function readAll(emulator: ZhejiangEmulator, store = new MemoryStore(), ctx = createTestContext()) {
  await syncInto(registryZhejiang, configOf(emulator), store, ctx);
  return store;
}

const fileRequests = (emulator: ZhejiangEmulator) => emulator.requests.filter((request) => request.path.endsWith('.csv')).map((request) => request.path.split('/').pop());

describe('registry-zhejiang', () => {
  it('reads a GBK file whose quoted fields hold commas, quotes and line breaks', async () => {
    await withEmulator(async (emulator) => {
      const place = '杭州市上城区解放路1号, "康乐"养生馆\r\n二楼';
      const content = '一、警告；\r\n二、罚款人民币50,000元；\n三、没收"药品"、器械。';
      emulator.publishDay('2024-04-01', [row('A1', { 违法地点: place, 处罚内容: content, '罚款金额(元)': '50,000', 案件状态: '结案', 处罚决定日期: '2024/4/12' }), row('A2')], { encoding: 'gbk' });
      const store = await readAll(emulator);
      expect(store.quarantined).toEqual([]);
      expect(store.records.get('cases/A1')).toMatchObject({ place, content, fineYuan: '50000.00', status: 'CLOSED', decidedOn: '2024-04-12', confiscatedYuan: null });
      expect(store.records.get('cases/A2')).toMatchObject({ sex: 'FEMALE', openedOn: '2024-04-01', decidedOn: null, fineYuan: null, sourceUpdatedAt: '2024-04-01T09:30:00+08:00' });
    });
  });

  it('reads a file that starts with a UTF-8 BOM as UTF-8, characters beyond GBK included', async () => {
    await withEmulator(async (emulator) => {
      emulator.publishDay('2024-04-01', [row('B1', { 姓名: '李𠮷' })], { encoding: 'utf8-bom' });
      const store = await readAll(emulator);
      expect(store.records.get('cases/B1')?.personName).toBe('李𠮷');
    });
  });

  it('retries a truncated download, and never reads a file that does not match its SHA-256', async () => {
    await withEmulator(async (emulator) => {
      emulator.publishDay('2024-04-01', [row('C1'), row('C2')]);
      emulator.failNext('truncated', 2, { path: /\.csv$/ });
      const store = await readAll(emulator);
      expect(fileRequests(emulator)).toEqual(['20240401.csv', '20240401.csv', '20240401.csv']);
      expect([...store.records.keys()]).toEqual(['cases/C1', 'cases/C2']);
      expect(store.quarantined).toEqual([]);

      emulator.publishDay('2024-04-02', [row('C3')]);
      emulator.failNext('corrupted', 50, { path: /20240402/ });
      const before = store.checkpoints.get('cases');
      await expect(readAll(emulator, store, createTestContext({ http: { maxAttempts: 3 } }))).rejects.toBeInstanceOf(TransientError);
      expect(store.records.has('cases/C3')).toBe(false);
      expect(store.checkpoints.get('cases')).toEqual(before);
    });
  });

  it('stops at a refused token with a configuration error, without retrying', async () => {
    await withEmulator(async (emulator) => {
      emulator.publishDay('2024-04-01', [row('D1')]);
      const config = { ...configOf(emulator), token: 'expired' };
      const read = registryZhejiang.streams.cases!.read(config, null, createTestContext())[Symbol.asyncIterator]().next();
      await expect(read).rejects.toBeInstanceOf(ConfigurationError);
      expect(emulator.requests.map((request) => request.status)).toEqual([401]);
      expect(await registryZhejiang.check(config, createTestContext())).toMatchObject({ ok: false, failure: 'CONFIGURATION' });
    });
  });

  it('answers check with a transient failure when the registry cannot be reached', async () => {
    const result = await registryZhejiang.check({ baseUrl: 'http://127.0.0.1:9', token: 't' }, createTestContext({ http: { maxAttempts: 2 } }));
    expect(result).toMatchObject({ ok: false, failure: 'TRANSIENT' });
  });

  it('reads a file listed late on the next run, and no file twice', async () => {
    await withEmulator(async (emulator) => {
      emulator.publishDay('2024-04-01', [row('E1', { 更新时间: '2024-04-01 10:00:00' })], { listed: false });
      emulator.publishDay('2024-04-02', [row('E2'), row('E1', { 案件状态: '撤销', 更新时间: '2024-04-02 11:00:00' })]);
      const store = await readAll(emulator);
      expect(store.records.get('cases/E1')?.status).toBe('REVOKED');

      emulator.listLate('2024-04-01');
      await readAll(emulator, store);
      expect(fileRequests(emulator)).toEqual(['20240402.csv', '20240401.csv']);
      // The older version, listed last, does not undo the correction.
      expect(store.records.get('cases/E1')?.status).toBe('REVOKED');
      expect(decodeReadState(store.checkpoints.get('cases')!).readDates).toEqual(new Set(['2024-04-01', '2024-04-02']));
    });
  });

  it('reads, in the same run, a file listed while it reads the others', async () => {
    await withEmulator(async (emulator) => {
      emulator.publishDay('2024-04-01', [row('E1')], { listed: false });
      emulator.publishDay('2024-04-02', [row('E2')]);
      listHeldBackFilesWhileRead(emulator);
      const store = await readAll(emulator);
      expect([...store.records.keys()].sort()).toEqual(['cases/E1', 'cases/E2']);
      expect(fileRequests(emulator)).toEqual(['20240402.csv', '20240401.csv']);
    });
  });

  it('converts 15-digit numbers and upper-cases a lowercase x', async () => {
    await withEmulator(async (emulator) => {
      emulator.publishDay('2024-04-01', [row('F1', { 身份证号: '110105491231002' }), row('F2', { 身份证号: '11010519491231002x' }), row('F3', { 身份证号: ' ', 性别: '' })]);
      const store = await readAll(emulator);
      expect(store.records.get('cases/F1')).toMatchObject({ documentType: 'RESIDENT_ID', documentNumber: '11010519491231002X', documentNumberMasked: false });
      expect(store.records.get('cases/F2')?.documentNumber).toBe('11010519491231002X');
      expect(store.records.get('cases/F3')).toMatchObject({ documentType: null, documentNumber: null, sex: 'UNKNOWN' });
    });
  });

  it('quarantines a bad row, naming the field, while the rest of the file goes through', async () => {
    await withEmulator(async (emulator) => {
      emulator.publishDay('2024-04-01', [row('G1'), row('G2', { 违法类型: '非法行医' }), row('G3', { 身份证号: '110105194912310021' }), row('', {}), row('G5', { 案件状态: '已结' })]);
      const store = await readAll(emulator);
      expect([...store.records.keys()]).toEqual(['cases/G1']);
      expect(store.quarantined.map((entry) => entry.reason)).toEqual([
        expect.stringContaining('违法类型'),
        expect.stringContaining('身份证号'),
        expect.stringContaining('案件编号'),
        expect.stringContaining('案件状态'),
      ]);
      expect(store.quarantined[0]!.raw).toMatchObject({ file: '20240401.csv', record: 2 });
    });
  });

  it('resumes inside a large file at the first row not committed', async () => {
    await withEmulator(async (emulator) => {
      const rows = Array.from({ length: 1_200 }, (_, i) => row(`H${String(i).padStart(4, '0')}`));
      emulator.publishDay('2024-04-01', rows);
      const store = new MemoryStore();
      expect(await syncInto(registryZhejiang, configOf(emulator), store, createTestContext(), 1)).toBe('stopped');
      expect(store.records.size).toBe(500);
      expect(decodeReadState(store.checkpoints.get('cases')!).partial).toMatchObject({ name: '20240401.csv', rowsRead: 500 });
      const resumed = new MemoryStore();
      resumed.checkpoints = new Map(store.checkpoints);
      await readAll(emulator, resumed);
      expect(resumed.records.size).toBe(700);
      expect(resumed.batches).toBe(2);
    });
  });

  it('hands on a record the CSV reader cannot split, or splits wrongly, to be quarantined in its place', () => {
    const header = '案件编号,姓名,身份证号,性别,违法地点,行政区划,违法类型,立案日期,处罚决定日期,处罚文号,处罚内容,罚款金额(元),移送公安,案件状态,更新时间';
    const good = (caseNumber: string) => `${caseNumber},王芳,,女,"解放路1号,\r\n二楼",330102,无证行医,2024/4/1,,,,,否,办理中,2024-04-01 09:30:00`;
    const text = [header, good('J1'), 'J2,王"芳,,女', 'J3,王芳', good('J4')].map((line) => `${line}\r\n`).join('');
    const { rows, encoding } = decodeDayFile('20240401.csv', iconv.encode(text, 'gbk'));
    expect(encoding).toBe('GBK');
    expect(rows.map((raw) => ('row' in raw ? raw.row['案件编号'] : raw.unreadable.slice(0, 20)))).toEqual(['J1', expect.stringContaining('CSV'), 'the row has 2 fields', 'J4']);
    expect(rows.map((raw) => raw.record)).toEqual([1, 2, 3, 4]);
    expect(rows[0]).toMatchObject({ row: { 违法地点: '解放路1号,\r\n二楼' } });
  });

  it('refuses a file whose header is not the interface’s as a configuration problem', () => {
    const bytes = Buffer.from('\uFEFF案件编号,姓名,身份证号\r\nA,王芳,\r\n', 'utf8');
    expect(() => decodeDayFile('20240401.csv', bytes)).toThrow(ConfigurationError);
  });

  it('keeps ten years of daily files read in a checkpoint of well under a kilobyte', () => {
    const readDates = new Set<string>();
    for (let day = Date.parse('2024-01-01'); day < Date.parse('2034-01-01'); day += 86_400_000) {
      if (new Date(day).getUTCDay() % 6 !== 0) readDates.add(new Date(day).toISOString().slice(0, 10));
    }
    const checkpoint: Json = encodeReadState({ readDates, partial: null });
    expect(JSON.stringify(checkpoint).length).toBeLessThan(1_000);
    expect(decodeReadState(checkpoint).readDates).toEqual(readDates);
    expect(() => decodeReadState({ watermark: '2024-01-01' })).toThrow(ConfigurationError);
  });
});
