import { describe, expect, it } from 'vitest';
import type { JiangsuConfig } from '../../plugins/registry-jiangsu/config.js';
import { registryJiangsu } from '../../plugins/registry-jiangsu/index.js';
import { shiftSecond } from '../../plugins/registry-jiangsu/listing-order.js';
import { planPage } from '../../plugins/registry-jiangsu/page-plan.js';
import { parseCase } from '../../plugins/registry-jiangsu/parse.js';
import { signature, signingString } from '../../plugins/registry-jiangsu/signing.js';
import { BadRecordError, ConfigurationError, type CaseKind, type DocumentType, type Json, type UnlicensedPracticeCaseRecord } from '../../src/plugin-sdk/index.js';
import { createTestContext, describeSourceConformance, MemoryStore, parseRaw, syncInto, type SourceFixture } from '../../src/plugin-sdk/testing/index.js';
import { expectedEntities } from './jiangsu-expected.js';
import {
  generateJiangsuCases,
  startJiangsuEmulator,
  unreadableJiangsuEntries,
  type Faults,
  type JiangsuCaseRecord,
  type JiangsuEmulator,
} from '../emulators/registry-jiangsu/index.js';

const stream = registryJiangsu.streams.cases!;

const configOf = (emulator: JiangsuEmulator, pageSize = 40): JiangsuConfig => ({ baseUrl: emulator.baseUrl, appId: emulator.appId, appSecret: emulator.appSecret, pageSize, overlapSeconds: 30 });

/** Turns a fault off after it has shown up on `pages` listing requests, so that reads can finish on a still far side. */
function limitTo(emulator: JiangsuEmulator, pages: number, stop: () => void) {
  const requests = emulator.requests as JiangsuEmulator['requests'] & { push: (...items: JiangsuEmulator['requests']) => number };
  const push = requests.push.bind(requests);
  let served = 0;
  requests.push = (...items) => {
    served += items.length;
    if (served > pages) stop();
    return push(...items);
  };
}

interface Mode {
  mode: string;
  records: () => JiangsuCaseRecord[];
  unreadable?: boolean;
  faults?: Partial<Faults>;
  /** Listing requests after which the faults stop (default: never). */
  faultPages?: number;
  /** Faults queued for the first requests of each test. */
  first?: (emulator: JiangsuEmulator) => void;
  /** The registry's clock (default: real time). */
  now?: () => Date;
  pageSize?: number;
}

function fixtureFor(mode: Mode) {
  return async (): Promise<SourceFixture<JiangsuConfig>> => {
    const emulator = await startJiangsuEmulator({ seed: 7, ...(mode.now ? { now: mode.now } : {}) });
    emulator.putMany(mode.records());
    if (mode.unreadable) {
      unreadableJiangsuEntries().forEach((entry, index) => emulator.putRaw(entry, { gxsj: `2024-01-02 09:${String(index * 3).padStart(2, '0')}:00`, ajbh: `~${index}` }));
    }
    if (mode.faults) emulator.setFaults(mode.faults);
    if (mode.faultPages !== undefined) limitTo(emulator, mode.faultPages, () => emulator.clearFaults());
    mode.first?.(emulator);
    const config = configOf(emulator, mode.pageSize);
    return {
      config,
      badConfigs: {
        'wrong secret': { ...config, appSecret: `${config.appSecret}x` },
        'unknown app id': { ...config, appId: 'nobody' },
        'disabled app': { ...config, appId: emulator.disabledApp.appId, appSecret: emulator.disabledApp.appSecret },
        'wrong path': { ...config, baseUrl: `${emulator.baseUrl}/gateway` },
      },
      expected: () => ({ cases: expectedEntities(emulator) }),
      quiesce: () => emulator.clearFaults(),
      close: () => emulator.close(),
    };
  };
}

const plain = () => generateJiangsuCases({ count: 120, seed: 11 });
const hostile = () => generateJiangsuCases({ count: 150, seed: 12, hostile: true });
const burst = () => generateJiangsuCases({ count: 560, seed: 13, sameGxsjBurst: 460 });

const MODES: Mode[] = [
  { mode: 'plain', records: plain },
  { mode: 'hostile records, unreadable entries, full-width gxsj', records: hostile, unreadable: true, faults: { fullWidthGxsj: { probability: 0.3 } } },
  { mode: 'code 2001', records: plain, faults: { code2001: { probability: 0.25 } } },
  { mode: 'code 5000', records: plain, faults: { code5000: { probability: 0.25 } } },
  { mode: '429 with Retry-After 0', records: plain, faults: { rate429: { probability: 0.25, retryAfterSeconds: 0 } } },
  { mode: '502, 503 and 504', records: plain, faults: { http5xx: { probability: 0.3, statuses: [502, 503, 504] } } },
  { mode: 'connection resets', records: plain, faults: { reset: { probability: 0.2 } } },
  { mode: 'resets halfway through the body', records: plain, faults: { resetMidBody: { probability: 0.2 } } },
  { mode: 'slow answers', records: plain, faults: { stall: { probability: 0.2, ms: 150 } } },
  // The kit's context gives up on an attempt after 2 s: one stall a test keeps the suite quick.
  { mode: 'a stall until the timeout', records: plain, first: (emulator) => emulator.failNext('stall') },
  { mode: 'a real rate limit', records: plain, faults: { rateLimit: { requests: 3, windowMs: 100, answer: 'http429', retryAfterSeconds: 0 } } },
  { mode: 'slide while paging', records: hostile, pageSize: 20, faults: { slideWhilePaging: { updatesPerPage: 2 } }, faultPages: 6 },
  {
    mode: 'slide while paging, the registry clock standing still',
    records: hostile,
    pageSize: 20,
    // Still for four minutes at a time, within the 300 s window: every slide lands in one second.
    now: () => new Date(Math.floor(Date.now() / 240_000) * 240_000),
    faults: { slideWhilePaging: { updatesPerPage: 3 } },
    faultPages: 6,
  },
  { mode: '460 cases sharing one gxsj', records: burst, pageSize: 200 },
  { mode: 'slide while walking 460 cases of one gxsj', records: burst, pageSize: 200, faults: { slideWhilePaging: { updatesPerPage: 3 } }, faultPages: 3 },
];

const malformedConfigs = [
  {},
  { baseUrl: 'ftp://registry.example', appId: 'a', appSecret: 's' },
  { baseUrl: 'http://registry.example', appId: ' ', appSecret: 's' },
  { baseUrl: 'http://registry.example', appId: 'a' },
  { baseUrl: 'http://registry.example', appId: 'a', appSecret: 's', pageSize: 500 },
  { baseUrl: 'http://registry.example', appId: 'a', appSecret: 's', pageSize: '200' },
  { baseUrl: 'http://registry.example', appId: 'a', appSecret: 's', overlapSeconds: -1 },
  { baseUrl: 'http://registry.example', appId: 'a', appSecret: 's', apiKey: 'typo' },
];

for (const mode of MODES) {
  describeSourceConformance(registryJiangsu, { mode: mode.mode, start: fixtureFor(mode), malformedConfigs });
}

/** A record as the registry might send it, every value readable. */
function raw(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    ajbh: 'JS3206022024000001',
    dsrxm: '张三',
    zjlx: '01',
    zjhm: '11010519491231002X',
    xb: '1',
    wfdd: '崇川区人民路1号',
    xzqh: '320602',
    wflx: '01',
    ladate: '2024-03-05',
    cfjdrq: '2024-04-01',
    cfwh: '通卫医罚〔2024〕12号',
    cfnr: '没收药品器械，罚款50000元',
    fkje: '50000.00',
    mswfsd: '',
    yjga: '0',
    ajzt: '结案',
    gxsj: '2024-04-01 10:00:00',
    ...overrides,
  };
}

describe('registry-jiangsu signing', () => {
  it('signs appId, timestamp, method, path and the raw query with HMAC-SHA256 in lowercase hex', () => {
    const request = { appId: 'jianguan-hub', timestamp: '1709604000000', method: 'GET', path: '/api/v1/cases', query: 'updatedFrom=2024-03-05%2010%3A00%3A00&pageNo=1&pageSize=200' };
    expect(signingString(request)).toBe('jianguan-hub\n1709604000000\nGET\n/api/v1/cases\nupdatedFrom=2024-03-05%2010%3A00%3A00&pageNo=1&pageSize=200');
    // Computed independently: printf '…' | openssl dgst -sha256 -hmac jiangsu-emulator-secret
    expect(signature('jiangsu-emulator-secret', request)).toBe('094bc5468c1ceccfb1323be98032d05f3e1cc4eafe5131fbc130ee9236b214f3');
  });

  it('sends the query it signed, with the timestamp from the context clock', async () => {
    const clock = () => new Date('2024-03-05T02:00:00Z');
    const emulator = await startJiangsuEmulator({ now: clock });
    try {
      emulator.putMany(generateJiangsuCases({ count: 3, seed: 1 }));
      const checkpoint = { gxsj: '2024-01-02 09:00:30', ajbh: 'x' };
      await syncFrom(emulator, { ...configOf(emulator), overlapSeconds: 0 }, checkpoint, createTestContext({ now: clock }));
      expect(emulator.requests.map((r) => [r.query, r.outcome])).toEqual([['updatedFrom=2024-01-02%2009%3A00%3A30&pageNo=1&pageSize=40', 'ok']]);
      // Ten minutes off the registry's clock is outside its 300 s window: a configuration error.
      const late = createTestContext({ now: () => new Date(clock().getTime() + 600_000) });
      await expect(syncFrom(emulator, configOf(emulator), null, late)).rejects.toThrow(ConfigurationError);
    } finally {
      await emulator.close();
    }
  });
});

async function syncFrom(emulator: JiangsuEmulator, config: JiangsuConfig, checkpoint: Json | null, ctx = createTestContext()) {
  const store = new MemoryStore();
  if (checkpoint !== null) store.checkpoints.set('cases', checkpoint);
  await syncInto(registryJiangsu, config, store, ctx);
  return store;
}

describe('registry-jiangsu parse', () => {
  it('reads every date format, half- or full-width', () => {
    for (const ladate of ['2024-03-05', '2024/3/5', '2024年3月5日', '20240305', '２０２４年３月５日', '２０２４０３０５', ' 2024-3-5 ']) {
      expect(parseCase(raw({ ladate })).openedOn, ladate).toBe('2024-03-05');
    }
    expect(parseCase(raw({ cfjdrq: '' })).decidedOn).toBeNull();
    expect(parseCase(raw({ cfjdrq: null })).decidedOn).toBeNull();
    expect(() => parseCase(raw({ ladate: '2024-02-30' }))).toThrow(/ladate/);
  });

  it('reads full-width digits in codes, amounts, regions and gxsj', () => {
    const record = parseCase(raw({ xzqh: '３２０６０２', zjlx: '０１', xb: '２', wflx: '０５', fkje: '５００００.５', mswfsd: '3000', yjga: '１', gxsj: '２０２４-０４-０１ １０:００:０１' }));
    expect(record).toMatchObject({ regionCode: '320602', documentType: 'RESIDENT_ID', sex: 'FEMALE', kind: 'ILLEGAL_COSMETIC_MEDICINE', fineYuan: '50000.50', confiscatedYuan: '3000.00', transferredToPolice: true });
    expect(record.sourceUpdatedAt).toBe('2024-04-01T10:00:01+08:00');
  });

  it('normalises resident ID numbers: lowercase x, full-width, 15 digits, masked', () => {
    const id = (zjhm: string) => parseCase(raw({ zjhm }));
    expect(id('11010519491231002x')).toMatchObject({ documentNumber: '11010519491231002X', documentNumberMasked: false });
    expect(id('１１０１０５１９４９１２３１００２Ｘ').documentNumber).toBe('11010519491231002X');
    expect(id('110105491231002')).toMatchObject({ documentNumber: '11010519491231002X', documentNumberMasked: false });
    expect(id('3206021980****123x')).toMatchObject({ documentNumber: '3206021980****123X', documentNumberMasked: true });
    expect(id('')).toMatchObject({ documentNumber: null, documentNumberMasked: false });
    expect(() => id('110105194912310021')).toThrow(/zjhm/);
  });

  it('keeps other documents as written, trimmed and half-width', () => {
    expect(parseCase(raw({ zjlx: '02', zjhm: ' e1234５６78 ' }))).toMatchObject({ documentType: 'PASSPORT', documentNumber: 'e12345678', documentNumberMasked: false });
    expect(parseCase(raw({ zjlx: '99', zjhm: '\u3000军字第1234567号' })).documentNumber).toBe('军字第1234567号');
    expect(parseCase(raw({ zjlx: null, zjhm: null }))).toMatchObject({ documentType: null, documentNumber: null });
  });

  it('trims names, maps codes and statuses, and satisfies the entity contract', () => {
    const parsed = parseRaw(stream, raw({ dsrxm: '\u3000 张三 ', xb: null, yjga: undefined, ajzt: '已撤销' }));
    expect(parsed).toMatchObject({ ok: true, key: 'JS3206022024000001', record: { personName: '张三', sex: 'UNKNOWN', transferredToPolice: false, status: 'REVOKED' } });
  });

  it('refuses a record it cannot read, naming the field', () => {
    const cases: [Record<string, unknown> | unknown, RegExp][] = [
      [raw({ wflx: '06' }), /wflx.*"06"/],
      [raw({ zjlx: '05' }), /zjlx/],
      [raw({ xb: '3' }), /xb/],
      [raw({ ajzt: '已结' }), /ajzt/],
      [raw({ ajzt: undefined }), /ajzt is missing/],
      [raw({ xzqh: '3206' }), /xzqh/],
      [raw({ gxsj: '2024-04-01' }), /gxsj/],
      [raw({ fkje: '五万元' }), /fkje/],
      [raw({ ajbh: null }), /ajbh is missing/],
      [['JS1'], /not an object/],
    ];
    for (const [record, reason] of cases) expect(() => parseCase(record), String(reason)).toThrow(BadRecordError);
    for (const [record, reason] of cases) expect(() => parseCase(record)).toThrow(reason);
  });

  it('keeps a case whose name, kind or opening date is missing, with those unknown', () => {
    expect(parseCase(raw({ dsrxm: '  ', wflx: null, ladate: '' }))).toMatchObject({ personName: null, kind: null, openedOn: null });
  });
});

describe('registry-jiangsu read', () => {
  it('quarantines a record it cannot read and passes the others on', async () => {
    const emulator = await startJiangsuEmulator();
    try {
      const records = generateJiangsuCases({ count: 30, seed: 2 });
      records[10] = { ...records[10]!, wflx: '06' };
      emulator.putMany(records);
      emulator.putRaw({ dsrxm: '无编号' }, { gxsj: '2024-01-02 09:00:00', ajbh: '' });
      const store = await syncFrom(emulator, configOf(emulator, 20), null);
      expect(store.records.size).toBe(29);
      expect(store.quarantined.map((q) => q.reason).sort()).toEqual(['ajbh is missing', 'wflx: unknown code "06"']);
    } finally {
      await emulator.close();
    }
  });

  it('stops at 1001 without retrying, and check answers CONFIGURATION', async () => {
    const emulator = await startJiangsuEmulator();
    try {
      emulator.putMany(generateJiangsuCases({ count: 5, seed: 2 }));
      const config = { ...configOf(emulator), appSecret: 'not the secret' };
      await expect(syncFrom(emulator, config, null)).rejects.toThrow(ConfigurationError);
      expect(emulator.requests.map((r) => r.outcome)).toEqual(['code1001']);
      expect(await registryJiangsu.check(config, createTestContext())).toMatchObject({ ok: false, failure: 'CONFIGURATION' });
      expect(emulator.requests).toHaveLength(2);
    } finally {
      await emulator.close();
    }
  });

  it('check answers TRANSIENT when the registry cannot be reached, without throwing', async () => {
    const emulator = await startJiangsuEmulator();
    const config = configOf(emulator);
    await emulator.close();
    expect(await registryJiangsu.check(config, createTestContext({ http: { maxAttempts: 2 } }))).toMatchObject({ ok: false, failure: 'TRANSIENT' });
  });

  it('waits at least as long as Retry-After says', async () => {
    const emulator = await startJiangsuEmulator();
    try {
      emulator.putMany(generateJiangsuCases({ count: 5, seed: 2 }));
      emulator.failNext('http429', 1, { retryAfterSeconds: 1 });
      const store = await syncFrom(emulator, configOf(emulator), null);
      expect(store.records.size).toBe(5);
      const [limited, next] = emulator.requests;
      expect([limited!.outcome, next!.outcome]).toEqual(['http429', 'ok']);
      expect(next!.at - limited!.at).toBeGreaterThanOrEqual(1000);
    } finally {
      await emulator.close();
    }
  });

  it('gives up on a stalled request at the timeout and asks again', async () => {
    const emulator = await startJiangsuEmulator();
    try {
      emulator.putMany(generateJiangsuCases({ count: 5, seed: 2 }));
      emulator.failNext('stall');
      const store = await syncFrom(emulator, configOf(emulator), null, createTestContext({ http: { timeoutMs: 300 } }));
      expect(store.records.size).toBe(5);
      const [stalled, next] = emulator.requests;
      expect([stalled!.outcome, next!.outcome]).toEqual(['stall', 'ok']);
      expect(next!.at - stalled!.at).toBeGreaterThanOrEqual(300);
    } finally {
      await emulator.close();
    }
  });

  it('checkpoints the last case passed on and resumes from its second, less the overlap', async () => {
    const emulator = await startJiangsuEmulator();
    try {
      emulator.putMany(generateJiangsuCases({ count: 50, seed: 3 }));
      const store = await syncFrom(emulator, configOf(emulator), null);
      const last = emulator.cases().at(-1)!;
      expect(store.checkpoints.get('cases')).toEqual({ gxsj: last.gxsj, ajbh: last.ajbh });
      emulator.requests.length = 0;
      await syncFrom(emulator, configOf(emulator), store.checkpoints.get('cases')!);
      expect(emulator.requests[0]!.query).toBe(`updatedFrom=${encodeURIComponent(shiftSecond(last.gxsj!, -30))}&pageNo=1&pageSize=40`);
    } finally {
      await emulator.close();
    }
  });

  it('finds a case that slides into a page already read while walking one crowded second', async () => {
    const emulator = await startJiangsuEmulator();
    try {
      emulator.putMany(generateJiangsuCases({ count: 300, seed: 4, sameGxsjBurst: 280 }));
      // After every page, the first case of the crowded second is updated: each later case moves one place back.
      limitTo(emulator, 12, () => emulator.clearFaults());
      emulator.setFaults({ slideWhilePaging: { updatesPerPage: 1 } });
      const store = await syncFrom(emulator, configOf(emulator, 50), null);
      expect(store.snapshot()).toEqual(storeOf(expectedEntities(emulator)).snapshot());
      expect(emulator.requests.some((r) => (r.slid?.length ?? 0) > 0)).toBe(true);
    } finally {
      await emulator.close();
    }
  });
});

describe('registry-jiangsu read while the registry changes', () => {
  // Crowded seconds of various sizes, page sizes that do and do not divide them, and heavy
  // sliding for the first pages of the read; the stored set must be the registry's final one.
  it.each([
    { name: 'no crowded second, pages of 20', seed: 21, burst: 0, pageSize: 20, updatesPerPage: 5, pages: 6 },
    { name: '230 in one second, pages of 50', seed: 22, burst: 230, pageSize: 50, updatesPerPage: 9, pages: 4 },
    { name: '321 in one second, pages of 137', seed: 23, burst: 321, pageSize: 137, updatesPerPage: 13, pages: 3 },
    { name: '420 in one second, pages of 200', seed: 24, burst: 420, pageSize: 200, updatesPerPage: 17, pages: 2 },
    { name: 'all 500 in one second, pages of 50', seed: 25, burst: 500, pageSize: 50, updatesPerPage: 3, pages: 8 },
  ])('misses nothing: $name, $updatesPerPage updates a page', async ({ seed, burst, pageSize, updatesPerPage, pages }) => {
    const emulator = await startJiangsuEmulator({ seed });
    try {
      emulator.putMany(generateJiangsuCases({ count: 500, seed, hostile: true, sameGxsjBurst: burst }));
      emulator.setFaults({ slideWhilePaging: { updatesPerPage }, fullWidthGxsj: { probability: 0.2 } });
      limitTo(emulator, pages, () => emulator.setFaults({ slideWhilePaging: null }));
      const store = await syncFrom(emulator, configOf(emulator, pageSize), null);
      expect(store.snapshot()).toEqual(storeOf(expectedEntities(emulator)).snapshot());
      expect(emulator.requests.some((r) => (r.slid?.length ?? 0) > 0)).toBe(true);
    } finally {
      await emulator.close();
    }
  });
});

function storeOf(records: UnlicensedPracticeCaseRecord[]): MemoryStore {
  const store = new MemoryStore();
  for (const record of records) store.records.set(`cases/${record.caseNumber}`, record);
  return store;
}

describe('registry-jiangsu page plans', () => {
  it('starts a range at page 1 and continues just before the last entry held, reaching past it', () => {
    expect(planPage(-1, 2, 200)).toEqual({ pageNo: 1, pageSize: 200, offset: 0 });
    expect(planPage(5, 2, 200)).toEqual({ pageNo: 1, pageSize: 200, offset: 0 });
    for (let anchor = 0; anchor < 2000; anchor += 7) {
      for (const margin of [0, 2, 16, 150]) {
        const plan = planPage(anchor, margin, 200);
        expect(plan.offset).toBe((plan.pageNo - 1) * plan.pageSize);
        expect(plan.pageSize).toBeLessThanOrEqual(200);
        expect(plan.offset).toBeLessThanOrEqual(anchor);
        expect(plan.offset + plan.pageSize).toBeGreaterThanOrEqual(anchor + 2);
      }
    }
  });

  it('counts Beijing seconds without the machine time zone', () => {
    const zone = process.env.TZ;
    process.env.TZ = 'America/New_York';
    try {
      expect(shiftSecond('2024-03-10 03:00:30', -3600)).toBe('2024-03-10 02:00:30');
      expect(shiftSecond('2024-01-01 00:00:10', -30)).toBe('2023-12-31 23:59:40');
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
  });
});
