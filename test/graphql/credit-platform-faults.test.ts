import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { creditPlatform } from '../../plugins/credit-platform/index.js';
import { enqueueCreditDelivery } from '../../src/plugin-runtime/outbox/enqueue.js';
import { UpdateLicenseDocument } from '../generated/graphql.js';
import { decidePenalty, institutionWithLicense, localId, SOURCE_UNIT, startCreditPlatformSetup, type CreditPlatformSetup } from '../support/credit-platform.js';

let setup: CreditPlatformSetup;
afterEach(() => setup?.close());

/** Each record the platform stored, and how often each ID was stored under any answer but DUPLICATE. */
function storedOnce(ids: string[]) {
  const results = setup.emulator.submissions.filter((s) => s.operation === 'records').flatMap((s) => s.results);
  for (const id of ids) expect(results.filter((r) => r.ID === id && r.status !== 'DUPLICATE' && r.status !== 'REJECTED'), id).toHaveLength(1);
  expect(setup.emulator.records('xzcf').length + setup.emulator.records('xzxk').length).toBe(ids.length);
}

async function twoDecisions() {
  const { institution, license } = await institutionWithLicense(setup.hub);
  const decided = await decidePenalty(setup.hub, institution.id);
  return { license, decided, ids: [`XK-${localId(license.id)}`, `CF-${localId(decided.id)}`] };
}

describe('credit-platform sink under the failures the contract names', () => {
  beforeEach(async () => {
    setup = await startCreditPlatformSetup({ timeoutMs: 1_000 });
  });

  it('waits at least Retry-After on 429, then delivers each record once', async () => {
    const { ids } = await twoDecisions();
    setup.emulator.failNext('rate429', 1, { retryAfterSeconds: 1 });
    const started = Date.now();
    expect(await setup.deliver()).toMatchObject({ status: 'SUCCEEDED' });
    expect(Date.now() - started).toBeGreaterThanOrEqual(1_000);
    expect(setup.emulator.requests.filter((r) => r.beforeRetryAfter)).toEqual([]);
    storedOnce(ids);
  });

  it('resends the same records under the same IDs, with a fresh nonce, after 5xx, resets and failures after storing', async () => {
    const { ids } = await twoDecisions();
    setup.emulator.failNext('status503', 1);
    setup.emulator.failNext('resetBeforeStoring', 1);
    setup.emulator.failNext('status502AfterStoring', 1);
    setup.emulator.failNext('stallAfterStoring', 1);
    expect(await setup.deliver()).toMatchObject({ status: 'SUCCEEDED' });
    storedOnce(ids);
    const nonces = setup.emulator.requests.map((r) => r.nonce).filter(Boolean);
    expect(new Set(nonces).size).toBe(nonces.length);
    expect(setup.emulator.requests.filter((r) => r.outcome === 401)).toEqual([]);
    expect((await setup.outbox()).map((r) => r.status)).toEqual(['ACCEPTED', 'ACCEPTED']);
  });

  it('reconciles records whose answer never came against the read endpoint before sending them again', async () => {
    await setup.close();
    setup = await startCreditPlatformSetup({ timeoutMs: 500, maxAttempts: 1 });
    const { ids } = await twoDecisions();
    // Stored, then no answer; the one attempt allowed fails, and the run ends with the batch in doubt.
    setup.emulator.failNext('stallAfterStoring', 1, { path: /xzcf\/records$/ });
    expect(await setup.deliver()).toMatchObject({ status: 'FAILED', errorKind: 'TRANSIENT' });
    const cf = ids[1]!;
    expect((await setup.outbox()).find((r) => r.record_id === cf)).toMatchObject({ status: 'SENT', in_doubt: { op: 'UPSERT' } });
    expect(await setup.deliver()).toMatchObject({ status: 'SUCCEEDED' });
    // Read, found as sent: not sent again.
    expect(setup.emulator.requests.some((r) => r.method === 'GET' && r.path.endsWith(`/xzcf/records/${SOURCE_UNIT.sourceUnitUscc}-${cf}`))).toBe(true);
    expect(setup.emulator.submissions.filter((s) => s.ids.includes(cf))).toHaveLength(1);
    expect((await setup.outbox()).find((r) => r.record_id === cf)).toMatchObject({ status: 'ACCEPTED', in_doubt: null, pending: false });
  });

  it('sends a record in doubt that the platform does not hold again, once', async () => {
    await setup.close();
    setup = await startCreditPlatformSetup({ timeoutMs: 500, maxAttempts: 1 });
    const { ids } = await twoDecisions();
    setup.emulator.failNext('stallBeforeStoring', 1, { path: /xzcf\/records$/ });
    expect(await setup.deliver()).toMatchObject({ status: 'FAILED' });
    expect(await setup.deliver()).toMatchObject({ status: 'SUCCEEDED' });
    storedOnce(ids);
  });

  it('splits a batch the platform answers 413', async () => {
    await setup.close();
    // A sink that sends more than the platform takes: the 413 splits it until it fits.
    setup = await startCreditPlatformSetup({ plugin: { ...creditPlatform, maxBatchSize: 700 } });
    const { institution } = await institutionWithLicense(setup.hub);
    await decidePenalty(setup.hub, institution.id);
    // 600 more decisions of the same institution, written directly and queued by the one enqueue function.
    await sql`INSERT INTO penalty (decision_number, subject_institution_id, violation_type, facts, legal_basis, categories, content, decided_on, authority_name, authority_uscc, severity, recorded_by)
      SELECT '批量〔2024〕' || n || '号', ${localId(institution.id)}::bigint, '超范围执业', '超范围', '条例', ARRAY['WARNING'], '警告', '2024-05-20', '南通市卫生健康委员会', '12110000400686291H', 'GENERAL', 'test'
      FROM generate_series(1, 600) n`.execute(setup.hub.database.db);
    const { rows } = await sql<{ id: string }>`SELECT id::text FROM penalty`.execute(setup.hub.database.db);
    await enqueueCreditDelivery(setup.hub.database.db, { penaltyIds: rows.map((r) => r.id) });
    expect(await setup.deliver()).toMatchObject({ status: 'SUCCEEDED' });
    expect(setup.emulator.requests.some((r) => r.outcome === 413)).toBe(true);
    expect(setup.emulator.records('xzcf')).toHaveLength(601);
  });

  it('stops on 401 with a configuration failure, loses nothing queued, and delivers once the secret is right', async () => {
    const { ids } = await twoDecisions();
    setup.configure({ appSecret: 'not-the-secret' });
    const refused = await setup.deliver();
    expect(refused).toMatchObject({ status: 'FAILED', errorKind: 'CONFIGURATION' });
    expect(refused.error).toMatch(/appKey and appSecret/);
    // One refusal, no retries of it.
    expect(setup.emulator.requests.filter((r) => r.outcome === 401)).toHaveLength(1);
    expect(setup.emulator.records('xzcf')).toHaveLength(0);
    setup.configure({ appSecret: setup.emulator.appSecret });
    expect(await setup.deliver()).toMatchObject({ status: 'SUCCEEDED' });
    storedOnce(ids);
  });

  it('parks a REJECTED record with the platform’s errors, does not resend it unchanged, and sends it once when corrected', async () => {
    const { license, ids } = await twoDecisions();
    const xk = ids[0]!;
    setup.emulator.rejectIds(() => ({ field: 'XK_YXQZI', message: '有效期至不合理' }));
    await setup.deliver();
    expect((await setup.outbox()).find((r) => r.record_id === xk)).toMatchObject({ status: 'REJECTED', pending: false, rejection_errors: [{ field: 'XK_YXQZI', message: '有效期至不合理' }] });
    setup.emulator.rejectIds([]);
    const before = setup.emulator.submissions.length;
    await setup.deliver();
    expect(setup.emulator.submissions).toHaveLength(before);
    await setup.hub.execute(UpdateLicenseDocument, { input: { id: license.id, version: license.version, validUntil: '2030-01-09' } });
    await setup.deliver();
    await setup.deliver();
    expect(setup.emulator.record('xzxk', xk)).toMatchObject({ content: { XK_YXQZI: '2030-01-09' } });
    expect(setup.emulator.submissions.filter((s) => s.ids.includes(xk))).toHaveLength(2);
  });
});
