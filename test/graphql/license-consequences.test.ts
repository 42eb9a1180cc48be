import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../src/domain/scoring/dates.js';
import { todayInChina } from '../../src/domain/today.js';
import { endLapsedStatuses } from '../../src/modules/licenses/license-status.js';
import {
  LicenseStatusHistoryDocument,
  RecordLicenseValidationDocument,
  RecordPenaltyDocument,
  RecordScoreEventDocument,
  RegisterLicenseDocument,
  RevokePenaltyDocument,
  type AffectedLicenseInput,
  type RecordLicenseValidationInput,
} from '../generated/graphql.js';
import { institutionIdentifiers, registerInstitution } from '../support/fixtures.js';
import { startTestHub, type TestHub } from '../support/hub.js';

let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub();
});
afterAll(() => hub.close());

const today = todayInChina();
const local = (id: string) => Buffer.from(id, 'base64').toString().split(':')[1]!;
const count = async (sql: string, params: unknown[] = []) => Number((await hub.database.pool.query(sql, params)).rows[0].count);

/** A Hebei institution (HE-2010 rule: a year above 20 points defers 校验) with its practice license. */
async function hospital(name: string) {
  const ids = institutionIdentifiers('130102');
  const institution = await registerInstitution(hub, { regionCode: '130102', uscc: ids.uscc, bedCount: 50, name });
  const license = await hub.execute(RegisterLicenseDocument, {
    input: { kind: 'INSTITUTION_PRACTICE', number: ids.licenseNumber, holderId: institution.id, issuingAuthority: '石家庄市卫生健康委员会', validFrom: '2018-01-01' },
  });
  if (license.data?.registerLicense.__typename !== 'RegisterLicenseSuccess') throw new Error(JSON.stringify(license));
  return { ...institution, licenseId: license.data.registerLicense.data.id };
}

const validate = (licenseId: string, input: Partial<RecordLicenseValidationInput>) =>
  hub.execute(RecordLicenseValidationDocument, { input: { licenseId, validatedOn: '2025-06-01', result: 'PASSED', ...input } });

const history = async (licenseId: string) => {
  const result = await hub.execute(LicenseStatusHistoryDocument, { id: licenseId });
  expect(result.errors).toBeUndefined();
  return result.data!.node as { status: string; statusUntil: string | null; version: number; statusHistory: { fromStatus: string; toStatus: string; effectiveOn: string; cause: string; note: string | null; recordedBy: string }[] };
};

let decision = 0;
async function penalise(subjectId: string, affected: AffectedLicenseInput[], decidedOn = '2025-03-01') {
  const categories = affected.map((a) => (a.action === 'SUSPEND' ? ('SUSPEND_LICENSE' as const) : ('REVOKE_LICENSE' as const)));
  const result = await hub.execute(RecordPenaltyDocument, {
    input: {
      decisionNumber: `冀卫医罚〔2025〕${++decision}号`,
      subjectId,
      violationType: '使用非卫生技术人员从事医疗卫生技术工作',
      facts: '聘用未取得执业资格人员从事诊疗活动',
      legalBasis: '《医疗机构管理条例》第四十七条',
      categories: [...new Set(categories)],
      content: '暂扣或吊销《医疗机构执业许可证》',
      decidedOn,
      authorityName: '石家庄市卫生健康委员会',
      authorityUscc: '12110000400686291H',
      severity: 'SERIOUS',
      affectedLicenses: affected,
    },
  });
  return result.data!.recordPenalty;
}

describe('校验 applies what the score status calls for', () => {
  it('refuses a pass while the score status calls for 暂缓校验, unless a regulator overrides with a reason, which is audited and shown', async () => {
    const site = await hospital('记分暂缓校验医院');
    for (const occurredOn of ['2025-02-01', '2025-03-01']) {
      const scored = await hub.execute(RecordScoreEventDocument, {
        input: { subjectId: site.id, ruleSetCode: 'HE-2010-INSTITUTION', itemCode: 'HE-05', occurredOn, sourceKind: 'INSPECTION', units: 1 },
      });
      expect(scored.data?.recordScoreEvent.__typename).toBe('RecordScoreEventSuccess');
    }
    // Before the second event the year stood at 12: nothing called for deferral on that day.
    expect((await validate(site.licenseId, { validatedOn: '2025-02-28' })).data?.recordLicenseValidation.__typename).toBe('RecordLicenseValidationSuccess');

    const before = await count('SELECT count(*) FROM license_validation WHERE license_id = $1', [local(site.licenseId)]);
    const refused = await validate(site.licenseId, { validatedOn: '2025-03-01' });
    expect(refused.data?.recordLicenseValidation).toMatchObject({ __typename: 'InvalidInputError', issues: [{ field: 'input.result', code: 'SCORE_REQUIRES_DEFERRAL' }] });
    expect(await count('SELECT count(*) FROM license_validation WHERE license_id = $1', [local(site.licenseId)])).toBe(before);
    expect(await count(`SELECT count(*) FROM audit_log WHERE operation = 'OVERRIDE'`)).toBe(0);

    const overridden = await validate(site.licenseId, { validatedOn: '2025-06-01', overrideReason: '记分所涉问题已于校验前整改完毕，经现场复核' });
    expect(overridden.data?.recordLicenseValidation).toMatchObject({
      __typename: 'RecordLicenseValidationSuccess',
      data: { result: 'PASSED', overrideReason: '记分所涉问题已于校验前整改完毕，经现场复核', overriddenBy: 'national-regulator', license: { status: 'VALID' } },
    });
    const audit = await hub.database.pool.query(`SELECT actor, role, entity_type, entity_ids FROM audit_log WHERE operation = 'OVERRIDE'`);
    expect(audit.rows).toEqual([{ actor: 'national-regulator', role: 'REGULATOR', entity_type: 'LicenseValidation', entity_ids: [expect.any(String)] }]);

    // In the next calendar year the count starts again: nothing to override, so no override is recorded.
    const needless = await validate(site.licenseId, { validatedOn: '2026-01-05', overrideReason: '无' });
    expect(needless.data?.recordLicenseValidation).toMatchObject({ issues: [{ field: 'input.overrideReason', code: 'OVERRIDE_NOT_NEEDED' }] });
  });

  it('refuses validation results dated in the future, and accepts today', async () => {
    const site = await hospital('未来校验日期医院');
    const tomorrow = await validate(site.licenseId, { validatedOn: addDays(today, 1) });
    expect(tomorrow.data?.recordLicenseValidation).toMatchObject({ issues: [{ field: 'input.validatedOn', code: 'FUTURE_DATE' }] });
    expect((await validate(site.licenseId, { validatedOn: today })).data?.recordLicenseValidation.__typename).toBe('RecordLicenseValidationSuccess');
  });

  it('a deferred or failed validation changes the license status, and a pass at the end of the deferral gives it back, in the history', async () => {
    const site = await hospital('暂缓校验状态医院');
    const deferred = await validate(site.licenseId, { validatedOn: '2025-04-01', result: 'DEFERRED', deferralMonths: 3, rectificationDeadline: '2025-07-01' });
    expect(deferred.data?.recordLicenseValidation).toMatchObject({ data: { license: { status: 'VALIDATION_DEFERRED' } } });
    const passed = await validate(site.licenseId, { validatedOn: '2025-07-01' });
    expect(passed.data?.recordLicenseValidation).toMatchObject({ data: { license: { status: 'VALID' } } });
    const failed = await validate(site.licenseId, { validatedOn: '2025-08-01', result: 'FAILED' });
    expect(failed.data?.recordLicenseValidation).toMatchObject({ data: { license: { status: 'VALIDATION_FAILED' } } });
    expect((await history(site.licenseId)).statusHistory.map((c) => [c.fromStatus, c.toStatus, c.effectiveOn, c.cause])).toEqual([
      ['VALID', 'VALIDATION_DEFERRED', '2025-04-01', 'VALIDATION_DEFERRED'],
      ['VALIDATION_DEFERRED', 'VALID', '2025-07-01', 'VALIDATION_PASSED'],
      ['VALID', 'VALIDATION_FAILED', '2025-08-01', 'VALIDATION_FAILED'],
    ]);
  });
});

describe('暂扣 ends by itself', () => {
  it('a license suspended until its last day is still suspended on that day and valid the next, before and after the daily job', async () => {
    const site = await hospital('暂扣期满医院');
    const recorded = await penalise(site.id, [{ licenseId: site.licenseId, action: 'SUSPEND', suspendedUntil: today }]);
    expect(recorded).toMatchObject({ __typename: 'RecordPenaltySuccess', data: { affectedLicenses: [{ suspendedUntil: today, license: { status: 'SUSPENDED' } }] } });
    expect(await history(site.licenseId)).toMatchObject({ status: 'SUSPENDED', statusUntil: today });
    // The job of the last day ends nothing; the job of the day after ends it once, however often it runs.
    expect(await endLapsedStatuses(hub.database.db, today, local(site.licenseId))).toBe(0);
    expect(await count(`SELECT count(*) FROM license WHERE id = $1 AND status = 'SUSPENDED'`, [local(site.licenseId)])).toBe(1);
    await Promise.all([endLapsedStatuses(hub.database.db, addDays(today, 1)), endLapsedStatuses(hub.database.db, addDays(today, 1))]);
    const after = await history(site.licenseId);
    expect(after).toMatchObject({ status: 'VALID', statusUntil: null });
    expect(after.statusHistory.map((c) => [c.toStatus, c.effectiveOn, c.cause, c.recordedBy])).toEqual([
      ['SUSPENDED', '2025-03-01', 'PENALTY_SUSPENDED', 'national-regulator'],
      ['VALID', addDays(today, 1), 'SUSPENSION_ENDED', 'system'],
    ]);
  });

  it('a suspension whose last day is past reads as ended before the job runs', async () => {
    const site = await hospital('暂扣已过期医院');
    const yesterday = addDays(today, -1);
    await penalise(site.id, [{ licenseId: site.licenseId, action: 'SUSPEND', suspendedUntil: yesterday }]);
    const read = await history(site.licenseId);
    expect(read).toMatchObject({ status: 'VALID', statusUntil: null });
    expect(read.statusHistory.at(-1)).toMatchObject({ fromStatus: 'SUSPENDED', toStatus: 'VALID', effectiveOn: today, cause: 'SUSPENSION_ENDED' });
    expect(await count(`SELECT count(*) FROM license WHERE id = $1 AND status = 'SUSPENDED'`, [local(site.licenseId)])).toBe(1);
    // The job then records exactly what was read.
    await endLapsedStatuses(hub.database.db, today);
    expect((await history(site.licenseId)).statusHistory).toEqual(read.statusHistory);
  });

  it('a suspension needs its last day, and it cannot end before the decision', async () => {
    const site = await hospital('暂扣无期限医院');
    expect(await penalise(site.id, [{ licenseId: site.licenseId, action: 'SUSPEND' }])).toMatchObject({
      issues: [{ field: 'input.affectedLicenses.0.suspendedUntil', code: 'REQUIRED' }],
    });
    expect(await penalise(site.id, [{ licenseId: site.licenseId, action: 'SUSPEND', suspendedUntil: '2025-02-28' }])).toMatchObject({
      issues: [{ field: 'input.affectedLicenses.0.suspendedUntil', code: 'DATES_OUT_OF_ORDER' }],
    });
    expect((await history(site.licenseId)).status).toBe('VALID');
  });
});

describe('撤销处罚 restores the license', () => {
  it('revoking the penalty that revoked a license makes it valid again, and the history says why', async () => {
    const site = await hospital('吊销撤销医院');
    const recorded = await penalise(site.id, [{ licenseId: site.licenseId, action: 'REVOKE' }]);
    if (recorded.__typename !== 'RecordPenaltySuccess') throw new Error(JSON.stringify(recorded));
    expect((await history(site.licenseId)).status).toBe('REVOKED');
    const revoked = await hub.execute(RevokePenaltyDocument, { input: { id: recorded.data.id, version: 1, revokedOn: '2025-05-10', reason: '行政复议决定撤销' } });
    expect(revoked.data?.revokePenalty).toMatchObject({ data: { status: 'REVOKED', affectedLicenses: [{ license: { status: 'VALID' } }] } });
    expect((await history(site.licenseId)).statusHistory.map((c) => [c.fromStatus, c.toStatus, c.effectiveOn, c.cause, c.note])).toEqual([
      ['VALID', 'REVOKED', '2025-03-01', 'PENALTY_REVOKED_LICENSE', null],
      ['REVOKED', 'VALID', '2025-05-10', 'PENALTY_WITHDRAWN', '行政复议决定撤销'],
    ]);
  });

  it('revoking a suspension still running restores the earlier status at once; one already ended changes nothing', async () => {
    const site = await hospital('暂扣撤销医院');
    const running = await penalise(site.id, [{ licenseId: site.licenseId, action: 'SUSPEND', suspendedUntil: addDays(today, 90) }]);
    if (running.__typename !== 'RecordPenaltySuccess') throw new Error(JSON.stringify(running));
    await hub.execute(RevokePenaltyDocument, { input: { id: running.data.id, version: 1, revokedOn: today, reason: '诉讼撤销' } });
    expect(await history(site.licenseId)).toMatchObject({ status: 'VALID', statusUntil: null });

    const ended = await penalise(site.id, [{ licenseId: site.licenseId, action: 'SUSPEND', suspendedUntil: '2025-04-30' }], '2025-04-01');
    if (ended.__typename !== 'RecordPenaltySuccess') throw new Error(JSON.stringify(ended));
    const revokedFailed = await validate(site.licenseId, { validatedOn: '2025-09-01', result: 'FAILED' });
    expect(revokedFailed.data?.recordLicenseValidation).toMatchObject({ data: { license: { status: 'VALIDATION_FAILED' } } });
    // The suspension ended long ago and a later validation failed: revoking it must not make the license valid.
    await hub.execute(RevokePenaltyDocument, { input: { id: ended.data.id, version: 1, revokedOn: today, reason: '复议撤销' } });
    const after = await history(site.licenseId);
    expect(after.status).toBe('VALIDATION_FAILED');
    expect(after.statusHistory.filter((c) => c.cause === 'PENALTY_WITHDRAWN')).toHaveLength(1);
  });
});
