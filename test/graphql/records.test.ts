import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AdvanceComplaintDocument,
  InstitutionRecordsDocument,
  LicenseByNumberDocument,
  PenaltiesDocument,
  ReceiveComplaintDocument,
  RecordCommitmentBreachDocument,
  RecordCommitmentLetterDocument,
  RecordInspectionDocument,
  RecordInspectorConflictDocument,
  RecordPenaltyDocument,
  RecordReinspectionDocument,
  RecordSelfInspectionDocument,
  RegisterInspectorDocument,
  RegisterLicenseDocument,
  RevokePenaltyDocument,
  type RecordPenaltyInput,
} from '../generated/graphql.js';
import { institutionIdentifiers, registerInstitution } from '../support/fixtures.js';
import { startTestHub, type Credentials, type TestHub } from '../support/hub.js';

let hub: TestHub;
let site: Awaited<ReturnType<typeof registerInstitution>>;
let licenseNumber: string;
let licenseId: string;
const inspectors: string[] = [];
let zhejiangInspector: string;
let nantong: Credentials;
let zhejiang: Credentials;
let own: Credentials;

const count = async (table: string) => Number((await hub.database.pool.query(`SELECT count(*) FROM ${table}`)).rows[0].count);
const localId = (id: string) => Buffer.from(id, 'base64').toString().split(':')[1]!;

beforeAll(async () => {
  hub = await startTestHub();
  const ids = institutionIdentifiers('320613');
  site = await registerInstitution(hub, { uscc: ids.uscc, name: '崇川区康宁医院' });
  licenseNumber = ids.licenseNumber;
  const license = await hub.execute(RegisterLicenseDocument, { input: { kind: 'INSTITUTION_PRACTICE', number: ids.licenseNumber, holderId: site.id, issuingAuthority: '南通市卫生健康委员会', validFrom: '2020-01-01' } });
  licenseId = (license.data?.registerLicense as { data: { id: string } }).data.id;
  for (const [name, badge, region] of [['李监督', 'JS-0001', '320600'], ['王监督', 'JS-0002', '320613'], ['赵监督', 'JS-0003', '320613']] as const) {
    const r = await hub.execute(RegisterInspectorDocument, { input: { name, badgeNumber: badge, regionCode: region } });
    inspectors.push((r.data?.registerInspector as { data: { id: string } }).data.id);
  }
  const zj = await hub.execute(RegisterInspectorDocument, { input: { name: '钱监督', badgeNumber: 'ZJ-0001', regionCode: '330106' } });
  zhejiangInspector = (zj.data?.registerInspector as { data: { id: string } }).data.id;
  nantong = { token: await hub.token({ sub: 'nantong', role: 'regulator', jurisdictions: ['320600'] }) };
  zhejiang = { token: await hub.token({ sub: 'zhejiang', role: 'regulator', jurisdictions: ['330000'] }) };
  own = { token: await hub.token({ sub: 'own', role: 'institution', institution_id: localId(site.id) }) };
});
afterAll(() => hub.close());

const penaltyInput = (over: Partial<RecordPenaltyInput> = {}): RecordPenaltyInput => ({
  decisionNumber: `通卫医罚〔2024〕${Math.floor(Math.random() * 1e6)}号`,
  subjectId: site.id,
  violationType: '使用非卫生技术人员从事医疗卫生技术工作',
  facts: '经查，该院聘用未取得执业资格人员从事诊疗活动。',
  legalBasis: '《医疗机构管理条例》第四十七条',
  categories: ['WARNING', 'FINE'],
  content: '警告，并处罚款人民币贰仟元整。',
  fineYuan: '2000.00',
  decidedOn: '2024-05-20',
  authorityName: '南通市卫生健康委员会',
  authorityUscc: '12110000400686291H',
  severity: 'GENERAL',
  ...over,
});

describe('penalties (行政处罚)', () => {
  it('records a decision with exact amounts and every field the national platform needs', async () => {
    const result = await hub.execute(RecordPenaltyDocument, { input: penaltyInput({ fineYuan: '1234567.89' }) });
    expect(result.data?.recordPenalty).toMatchObject({
      __typename: 'RecordPenaltySuccess',
      data: { fineYuan: '1234567.89', categories: ['WARNING', 'FINE'], status: 'EFFECTIVE', subject: { __typename: 'Institution', id: site.id }, authorityUscc: '12110000400686291H' },
    });
  });

  it('rejects amounts that do not match the categories, a bad authority USCC and future dates — and writes nothing', async () => {
    const before = await count('penalty');
    const issues = async (over: Partial<RecordPenaltyInput>) =>
      ((await hub.execute(RecordPenaltyDocument, { input: penaltyInput(over) })).data?.recordPenalty as { issues: { field: string; code: string }[] }).issues.map((i) => `${i.field}:${i.code}`).sort();
    expect(await issues({ categories: ['WARNING'] })).toEqual(['input.fineYuan:FINE_MISMATCH']);
    expect(await issues({ fineYuan: null })).toEqual(['input.fineYuan:FINE_MISMATCH']);
    expect(await issues({ categories: ['WARNING', 'FINE', 'CONFISCATE_ILLEGAL_GAINS'] })).toEqual(['input.confiscatedYuan:CONFISCATION_MISMATCH']);
    expect(await issues({ fineYuan: '12.345' })).toEqual(['input.fineYuan:FORMAT']);
    expect(await issues({ authorityUscc: '12110000400686291J' })).toEqual(['input.authorityUscc:CHECK_CHARACTER']);
    expect(await issues({ decidedOn: '2999-01-01' })).toEqual(['input.decidedOn:FUTURE_DATE']);
    expect(await issues({ categories: ['REVOKE_LICENSE'], fineYuan: null })).toEqual(['input.affectedLicenses:REVOCATION_MISMATCH']);
    expect(await count('penalty')).toBe(before);
  });

  it('revokes the named license in the same transaction, and a failed penalty leaves the license alone', async () => {
    const failing = await hub.execute(RecordPenaltyDocument, {
      input: penaltyInput({ categories: ['REVOKE_LICENSE'], fineYuan: null, affectedLicenses: [{ licenseId, action: 'REVOKE' }], authorityUscc: 'bad' }),
    });
    expect(failing.data?.recordPenalty.__typename).toBe('InvalidInputError');
    expect((await hub.execute(LicenseByNumberDocument, { number: licenseNumber })).data?.licenseByNumber?.status).toBe('VALID');

    const revoked = await hub.execute(RecordPenaltyDocument, {
      input: penaltyInput({ categories: ['REVOKE_LICENSE'], fineYuan: null, severity: 'SERIOUS', affectedLicenses: [{ licenseId, action: 'REVOKE' }] }),
    });
    expect(revoked.data?.recordPenalty).toMatchObject({ data: { affectedLicenses: [{ action: 'REVOKE', license: { id: licenseId, status: 'REVOKED' } }] } });
  });

  it('refuses licenses the subject does not hold and duplicate decision numbers', async () => {
    const other = await registerInstitution(hub);
    const foreign = await hub.execute(RecordPenaltyDocument, {
      input: penaltyInput({ subjectId: other.id, categories: ['SUSPEND_LICENSE'], fineYuan: null, affectedLicenses: [{ licenseId, action: 'SUSPEND', suspendedUntil: '2024-11-19' }] }),
    });
    expect(foreign.data?.recordPenalty).toMatchObject({ issues: [{ field: 'input.affectedLicenses.0.licenseId', code: 'NOT_HELD_BY_SUBJECT' }] });
    const input = penaltyInput();
    await hub.execute(RecordPenaltyDocument, { input });
    const duplicate = await hub.execute(RecordPenaltyDocument, { input });
    expect(duplicate.data?.recordPenalty).toMatchObject({ issues: [{ field: 'input.decisionNumber', code: 'ALREADY_EXISTS' }] });
  });

  it('revocation of the decision (撤销) is recorded once, with a reason', async () => {
    const created = await hub.execute(RecordPenaltyDocument, { input: penaltyInput() });
    const id = (created.data?.recordPenalty as { data: { id: string } }).data.id;
    const revoked = await hub.execute(RevokePenaltyDocument, { input: { id, version: 1, revokedOn: '2024-08-01', reason: '行政复议撤销' } });
    expect(revoked.data?.revokePenalty).toMatchObject({ data: { status: 'REVOKED', revokedOn: '2024-08-01', revocationReason: '行政复议撤销', version: 2 } });
    const again = await hub.execute(RevokePenaltyDocument, { input: { id, version: 2, revokedOn: '2024-08-02', reason: '重复' } });
    expect(again.data?.revokePenalty).toMatchObject({ issues: [{ field: 'input.id', code: 'ALREADY_REVOKED' }] });
  });

  it('is seen by regulators in the jurisdiction and the institution itself, not by other regions or the public', async () => {
    const total = (await hub.execute(PenaltiesDocument, { first: 100 })).data!.penalties.totalCount;
    expect(total).toBeGreaterThan(0);
    expect((await hub.executeAs(nantong, PenaltiesDocument, { first: 100 })).data?.penalties.totalCount).toBe(total);
    expect((await hub.executeAs(own, PenaltiesDocument, { first: 100 })).data?.penalties.totalCount).toBe(total);
    expect((await hub.executeAs(zhejiang, PenaltiesDocument, { first: 100 })).data?.penalties.totalCount).toBe(0);
    expect((await hub.executeAs('public', PenaltiesDocument, { first: 100 })).data?.penalties.totalCount).toBe(0);
    expect((await hub.execute(PenaltiesDocument, { first: 100, filter: { regionCode: '330000' } })).data?.penalties.totalCount).toBe(0);
    expect((await hub.execute(PenaltiesDocument, { first: 100, filter: { severities: ['SERIOUS'] } })).data?.penalties.totalCount).toBe(1);
  });
});

describe('inspections (监督检查)', () => {
  it('needs two inspectors from the jurisdiction, a campaign for special ones and a deadline for rectification', async () => {
    const before = await count('inspection');
    const issues = async (input: Record<string, unknown>) => {
      const result = await hub.execute(RecordInspectionDocument, {
        input: { subjectId: site.id, kind: 'ROUTINE', inspectedOn: '2024-04-01', inspectorIds: inspectors.slice(0, 2), findings: '未见异常', result: 'COMPLIANT', ...input } as never,
      });
      return ((result.data?.recordInspection as { issues?: { field: string; code: string }[] }).issues ?? []).map((i) => `${i.field}:${i.code}`).sort();
    };
    expect(await issues({ inspectorIds: inspectors.slice(0, 1) })).toEqual(['input.inspectorIds:TOO_SMALL']);
    expect(await issues({ kind: 'SPECIAL' })).toEqual(['input.campaign:REQUIRED']);
    expect(await issues({ result: 'RECTIFICATION_REQUIRED' })).toEqual(['input.rectificationDeadline:REQUIRED']);
    expect(await count('inspection')).toBe(before);
    // The national regulator's roster spans provinces, so this pair is valid for him.
    expect(await issues({ inspectorIds: [inspectors[0]!, zhejiangInspector] })).toEqual([]);
    expect(await count('inspection')).toBe(before + 1);
    const asNantong = await hub.executeAs(nantong, RecordInspectionDocument, {
      input: { subjectId: site.id, kind: 'ROUTINE', inspectedOn: '2024-04-01', inspectorIds: [inspectors[0]!, zhejiangInspector], findings: '', result: 'COMPLIANT' },
    });
    expect(asNantong.data?.recordInspection).toMatchObject({ issues: [{ field: 'input.inspectorIds.1', code: 'NOT_FOUND' }] });
  });

  it('records an inspection ordering rectification, then its re-inspection', async () => {
    const created = await hub.executeAs(nantong, RecordInspectionDocument, {
      input: { subjectId: site.id, kind: 'SPECIAL', campaign: '医疗美容专项整治', inspectedOn: '2024-06-01', inspectorIds: inspectors.slice(1, 3), findings: '消毒记录不全', result: 'RECTIFICATION_REQUIRED', rectificationDeadline: '2024-07-01' },
    });
    const inspection = (created.data?.recordInspection as { data: { id: string; inspectors: { id: string }[] } }).data;
    expect(inspection.inspectors.map((i) => i.id).sort()).toEqual(inspectors.slice(1, 3).sort());
    const early = await hub.executeAs(nantong, RecordReinspectionDocument, { input: { id: inspection.id, version: 1, reinspectedOn: '2024-05-01', result: 'RECTIFIED' } });
    expect(early.data?.recordReinspection).toMatchObject({ issues: [{ field: 'input.reinspectedOn', code: 'DATES_OUT_OF_ORDER' }] });
    const done = await hub.executeAs(nantong, RecordReinspectionDocument, { input: { id: inspection.id, version: 1, reinspectedOn: '2024-07-02', result: 'RECTIFIED' } });
    expect(done.data?.recordReinspection).toMatchObject({ data: { reinspectedOn: '2024-07-02', reinspectionResult: 'RECTIFIED', version: 2 } });
    const outsider = await hub.executeAs(zhejiang, RecordReinspectionDocument, { input: { id: inspection.id, version: 2, reinspectedOn: '2024-07-03', result: 'RECTIFIED' } });
    expect(outsider.data?.recordReinspection).toMatchObject({ __typename: 'NotFoundError' });
  });

  it('records an inspector’s conflict of interest only for institutions in the jurisdiction', async () => {
    const ok = await hub.executeAs(nantong, RecordInspectorConflictDocument, { input: { inspectorId: inspectors[0]!, institutionId: site.id, reason: '配偶在该院任职' } });
    expect(ok.data?.recordInspectorConflict.__typename).toBe('RecordInspectorConflictSuccess');
    const outside = await hub.executeAs(zhejiang, RecordInspectorConflictDocument, { input: { inspectorId: zhejiangInspector, institutionId: site.id, reason: 'x' } });
    expect(outside.data?.recordInspectorConflict).toMatchObject({ issues: [{ field: 'input.institutionId', code: 'NOT_FOUND' }] });
  });
});

describe('complaints (投诉举报)', () => {
  it('moves from received to closed only along allowed transitions, with what each step needs', async () => {
    const received = await hub.executeAs(nantong, ReceiveComplaintDocument, {
      input: { channel: 'HOTLINE_12320', receivedOn: '2024-03-01', regionCode: '320613', category: '非法行医', summary: '有人在小区内无证开展输液', subjectId: site.id },
    });
    const complaint = (received.data?.receiveComplaint as { data: { id: string; status: string } }).data;
    expect(complaint.status).toBe('RECEIVED');
    const advance = (input: Record<string, unknown>) => hub.executeAs(nantong, AdvanceComplaintDocument, { input: { id: complaint.id, ...input } as never });
    expect((await advance({ version: 1, status: 'TRANSFERRED' })).data?.advanceComplaint).toMatchObject({ issues: [{ field: 'input.transferredTo', code: 'REQUIRED' }] });
    expect((await advance({ version: 1, status: 'TRANSFERRED', transferredTo: '崇川区卫生监督所' })).data?.advanceComplaint).toMatchObject({ data: { status: 'TRANSFERRED', version: 2 } });
    const closing = await advance({ version: 2, status: 'CLOSED', closedOn: '2024-03-10' });
    expect((closing.data?.advanceComplaint as { issues: { field: string }[] }).issues.map((i) => i.field).sort()).toEqual(['input.outcome', 'input.substantiated']);
    expect((await advance({ version: 2, status: 'CLOSED', closedOn: '2024-03-10', outcome: '经查属实，已立案', substantiated: true })).data?.advanceComplaint).toMatchObject({ data: { status: 'CLOSED', substantiated: true } });
    expect((await advance({ version: 3, status: 'INVESTIGATING' })).data?.advanceComplaint).toMatchObject({ issues: [{ field: 'input.status', code: 'INVALID_TRANSITION' }] });
  });

  it('is visible to regulators where it was received, never to the institution or the public', async () => {
    const records = async (credentials: Credentials) => ((await hub.executeAs(credentials, InstitutionRecordsDocument, { id: site.id })).data?.node as { complaints: { totalCount: number } } | null)?.complaints.totalCount;
    expect(await records(nantong)).toBeGreaterThan(0);
    expect(await records(own)).toBe(0);
    expect(await records('public')).toBe(0);
  });
});

describe('self-inspections and commitment letters', () => {
  it('an institution records its own, not another’s', async () => {
    const input = { institutionId: site.id, kind: 'COMPREHENSIVE' as const, inspectedOn: '2024-02-01', findings: '全面自查，发现2项问题', problemsFound: 2, problemsRectified: 1 };
    expect((await hub.executeAs(own, RecordSelfInspectionDocument, { input })).data?.recordSelfInspection).toMatchObject({ data: { problemsFound: 2, institution: { id: site.id } } });
    const other = await registerInstitution(hub);
    expect((await hub.executeAs(own, RecordSelfInspectionDocument, { input: { ...input, institutionId: other.id } })).data?.recordSelfInspection).toMatchObject({ issues: [{ field: 'input.institutionId', code: 'NOT_FOUND' }] });
    expect((await hub.executeAs(own, RecordSelfInspectionDocument, { input: { ...input, problemsRectified: 3 } })).data?.recordSelfInspection).toMatchObject({ issues: [{ field: 'input.problemsRectified', code: 'MORE_THAN_FOUND' }] });
    expect((await hub.executeAs('public', RecordSelfInspectionDocument, { input })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('a commitment letter can be breached once, by a regulator’s record', async () => {
    const signed = await hub.executeAs(own, RecordCommitmentLetterDocument, { input: { institutionId: site.id, signedOn: '2024-01-02', signatory: '张院长', content: '本院承诺依法执业……' } });
    const letter = (signed.data?.recordCommitmentLetter as { data: { id: string } }).data;
    expect((await hub.executeAs(own, RecordCommitmentBreachDocument, { input: { id: letter.id, version: 1, breachedOn: '2024-05-01', note: 'x' } })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const breached = await hub.executeAs(nantong, RecordCommitmentBreachDocument, { input: { id: letter.id, version: 1, breachedOn: '2024-05-01', note: '违规使用非卫生技术人员' } });
    expect(breached.data?.recordCommitmentBreach).toMatchObject({ data: { breachedOn: '2024-05-01', version: 2 } });
    expect((await hub.executeAs(nantong, RecordCommitmentBreachDocument, { input: { id: letter.id, version: 2, breachedOn: '2024-06-01', note: 'y' } })).data?.recordCommitmentBreach).toMatchObject({ issues: [{ code: 'ALREADY_BREACHED' }] });
  });

  it('lists every record under the institution, batched', async () => {
    const records = (await hub.execute(InstitutionRecordsDocument, { id: site.id })).data?.node as Record<string, { totalCount: number }>;
    expect(records.penalties!.totalCount).toBeGreaterThan(0);
    expect(records.inspections!.totalCount).toBeGreaterThan(0);
    expect(records.selfInspections!.totalCount).toBe(1);
    expect(records.commitmentLetters!.totalCount).toBe(1);
  });
});
