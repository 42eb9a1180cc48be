import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DecideScoreAppealDocument,
  FileScoreAppealDocument,
  InstitutionsWithScoresDocument,
  PublishScoreRuleSetDocument,
  RecordLicenseValidationDocument,
  RecordScoreEventDocument,
  RegisterLicenseDocument,
  ScoreRuleSetsDocument,
  SubjectScoreStatusDocument,
  type RecordScoreEventInput,
  type ScoreCycleFieldsFragment,
} from '../generated/graphql.js';
import { institutionIdentifiers, registerInstitution, registerPractitioner } from '../support/fixtures.js';
import { startTestHub, type TestHub } from '../support/hub.js';

let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub();
});
afterAll(() => hub.close());

/** An institution with a practice license issued on `licenseDate`; `beds` decides its 校验 period. */
async function institutionIn(regionCode: string, licenseDate: string, beds = 50) {
  const ids = institutionIdentifiers(regionCode);
  const institution = await registerInstitution(hub, { regionCode, uscc: ids.uscc, bedCount: beds, name: `${regionCode}测试医院` });
  const license = await hub.execute(RegisterLicenseDocument, {
    input: { kind: 'INSTITUTION_PRACTICE', number: ids.licenseNumber, holderId: institution.id, issuingAuthority: '卫生健康局', validFrom: licenseDate },
  });
  if (license.data?.registerLicense.__typename !== 'RegisterLicenseSuccess') throw new Error(JSON.stringify(license));
  return { ...institution, licenseId: license.data.registerLicense.data.id };
}

async function score(input: Omit<RecordScoreEventInput, 'sourceKind' | 'units'> & Partial<RecordScoreEventInput>) {
  const result = await hub.execute(RecordScoreEventDocument, { input: { sourceKind: 'INSPECTION', units: 1, ...input } });
  const payload = result.data?.recordScoreEvent;
  if (payload?.__typename !== 'RecordScoreEventSuccess') throw new Error(JSON.stringify(result));
  return payload.data;
}

async function status(id: string, asOf: string, code: string) {
  const result = await hub.execute(SubjectScoreStatusDocument, { id, asOf });
  expect(result.errors).toBeUndefined();
  const statuses = (result.data?.node as { scoreStatus: { current: ScoreCycleFieldsFragment; history: ScoreCycleFieldsFragment[] }[] }).scoreStatus;
  const found = statuses.find((s) => s.current.ruleSet.code === code);
  if (!found) throw new Error(`no status under ${code}: ${JSON.stringify(statuses)}`);
  return found;
}

describe('rule sets as data', () => {
  it('ships the provincial and national rule files as version 1', async () => {
    const result = await hub.executeAs('public', ScoreRuleSetsDocument);
    const codes = result.data?.scoreRuleSets.map((r) => `${r.code}@${r.version}`).sort();
    expect(codes).toEqual(['GD-INSTITUTION@1', 'GZ-2019-INSTITUTION@1', 'HE-2010-INSTITUTION@1', 'NHSA-2024-PHYSICIAN@1']);
    const guizhou = result.data!.scoreRuleSets.find((r) => r.code === 'GZ-2019-INSTITUTION')!;
    expect(guizhou.windows.map((w) => [w.appliesToValidationPeriod, w.thresholds.map((t) => t.points)])).toEqual([
      [1, [12, 18, 24]],
      [3, [36, 54, 72]],
    ]);
  });

  it('lets administrators publish a new version and nobody else', async () => {
    const input = {
      code: 'TEST-RULE',
      title: '测试规则',
      jurisdictionCode: '320000',
      subjectKind: 'INSTITUTION' as const,
      effectiveFrom: '2020-01-01',
      source: 'test',
      definition: { items: [{ code: 'T1', text: '测试', points: 2 }], windows: [{ kind: 'CALENDAR_YEAR', years: 1, thresholds: [{ basis: 'CUMULATIVE', points: 4, description: '≥4', consequences: [{ kind: 'WARNING' }] }] }] },
    };
    const admin = { token: await hub.token({ sub: 'rules-admin', role: 'admin' }) };
    const denied = await hub.execute(PublishScoreRuleSetDocument, { input });
    expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const first = await hub.executeAs(admin, PublishScoreRuleSetDocument, { input });
    const second = await hub.executeAs(admin, PublishScoreRuleSetDocument, { input: { ...input, effectiveFrom: '2024-01-01' } });
    expect([first.data?.publishScoreRuleSet, second.data?.publishScoreRuleSet].map((p) => p?.__typename === 'PublishScoreRuleSetSuccess' && p.data.version)).toEqual([1, 2]);
    const bad = await hub.executeAs(admin, PublishScoreRuleSetDocument, {
      input: { ...input, definition: { items: [{ code: 'T1', text: 'x', points: 99 }], windows: [] } },
    });
    expect(bad.data?.publishScoreRuleSet).toMatchObject({ __typename: 'InvalidInputError' });
    const fields = (bad.data?.publishScoreRuleSet as { issues: { field: string }[] }).issues.map((i) => i.field).sort();
    expect(fields).toEqual(['input.definition.items.0.points', 'input.definition.windows']);
    const moved = await hub.executeAs(admin, PublishScoreRuleSetDocument, { input: { ...input, jurisdictionCode: '330000' } });
    expect(moved.data?.publishScoreRuleSet).toMatchObject({ issues: [{ field: 'input.code', code: 'CHANGED_SCOPE' }] });
  });
});

describe('Guizhou 2019: validation-period windows, thresholds 12/18/24, reset on passing 校验', () => {
  it('counts per license year and reaches each threshold in turn', async () => {
    const site = await institutionIn('520102', '2023-03-01');
    const code = 'GZ-2019-INSTITUTION';
    await score({ subjectId: site.id, ruleSetCode: code, itemCode: 'GZ-01', units: 2, occurredOn: '2024-03-10' }); // 12
    expect((await status(site.id, '2024-03-10', code)).current.consequences).toEqual(['KEY_SUPERVISION']);
    await score({ subjectId: site.id, ruleSetCode: code, itemCode: 'GZ-02', occurredOn: '2024-06-01' }); // 18
    const at18 = await status(site.id, '2024-06-01', code);
    expect(at18.current.consequences).toEqual(['KEY_SUPERVISION', 'INTERVIEW', 'PUBLICATION']);
    expect(at18.current.windows[0]).toMatchObject({ kind: 'VALIDATION_PERIOD', years: 1, start: '2024-03-01', end: '2025-03-01', points: 18 });
    await score({ subjectId: site.id, ruleSetCode: code, itemCode: 'GZ-06', occurredOn: '2025-02-28' }); // 28, last day of the window
    const deferred = (await status(site.id, '2025-02-28', code)).current;
    expect(deferred.consequences).toContain('VALIDATION_DEFERRED');
    expect(deferred.windows[0]!.thresholdsReached.find((r) => r.threshold.points === 24)?.threshold.consequences[0]).toMatchObject({ minMonths: 1, maxMonths: 6 });
    // The license anniversary opens a fresh window; the old one moves to history.
    const next = await status(site.id, '2025-03-01', code);
    expect(next.current.windows[0]).toMatchObject({ start: '2025-03-01', points: 0 });
    expect(next.current.consequences).toEqual([]);
    expect(next.history[0]?.windows[0]).toMatchObject({ start: '2024-03-01', points: 28 });
  });

  it('uses the 3-year window (36/54/72) for institutions validated every three years', async () => {
    const hospital = await institutionIn('520102', '2023-03-01', 500);
    await score({ subjectId: hospital.id, ruleSetCode: 'GZ-2019-INSTITUTION', itemCode: 'GZ-01', units: 2, occurredOn: '2024-03-10' });
    const current = (await status(hospital.id, '2024-12-01', 'GZ-2019-INSTITUTION')).current;
    expect(current.windows).toHaveLength(1);
    expect(current.windows[0]).toMatchObject({ years: 3, start: '2023-03-01', end: '2026-03-01', points: 12 });
    expect(current.consequences).toEqual([]); // 12 < 36
  });

  it('a passed 校验 resets the count', async () => {
    const site = await institutionIn('520102', '2023-03-01');
    await score({ subjectId: site.id, ruleSetCode: 'GZ-2019-INSTITUTION', itemCode: 'GZ-01', units: 2, occurredOn: '2024-04-01' });
    await hub.execute(RecordLicenseValidationDocument, { input: { licenseId: site.licenseId, validatedOn: '2024-05-01', result: 'PASSED' } });
    await score({ subjectId: site.id, ruleSetCode: 'GZ-2019-INSTITUTION', itemCode: 'GZ-05', occurredOn: '2024-06-01' });
    const current = (await status(site.id, '2024-07-01', 'GZ-2019-INSTITUTION')).current;
    expect(current.windows[0]).toMatchObject({ resetAfter: '2024-05-01', points: 1 });
    expect(current.consequences).toEqual([]);
  });
});

describe('Guangdong: exceeding 24 in a year', () => {
  it('24 is not enough; 25 defers validation', async () => {
    const site = await institutionIn('440106', '2020-01-01');
    for (const occurredOn of ['2024-01-05', '2024-02-05', '2024-03-05', '2024-04-05']) {
      await score({ subjectId: site.id, ruleSetCode: 'GD-INSTITUTION', itemCode: 'GD-01', occurredOn }); // 6 each
    }
    expect((await status(site.id, '2024-12-31', 'GD-INSTITUTION')).current.consequences).toEqual([]);
    await score({ subjectId: site.id, ruleSetCode: 'GD-INSTITUTION', itemCode: 'GD-04', occurredOn: '2024-12-31' });
    const current = (await status(site.id, '2024-12-31', 'GD-INSTITUTION')).current;
    expect(current.windows.find((w) => w.kind === 'CALENDAR_YEAR')?.points).toBe(25);
    expect(current.consequences).toEqual(['VALIDATION_DEFERRED']);
    // On 1 January the calendar window starts again; the 3-year window still holds 25 (< 61).
    const january = (await status(site.id, '2025-01-01', 'GD-INSTITUTION')).current;
    expect(january.windows.map((w) => [w.kind, w.points])).toEqual([['CALENDAR_YEAR', 0], ['VALIDATION_PERIOD', 25]]);
  });
});

describe('national medical-insurance physicians (2024): cumulative and single-event thresholds', () => {
  it('9 points suspend payment eligibility; one 12-point event terminates it', async () => {
    const doctor = await registerPractitioner(hub, { regionCode: '320613' });
    const code = 'NHSA-2024-PHYSICIAN';
    await score({ subjectId: doctor.id, ruleSetCode: code, itemCode: 'MI-04', occurredOn: '2025-02-01' }); // 6
    expect((await status(doctor.id, '2025-02-01', code)).current.consequences).toEqual([]);
    await score({ subjectId: doctor.id, ruleSetCode: code, itemCode: 'MI-02', occurredOn: '2025-03-01', units: 1 }); // 8
    await score({ subjectId: doctor.id, ruleSetCode: code, itemCode: 'MI-01', occurredOn: '2025-03-02' }); // 9
    expect((await status(doctor.id, '2025-03-02', code)).current.consequences).toEqual(['MEDICAL_INSURANCE_SUSPENDED']);

    const other = await registerPractitioner(hub, { regionCode: '110105' });
    const big = await score({ subjectId: other.id, ruleSetCode: code, itemCode: 'MI-06', occurredOn: '2025-05-01' });
    const single = (await status(other.id, '2025-05-01', code)).current;
    expect(single.consequences).toEqual(['MEDICAL_INSURANCE_SUSPENDED', 'MEDICAL_INSURANCE_TERMINATED']);
    expect(single.windows[0]!.thresholdsReached.find((r) => r.threshold.basis === 'SINGLE_EVENT')?.triggeredBy).toEqual([{ id: big.id }]);
  });

  it('refuses events before the rule came into force, items it lacks, future dates and rules that do not bind the subject', async () => {
    const doctor = await registerPractitioner(hub, { regionCode: '320613' });
    const issuesOf = async (input: Partial<RecordScoreEventInput>) => {
      const result = await hub.execute(RecordScoreEventDocument, {
        input: { subjectId: doctor.id, ruleSetCode: 'NHSA-2024-PHYSICIAN', itemCode: 'MI-01', occurredOn: '2025-01-10', sourceKind: 'PENALTY', units: 1, ...input },
      });
      return (result.data?.recordScoreEvent as { issues?: { field: string; code: string }[] }).issues?.map((i) => `${i.field}:${i.code}`);
    };
    expect(await issuesOf({ occurredOn: '2024-08-31' })).toEqual(['input.occurredOn:NO_RULE_IN_FORCE']);
    expect(await issuesOf({ itemCode: 'MI-99' })).toEqual(['input.itemCode:NOT_FOUND']);
    expect(await issuesOf({ occurredOn: '2999-01-01' })).toEqual(['input.occurredOn:FUTURE_DATE']);
    expect(await issuesOf({ ruleSetCode: 'GZ-2019-INSTITUTION' })).toEqual(['input.ruleSetCode:NOT_APPLICABLE']);
    expect(await issuesOf({ ruleSetCode: 'NOPE' })).toEqual(['input.ruleSetCode:NOT_FOUND']);
    expect(await issuesOf({ units: 0 })).toEqual(['input.units:TOO_SMALL']);
    const { rows } = await hub.database.pool.query('SELECT count(*) FROM score_event WHERE subject_practitioner_id = $1', [Buffer.from(doctor.id, 'base64').toString().split(':')[1]]);
    expect(Number(rows[0].count)).toBe(0);
  });
});

describe('appeals (陈述申辩)', () => {
  it('an upheld appeal reverses the points; a rejected one keeps them', async () => {
    const site = await institutionIn('130102', '2018-01-01');
    const code = 'HE-2010-INSTITUTION';
    const kept = await score({ subjectId: site.id, ruleSetCode: code, itemCode: 'HE-01', units: 2, occurredOn: '2024-02-01' }); // 12
    const disputed = await score({ subjectId: site.id, ruleSetCode: code, itemCode: 'HE-02', occurredOn: '2024-03-01' }); // 16
    expect((await status(site.id, '2024-12-01', code)).current.consequences).toEqual(['WARNING', 'PUBLICATION', 'INTERVIEW', 'KEY_SUPERVISION']);

    const localInstitution = Buffer.from(site.id, 'base64').toString().split(':')[1]!;
    const own = { token: await hub.token({ sub: 'hebei-hospital', role: 'institution', institution_id: localInstitution }) };
    const filed = await hub.executeAs(own, FileScoreAppealDocument, { input: { eventId: disputed.id, reason: '消毒记录齐全，检查时未调阅', filedOn: '2024-03-05' } });
    expect(filed.data?.fileScoreAppeal).toMatchObject({ data: { status: 'APPEALED', appeal: { filedOn: '2024-03-05', upheld: null } } });
    const rejectedEarly = await hub.execute(DecideScoreAppealDocument, { input: { eventId: disputed.id, version: 2, upheld: true, decidedOn: '2024-03-01' } });
    expect(rejectedEarly.data?.decideScoreAppeal).toMatchObject({ issues: [{ field: 'input.decidedOn', code: 'DATES_OUT_OF_ORDER' }] });
    const upheld = await hub.execute(DecideScoreAppealDocument, { input: { eventId: disputed.id, version: 2, upheld: true, decidedOn: '2024-03-20', note: '申辩成立' } });
    expect(upheld.data?.decideScoreAppeal).toMatchObject({ data: { status: 'APPEAL_UPHELD', appeal: { upheld: true } } });
    const after = (await status(site.id, '2024-12-01', code)).current;
    expect(after.windows[0]!.points).toBe(12);
    expect(after.windows[0]!.events.map((e) => e.id)).toEqual([kept.id]);
    expect(after.consequences).toEqual(['WARNING', 'PUBLICATION']);

    const again = await hub.execute(FileScoreAppealDocument, { input: { eventId: disputed.id, reason: '再次申辩', filedOn: '2024-04-01' } });
    expect(again.data?.fileScoreAppeal).toMatchObject({ issues: [{ field: 'input.eventId', code: 'NOT_APPEALABLE' }] });
    const stale = await hub.execute(DecideScoreAppealDocument, { input: { eventId: kept.id, version: 1, upheld: false, decidedOn: '2024-05-01' } });
    expect(stale.data?.decideScoreAppeal).toMatchObject({ issues: [{ code: 'NOT_APPEALED' }] });
  });
});

describe('a rule version changing mid-cycle', () => {
  it('events keep the points of the version in force on their date; thresholds follow the version in force on the as-of date', async () => {
    const admin = { token: await hub.token({ sub: 'rules-admin', role: 'admin' }) };
    const v1 = (await hub.execute(ScoreRuleSetsDocument, { code: 'HE-2010-INSTITUTION' })).data!.scoreRuleSets[0]!;
    const site = await institutionIn('130102', '2018-01-01');
    const before = await score({ subjectId: site.id, ruleSetCode: 'HE-2010-INSTITUTION', itemCode: 'HE-03', occurredOn: '2025-03-01' }); // 6 under v1
    const definition = {
      items: v1.items.map((i) => ({ code: i.code, text: i.text, points: i.code === 'HE-03' ? 4 : i.points, perUnit: i.perUnit })),
      windows: [{ kind: 'CALENDAR_YEAR', years: 1, thresholds: [{ basis: 'CUMULATIVE', points: 10, description: '年度记分10分以上', consequences: [{ kind: 'KEY_SUPERVISION' }] }] }],
    };
    const published = await hub.executeAs(admin, PublishScoreRuleSetDocument, {
      input: { code: 'HE-2010-INSTITUTION', title: v1.title, jurisdictionCode: '130000', subjectKind: 'INSTITUTION', effectiveFrom: '2025-07-01', source: '修订', definition },
    });
    expect(published.data?.publishScoreRuleSet).toMatchObject({ data: { version: 2 } });
    const after = await score({ subjectId: site.id, ruleSetCode: 'HE-2010-INSTITUTION', itemCode: 'HE-03', occurredOn: '2025-08-01' }); // 4 under v2
    expect([before.points, before.ruleSet.version, after.points, after.ruleSet.version]).toEqual([6, 1, 4, 2]);
    const june = (await status(site.id, '2025-06-30', 'HE-2010-INSTITUTION')).current;
    expect([june.ruleSet.version, june.windows[0]!.points, june.consequences]).toEqual([1, 6, []]);
    const december = (await status(site.id, '2025-12-31', 'HE-2010-INSTITUTION')).current;
    expect([december.ruleSet.version, december.windows[0]!.points, december.consequences]).toEqual([2, 10, ['KEY_SUPERVISION']]);
  });
});

describe('lists stay free of N+1', () => {
  it('score statuses of 20 institutions cost what those of 2 do', async () => {
    for (let i = 0; i < 20; i++) {
      const site = await institutionIn('520102', '2022-01-01');
      await score({ subjectId: site.id, ruleSetCode: 'GZ-2019-INSTITUTION', itemCode: 'GZ-05', occurredOn: '2024-05-01' });
    }
    const small = await hub.executeCounted(InstitutionsWithScoresDocument, { first: 2, asOf: '2024-06-01' });
    const large = await hub.executeCounted(InstitutionsWithScoresDocument, { first: 20, asOf: '2024-06-01' });
    expect(large.result.errors).toBeUndefined();
    expect(large.result.data!.institutions.edges.filter((e) => e.node.scoreEvents.length > 0).length).toBeGreaterThan(2);
    expect(large.statements).toBe(small.statements);
  });
});
