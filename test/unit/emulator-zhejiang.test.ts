import { createHash } from 'node:crypto';
import { parse } from 'csv-parse/sync';
import iconv from 'iconv-lite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  generateZhejiangDays,
  latestRowPerCase,
  publishGeneratedDays,
  startZhejiangEmulator,
  understandZhejiangRow,
  ZHEJIANG_HEADER,
  type GeneratedDay,
  type ZhejiangEmulator,
  type ZhejiangRow,
} from '../emulators/registry-zhejiang/index.js';

const MANIFEST = '/export/unlicensed/manifest.json';
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

const BASE: ZhejiangRow = {
  案件编号: '浙卫非〔2024〕33010600001号',
  姓名: '王芳',
  身份证号: '11010519491231002X',
  性别: '女',
  违法地点: '杭州市西湖区文化路12号出租房内',
  行政区划: '330106',
  违法类型: '无证行医',
  立案日期: '2024/3/5',
  处罚决定日期: '',
  处罚文号: '',
  处罚内容: '',
  '罚款金额(元)': '0',
  移送公安: '否',
  案件状态: '办理中',
  更新时间: '2024-04-01 09:30:00',
};
const row = (overrides: Partial<ZhejiangRow>): ZhejiangRow => ({ ...BASE, ...overrides });

let emulator: ZhejiangEmulator;
beforeEach(async () => {
  emulator = await startZhejiangEmulator({ token: 'secret-token', seed: 42 });
});
afterEach(async () => {
  await emulator.close();
});

const get = (path: string, headers: Record<string, string> = { authorization: `Bearer ${emulator.token}` }, signal?: AbortSignal) =>
  fetch(emulator.baseUrl + path, { headers, signal });
const body = async (path: string) => Buffer.from(await (await get(path)).arrayBuffer());

describe('authentication', () => {
  it('answers 401 to a missing, wrong or non-bearer token, on the manifest and on files', async () => {
    const { name } = emulator.publishDay('2024-04-01', [BASE]);
    for (const path of [MANIFEST, `/export/unlicensed/${name}`]) {
      for (const headers of [{}, { authorization: 'Bearer wrong' } as Record<string, string>, { authorization: 'Basic c2VjcmV0LXRva2Vu' }, { authorization: 'secret-token' }]) {
        const response = await get(path, headers);
        expect(response.status).toBe(401);
        expect(response.headers.get('www-authenticate')).toMatch(/^Bearer/);
      }
      expect((await get(path)).status).toBe(200);
      expect((await get(path, { authorization: 'bearer secret-token' })).status).toBe(200); // the scheme is case-insensitive (RFC 9110)
    }
  });

  it('does not let an unauthenticated request use up a planned fault', async () => {
    emulator.failNext('http5xx', 1, { status: 503 });
    expect((await get(MANIFEST, {})).status).toBe(401);
    expect((await get(MANIFEST)).status).toBe(503);
    expect((await get(MANIFEST)).status).toBe(200);
  });
});

describe('manifest and files', () => {
  it('serves the manifest in exactly the contract shape', async () => {
    const published = emulator.publishDay('2024-04-01', [BASE, row({ 案件编号: 'B-2' })]);
    const response = await get(MANIFEST);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    const manifest = (await response.json()) as { files: Record<string, unknown>[] };
    expect(Object.keys(manifest)).toEqual(['files']);
    expect(manifest.files).toEqual([{ date: '2024-04-01', name: '20240401.csv', sha256: published.sha256, rows: 2 }]);
    expect(Object.keys(manifest.files[0]!)).toEqual(['date', 'name', 'sha256', 'rows']);
    expect(manifest).toEqual(emulator.manifest());
  });

  it('writes GBK by default: no BOM, CRLF after every record, the exact header, quotes only where needed', async () => {
    const rows = [
      row({ 姓名: ' 王芳　', 违法地点: '文化路12号, 二楼', 处罚内容: '责令停止"非法行医"活动' }),
      row({ 案件编号: 'B-2', 处罚内容: '一、警告；\r\n二、罚款', 违法地点: '民房\n一楼', '罚款金额(元)': '50,000' }),
    ];
    const { name, sha256: published } = emulator.publishDay('2024-04-01', rows);
    const bytes = await body(`/export/unlicensed/${name}`);
    expect(sha256(bytes)).toBe(published);
    expect(bytes.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf]))).toBe(false);
    expect(bytes.subarray(0, 8).equals(iconv.encode('案件编号', 'gbk'))).toBe(true);
    const text = iconv.decode(bytes, 'gbk');
    expect(text.startsWith(`${ZHEJIANG_HEADER.join(',')}\r\n`)).toBe(true);
    expect(text).toContain(',"文化路12号, 二楼",');
    expect(text).toContain(',"责令停止""非法行医""活动",');
    expect(text).toContain(', 王芳　,'); // surrounding spaces alone are no reason to quote
    expect(text).toContain(',"50,000",');
    // Every line break outside quotes is CRLF, and the file ends with one.
    let quoted = false;
    for (let i = 0; i < text.length; i++) {
      if (text[i] === '"') quoted = !quoted;
      if (text[i] === '\n' && !quoted) expect(text[i - 1]).toBe('\r');
    }
    expect(text.endsWith('\r\n')).toBe(true);
    const parsed = parse(text, { columns: true, record_delimiter: ['\r\n'] }) as ZhejiangRow[];
    expect(parsed).toEqual(rows);
  });

  it('writes BOM + UTF-8 when asked, which can hold characters GBK cannot; GBK refuses them', async () => {
    const rows = [row({ 姓名: '王𬱖' })];
    expect(() => emulator.publishDay('2024-04-01', rows)).toThrow(/GBK/);
    const { name } = emulator.publishDay('2024-04-02', rows, { encoding: 'utf8-bom' });
    const bytes = await body(`/export/unlicensed/${name}`);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(parse(bytes.subarray(3).toString('utf8'), { columns: true, record_delimiter: ['\r\n'] })).toEqual(rows);
  });

  it('never changes a file: a date is published once, and its bytes and entry stay as they were', async () => {
    const first = emulator.publishDay('2024-04-01', [BASE]);
    const before = await body(`/export/unlicensed/${first.name}`);
    expect(() => emulator.publishDay('2024-04-01', [row({ 姓名: '李四' })])).toThrow(/never changes/);
    emulator.publishDay('2024-04-02', [row({ 案件状态: '撤销', 更新时间: '2024-04-02 10:00:00' })]);
    expect((await body(`/export/unlicensed/${first.name}`)).equals(before)).toBe(true);
    expect(emulator.manifest().files[0]).toEqual({ date: '2024-04-01', name: first.name, sha256: sha256(before), rows: 1 });
  });

  it('refuses what the contract rules out: a case twice in a file, an empty file, two different rows at the same 更新时间', () => {
    expect(() => emulator.publishDay('2024-04-01', [BASE, row({ 姓名: '李四' })])).toThrow(/at most once/);
    expect(() => emulator.publishDay('2024-04-01', [])).toThrow(/at least one row/);
    emulator.publishDay('2024-04-01', [BASE]);
    expect(() => emulator.publishDay('2024-04-02', [row({ 姓名: '李四' })])).toThrow(/undecidable/);
    expect(() => emulator.publishDay('2024-04-02', [{ ...BASE, 备注: '' } as ZhejiangRow])).toThrow(/columns differ/);
  });

  it('lists a late file after later days; until then it is neither in the manifest nor served', async () => {
    emulator.publishDay('2024-04-01', [row({ 更新时间: '2024-04-01 09:00:00' })], { listed: false });
    const next = row({ 案件状态: '结案', 处罚决定日期: '2024/4/2', '罚款金额(元)': '5000', 更新时间: '2024-04-02 09:00:00' });
    emulator.publishDay('2024-04-02', [next]);
    expect(emulator.unlistedDates()).toEqual(['2024-04-01']);
    expect(emulator.manifest().files.map((file) => file.date)).toEqual(['2024-04-02']);
    expect((await get('/export/unlicensed/20240401.csv')).status).toBe(404);
    emulator.listLate('2024-04-01');
    expect(((await (await get(MANIFEST)).json()) as { files: { date: string }[] }).files.map((file) => file.date)).toEqual(['2024-04-02', '2024-04-01']);
    expect((await get('/export/unlicensed/20240401.csv')).status).toBe(200);
    // Listed last, but older: the later 更新时间 still wins.
    expect(emulator.latestCases()).toEqual([next]);
    expect(() => emulator.listLate('2024-04-01')).toThrow(/already listed/);
  });

  it('keeps lateness within the contract: a file is listed after one later file at most', () => {
    const on = (date: string) => row({ 案件编号: date, 更新时间: `${date} 09:00:00` });
    emulator.publishDay('2024-04-01', [on('2024-04-01')], { listed: false });
    emulator.publishDay('2024-04-02', [on('2024-04-02')]);
    expect(() => emulator.publishDay('2024-04-03', [on('2024-04-03')])).toThrow(/more than a day late/);
    emulator.listLate('2024-04-01');
    emulator.publishDay('2024-04-03', [on('2024-04-03')]);
    expect(() => emulator.publishDay('2024-03-29', [on('2024-03-29')])).toThrow(/allows one/);
    expect(emulator.manifest().files.map((file) => file.date)).toEqual(['2024-04-02', '2024-04-01', '2024-04-03']);
  });

  it('answers 404 to unknown names and 405 to other methods', async () => {
    expect((await get('/export/unlicensed/20990101.csv')).status).toBe(404);
    expect((await get('/export/other')).status).toBe(404);
    const post = await fetch(emulator.baseUrl + MANIFEST, { method: 'POST', headers: { authorization: `Bearer ${emulator.token}` } });
    expect(post.status).toBe(405);
  });
});

describe('faults', () => {
  const FILE = '/export/unlicensed/20240401.csv';
  beforeEach(() => {
    emulator.publishDay('2024-04-01', Array.from({ length: 50 }, (_, i) => row({ 案件编号: `C-${i}` })));
  });

  it('429 with Retry-After, then a normal answer', async () => {
    emulator.failNext('rate429', 1, { retryAfterSeconds: 7 });
    const limited = await get(MANIFEST);
    expect([limited.status, limited.headers.get('retry-after')]).toEqual([429, '7']);
    expect((await get(MANIFEST)).status).toBe(200);
  });

  it('gateway errors, only on matching paths', async () => {
    emulator.failNext('http5xx', 2, { path: /\.csv$/ });
    expect((await get(MANIFEST)).status).toBe(200);
    expect([500, 502, 503, 504]).toContain((await get(FILE)).status);
    expect([500, 502, 503, 504]).toContain((await get(FILE)).status);
    expect((await get(FILE)).status).toBe(200);
  });

  it('a connection reset before any answer', async () => {
    emulator.failNext('reset');
    await expect(get(MANIFEST)).rejects.toThrow();
    expect(emulator.requests.at(-1)).toMatchObject({ path: MANIFEST, status: 'reset' });
  });

  it('a reset half way through a body', async () => {
    emulator.failNext('cutOff', 1, { path: /\.csv$/ });
    const response = await get(FILE);
    expect(response.status).toBe(200);
    await expect(response.arrayBuffer()).rejects.toThrow();
  });

  it('a stall that ends, and one that lasts until the emulator closes', async () => {
    emulator.failNext('stall', 1, { ms: 300 });
    const started = Date.now();
    expect((await get(MANIFEST)).status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(280);
    emulator.failNext('stall');
    await expect(get(MANIFEST, undefined, AbortSignal.timeout(300))).rejects.toThrow();
    emulator.failNext('stall');
    const stalled = get(MANIFEST).catch((error: unknown) => error);
    await new Promise((resolve) => setTimeout(resolve, 100));
    await emulator.close();
    expect(await stalled).toBeInstanceOf(Error);
    emulator = await startZhejiangEmulator(); // for afterEach
  });

  it('truncated and corrupted bodies arrive as HTTP 200 that only the SHA-256 exposes; the manifest is never altered', async () => {
    const good = await body(FILE);
    emulator.failNext('truncated');
    emulator.failNext('corrupted');
    expect((await get(MANIFEST)).status).toBe(200); // body faults wait for a file
    const truncated = await body(FILE);
    const corrupted = await body(FILE);
    expect(truncated.length).toBeLessThan(good.length);
    expect(good.subarray(0, truncated.length).equals(truncated)).toBe(true);
    expect(corrupted.length).toBe(good.length);
    for (const broken of [truncated, corrupted]) expect(sha256(broken)).not.toBe(emulator.manifest().files[0]!.sha256);
    expect(sha256(await body(FILE))).toBe(emulator.manifest().files[0]!.sha256);
    expect(emulator.requests.map((request) => request.outcome).join('\n')).toMatch(/truncated to \d+ of \d+ bytes[\s\S]*byte\(s\) altered/);
  });

  it('probabilistic faults follow the seed, and can be switched off', async () => {
    const statuses = async (target: ZhejiangEmulator) => {
      target.setFaults({ rate429: { probability: 0.3 }, http5xx: { probability: 0.3 } });
      const seen = [];
      for (let i = 0; i < 20; i++) seen.push((await fetch(target.baseUrl + MANIFEST, { headers: { authorization: `Bearer ${target.token}` } })).status);
      return seen;
    };
    const twin = await startZhejiangEmulator({ token: 'secret-token', seed: 42 });
    const [mine, theirs] = [await statuses(emulator), await statuses(twin)];
    await twin.close();
    expect(mine).toEqual(theirs);
    expect(new Set(mine)).toEqual(new Set([200, 429, ...mine.filter((status) => status >= 500)]));
    emulator.setFaults({ rate429: { probability: 0 }, http5xx: { probability: 0 } });
    for (let i = 0; i < 5; i++) expect((await get(MANIFEST)).status).toBe(200);
  });

  it('may serve the manifest entries in any order', async () => {
    for (let day = 2; day <= 9; day++) emulator.publishDay(`2024-04-0${day}`, [row({ 更新时间: `2024-04-0${day} 09:00:00` })]);
    emulator.setFaults({ shuffledManifest: true });
    const served = ((await (await get(MANIFEST)).json()) as { files: { date: string }[] }).files;
    expect(served.map((file) => file.date)).not.toEqual(emulator.manifest().files.map((file) => file.date));
    expect(new Set(served)).toEqual(new Set(emulator.manifest().files));
  });
});

describe('what a client must understand from a row', () => {
  it('normalises ID numbers, names, amounts, dates and codes', () => {
    const reading = understandZhejiangRow(
      row({ 姓名: '\u3000买买提·艾力 ', 身份证号: ' 110105491231002 ', '罚款金额(元)': '1,234.50', 处罚决定日期: '2024/4/1', 移送公安: '是', 案件状态: '撤销' }),
    );
    expect(reading).toMatchObject({
      readable: true,
      record: { personName: '买买提·艾力', idNumber: '11010519491231002X', idNumberConverted: true, sex: 'FEMALE', fineYuan: '1234.50', openedOn: '2024-03-05', decidedOn: '2024-04-01', transferredToPolice: true, status: 'REVOKED', kind: 'UNLICENSED_PRACTICE', sourceUpdatedAt: '2024-04-01T09:30:00+08:00' },
    });
    const spelled = ['11010519491231002x', '１１０１０５１９４９１２３１００２Ｘ', '110105 19491231 002X'];
    for (const idNumber of spelled) expect(understandZhejiangRow(row({ 身份证号: idNumber }))).toMatchObject({ record: { idNumber: '11010519491231002X', idNumberConverted: false } });
    expect(understandZhejiangRow(row({ 身份证号: '', 性别: '' }))).toMatchObject({ record: { idNumber: null, sex: 'UNKNOWN', decidedOn: null, fineYuan: '0', place: '杭州市西湖区文化路12号出租房内' } });
    expect(understandZhejiangRow(row({ '罚款金额(元)': ' ', 处罚文号: '', 处罚内容: '' }))).toMatchObject({ record: { fineYuan: null, decisionNumber: null, content: null } });
  });

  it.each([
    [{ 案件编号: ' ' }, /案件编号/],
    [{ 行政区划: '3301' }, /行政区划/],
    [{ 性别: '未知' }, /性别/],
    [{ 移送公安: 'Y' }, /移送公安/],
    [{ 案件状态: '已结' }, /案件状态/],
    [{ 处罚决定日期: '2024/2/30' }, /处罚决定日期/],
    [{ 违法类型: '非法行医' }, /违法类型/],
    [{ 身份证号: '110105194912310021' }, /check character/],
    [{ 立案日期: '2024-03-05' }, /立案日期/],
    [{ 更新时间: '2024/4/1 9:30' }, /更新时间/],
    [{ '罚款金额(元)': '5万' }, /罚款金额/],
  ] as [Partial<ZhejiangRow>, RegExp][])('cannot read %o', (overrides, reason) => {
    const reading = understandZhejiangRow(row(overrides));
    expect(reading.readable).toBe(false);
    if (!reading.readable) expect(reading.reason).toMatch(reason);
  });
});

describe('generated days', () => {
  const all = (days: GeneratedDay[]) => days.flatMap((day) => day.rows);

  it('are deterministic, skip weekends and holidays in plain mode, and carry corrections', () => {
    const options = { days: 20, casesPerDay: 30, seed: 5, startDate: '2024-09-25' };
    const days = generateZhejiangDays(options);
    expect(generateZhejiangDays(options)).toEqual(days);
    expect(generateZhejiangDays({ ...options, seed: 6 })).not.toEqual(days);
    for (const day of days) {
      expect([0, 6]).not.toContain(new Date(`${day.date}T00:00:00Z`).getUTCDay());
      expect(day.date.slice(5)).not.toMatch(/^10-0[1-7]$/);
      expect([day.encoding, day.listedLate, day.unreadable, day.rows.length]).toEqual(['gbk', false, [], 30]);
      for (const r of day.rows) expect(r['更新时间'].slice(0, 10)).toBe(day.date);
    }
    expect(all(days).every((r) => understandZhejiangRow(r).readable)).toBe(true);
    const caseNumbers = all(days).map((r) => r['案件编号']);
    expect(new Set(caseNumbers).size).toBeLessThan(caseNumbers.length);
    expect(all(days).some((r) => r['案件状态'] === '撤销')).toBe(true);
  });

  it('when hostile, use every irregularity the contract allows, and mark exactly the unreadable rows', () => {
    const days = generateZhejiangDays({ days: 30, casesPerDay: 80, seed: 11, hostile: true, startDate: '2024-04-01' });
    const rows = all(days);
    const ids = rows.map((r) => r['身份证号']);
    expect(ids.some((id) => /^\d{15}$/.test(id.trim()))).toBe(true);
    expect(ids.some((id) => id.trim().endsWith('x'))).toBe(true);
    expect(ids.some((id) => /[０-９]/.test(id))).toBe(true);
    expect(ids.some((id) => /\d \d/.test(id))).toBe(true);
    expect(rows.some((r) => r['姓名'] !== r['姓名'].trim())).toBe(true);
    expect(rows.some((r) => r['姓名'].includes('·'))).toBe(true);
    expect(rows.some((r) => /^\d{1,3}(,\d{3})+(\.\d\d)?$/.test(r['罚款金额(元)']))).toBe(true);
    for (const pattern of [/,/, /"/, /\r\n/]) expect(rows.some((r) => pattern.test(r['违法地点'] + r['处罚内容']))).toBe(true);
    expect(new Set(days.map((day) => day.encoding))).toEqual(new Set(['gbk', 'utf8-bom']));
    expect(days.some((day) => day.listedLate)).toBe(true);
    const reasons = new Set<string>();
    for (const day of days) {
      const unreadable = day.rows.flatMap((r, index) => {
        const reading = understandZhejiangRow(r);
        if (!reading.readable) reasons.add(reading.reason.split(' ')[0]!);
        return reading.readable ? [] : [index];
      });
      expect(unreadable).toEqual(day.unreadable);
    }
    expect(reasons).toEqual(new Set(['案件编号', '行政区划', '违法类型']));
  });

  it('publish through the emulator: late days listed after the next, latest 更新时间 winning over stale re-sends', async () => {
    const days = generateZhejiangDays({ days: 40, casesPerDay: 60, seed: 3, hostile: true, startDate: '2024-05-06' });
    publishGeneratedDays(emulator, days);
    const listed = emulator.manifest().files.map((file) => file.date);
    expect(listed).not.toEqual([...listed].sort());
    expect(new Set(listed)).toEqual(new Set(days.map((day) => day.date)));
    const byCase = new Map<string, string>();
    let staleResends = 0;
    for (const day of [...days].sort((a, b) => (a.date < b.date ? -1 : 1))) {
      for (const r of day.rows) {
        const reading = understandZhejiangRow(r);
        if (!reading.readable) continue;
        const seen = byCase.get(reading.record.caseNumber);
        if (seen !== undefined && seen > reading.record.sourceUpdatedAt) staleResends += 1;
        if (seen === undefined || seen < reading.record.sourceUpdatedAt) byCase.set(reading.record.caseNumber, reading.record.sourceUpdatedAt);
      }
    }
    expect(staleResends).toBeGreaterThan(0);
    const latest = emulator.latestCases();
    expect(latest.map((r) => understandZhejiangRow(r)).map((reading) => reading.readable && [reading.record.caseNumber, reading.record.sourceUpdatedAt])).toEqual(
      [...byCase.entries()].sort(([a], [b]) => (a < b ? -1 : 1)),
    );
    expect(latest).toEqual(latestRowPerCase(days.map((day) => day.rows)));
  });

  it('scale to a hundred days of a thousand cases', () => {
    const days = generateZhejiangDays({ days: 100, casesPerDay: 1000, seed: 1, hostile: true, startDate: '2024-01-02' });
    publishGeneratedDays(emulator, days);
    expect(emulator.manifest().files).toHaveLength(100);
    expect(emulator.manifest().files.every((file) => file.rows === 1000)).toBe(true);
  });
});
