import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../src/domain/scoring/dates.js';
import { todayInChina } from '../../src/domain/today.js';
import {
  AddCreditListEntryDocument,
  RecordLicenseValidationDocument,
  RecordPenaltyDocument,
  RecordScoreEventDocument,
  RegisterLicenseDocument,
  RiskWatchlistDocument,
} from '../generated/graphql.js';
import { institutionIdentifiers, registerInstitution } from '../support/fixtures.js';
import { startTestHub, type TestHub } from '../support/hub.js';

let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub();
});
afterAll(() => hub.close());

const today = todayInChina();
const daysAgo = (n: number) => addDays(today, -n);
const REGION = '130102';

async function institution(name: string) {
  const ids = institutionIdentifiers(REGION);
  const site = await registerInstitution(hub, { regionCode: REGION, uscc: ids.uscc, name, bedCount: 50 });
  const license = await hub.execute(RegisterLicenseDocument, {
    input: { kind: 'INSTITUTION_PRACTICE', number: ids.licenseNumber, holderId: site.id, issuingAuthority: '长安区卫生健康局', validFrom: '2020-01-01' },
  });
  return { ...site, licenseId: (license.data?.registerLicense as { data: { id: string } }).data.id };
}

const watch = async (asOf = today) => {
  const result = await hub.execute(RiskWatchlistDocument, { regionCode: REGION, asOf, first: 200 });
  expect(result.errors).toBeUndefined();
  return result.data!.riskWatchlist;
};
const reasonsOf = async (name: string, asOf = today) => (await watch(asOf)).find((i) => i.institution.name === name)?.reasons.map((r) => r.kind).sort() ?? [];

describe('risk watchlist: every subject past a threshold, worst first', () => {
  it('lists a subject past every threshold of its rule (none left to be near) above one only near a threshold', async () => {
    const past = await institution('超过阈值医院');
    for (const occurredOn of [daysAgo(30), daysAgo(20)]) {
      await hub.execute(RecordScoreEventDocument, { input: { subjectId: past.id, ruleSetCode: 'HE-2010-INSTITUTION', itemCode: 'HE-05', occurredOn, sourceKind: 'INSPECTION', units: 1 } });
    }
    const near = await institution('接近阈值医院');
    await hub.execute(RecordScoreEventDocument, { input: { subjectId: near.id, ruleSetCode: 'HE-2010-INSTITUTION', itemCode: 'HE-01', occurredOn: daysAgo(10), sourceKind: 'INSPECTION', units: 2 } });
    const list = await watch();
    const names = list.map((i) => i.institution.name);
    expect(names).toContain('超过阈值医院');
    expect(names.indexOf('超过阈值医院')).toBeLessThan(names.indexOf('接近阈值医院'));
    expect(list.find((i) => i.institution.name === '超过阈值医院')!.reasons).toEqual(
      expect.arrayContaining([expect.objectContaining({ kind: 'PAST_SCORE_THRESHOLD', detail: expect.stringContaining('24 points, past 21') })]),
    );
  });
});

describe('risk watchlist as of a date', () => {
  it('reads the latest 校验 on or before the date asked for, never one after it', async () => {
    const site = await institution('校验预警医院');
    await hub.execute(RecordLicenseValidationDocument, { input: { licenseId: site.licenseId, validatedOn: daysAgo(20), result: 'DEFERRED', deferralMonths: 1 } });
    await hub.execute(RecordLicenseValidationDocument, { input: { licenseId: site.licenseId, validatedOn: daysAgo(5), result: 'PASSED' } });
    expect(await reasonsOf('校验预警医院', daysAgo(25))).toEqual([]);
    expect(await reasonsOf('校验预警医院', daysAgo(10))).toEqual(['LAPSING_LICENSE']);
    expect(await reasonsOf('校验预警医院', daysAgo(5))).toEqual([]);
  });

  it('counts black-list entries, grade C/D, serious penalties and suspended licenses, each as of the date', async () => {
    const listed = await institution('黑名单预警医院');
    await hub.execute(AddCreditListEntryDocument, {
      input: { subjectId: listed.id, list: 'BLACK', legalBasis: '依据', reason: '严重失信', decidedOn: daysAgo(15), expiresOn: addDays(today, 365), authorityName: '石家庄市卫生健康委员会' },
    });
    expect(await reasonsOf('黑名单预警医院')).toEqual(['BLACK_LISTED', 'LOW_CREDIT_GRADE']);
    expect(await reasonsOf('黑名单预警医院', daysAgo(20))).toEqual([]);

    const suspended = await institution('暂扣预警医院');
    const penalty = await hub.execute(RecordPenaltyDocument, {
      input: {
        decisionNumber: `冀卫医罚〔预警〕${Date.now()}号`,
        subjectId: suspended.id,
        violationType: '超范围执业',
        facts: '超出登记范围开展诊疗',
        legalBasis: '《医疗机构管理条例》',
        categories: ['SUSPEND_LICENSE'],
        content: '暂扣《医疗机构执业许可证》三个月',
        decidedOn: daysAgo(10),
        authorityName: '石家庄市卫生健康委员会',
        authorityUscc: '12110000400686291H',
        severity: 'SERIOUS',
        affectedLicenses: [{ licenseId: suspended.licenseId, action: 'SUSPEND', suspendedUntil: addDays(today, 80) }],
      },
    });
    expect(penalty.data?.recordPenalty.__typename).toBe('RecordPenaltySuccess');
    expect(await reasonsOf('暂扣预警医院')).toEqual(expect.arrayContaining(['SERIOUS_PENALTY', 'SUSPENDED_LICENSE']));
    expect(await reasonsOf('暂扣预警医院', addDays(today, 81))).not.toContain('SUSPENDED_LICENSE');
    expect(await reasonsOf('暂扣预警医院', daysAgo(11))).toEqual([]);
  });
});
