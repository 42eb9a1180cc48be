import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayInChina } from '../../src/domain/today.js';
import { addDays } from '../../src/domain/scoring/dates.js';
import {
  AddCreditListEntryDocument,
  AdvanceComplaintDocument,
  InstitutionCreditDocument,
  ReceiveComplaintDocument,
  RecordInspectionDocument,
  RecordScoreEventDocument,
  RecordSelfInspectionDocument,
  RegisterInspectorDocument,
  RegisterLicenseDocument,
  RemoveCreditListEntryDocument,
  RevokePenaltyDocument,
  RiskWatchlistDocument,
  type CreditEvaluationFieldsFragment,
} from '../generated/graphql.js';
import { institutionIdentifiers, recordPenalty, registerInstitution } from '../support/fixtures.js';
import { startTestHub, type TestHub } from '../support/hub.js';

let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub();
});
afterAll(() => hub.close());

const today = todayInChina();
const daysAgo = (n: number) => addDays(today, -n);

async function credit(id: string) {
  const result = await hub.execute(InstitutionCreditDocument, { id });
  return result.data?.node as { credit: CreditEvaluationFieldsFragment | null; creditHistory: CreditEvaluationFieldsFragment[]; creditListEntries: { id: string; list: string; status: string }[] };
}

describe('credit evaluation (信用评价)', () => {
  it('is recomputed whenever an input changes, keeping each evaluation with the records it counted', async () => {
    const site = await registerInstitution(hub, { name: '信用测试医院' });
    expect((await credit(site.id)).credit).toBeNull(); // not yet rated

    await hub.execute(RecordSelfInspectionDocument, { input: { institutionId: site.id, kind: 'COMPREHENSIVE', inspectedOn: daysAgo(30), findings: '无', problemsFound: 0, problemsRectified: 0 } });
    expect((await credit(site.id)).credit).toMatchObject({ score: 100, grade: 'A', trigger: 'SELF_INSPECTION_RECORDED', deductions: [] });

    const penaltyId = (await recordPenalty(hub, site.id, daysAgo(10), 'SERIOUS')).id;
    const afterPenalty = (await credit(site.id)).credit!;
    expect(afterPenalty).toMatchObject({ score: 85, grade: 'B', trigger: 'PENALTY_RECORDED' });
    expect(afterPenalty.deductions).toEqual([expect.objectContaining({ kind: 'PENALTY', points: 15, recordIds: [Buffer.from(penaltyId, 'base64').toString().split(':')[1]] })]);

    await hub.execute(RevokePenaltyDocument, { input: { id: penaltyId, version: 1, revokedOn: today, reason: '复议撤销' } });
    const afterRevocation = await credit(site.id);
    expect(afterRevocation.credit).toMatchObject({ score: 100, grade: 'A', trigger: 'PENALTY_REVOKED' });
    expect(afterRevocation.creditHistory.map((e) => [e.grade, e.trigger])).toEqual([
      ['A', 'PENALTY_REVOKED'],
      ['B', 'PENALTY_RECORDED'],
      ['A', 'SELF_INSPECTION_RECORDED'],
    ]);
  });

  it('counts substantiated complaints when closed and adverse-practice points as they are scored', async () => {
    const site = await registerInstitution(hub, { name: '投诉测试医院', regionCode: '520102', uscc: institutionIdentifiers('520102').uscc });
    for (let i = 0; i < 2; i++) {
      const received = await hub.execute(ReceiveComplaintDocument, { input: { channel: 'WEB', receivedOn: daysAgo(20), regionCode: '520102', category: '医疗服务', summary: '服务态度差', subjectId: site.id } });
      const id = (received.data?.receiveComplaint as { data: { id: string } }).data.id;
      await hub.execute(AdvanceComplaintDocument, { input: { id, version: 1, status: 'CLOSED', closedOn: daysAgo(5), outcome: '属实', substantiated: i === 0 } });
    }
    const afterComplaints = (await credit(site.id)).credit!;
    expect(afterComplaints.deductions.find((d) => d.kind === 'COMPLAINTS')).toMatchObject({ points: 2 });
    expect(afterComplaints.deductions.find((d) => d.kind === 'NO_SELF_INSPECTION')).toMatchObject({ points: 5 });

    await hub.execute(RecordScoreEventDocument, { input: { subjectId: site.id, ruleSetCode: 'GZ-2019-INSTITUTION', itemCode: 'GZ-01', units: 2, occurredOn: daysAgo(3), sourceKind: 'INSPECTION' } });
    const afterScore = (await credit(site.id)).credit!;
    expect(afterScore).toMatchObject({ trigger: 'SCORE_EVENT_RECORDED', score: 87, grade: 'B' }); // 100 − 2 − 5 − 12 × 0.5
  });
});

describe('credit lists (红黑名单)', () => {
  it('a black-list entry needs a fixed term and can be repaired only after the minimum period', async () => {
    const site = await registerInstitution(hub, { name: '名单测试医院' });
    const base = { subjectId: site.id, list: 'BLACK' as const, legalBasis: '《严重失信主体名单管理办法》', reason: '出具虚假医学证明', decidedOn: '2025-01-10', authorityName: '南通市卫生健康委员会' };
    expect((await hub.execute(AddCreditListEntryDocument, { input: base })).data?.addCreditListEntry).toMatchObject({ issues: [{ field: 'input.expiresOn', code: 'REQUIRED' }] });
    const added = await hub.execute(AddCreditListEntryDocument, { input: { ...base, expiresOn: '2028-01-10' } });
    const entry = (added.data?.addCreditListEntry as { data: { id: string; status: string } }).data;
    expect(entry.status).toBe('ACTIVE');
    const early = await hub.execute(RemoveCreditListEntryDocument, { input: { id: entry.id, version: 1, reason: 'REPAIR', removedOn: '2025-06-01', note: '已整改' } });
    expect(early.data?.removeCreditListEntry).toMatchObject({ issues: [{ field: 'input.removedOn', code: 'TOO_EARLY_FOR_REPAIR' }] });
    const repaired = await hub.execute(RemoveCreditListEntryDocument, { input: { id: entry.id, version: 1, reason: 'REPAIR', removedOn: '2026-01-10', note: '信用修复完成' } });
    expect(repaired.data?.removeCreditListEntry).toMatchObject({ data: { status: 'REPAIRED', removedOn: '2026-01-10', version: 2 } });
    const again = await hub.execute(RemoveCreditListEntryDocument, { input: { id: entry.id, version: 2, reason: 'REVOCATION', removedOn: '2026-02-01', note: 'x' } });
    expect(again.data?.removeCreditListEntry).toMatchObject({ issues: [{ code: 'NOT_ACTIVE' }] });
  });

  it('entries in force are public; expired and removed ones leave the public view', async () => {
    const site = await registerInstitution(hub, { name: '公开名单医院' });
    const add = async (over: Record<string, unknown>) =>
      (await hub.execute(AddCreditListEntryDocument, { input: { subjectId: site.id, list: 'KEY_WATCH', legalBasis: '依据', reason: '原因', decidedOn: '2024-01-01', authorityName: '卫健委', ...over } as never })).data?.addCreditListEntry as { data: { id: string } };
    await add({ expiresOn: addDays(today, 30) });
    await add({ expiresOn: '2024-06-01' });
    const revoked = await add({ list: 'RED' });
    await hub.execute(RemoveCreditListEntryDocument, { input: { id: revoked.data.id, version: 1, reason: 'REVOCATION', removedOn: '2024-02-01', note: '撤销' } });
    const asRegulator = await credit(site.id);
    expect(asRegulator.creditListEntries.map((e) => e.status).sort()).toEqual(['ACTIVE', 'EXPIRED', 'REVOKED']);
    const asPublic = (await hub.executeAs('public', InstitutionCreditDocument, { id: site.id })).data?.node as { creditListEntries: { status: string }[]; credit: unknown };
    expect(asPublic.creditListEntries.map((e) => e.status)).toEqual(['ACTIVE']);
    expect(asPublic.credit).toBeNull(); // evaluations are not public
  });
});

describe('risk watchlist (风险预警)', () => {
  it('ranks institutions by the weight of their reasons', async () => {
    const region = '440106';
    const near = await registerInstitution(hub, { name: '接近阈值医院', regionCode: region, uscc: institutionIdentifiers(region).uscc });
    const ids = institutionIdentifiers(region);
    const busy = await registerInstitution(hub, { name: '多问题医院', regionCode: region, uscc: ids.uscc });
    await registerInstitution(hub, { name: '无问题医院', regionCode: region, uscc: institutionIdentifiers(region).uscc });
    // 18 + 1 = 19 of the 25 that defer validation in Guangdong (≥ 75%).
    for (const itemCode of ['GD-01', 'GD-02', 'GD-01']) {
      await hub.execute(RecordScoreEventDocument, { input: { subjectId: near.id, ruleSetCode: 'GD-INSTITUTION', itemCode, units: 1, occurredOn: daysAgo(10), sourceKind: 'INSPECTION' } });
    }
    await hub.execute(RecordScoreEventDocument, { input: { subjectId: near.id, ruleSetCode: 'GD-INSTITUTION', itemCode: 'GD-04', units: 1, occurredOn: daysAgo(9), sourceKind: 'INSPECTION' } });
    // Rising complaints, repeated findings and a license about to lapse.
    for (let i = 0; i < 3; i++) {
      await hub.execute(ReceiveComplaintDocument, { input: { channel: 'WECHAT', receivedOn: daysAgo(5 + i), regionCode: region, category: '收费', summary: '乱收费', subjectId: busy.id } });
    }
    const inspectors = [];
    for (const badge of ['GD-1', 'GD-2']) {
      const r = await hub.execute(RegisterInspectorDocument, { input: { name: badge, badgeNumber: `${badge}-${Math.random()}`, regionCode: region } });
      inspectors.push((r.data?.registerInspector as { data: { id: string } }).data.id);
    }
    for (const days of [40, 80]) {
      await hub.execute(RecordInspectionDocument, { input: { subjectId: busy.id, kind: 'ROUTINE', inspectedOn: daysAgo(days), inspectorIds: inspectors, findings: '问题', result: 'RECTIFICATION_REQUIRED', rectificationDeadline: daysAgo(days - 10) } });
    }
    await hub.execute(RegisterLicenseDocument, { input: { kind: 'INSTITUTION_PRACTICE', number: ids.licenseNumber, holderId: busy.id, issuingAuthority: '天河区卫生健康局', validFrom: '2021-01-01', validUntil: addDays(today, 30) } });

    const result = await hub.execute(RiskWatchlistDocument, { regionCode: region });
    expect(result.errors).toBeUndefined();
    const list = result.data!.riskWatchlist;
    expect(list.map((i) => i.institution.name)).toEqual(['多问题医院', '接近阈值医院']);
    expect(list[0]!.reasons.map((r) => r.kind).sort()).toEqual(['LAPSING_LICENSE', 'REPEATED_FINDINGS', 'RISING_COMPLAINTS']);
    expect(list[0]!.weight).toBe(5);
    expect(list[1]).toMatchObject({ weight: 3, reasons: [{ kind: 'NEAR_SCORE_THRESHOLD', detail: expect.stringContaining('19 of 25') }] });
    expect((await hub.executeAs('public', RiskWatchlistDocument, {})).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
