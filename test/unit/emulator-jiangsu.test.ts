import { afterEach, describe, expect, it } from 'vitest';
import {
  CASES_PATH,
  expectedJiangsuCase,
  formatBeijing,
  generateJiangsuCases,
  isValidIdNumber,
  sign,
  signedHeaders,
  startJiangsuEmulator,
  unreadableJiangsuEntries,
  type JiangsuCaseRecord,
  type JiangsuEmulator,
  type JiangsuEmulatorOptions,
} from '../emulators/registry-jiangsu/index.js';

/** The emulator must be as strict and as hostile as the Jiangsu contract allows: these pin that down. */
const started: JiangsuEmulator[] = [];
afterEach(async () => {
  await Promise.all(started.splice(0).map((emulator) => emulator.close()));
});

async function start(options: JiangsuEmulatorOptions = {}): Promise<JiangsuEmulator> {
  const emulator = await startJiangsuEmulator(options);
  started.push(emulator);
  return emulator;
}

/** 2024-03-05 10:00:00 in Beijing. */
const T0 = Date.parse('2024-03-05T02:00:00Z');

function fixedClock(ms = T0) {
  const clock = { ms, now: () => new Date(clock.ms) };
  return clock;
}

interface Answer {
  status: number;
  headers: Headers;
  text: string;
  body: { code: string; message: string; data: { pageNo: number; pageSize: number; total: number; list: unknown[] } | null } | null;
}

async function list(emulator: JiangsuEmulator, query = '', init: { headers?: Record<string, string>; signal?: AbortSignal } = {}): Promise<Answer> {
  const target = query === '' ? CASES_PATH : `${CASES_PATH}?${query}`;
  const response = await fetch(emulator.baseUrl + target, { headers: init.headers ?? emulator.headersFor(target), signal: init.signal });
  const text = await response.text();
  let body: Answer['body'] = null;
  try {
    body = JSON.parse(text) as Answer['body'];
  } catch {
    // Gateway pages are HTML.
  }
  return { status: response.status, headers: response.headers, text, body };
}

function record(ajbh: string, extra: Partial<JiangsuCaseRecord> = {}): JiangsuCaseRecord {
  return { ajbh, dsrxm: '张三', ajzt: '办理中', ladate: '2024-03-01', ...extra };
}

function ajbhs(answer: Answer): string[] {
  return (answer.body?.data?.list ?? []).map((item) => (item as JiangsuCaseRecord).ajbh);
}

describe('authentication', () => {
  it('answers a correctly signed request with code 0000 and a page', async () => {
    const emulator = await start();
    emulator.put(record('A1'));
    const answer = await list(emulator, 'pageNo=1&pageSize=10');
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toContain('application/json');
    expect(answer.body).toMatchObject({ code: '0000', message: '成功', data: { pageNo: 1, pageSize: 10, total: 1 } });
    expect(ajbhs(answer)).toEqual(['A1']);
  });

  it('rejects a signature that does not cover the query exactly as sent (1001)', async () => {
    const emulator = await start();
    const sent = 'pageNo=1&pageSize=10';
    const reordered = signedHeaders(emulator, `${CASES_PATH}?pageSize=10&pageNo=1`);
    expect((await list(emulator, sent, { headers: reordered })).body?.code).toBe('1001');
    const reEncoded = 'updatedFrom=2024-03-05%2010%3A00%3A00';
    const signedDecoded = signedHeaders(emulator, `${CASES_PATH}?updatedFrom=2024-03-05 10:00:00`);
    expect((await list(emulator, reEncoded, { headers: signedDecoded })).body?.code).toBe('1001');
    expect((await list(emulator, reEncoded)).body?.code).toBe('0000');
  });

  it('rejects a wrong secret, an upper-case hex signature, another method and a missing signature (1001)', async () => {
    const emulator = await start();
    const target = `${CASES_PATH}?pageNo=1`;
    const wrongSecret = signedHeaders({ appId: emulator.appId, appSecret: 'not-the-secret' }, target);
    const good = emulator.headersFor(target);
    const upperCase = { ...good, 'X-Signature': good['X-Signature']!.toUpperCase() };
    const signedAsPost = emulator.headersFor(target, { method: 'POST' });
    const { 'X-Signature': _dropped, ...unsigned } = good;
    for (const headers of [wrongSecret, upperCase, signedAsPost, unsigned]) {
      const answer = await list(emulator, 'pageNo=1', { headers });
      expect(answer.status).toBe(200);
      expect(answer.body?.code).toBe('1001');
      expect(answer.body?.message).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('accepts a timestamp up to 300 s off the emulator clock and rejects one further off (1001)', async () => {
    const clock = fixedClock();
    const emulator = await start({ now: clock.now });
    const at = async (timestamp: number) => (await list(emulator, 'pageNo=1', { headers: emulator.headersFor(`${CASES_PATH}?pageNo=1`, { timestamp }) })).body?.code;
    expect(await at(T0 - 300_000)).toBe('0000');
    expect(await at(T0 + 300_000)).toBe('0000');
    expect(await at(T0 - 300_001)).toBe('1001');
    expect(await at(T0 + 300_001)).toBe('1001');
    expect(await at(Math.floor(T0 / 1000))).toBe('1001'); // seconds, not milliseconds
  });

  it('rejects an unknown app, a disabled app and a missing app id (1002)', async () => {
    const emulator = await start();
    const target = `${CASES_PATH}?pageNo=1`;
    const unknown = signedHeaders({ appId: 'someone-else', appSecret: emulator.appSecret }, target);
    const disabled = signedHeaders(emulator.disabledApp, target);
    const { 'X-App-Id': _dropped, ...anonymous } = emulator.headersFor(target);
    for (const headers of [unknown, disabled, anonymous]) {
      expect((await list(emulator, 'pageNo=1', { headers })).body).toMatchObject({ code: '1002', data: null });
    }
  });

  it('signs {appId}\\n{timestamp}\\n{METHOD}\\n{path}\\n{query} as lowercase hex HMAC-SHA256', () => {
    const parts = { appId: 'app', timestamp: '1709604000000', method: 'GET', path: CASES_PATH, query: 'pageNo=1' };
    // Computed outside Node: printf 'app\n1709604000000\nGET\n/api/v1/cases\npageNo=1' | openssl dgst -sha256 -hmac secret
    expect(sign('secret', parts)).toBe('ead77e604a6f3574e8c1c9752b8db793319a150d8da6e2f1744b0410d6967809');
    expect(sign('secret', parts)).not.toBe(sign('secret', { ...parts, query: 'pageNo=2' }));
  });
});

describe('listing', () => {
  it('clamps pageSize to 200 and defaults a missing one', async () => {
    const emulator = await start();
    emulator.putMany(generateJiangsuCases({ count: 250, seed: 1 }));
    const clamped = await list(emulator, 'pageNo=1&pageSize=500');
    expect(clamped.body?.data).toMatchObject({ pageNo: 1, pageSize: 200, total: 250 });
    expect(clamped.body?.data?.list).toHaveLength(200);
    expect((await list(emulator, 'pageNo=2&pageSize=500')).body?.data?.list).toHaveLength(50);
    expect((await list(emulator)).body?.data).toMatchObject({ pageNo: 1, pageSize: 20 });
    expect((await list(emulator, 'pageNo=99&pageSize=200')).body?.data).toMatchObject({ pageNo: 99, total: 250, list: [] });
  });

  it('orders by gxsj, then ajbh, whatever the insertion order', async () => {
    const emulator = await start();
    emulator.put(record('B2'), { gxsj: '2024-03-05 10:00:01' });
    emulator.put(record('C3'), { gxsj: '2024-03-05 10:00:00' });
    emulator.put(record('A9'), { gxsj: '2024-03-05 10:00:01' });
    emulator.put(record('A1'), { gxsj: '2024-03-05 10:00:00' });
    emulator.put(record('Z0'), { gxsj: '2024-03-04 23:59:59' });
    expect(ajbhs(await list(emulator, 'pageSize=10'))).toEqual(['Z0', 'A1', 'C3', 'A9', 'B2']);
    expect(emulator.cases().map((c) => c.ajbh)).toEqual(['Z0', 'A1', 'C3', 'A9', 'B2']);
  });

  it('stamps gxsj from its clock in Beijing time; updatedFrom is inclusive and read in Beijing time', async () => {
    const clock = fixedClock();
    const emulator = await start({ now: clock.now });
    emulator.put(record('EARLY'), { gxsj: '2024-03-05 09:59:59' });
    emulator.put(record('AT'));
    expect(emulator.get('AT')?.gxsj).toBe('2024-03-05 10:00:00');
    expect(ajbhs(await list(emulator, 'updatedFrom=2024-03-05%2010%3A00%3A00'))).toEqual(['AT']);
    expect(ajbhs(await list(emulator, 'updatedFrom=2024-03-05+10:00:00&pageNo=1'))).toEqual(['AT']);
    expect(ajbhs(await list(emulator, 'updatedFrom=2024-03-05%2009%3A59%3A59'))).toEqual(['EARLY', 'AT']);
    expect((await list(emulator, 'updatedFrom=2024-03-05%2010%3A00%3A01')).body?.data).toMatchObject({ total: 0, list: [] });
    // The same instant written in UTC would be eight hours earlier and include both.
    expect((await list(emulator, 'updatedFrom=2024-03-05%2002%3A00%3A00')).body?.data?.total).toBe(2);
  });

  it.each([
    ['an ISO timestamp', 'updatedFrom=2024-03-05T10%3A00%3A00'],
    ['a date without time', 'updatedFrom=2024-03-05'],
    ['an impossible date', 'updatedFrom=2024-02-30%2010%3A00%3A00'],
    ['an empty updatedFrom', 'updatedFrom='],
    ['bad percent-encoding', 'updatedFrom=%E4%B8'],
    ['pageNo 0', 'pageNo=0'],
    ['a negative pageNo', 'pageNo=-1'],
    ['pageSize 0', 'pageSize=0'],
    ['a non-numeric pageSize', 'pageSize=abc'],
    ['a repeated parameter', 'pageNo=1&pageNo=2'],
  ])('answers %s with HTTP 400 and code 4000', async (_name, query) => {
    const emulator = await start();
    const answer = await list(emulator, query);
    expect(answer.status).toBe(400);
    expect(answer.body).toMatchObject({ code: '4000', data: null });
  });

  it('answers an unknown path with 404 and another method with 405', async () => {
    const emulator = await start();
    const other = await fetch(`${emulator.baseUrl}/api/v1/case`, { headers: emulator.headersFor('/api/v1/case') });
    expect(other.status).toBe(404);
    const post = await fetch(`${emulator.baseUrl}${CASES_PATH}`, { method: 'POST', headers: emulator.headersFor(CASES_PATH, { method: 'POST' }) });
    expect(post.status).toBe(405);
  });

  it('lists unreadable entries in order and counts them, without making them cases', async () => {
    const emulator = await start();
    emulator.put(record('A1'), { gxsj: '2024-03-05 10:00:00' });
    const [first, second] = unreadableJiangsuEntries().slice(5, 7);
    emulator.putRaw(first, { gxsj: '2024-03-05 10:00:00', ajbh: 'A0' });
    emulator.putRaw(second, { gxsj: '2024-03-05 10:00:01', ajbh: '' });
    const answer = await list(emulator);
    expect(answer.body?.data?.total).toBe(3);
    expect(answer.body?.data?.list).toEqual([first, { ...record('A1'), gxsj: '2024-03-05 10:00:00' }, second]);
    expect(emulator.cases().map((c) => c.ajbh)).toEqual(['A1']);
  });
});

describe('paging while records change', () => {
  /** Walks pageNo forward until a short page: what the contract warns callers against. */
  async function readNaively(emulator: JiangsuEmulator, pageSize: number, between?: (pageNo: number) => void) {
    const seen = new Map<string, JiangsuCaseRecord>();
    for (let pageNo = 1; ; pageNo++) {
      const items = (await list(emulator, `pageNo=${pageNo}&pageSize=${pageSize}`)).body!.data!.list as JiangsuCaseRecord[];
      for (const item of items) seen.set(item.ajbh, item);
      if (items.length < pageSize) return seen;
      between?.(pageNo);
    }
  }

  it('moves an updated case to the end, so the case after the page slides into a page already read', async () => {
    const clock = fixedClock();
    const emulator = await start({ now: clock.now });
    for (const [i, ajbh] of ['A', 'B', 'C', 'D', 'E'].entries()) emulator.put(record(ajbh), { gxsj: `2024-03-05 09:00:0${i}` });
    const seen = await readNaively(emulator, 2, (pageNo) => {
      if (pageNo === 1) emulator.update('A', { ajzt: '结案', cfjdrq: '2024-03-05' });
    });
    // After page 1 (A, B) the order is B C D E A: page 2 is D E and C is never seen; A is seen twice.
    expect([...seen.keys()].sort()).toEqual(['A', 'B', 'D', 'E']);
    expect(emulator.cases().map((c) => c.ajbh)).toEqual(['B', 'C', 'D', 'E', 'A']);
    expect(emulator.get('A')).toMatchObject({ ajzt: '结案', gxsj: '2024-03-05 10:00:00' });
  });

  it('slideWhilePaging makes a naive reader miss cases; an overlapping reader gets all of them', async () => {
    const clock = fixedClock();
    const emulator = await start({ now: clock.now, seed: 5 });
    emulator.putMany(generateJiangsuCases({ count: 120, seed: 3, hostile: true }));
    emulator.setFaults({ slideWhilePaging: { updatesPerPage: 2 } });
    const naive = await readNaively(emulator, 10);
    expect(naive.size).toBeLessThan(120);
    expect(emulator.requests.some((request) => (request.slid?.length ?? 0) > 0)).toBe(true);

    // Re-reads from the last gxsj seen (inclusive), so cases that slide back are still ahead of it.
    const overlapping = new Map<string, JiangsuCaseRecord>();
    const readFrom = async (from: string | null) => {
      let pageNo = 1;
      for (;;) {
        const query = `${from === null ? '' : `updatedFrom=${encodeURIComponent(from)}&`}pageNo=${pageNo}&pageSize=10`;
        const items = (await list(emulator, query)).body!.data!.list as JiangsuCaseRecord[];
        for (const item of items) overlapping.set(item.ajbh, item);
        if (items.length < 10) return from;
        const last = items[items.length - 1]!.gxsj!;
        pageNo = last === from ? pageNo + 1 : 1;
        from = last;
      }
    };
    const checkpoint = await readFrom(null);
    expect(overlapping.size).toBe(120);
    // Updates made after the last page are picked up by the next incremental read.
    emulator.clearFaults();
    await readFrom(checkpoint);
    expect([...overlapping.values()].map(expectedJiangsuCase).sort(byCaseNumber)).toEqual(emulator.cases().map(expectedJiangsuCase).sort(byCaseNumber));
  });
});

function byCaseNumber(a: { caseNumber: string }, b: { caseNumber: string }): number {
  return a.caseNumber < b.caseNumber ? -1 : a.caseNumber > b.caseNumber ? 1 : 0;
}

describe('faults', () => {
  it.each([
    ['code2001', '2001'],
    ['code5000', '5000'],
  ] as const)('failNext(%s) answers HTTP 200 with code %s and a Chinese message', async (kind, code) => {
    const emulator = await start();
    emulator.failNext(kind);
    const answer = await list(emulator);
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ code, data: null });
    expect(answer.body?.message).toMatch(/[\u4e00-\u9fff]/);
    expect((await list(emulator)).body?.code).toBe('0000');
    expect(emulator.requests.map((request) => request.outcome)).toEqual([kind, 'ok']);
  });

  it('failNext(http429) answers 429 with Retry-After, and gateway statuses with an HTML page', async () => {
    const emulator = await start();
    emulator.failNext('http429', 1, { retryAfterSeconds: 7 });
    emulator.failNext('http502');
    emulator.failNext('http503');
    emulator.failNext('http504');
    const limited = await list(emulator);
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('7');
    for (const status of [502, 503, 504]) {
      const answer = await list(emulator);
      expect(answer.status).toBe(status);
      expect(answer.body).toBeNull();
      expect(answer.text).toContain(`<h1>${status}`);
    }
    expect(emulator.requests.map((request) => request.outcome)).toEqual(['http429', 'http502', 'http503', 'http504']);
  });

  it('answers gateway faults before checking credentials, application codes after', async () => {
    const emulator = await start();
    const unsigned = { 'X-App-Id': emulator.appId };
    emulator.failNext('http503');
    expect((await list(emulator, '', { headers: unsigned })).status).toBe(503);
    emulator.failNext('code5000');
    expect((await list(emulator, '', { headers: unsigned })).body?.code).toBe('1001');
    expect((await list(emulator)).body?.code).toBe('0000');
  });

  it('failNext(reset) resets the connection without answering', async () => {
    const emulator = await start();
    emulator.failNext('reset', 2);
    await expect(list(emulator)).rejects.toThrow();
    await expect(list(emulator)).rejects.toThrow();
    expect((await list(emulator)).body?.code).toBe('0000');
  });

  it('failNext(resetMidBody) sends the headers and half the body, then resets', async () => {
    const emulator = await start();
    emulator.putMany(generateJiangsuCases({ count: 50, seed: 2 }));
    emulator.failNext('resetMidBody');
    const response = await fetch(emulator.baseUrl + CASES_PATH, { headers: emulator.headersFor(CASES_PATH) });
    expect(response.status).toBe(200);
    await expect(response.text()).rejects.toThrow();
    expect(emulator.requests[0]?.outcome).toBe('resetMidBody');
  });

  it('failNext(stall) never answers, and close() still ends at once', async () => {
    const emulator = await start();
    emulator.failNext('stall', 2);
    await expect(list(emulator, '', { signal: AbortSignal.timeout(300) })).rejects.toThrow();
    expect(emulator.requests[0]?.outcome).toBe('stall');
    const hanging = list(emulator);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(emulator.requests[1]?.outcome).toBe('stall');
    const beforeClose = Date.now();
    await emulator.close();
    expect(Date.now() - beforeClose).toBeLessThan(2000);
    await expect(hanging).rejects.toThrow();
  });

  it('failNext(stall, { ms }) answers normally after the delay', async () => {
    const emulator = await start();
    emulator.failNext('stall', 1, { ms: 250 });
    const startedAt = Date.now();
    const answer = await list(emulator);
    expect(Date.now() - startedAt).toBeGreaterThanOrEqual(240);
    expect(answer.body?.code).toBe('0000');
    expect(emulator.requests[0]).toMatchObject({ outcome: 'ok', delayedMs: 250 });
  });

  it('draws probabilistic faults from the seed: the same seed gives the same outcomes', async () => {
    const outcomes = async (seed: number) => {
      const emulator = await start({ seed });
      emulator.setFaults({
        code2001: { probability: 0.1 },
        code5000: { probability: 0.1 },
        rate429: { probability: 0.1, retryAfterSeconds: 2 },
        http5xx: { probability: 0.1, statuses: [502, 503, 504] },
        reset: { probability: 0.1 },
      });
      for (let i = 0; i < 60; i++) await list(emulator).catch(() => undefined);
      return emulator.requests.map((request) => request.outcome);
    };
    const first = await outcomes(11);
    expect(await outcomes(11)).toEqual(first);
    for (const outcome of ['ok', 'code2001', 'code5000', 'http429', 'reset']) expect(first).toContain(outcome);
    expect(first.some((outcome) => /^http50[234]$/.test(outcome))).toBe(true);
  });

  it('rateLimit refuses requests past the window with Retry-After, or with code 2001', async () => {
    const emulator = await start();
    emulator.setFaults({ rateLimit: { requests: 3, windowMs: 60_000, answer: 'http429' } });
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push(await list(emulator));
    expect(statuses.map((answer) => answer.status)).toEqual([200, 200, 200, 429]);
    expect(Number(statuses[3]!.headers.get('retry-after'))).toBeGreaterThanOrEqual(59);
    emulator.setFaults({ rateLimit: { requests: 3, windowMs: 60_000, answer: 'code2001' } });
    expect((await list(emulator)).body?.code).toBe('2001');
  });

  it('fullWidthGxsj serves gxsj with full-width digits', async () => {
    const emulator = await start();
    emulator.put(record('A1'), { gxsj: '2024-03-05 10:00:00' });
    emulator.setFaults({ fullWidthGxsj: { probability: 1 } });
    const [item] = (await list(emulator)).body!.data!.list as JiangsuCaseRecord[];
    expect(item?.gxsj).toBe('２０２４-０３-０５ １０:００:００');
    expect(expectedJiangsuCase(item!).updatedAt).toBe('2024-03-05T10:00:00+08:00');
  });

  it('logs each request with its wall-clock arrival, so a retry after Retry-After can be timed', async () => {
    const emulator = await start();
    emulator.failNext('http429', 1, { retryAfterSeconds: 1 });
    await list(emulator);
    await new Promise((resolve) => setTimeout(resolve, 50));
    await list(emulator, 'pageNo=1');
    const [first, second] = emulator.requests;
    expect(second!.at - first!.at).toBeGreaterThanOrEqual(45);
    expect(second).toMatchObject({ method: 'GET', path: CASES_PATH, query: 'pageNo=1', outcome: 'ok' });
  });
});

describe('synthetic records', () => {
  const hostile = generateJiangsuCases({ count: 400, seed: 9, hostile: true });
  const values = (field: keyof JiangsuCaseRecord) => hostile.map((r) => r[field]);
  const strings = (field: keyof JiangsuCaseRecord) => values(field).filter((v): v is string => typeof v === 'string');
  const ascii = (text: string) => text.replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - 0xff10));

  it('is deterministic for a seed', () => {
    expect(generateJiangsuCases({ count: 50, seed: 9, hostile: true })).toEqual(hostile.slice(0, 50));
    expect(generateJiangsuCases({ count: 50, seed: 10, hostile: true })).not.toEqual(hostile.slice(0, 50));
    expect(new Set(hostile.map((r) => r.ajbh)).size).toBe(400);
  });

  it('covers every date format, with and without full-width digits', () => {
    const dates = [...strings('ladate'), ...strings('cfjdrq')];
    for (const pattern of [/^\d{4}-\d{2}-\d{2}$/, /^\d{4}\/\d{1,2}\/\d{1,2}$/, /^\d{4}年\d{1,2}月\d{1,2}日$/, /^\d{8}$/]) {
      expect(dates.some((d) => pattern.test(d))).toBe(true);
      expect(dates.some((d) => /[０-９]/.test(d) && pattern.test(ascii(d)))).toBe(true);
    }
  });

  it('has full-width digits in amounts, region codes, ID numbers and codes', () => {
    for (const field of ['fkje', 'mswfsd', 'xzqh', 'zjhm', 'zjlx', 'xb', 'wflx', 'yjga'] as const) {
      expect(strings(field).some((v) => /[０-９]/.test(v)), field).toBe(true);
    }
  });

  it('pads names with ASCII and ideographic spaces', () => {
    expect(strings('dsrxm').some((n) => /^ .*\S {1,2}$/.test(n))).toBe(true);
    expect(strings('dsrxm').some((n) => /^\u3000\S.*\u3000$/.test(n))).toBe(true);
  });

  it('has masked, lowercase-x, upper-case-X and 15-digit ID numbers, all valid behind their form', () => {
    const numbers = hostile.filter((r) => ascii(r.zjlx ?? '') === '01' && r.zjhm).map((r) => ascii(r.zjhm!));
    expect(numbers.some((n) => /^\d{10}\*{4}\d{3}[\dXx]$/.test(n))).toBe(true);
    expect(numbers.some((n) => /^\d{17}x$/.test(n))).toBe(true);
    expect(numbers.some((n) => /^\d{17}X$/.test(n))).toBe(true);
    expect(numbers.some((n) => /^\d{15}$/.test(n))).toBe(true);
    for (const r of hostile.filter((c) => ascii(c.zjlx ?? '') === '01' && c.zjhm && !c.zjhm.includes('*'))) {
      const id = expectedJiangsuCase(r).idNumber!;
      expect(isValidIdNumber(id), r.zjhm!).toBe(true);
      const age = Number(expectedJiangsuCase(r).openedOn?.slice(0, 4) ?? 2024) - Number(id.slice(6, 10));
      expect(age).toBeGreaterThanOrEqual(18);
      expect(age).toBeLessThanOrEqual(100);
      const sex = ascii(r.xb ?? '');
      if (sex === '1' || sex === '2') expect(Number(id[16]) % 2).toBe(sex === '1' ? 1 : 0);
    }
  });

  it('uses every code, empty decision dates for open cases, empty amounts, and missing and null fields', () => {
    expect(new Set(strings('zjlx').map(ascii))).toEqual(new Set(['01', '02', '03', '04', '99']));
    expect(new Set(strings('xb').map(ascii))).toEqual(new Set(['1', '2', '9']));
    expect(new Set(strings('wflx').map(ascii))).toEqual(new Set(['01', '02', '03', '04', '05']));
    expect(new Set(strings('ajzt'))).toEqual(new Set(['办理中', '结案', '已撤销']));
    expect(new Set(strings('yjga').map(ascii))).toEqual(new Set(['0', '1']));
    expect(hostile.some((r) => r.ajzt === '办理中' && r.cfjdrq === '')).toBe(true);
    expect(strings('fkje')).toContain('');
    expect(strings('mswfsd')).toContain('');
    for (const field of ['dsrxm', 'zjlx', 'zjhm', 'xb', 'wfdd', 'xzqh', 'ladate', 'cfjdrq', 'cfwh', 'fkje', 'mswfsd', 'yjga', 'ajzt'] as const) {
      expect(hostile.some((r) => !(field in r)), `${field} missing`).toBe(true);
      expect(values(field), `${field} null`).toContain(null);
    }
  });

  it('keeps clean records clean', () => {
    for (const r of generateJiangsuCases({ count: 100, seed: 4 })) {
      expect(JSON.stringify(r)).not.toMatch(/[０-９\u3000*]|null/);
      if (r.ladate) expect(r.ladate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it('sameGxsjBurst puts more records at one second than fit on a page, served in ajbh order', async () => {
    const burst = generateJiangsuCases({ count: 1000, seed: 6, sameGxsjBurst: 450 });
    const counts = new Map<string, number>();
    for (const r of burst) counts.set(r.gxsj!, (counts.get(r.gxsj!) ?? 0) + 1);
    const [gxsj, size] = [...counts].sort((a, b) => b[1] - a[1])[0]!;
    expect(size).toBe(450);
    const emulator = await start();
    emulator.putMany(burst);
    const query = `updatedFrom=${encodeURIComponent(gxsj)}&pageSize=200`;
    const page = ajbhs(await list(emulator, query));
    expect(page).toEqual([...page].sort());
    expect(page).not.toEqual(burst.filter((r) => r.gxsj === gxsj).map((r) => r.ajbh).slice(0, 200));
  });
});

describe('expectedJiangsuCase', () => {
  it('normalises a hostile record to what a correct client understands', () => {
    const expected = expectedJiangsuCase({
      ajbh: 'JS3206122024000001',
      dsrxm: '\u3000 王 五\u3000',
      zjlx: '０１',
      zjhm: '３２０６８２８４０２０９８５７',
      xb: '1',
      wfdd: ' 如皋市人民路1号 ',
      xzqh: '３２０６１２',
      wflx: '01',
      ladate: '２０２４年３月５日',
      cfjdrq: '2024/3/15',
      cfwh: '通卫医罚〔2024〕12号',
      cfnr: '',
      fkje: '５００００',
      mswfsd: '1500.5',
      yjga: '１',
      ajzt: '结案',
      gxsj: '2024-03-16 08:30:00',
    });
    expect(expected).toEqual({
      caseNumber: 'JS3206122024000001',
      personName: '王 五',
      idType: '01',
      idNumber: '320682198402098572',
      idNumberMasked: false,
      sex: '1',
      place: '如皋市人民路1号',
      regionCode: '320612',
      violationType: '01',
      openedOn: '2024-03-05',
      decidedOn: '2024-03-15',
      decisionNumber: '通卫医罚〔2024〕12号',
      decisionContent: null,
      fineYuan: '50000.00',
      confiscatedYuan: '1500.50',
      transferredToPolice: true,
      status: 'CLOSED',
      updatedAt: '2024-03-16T08:30:00+08:00',
    });
  });

  it('reads masked numbers as null, lowercase x as X, and absent or empty values as null', () => {
    const masked = expectedJiangsuCase({ ajbh: 'A', zjlx: '01', zjhm: '3206021980****123x', cfjdrq: '', fkje: '', ajzt: '办理中' });
    expect(masked).toMatchObject({ idNumber: null, idNumberMasked: true, decidedOn: null, fineYuan: null, status: 'OPEN', transferredToPolice: null, updatedAt: null });
    expect(expectedJiangsuCase({ ajbh: 'B', zjlx: '01', zjhm: '11010519491231002x', ladate: '20240305', ajzt: '已撤销', yjga: '0' })).toMatchObject({
      idNumber: '11010519491231002X',
      openedOn: '2024-03-05',
      status: 'REVOKED',
      transferredToPolice: false,
      personName: null,
    });
    expect(expectedJiangsuCase({ ajbh: 'C', zjlx: '02', zjhm: ' e12345678 ' }).idNumber).toBe('E12345678');
  });
});

describe('scale', () => {
  it('serves a full read of 100,000 cases at pageSize 200 in well under 10 s of its own time', async () => {
    const emulator = await start();
    // Inserted newest first, so the store must order them; 40 cases share each second.
    for (let i = 99_999; i >= 0; i--) {
      emulator.put({ ajbh: `JS${String(i % 997).padStart(4, '0')}${String(i).padStart(6, '0')}`, dsrxm: '张三', ajzt: '结案' }, { gxsj: formatBeijing(T0 + Math.floor(i / 40) * 1000) });
    }
    let total = 0;
    let previous = '';
    let outOfOrder = 0;
    for (let pageNo = 1; ; pageNo++) {
      const items = (await list(emulator, `pageNo=${pageNo}&pageSize=200`)).body!.data!.list as JiangsuCaseRecord[];
      for (const item of items) {
        const key = `${item.gxsj} ${item.ajbh}`;
        if (key <= previous) outOfOrder++;
        previous = key;
      }
      total += items.length;
      if (items.length < 200) break;
    }
    expect(total).toBe(100_000);
    expect(outOfOrder).toBe(0);
    const emulatorMs = emulator.requests.reduce((sum, request) => sum + request.serviceMs, 0);
    expect(emulatorMs).toBeLessThan(5_000);
  }, 120_000);
});
