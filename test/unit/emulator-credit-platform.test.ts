import { createHash, createHmac, randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { startCreditPlatformEmulator, type CreditPlatformEmulator, type CreditPlatformEmulatorOptions } from '../emulators/credit-platform/index.js';

/**
 * The credit-platform emulator is only useful if it is exactly as strict as the contract
 * (contracts/credit-platform.md). These tests sign their own requests from the contract's text,
 * not with the emulator's code, so a mistake in its signature check cannot hide behind the same
 * mistake here.
 */

const started: CreditPlatformEmulator[] = [];
afterEach(async () => {
  await Promise.all(started.splice(0).map((e) => e.close()));
});

async function emulator(options: CreditPlatformEmulatorOptions = {}) {
  const em = await startCreditPlatformEmulator(options);
  started.push(em);
  return em;
}

/** A fixed platform clock a test can move. */
function fakeClock(start = Date.parse('2025-06-01T08:00:00Z')) {
  const clock = { ms: start, now: () => new Date(clock.ms) };
  return clock;
}

interface Signing {
  appKey?: string;
  appSecret?: string;
  timestamp?: string;
  nonce?: string;
  signedBody?: string;
  upperCaseSignature?: boolean;
  clockMs?: number;
  omit?: string[];
}

function signedHeaders(em: CreditPlatformEmulator, body: string, signing: Signing = {}): Record<string, string> {
  const appKey = signing.appKey ?? em.appKey;
  const timestamp = signing.timestamp ?? String(signing.clockMs ?? Date.now());
  const nonce = signing.nonce ?? randomUUID();
  const bodyHash = createHash('sha256').update(signing.signedBody ?? body, 'utf8').digest('hex');
  const hmac = createHmac('sha256', signing.appSecret ?? em.appSecret).update(`${appKey}${timestamp}${nonce}${bodyHash}`).digest('hex');
  const signature = signing.upperCaseSignature ? hmac.toUpperCase() : hmac;
  const headers: Record<string, string> = { 'Content-Type': 'application/json', 'X-App-Key': appKey, 'X-Timestamp': timestamp, 'X-Nonce': nonce, 'X-Signature': signature };
  for (const name of signing.omit ?? []) delete headers[name];
  return headers;
}

async function call(em: CreditPlatformEmulator, method: 'GET' | 'POST', path: string, body?: unknown, signing: Signing = {}, init: RequestInit = {}) {
  const text = body === undefined ? '' : typeof body === 'string' ? body : JSON.stringify(body);
  const response = await fetch(em.baseUrl + path, { method, headers: signedHeaders(em, text, signing), body: method === 'POST' ? text : undefined, ...init });
  const raw = await response.text();
  let json: any;
  try {
    json = JSON.parse(raw);
  } catch {
    json = undefined;
  }
  return { status: response.status, headers: response.headers, json, raw };
}

const submit = (em: CreditPlatformEmulator, kind: 'xzxk' | 'xzcf', records: unknown[], signing: Signing = {}, init: RequestInit = {}) =>
  call(em, 'POST', `/api/v2/${kind}/records`, { batchNo: `B-${randomUUID()}`, records }, signing, init);
const withdraw = (em: CreditPlatformEmulator, kind: 'xzxk' | 'xzcf', items: unknown[], signing: Signing = {}) =>
  call(em, 'POST', `/api/v2/${kind}/withdrawals`, { batchNo: `W-${randomUUID()}`, items }, signing);
const read = (em: CreditPlatformEmulator, kind: 'xzxk' | 'xzcf', id: string, signing: Signing = {}) =>
  call(em, 'GET', `/api/v2/${kind}/records/${encodeURIComponent(id)}`, undefined, signing);

const HOSPITAL_USCC = '121100004006885458';
const AUTHORITY_USCC = '12110000400686291H';
const ID_NUMBER = '11010519491231002X';

function penalty(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    ID: 'CF-1', CF_XDR_MC: '南通某医院', CF_XDR_LB: '法人及非法人组织', CF_XDR_SHXYM: HOSPITAL_USCC, CF_FRDB: '张三',
    CF_WSH: '通卫医罚〔2024〕12号', CF_WFXW: '使用非卫生技术人员从事医疗卫生技术工作', CF_SY: '经查……', CF_YJ: '《医疗机构管理条例》第四十七条',
    CF_CFLB: '警告;罚款;暂扣许可证件', CF_NR: '警告，罚款贰仟元，暂扣执业许可证', CF_NR_FK: '0.2', CF_NR_ZKDX: '医疗机构执业许可证(47117170333050211A1001)',
    CF_JDRQ: '2024-05-20', CF_YXQ: '2099-12-31', CF_GSJZQ: '2025-05-20', CF_CFJG: '南通市卫生健康委员会', CF_CFJGDM: AUTHORITY_USCC,
    CF_SJLY: '南通市卫生健康委员会', CF_SJLYDM: AUTHORITY_USCC, ...overrides,
  };
}

const person = { CF_XDR_MC: '李某', CF_XDR_LB: '自然人', CF_XDR_SHXYM: undefined, CF_FRDB: undefined, CF_XDR_ZJLX: '身份证', CF_XDR_ZJHM: ID_NUMBER };

function license(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    ID: 'XK-1', XK_XDR_MC: '南通某医院', XK_XDR_LB: '法人及非法人组织', XK_XDR_SHXYM: HOSPITAL_USCC, XK_FRDB: '张三',
    XK_XKWS: '医疗机构执业许可决定书', XK_WSH: '通卫医许〔2024〕3号', XK_XKLB: '普通', XK_NR: '准予医疗机构执业登记',
    XK_JDRQ: '2024-03-01', XK_YXQZ: '2024-03-01', XK_YXQZI: '2099-12-31', XK_XKJG: '南通市卫生健康委员会', XK_XKJGDM: AUTHORITY_USCC,
    XK_ZT: '1', XK_LYDW: '南通市卫生健康委员会', XK_LYDWDM: AUTHORITY_USCC, ...overrides,
  };
}

const unauthorized = { status: 401, json: { code: '1001', data: null } };

describe('authentication (HTTP 401 / code 1001)', () => {
  it('accepts a request signed as the contract says', async () => {
    const em = await emulator();
    const answer = await submit(em, 'xzcf', [penalty()]);
    expect(answer.status).toBe(200);
    expect(answer.json).toMatchObject({ code: '0000', message: '成功', data: { results: [{ ID: 'CF-1', status: 'ACCEPTED' }] } });
  });

  it.each<[string, Signing]>([
    ['an unknown app key', { appKey: 'someone-else' }],
    ['a signature under another secret', { appSecret: 'not-the-secret' }],
    ['a signature over another body', { signedBody: '{"batchNo":"B","records":[]}' }],
    ['an upper-case hex signature', { upperCaseSignature: true }],
    ['a missing app key', { omit: ['X-App-Key'] }],
    ['a missing timestamp', { omit: ['X-Timestamp'] }],
    ['a missing signature', { omit: ['X-Signature'] }],
    ['a missing nonce', { omit: ['X-Nonce'] }],
    ['a timestamp in seconds', { timestamp: String(Math.floor(Date.now() / 1000)) }],
    ['a timestamp that is not a number', { timestamp: new Date().toISOString() }],
  ])('rejects %s and stores nothing', async (_name, signing) => {
    const em = await emulator();
    expect(await submit(em, 'xzcf', [penalty()], signing)).toMatchObject(unauthorized);
    expect(em.records('xzcf')).toEqual([]);
    expect(em.submissions).toEqual([]);
  });

  it('accepts a timestamp exactly 300 s off either way and rejects one a millisecond further', async () => {
    const clock = fakeClock();
    const em = await emulator({ now: clock.now });
    for (const offset of [-300_000, 300_000]) expect((await read(em, 'xzcf', 'none', { clockMs: clock.ms + offset })).status).toBe(404);
    for (const offset of [-300_001, 300_001]) expect(await read(em, 'xzcf', 'none', { clockMs: clock.ms + offset })).toMatchObject(unauthorized);
  });

  it('rejects a reused nonce as a replay for 10 minutes, then accepts it', async () => {
    const clock = fakeClock();
    const em = await emulator({ now: clock.now });
    const nonce = 'same-nonce';
    expect((await submit(em, 'xzcf', [penalty()], { nonce, clockMs: clock.ms })).status).toBe(200);
    clock.ms += 9 * 60_000;
    const replay = await submit(em, 'xzcf', [penalty({ CF_NR: '改' })], { nonce, clockMs: clock.ms });
    expect(replay).toMatchObject(unauthorized);
    expect(replay.json.message).toContain('重放');
    expect(em.record('xzcf', 'CF-1')?.version).toBe(1);
    clock.ms += 60_000;
    expect((await submit(em, 'xzcf', [penalty({ CF_NR: '改' })], { nonce, clockMs: clock.ms })).json.data.results[0].status).toBe('UPDATED');
  });

  it('uses a nonce up only on an authentic request, and on any authentic one (a 413 included)', async () => {
    const em = await emulator();
    expect(await read(em, 'xzcf', 'x', { nonce: 'n1', appSecret: 'wrong' })).toMatchObject(unauthorized);
    expect((await read(em, 'xzcf', 'x', { nonce: 'n1' })).status).toBe(404);
    expect((await submit(em, 'xzcf', Array.from({ length: 501 }, () => penalty()), { nonce: 'n2' })).status).toBe(413);
    expect(await read(em, 'xzcf', 'x', { nonce: 'n2' })).toMatchObject(unauthorized);
  });

  it('signs the read endpoint too, over the empty body', async () => {
    const em = await emulator();
    expect(await read(em, 'xzcf', 'x', { signedBody: '{}' })).toMatchObject(unauthorized);
    expect((await read(em, 'xzcf', 'x')).status).toBe(404);
  });
});

describe('batches', () => {
  it('takes 500 records and answers 413 to 501, storing none of them', async () => {
    const em = await emulator();
    const many = (n: number) => Array.from({ length: n }, (_, i) => penalty({ ID: `CF-${n}-${i}` }));
    expect((await submit(em, 'xzcf', many(500))).json.data.results).toHaveLength(500);
    const tooMany = await submit(em, 'xzcf', many(501));
    expect(tooMany).toMatchObject({ status: 413, json: { code: '1003', data: null } });
    expect(em.records('xzcf')).toHaveLength(500);
    expect((await withdraw(em, 'xzcf', Array.from({ length: 501 }, (_, i) => ({ ID: `CF-500-${i}`, reason: '信用修复', date: '2025-01-01' })))).status).toBe(413);
  });

  it('answers ACCEPTED, DUPLICATE (same content in any key order) and UPDATED (new content, next version)', async () => {
    const em = await emulator();
    expect((await submit(em, 'xzcf', [penalty()])).json.data.results).toEqual([{ ID: 'CF-1', status: 'ACCEPTED' }]);
    const reordered = Object.fromEntries(Object.entries(penalty()).reverse());
    expect((await submit(em, 'xzcf', [reordered])).json.data.results).toEqual([{ ID: 'CF-1', status: 'DUPLICATE' }]);
    expect(em.record('xzcf', 'CF-1')).toMatchObject({ version: 1, state: 'PUBLISHED' });
    expect((await submit(em, 'xzcf', [penalty({ CF_NR_FK: 0.2 })])).json.data.results[0].status).toBe('UPDATED');
    expect(em.record('xzcf', 'CF-1')).toMatchObject({ version: 2, content: { CF_NR_FK: 0.2 } });
    expect(em.submissions.map((s) => s.results[0]!.status)).toEqual(['ACCEPTED', 'DUPLICATE', 'UPDATED']);
  });

  it('rejects one bad record with its field errors and stores the rest of the batch', async () => {
    const em = await emulator();
    const answer = await submit(em, 'xzcf', [penalty({ ID: 'A' }), penalty({ ID: 'B', CF_XDR_SHXYM: '121100004006885459' }), penalty({ ID: 'C' })]);
    expect(answer.status).toBe(200);
    expect(answer.json.data.results).toEqual([
      { ID: 'A', status: 'ACCEPTED' },
      { ID: 'B', status: 'REJECTED', errors: [{ field: 'CF_XDR_SHXYM', message: '统一社会信用代码校验不通过' }] },
      { ID: 'C', status: 'ACCEPTED' },
    ]);
    expect(em.records('xzcf').map((r) => r.ID)).toEqual(['A', 'C']);
    expect(em.submissions[0]).toMatchObject({ kind: 'xzcf', operation: 'records', ids: ['A', 'B', 'C'], delivery: 'answered' });
  });

  it('judges a record sent twice in one batch against the first', async () => {
    const em = await emulator();
    const answer = await submit(em, 'xzcf', [penalty(), penalty(), penalty({ CF_NR: '改' })]);
    expect(answer.json.data.results.map((r: any) => r.status)).toEqual(['ACCEPTED', 'DUPLICATE', 'UPDATED']);
  });

  it.each([
    ['not JSON', '{"batchNo":'],
    ['no batchNo', { records: [] }],
    ['records not an array', { batchNo: 'B', records: {} }],
  ])('answers 400 / 1002 to a body that is %s', async (_name, body) => {
    const em = await emulator();
    expect(await call(em, 'POST', '/api/v2/xzcf/records', body)).toMatchObject({ status: 400, json: { code: '1002', data: null } });
  });
});

async function errorsOf(kind: 'xzxk' | 'xzcf', record: Record<string, unknown>) {
  const em = await emulator();
  const [result] = (await submit(em, kind, [record])).json.data.results;
  return result.status === 'REJECTED' ? result.errors.map((e: { field: string; message: string }) => `${e.field}: ${e.message}`) : [];
}

describe('record rules (REJECTED with {field, message})', () => {
  it.each<[string, Record<string, unknown>, string]>([
    ['a wrong USCC check character', { CF_CFJGDM: '12110000400686291J' }, 'CF_CFJGDM: 统一社会信用代码校验不通过'],
    ['a lower-case USCC', { CF_SJLYDM: '12110000400686291h' }, 'CF_SJLYDM: 统一社会信用代码校验不通过'],
    ['a missing required field', { CF_WSH: undefined }, 'CF_WSH: 行政处罚决定书文号不能为空'],
    ['a blank required field', { CF_SY: '  ' }, 'CF_SY: 违法事实不能为空'],
    ['a number where text is due', { CF_WSH: 12 }, 'CF_WSH: 行政处罚决定书文号必须为字符串'],
    ['CF_GSJZQ before CF_JDRQ', { CF_GSJZQ: '2024-05-19' }, 'CF_GSJZQ: 公示截止期不能早于处罚决定日期'],
    ['CF_GSJZQ past the longest period (3 years)', { CF_GSJZQ: '2027-05-21' }, 'CF_GSJZQ: 公示截止期超出最长公示期限（处罚决定日期起3年，即2027-05-20）'],
    ['an impossible date', { CF_JDRQ: '2024-02-30' }, 'CF_JDRQ: 处罚决定日期不是有效日期（yyyy-MM-dd）'],
    ['a date without leading zeros', { CF_YXQ: '2099-1-1' }, 'CF_YXQ: 处罚有效期不是有效日期（yyyy-MM-dd）'],
    ['an unknown penalty category', { CF_CFLB: '警告;罚金' }, 'CF_CFLB: 处罚类别取值不在代码表内：“罚金”'],
    ['categories joined by a full-width ；', { CF_CFLB: '警告；罚款', CF_NR_FK: '0.2' }, 'CF_CFLB: 处罚类别取值不在代码表内：“警告；罚款”'],
    ['a trailing ;', { CF_CFLB: '警告;', CF_NR_FK: undefined, CF_NR_ZKDX: undefined }, 'CF_CFLB: 处罚类别取值不在代码表内：“”'],
    ['a fine with 7 decimals', { CF_NR_FK: '0.1234567' }, 'CF_NR_FK: 罚款金额（万元）须为以万元为单位、最多6位小数的非负数'],
    ['a fine in yuan with a separator', { CF_NR_FK: '2,000' }, 'CF_NR_FK: 罚款金额（万元）须为以万元为单位、最多6位小数的非负数'],
    ['罚款 without CF_NR_FK', { CF_NR_FK: undefined }, 'CF_NR_FK: 罚款金额（万元）不能为空（处罚类别含罚款时必填）'],
    ['没收 without CF_NR_WFFF', { CF_CFLB: '没收违法所得' }, 'CF_NR_WFFF: 没收违法所得、没收非法财物的金额（万元）不能为空（处罚类别含没收时必填）'],
    ['吊销 without CF_NR_ZKDX', { CF_CFLB: '吊销许可证件', CF_NR_ZKDX: '' }, 'CF_NR_ZKDX: 暂扣或吊销证照名称及编号不能为空（处罚类别含暂扣或吊销时必填）'],
    ['an organisation without a USCC', { CF_XDR_SHXYM: undefined }, 'CF_XDR_SHXYM: 统一社会信用代码不能为空（法人及非法人组织必填）'],
    ['an organisation without a legal representative', { CF_FRDB: null }, 'CF_FRDB: 法定代表人不能为空（法人及非法人组织必填）'],
    ['a natural person without an ID number', { ...person, CF_XDR_ZJHM: undefined }, 'CF_XDR_ZJHM: 证件号码不能为空（自然人必填）'],
    ['a natural person without an ID type', { ...person, CF_XDR_ZJLX: undefined }, 'CF_XDR_ZJLX: 证件类型不能为空（自然人必填）'],
    ['a wrong ID-number check character', { ...person, CF_XDR_ZJHM: '110105194912310021' }, 'CF_XDR_ZJHM: 身份证号码校验不通过'],
    ['an ID number masked by the sender', { ...person, CF_XDR_ZJHM: '110105********002X' }, 'CF_XDR_ZJHM: 身份证号码校验不通过'],
    ['an unknown subject category', { CF_XDR_LB: '法人' }, 'CF_XDR_LB: 行政相对人类别取值不在代码表内：“法人”'],
    ['an ID of 65 characters', { ID: 'C'.repeat(65) }, 'ID: 数据唯一标识不能超过64个字符'],
  ])('rejects a penalty with %s', async (_name, overrides, error) => {
    expect(await errorsOf('xzcf', penalty(overrides))).toEqual([error]);
  });

  it.each<[string, Record<string, unknown>]>([
    ['CF_GSJZQ on the decision date', { CF_GSJZQ: '2024-05-20' }],
    ['CF_GSJZQ exactly 3 years on', { CF_GSJZQ: '2027-05-20' }],
    ['a fine with 6 decimals', { CF_NR_FK: '123.456789' }],
    ['a fine as a JSON number', { CF_NR_FK: 0.2 }],
    ['an ID of 64 characters', { ID: '罚'.repeat(64) }],
    ['a natural person with a valid ID number', person],
    ['a 个体工商户 with neither USCC nor ID number', { CF_XDR_LB: '个体工商户', CF_XDR_SHXYM: undefined, CF_FRDB: undefined }],
    ['several categories, confiscation included', { CF_CFLB: '罚款;没收违法所得;吊销许可证件', CF_NR_WFFF: '1.5' }],
    ['an empty optional field and fields the contract does not list', { BZ: '', EXTRA: 'x' }],
  ])('accepts a penalty with %s', async (_name, overrides) => {
    expect(await errorsOf('xzcf', penalty(overrides))).toEqual([]);
  });

  it('reports every error of a record at once', async () => {
    expect(await errorsOf('xzcf', penalty({ CF_WSH: '', CF_JDRQ: '2024-13-01', CF_CFJGDM: 'X' }))).toEqual([
      'CF_WSH: 行政处罚决定书文号不能为空',
      'CF_JDRQ: 处罚决定日期不是有效日期（yyyy-MM-dd）',
      'CF_CFJGDM: 统一社会信用代码校验不通过',
    ]);
  });

  it.each<[string, Record<string, unknown>, string[]]>([
    ['a valid licence that never ends', {}, []],
    ['two licence categories', { XK_XKLB: '普通;特许' }, ['XK_XKLB: 许可类别取值不在代码表内：“普通;特许”']],
    ['a state other than 1 or 2', { XK_ZT: '3' }, ['XK_ZT: 当前状态取值不在代码表内：“3”']],
    ['a state as a number', { XK_ZT: 1 }, ['XK_ZT: 当前状态必须为字符串']],
    ['a missing validity end', { XK_YXQZI: undefined }, ['XK_YXQZI: 有效期至不能为空']],
    ['a bad authority USCC', { XK_XKJGDM: '12110000400686291J' }, ['XK_XKJGDM: 统一社会信用代码校验不通过']],
    ['a natural person without ID type and number', { XK_XDR_LB: '自然人', XK_XDR_SHXYM: undefined, XK_FRDB: undefined }, ['XK_XDR_ZJLX: 证件类型不能为空（自然人必填）', 'XK_XDR_ZJHM: 证件号码不能为空（自然人必填）']],
  ])('judges a licence with %s', async (_name, overrides, errors) => {
    expect(await errorsOf('xzxk', license(overrides))).toEqual(errors);
  });

  it('stores a resident ID number found outside *_ZJHM but reports it as a finding', async () => {
    const em = await emulator();
    expect((await submit(em, 'xzcf', [penalty({ ...person, CF_SY: `当事人李某（身份证号${ID_NUMBER}）……` })])).json.data.results[0].status).toBe('ACCEPTED');
    expect(em.personalDataFindings).toEqual([{ kind: 'xzcf', ID: 'CF-1', fields: ['CF_SY'] }]);
  });
});

describe('withdrawals', () => {
  it('answers WITHDRAWN, changes the state, and answers WITHDRAWN again to a resend', async () => {
    const em = await emulator();
    await submit(em, 'xzcf', [penalty()]);
    const item = { ID: 'CF-1', reason: '信用修复', date: '2025-02-01' };
    expect((await withdraw(em, 'xzcf', [item])).json.data.results).toEqual([{ ID: 'CF-1', status: 'WITHDRAWN' }]);
    expect(em.record('xzcf', 'CF-1')).toMatchObject({ state: 'WITHDRAWN', version: 1, withdrawal: { reason: '信用修复', date: '2025-02-01' } });
    expect((await withdraw(em, 'xzcf', [item])).json.data.results[0].status).toBe('WITHDRAWN');
    expect(em.submissions.map((s) => s.operation)).toEqual(['records', 'withdrawals', 'withdrawals']);
  });

  it('rejects an unknown record, an unknown reason and a bad date, item by item', async () => {
    const em = await emulator();
    await submit(em, 'xzcf', [penalty()]);
    const answer = await withdraw(em, 'xzcf', [
      { ID: 'CF-404', reason: '决定撤销', date: '2025-02-01' },
      { ID: 'CF-1', reason: '撤销', date: '2025-02-01' },
      { ID: 'CF-1', reason: '公示期满', date: '2025/05/20' },
    ]);
    expect(answer.json.data.results).toEqual([
      { ID: 'CF-404', status: 'REJECTED', errors: [{ field: 'ID', message: '记录不存在，无法撤销' }] },
      { ID: 'CF-1', status: 'REJECTED', errors: [{ field: 'reason', message: '撤销原因只能取：决定撤销、信用修复、公示期满' }] },
      { ID: 'CF-1', status: 'REJECTED', errors: [{ field: 'date', message: '撤销日期不是有效日期（yyyy-MM-dd）' }] },
    ]);
    expect(em.record('xzcf', 'CF-1')?.state).toBe('PUBLISHED');
    expect((await withdraw(em, 'xzxk', [{ ID: 'CF-1', reason: '决定撤销', date: '2025-02-01' }])).json.data.results[0].status).toBe('REJECTED');
  });

  it('keeps a withdrawn record withdrawn on a DUPLICATE and publishes it again on an UPDATE', async () => {
    const em = await emulator();
    await submit(em, 'xzcf', [penalty()]);
    await withdraw(em, 'xzcf', [{ ID: 'CF-1', reason: '决定撤销', date: '2025-02-01' }]);
    expect((await submit(em, 'xzcf', [penalty()])).json.data.results[0].status).toBe('DUPLICATE');
    expect(em.record('xzcf', 'CF-1')?.state).toBe('WITHDRAWN');
    expect((await submit(em, 'xzcf', [penalty({ CF_NR: '改' })])).json.data.results[0].status).toBe('UPDATED');
    expect(em.record('xzcf', 'CF-1')).toMatchObject({ state: 'PUBLISHED', version: 2 });
    expect(em.record('xzcf', 'CF-1')?.withdrawal).toBeUndefined();
  });
});

describe('read endpoint GET /api/v2/{kind}/records/{ID}', () => {
  it('returns the platform’s copy and state, 404 / 1004 for a record it does not hold, 404 / 1006 for no endpoint', async () => {
    const em = await emulator();
    await submit(em, 'xzxk', [license({ ID: 'XK/1 甲' }), license({ ID: 'XK-bad', XK_ZT: '9' })]);
    expect(await read(em, 'xzxk', 'XK/1 甲')).toMatchObject({
      status: 200,
      json: { code: '0000', message: '成功', data: { ID: 'XK/1 甲', state: 'PUBLISHED', version: 1, record: license({ ID: 'XK/1 甲' }), withdrawal: null } },
    });
    await withdraw(em, 'xzxk', [{ ID: 'XK/1 甲', reason: '决定撤销', date: '2025-01-02' }]);
    expect((await read(em, 'xzxk', 'XK/1 甲')).json.data).toMatchObject({ state: 'WITHDRAWN', withdrawal: { reason: '决定撤销', date: '2025-01-02' } });
    for (const [kind, id] of [['xzxk', 'XK-bad'], ['xzxk', 'never-sent'], ['xzcf', 'XK/1 甲']] as const) {
      expect(await read(em, kind, id)).toMatchObject({ status: 404, json: { code: '1004', message: '记录不存在', data: null } });
    }
    expect(await call(em, 'GET', '/api/v2/xzcf/records')).toMatchObject({ status: 404, json: { code: '1006' } });
    expect(await call(em, 'POST', '/api/v2/xzfy/records', { batchNo: 'B', records: [] })).toMatchObject({ status: 404, json: { code: '1006' } });
  });
});

describe('faults', () => {
  it('429 with Retry-After; coming back early gets 429 again, waiting long enough gets through', async () => {
    const clock = fakeClock();
    const em = await emulator({ now: clock.now });
    em.failNext('rate429', 1, { retryAfterSeconds: 30 });
    const first = await submit(em, 'xzcf', [penalty()], { clockMs: clock.ms });
    expect(first).toMatchObject({ status: 429, json: { code: '1005' } });
    expect(first.headers.get('retry-after')).toBe('30');
    clock.ms += 20_000;
    const early = await submit(em, 'xzcf', [penalty()], { clockMs: clock.ms });
    expect(early.status).toBe(429);
    expect(early.headers.get('retry-after')).toBe('10');
    expect(em.requests.filter((r) => r.beforeRetryAfter)).toHaveLength(1);
    clock.ms += 10_000;
    expect((await submit(em, 'xzcf', [penalty()], { clockMs: clock.ms })).status).toBe(200);
    expect(em.submissions).toHaveLength(1);
  });

  it('500 and 503 as JSON, 502 and 504 as a gateway’s HTML page, each before storing', async () => {
    const em = await emulator();
    for (const status of [500, 502, 503, 504] as const) {
      em.failNext(`status${status}`);
      const answer = await submit(em, 'xzcf', [penalty()]);
      expect(answer.status).toBe(status);
      if (status === 500 || status === 503) expect(answer.json).toMatchObject({ code: '9999', data: null });
      else expect(answer.raw).toContain(`<title>${status}`);
    }
    expect(em.records('xzcf')).toEqual([]);
    expect(em.requests.map((r) => r.outcome)).toEqual([500, 502, 503, 504]);
  });

  it('a reset or a stall before storing stores nothing', async () => {
    const em = await emulator();
    em.failNext('resetBeforeStoring');
    await expect(submit(em, 'xzcf', [penalty()])).rejects.toThrow();
    em.failNext('stallBeforeStoring');
    await expect(submit(em, 'xzcf', [penalty()], {}, { signal: AbortSignal.timeout(300) })).rejects.toThrow();
    expect(em.records('xzcf')).toEqual([]);
    expect(em.requests.map((r) => r.outcome)).toEqual(['reset', 'stall']);
  });

  it.each([
    ['resetAfterStoring', 'reset'],
    ['status502AfterStoring', '502'],
    ['stallAfterStoring', 'stall'],
  ] as const)('%s stores the batch but loses the answer; the resend is a DUPLICATE', async (kind, delivery) => {
    const em = await emulator();
    em.failNext(kind);
    const lost = submit(em, 'xzcf', [penalty()], {}, { signal: AbortSignal.timeout(300) });
    if (delivery === '502') expect((await lost).status).toBe(502);
    else await expect(lost).rejects.toThrow();
    expect(em.record('xzcf', 'CF-1')?.state).toBe('PUBLISHED');
    expect((await submit(em, 'xzcf', [penalty()])).json.data.results[0].status).toBe('DUPLICATE');
    expect(em.submissions.map((s) => [s.results[0]!.status, s.delivery])).toEqual([['ACCEPTED', delivery], ['DUPLICATE', 'answered']]);
  });

  it('failNext counts only matching requests, in order', async () => {
    const em = await emulator();
    em.failNext('status503', 2, { path: /\/records\/[^/]+$/ });
    expect((await submit(em, 'xzcf', [penalty()])).status).toBe(200);
    expect((await read(em, 'xzcf', 'CF-1')).status).toBe(503);
    expect((await read(em, 'xzcf', 'CF-1')).status).toBe(503);
    expect((await read(em, 'xzcf', 'CF-1')).status).toBe(200);
  });

  it('random faults are reproducible from a seed and can be limited to some paths', async () => {
    const outcomes = async (seed: number) => {
      const em = await emulator({ seed });
      em.setFaults({ fail5xxBeforeStoring: { probability: 0.5, statuses: [500, 503] }, paths: /\/xzcf\// });
      for (let i = 0; i < 16; i++) await read(em, 'xzcf', 'x');
      await read(em, 'xzxk', 'x');
      return em.requests.map((r) => r.outcome);
    };
    const first = await outcomes(7);
    expect(await outcomes(7)).toEqual(first);
    expect(new Set(first.slice(0, 16))).toEqual(new Set([404, 500, 503]));
    expect(first[16]).toBe(404);
  });

  it('a random stall delays the answer, and a random failure after storing still stores', async () => {
    const em = await emulator();
    em.setFaults({ stall: { ms: 250 } });
    const started = Date.now();
    expect((await read(em, 'xzcf', 'x')).status).toBe(404);
    expect(Date.now() - started).toBeGreaterThanOrEqual(240);
    em.setFaults({ stall: null, failAfterStoring: { probability: 1, how: '502' } });
    expect((await submit(em, 'xzcf', [penalty()])).status).toBe(502);
    expect(em.record('xzcf', 'CF-1')).toBeDefined();
    em.clearFaults();
    expect((await submit(em, 'xzcf', [penalty()])).status).toBe(200);
  });

  it('a batch delayed past the caller’s timeout is still stored when it is handled', async () => {
    const em = await emulator();
    em.setFaults({ stall: { ms: 300 } });
    await expect(submit(em, 'xzcf', [penalty()], {}, { signal: AbortSignal.timeout(100) })).rejects.toThrow();
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(em.submissions.map((s) => s.delivery)).toEqual(['caller-gone']);
    expect(em.record('xzcf', 'CF-1')).toBeDefined();
  });

  it('rejectIds imposes data errors until lifted, by ID or by a function of the record', async () => {
    const em = await emulator();
    em.rejectIds(['CF-2']);
    const answer = await submit(em, 'xzcf', [penalty(), penalty({ ID: 'CF-2' })]);
    expect(answer.json.data.results).toEqual([
      { ID: 'CF-1', status: 'ACCEPTED' },
      { ID: 'CF-2', status: 'REJECTED', errors: [{ field: 'ID', message: '数据不符合平台校验规则' }] },
    ]);
    em.rejectIds((record) => record.CF_NR === '旧' ? { field: 'CF_NR', message: '处罚内容与决定书不一致' } : false);
    expect((await submit(em, 'xzcf', [penalty({ ID: 'CF-2', CF_NR: '旧' })])).json.data.results[0].errors).toEqual([{ field: 'CF_NR', message: '处罚内容与决定书不一致' }]);
    expect((await submit(em, 'xzcf', [penalty({ ID: 'CF-2', CF_NR: '新' })])).json.data.results[0].status).toBe('ACCEPTED');
  });

  it('close() ends stalled connections instead of waiting for them', async () => {
    const em = await emulator();
    em.failNext('stallBeforeStoring');
    const stalled = submit(em, 'xzcf', [penalty()]).catch((error: unknown) => error);
    await new Promise((resolve) => setTimeout(resolve, 100));
    const started = Date.now();
    await em.close();
    expect(Date.now() - started).toBeLessThan(1000);
    expect(await stalled).toBeInstanceOf(Error);
  });
});
