import type { ExecutionResult } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AddCreditListEntryDocument,
  AdvanceComplaintDocument,
  AssessSentinelPointDocument,
  DiscloseRecordDocument,
  FileScoreAppealDocument,
  PublishScoreRuleSetDocument,
  PublishAnnualSelfDisclosureDocument,
  ReceiveComplaintDocument,
  RecordCommitmentLetterDocument,
  RecordInspectionDocument,
  RecordInspectorConflictDocument,
  RecordLicenseValidationDocument,
  RecordPenaltyDocument,
  RecordScoreEventDocument,
  RecordSelfInspectionDocument,
  RecordUnlicensedPracticeCaseDocument,
  RegisterInspectorDocument,
  RegisterLicenseDocument,
  RegisterPracticeRegistrationDocument,
  RegisterSentinelPointDocument,
  RepairPenaltyCreditDocument,
  ReportSentinelClueDocument,
  ReviewRegistryMatchDocument,
  RevokePenaltyDocument,
  UpdatePractitionerDocument,
} from '../generated/graphql.js';
import { institutionIdentifiers, newIdNumber, recordPenalty, registerInstitution, registerPractitioner } from '../support/fixtures.js';
import { startTestHub, type Credentials, type TestHub } from '../support/hub.js';

/**
 * Issue #15: every bad field of an input is reported at once. Each mutation that checks its input
 * against the database gets one input with a malformed field and a bad reference (an unknown or
 * foreign id, a region that does not exist, a record outside the viewer's jurisdiction): both come
 * back in one InvalidInputError, and nothing is written.
 */

let hub: TestHub;
let jiangsu: Credentials;
let admin: Credentials;
let institution: { id: string };
let beijingInstitution: { id: string };
let practitioner: { id: string };
let penalty: { id: string };

beforeAll(async () => {
  hub = await startTestHub();
  jiangsu = { token: await hub.token({ sub: 'jiangsu', role: 'regulator', jurisdictions: ['320000'] }) };
  admin = { token: await hub.token({ sub: 'rules-admin', role: 'admin' }) };
  institution = await registerInstitution(hub);
  beijingInstitution = await registerInstitution(hub, { regionCode: '110102' });
  practitioner = await registerPractitioner(hub);
  penalty = await recordPenalty(hub, institution.id, '2024-03-01');
});
afterAll(() => hub.close());

/** A well-formed global id of a record that does not exist. */
const unknown = (typename: string) => Buffer.from(`${typename}:987654321`).toString('base64');
const BLANK = '   ';

interface Case {
  mutation: string;
  /** The malformed field and the bad reference, sent together. */
  send: () => Promise<ExecutionResult<Record<string, unknown>>>;
  /** Every issue expected, as `field:code`. */
  issues: string[];
  /** Counts what the mutation would have written: it must not change. */
  written: string;
}

const cases: Case[] = [
  {
    mutation: 'updatePractitioner',
    send: () => hub.execute(UpdatePractitionerDocument, { input: { id: unknown('Institution'), version: 1, name: BLANK } }),
    issues: ['input.id:INVALID_ID', 'input.name:BLANK'],
    written: "SELECT count(*) FROM practitioner WHERE version > 1",
  },
  {
    mutation: 'registerPracticeRegistration',
    send: () =>
      hub.execute(RegisterPracticeRegistrationDocument, {
        input: { practitionerId: unknown('Practitioner'), institutionId: institution.id, siteKind: 'PRIMARY', practiceScope: '内科\u202e', validFrom: '2024-01-01' },
      }),
    issues: ['input.practiceScope:BIDI_CONTROL', 'input.practitionerId:NOT_FOUND'],
    written: 'SELECT count(*) FROM practice_registration',
  },
  {
    mutation: 'registerLicense',
    send: () =>
      hub.execute(RegisterLicenseDocument, {
        input: { kind: 'INSTITUTION_PRACTICE', number: institutionIdentifiers().licenseNumber, holderId: unknown('Institution'), issuingAuthority: BLANK, validFrom: '2024-01-01' },
      }),
    issues: ['input.holderId:NOT_FOUND', 'input.issuingAuthority:BLANK'],
    written: 'SELECT count(*) FROM license',
  },
  {
    mutation: 'recordLicenseValidation',
    send: () => hub.execute(RecordLicenseValidationDocument, { input: { licenseId: unknown('License'), validatedOn: '2024-01-01', result: 'PASSED', remarks: '合格\u0007' } }),
    issues: ['input.licenseId:NOT_FOUND', 'input.remarks:CONTROL_CHARACTER'],
    written: 'SELECT count(*) FROM license_validation',
  },
  {
    mutation: 'recordUnlicensedPracticeCase',
    send: () =>
      hub.execute(RecordUnlicensedPracticeCaseDocument, {
        input: {
          caseNumber: '崇卫非〔2024〕9001号',
          personName: BLANK,
          sex: 'MALE',
          documentType: 'RESIDENT_ID',
          documentNumber: newIdNumber('320613'),
          regionCode: '329999',
          kind: 'UNLICENSED_PRACTICE',
          openedOn: '2024-03-01',
          transferredToPolice: false,
          status: 'OPEN',
          complaintId: unknown('Complaint'),
        },
      }),
    issues: ['input.complaintId:NOT_FOUND', 'input.personName:TOO_SMALL', 'input.regionCode:NOT_FOUND'],
    written: 'SELECT count(*) FROM unlicensed_practice_case',
  },
  {
    mutation: 'addCreditListEntry',
    send: () =>
      hub.executeAs(jiangsu, AddCreditListEntryDocument, {
        input: { subjectId: beijingInstitution.id, list: 'KEY_WATCH', legalBasis: '《医疗机构管理条例》', reason: BLANK, decidedOn: '2024-03-01', authorityName: '南通市卫生健康委员会' },
      }),
    issues: ['input.reason:BLANK', 'input.subjectId:NOT_FOUND'],
    written: 'SELECT count(*) FROM credit_list_entry',
  },
  {
    mutation: 'publishAnnualSelfDisclosure',
    send: () =>
      hub.execute(PublishAnnualSelfDisclosureDocument, {
        input: { institutionId: unknown('Institution'), year: 2023, services: [BLANK], fees: [], staffCount: 10, qualifications: ['三级甲等'], publishedOn: '2024-01-15' },
      }),
    issues: ['input.institutionId:NOT_FOUND', 'input.services.0:BLANK'],
    written: 'SELECT count(*) FROM disclosure',
  },
  {
    mutation: 'registerInspector',
    send: () => hub.execute(RegisterInspectorDocument, { input: { name: BLANK, badgeNumber: 'JS-9001', regionCode: '329999' } }),
    issues: ['input.name:BLANK', 'input.regionCode:NOT_FOUND'],
    written: 'SELECT count(*) FROM inspector',
  },
  {
    mutation: 'recordInspectorConflict',
    send: () => hub.execute(RecordInspectorConflictDocument, { input: { inspectorId: unknown('Inspector'), institutionId: unknown('Institution'), reason: BLANK } }),
    issues: ['input.inspectorId:NOT_FOUND', 'input.institutionId:NOT_FOUND', 'input.reason:BLANK'],
    written: 'SELECT count(*) FROM inspector_conflict',
  },
  {
    mutation: 'recordInspection',
    send: () =>
      hub.execute(RecordInspectionDocument, {
        input: {
          subjectId: unknown('Institution'),
          kind: 'SPECIAL',
          campaign: '专项\u0007',
          inspectedOn: '2024-03-01',
          inspectorIds: [unknown('Inspector'), Buffer.from('Inspector:987654322').toString('base64')],
          findings: '',
          result: 'COMPLIANT',
        },
      }),
    issues: ['input.campaign:CONTROL_CHARACTER', 'input.inspectorIds.0:NOT_FOUND', 'input.inspectorIds.1:NOT_FOUND', 'input.subjectId:NOT_FOUND'],
    written: 'SELECT count(*) FROM inspection',
  },
  {
    mutation: 'recordScoreEvent',
    send: () =>
      hub.execute(RecordScoreEventDocument, {
        input: { subjectId: unknown('Institution'), ruleSetCode: 'NO-SUCH-RULES', itemCode: 'A1', units: 0, occurredOn: '2024-03-01', sourceKind: 'INSPECTION' },
      }),
    issues: ['input.ruleSetCode:NOT_FOUND', 'input.subjectId:NOT_FOUND', 'input.units:TOO_SMALL'],
    written: 'SELECT count(*) FROM score_event',
  },
  {
    mutation: 'fileScoreAppeal',
    send: () => hub.execute(FileScoreAppealDocument, { input: { eventId: unknown('ScoreEvent'), reason: BLANK, filedOn: '2024-03-01' } }),
    issues: ['input.eventId:NOT_FOUND', 'input.reason:BLANK'],
    written: "SELECT count(*) FROM score_event WHERE status = 'APPEALED'",
  },
  {
    mutation: 'publishScoreRuleSet',
    send: () =>
      hub.executeAs(admin, PublishScoreRuleSetDocument, {
        input: {
          code: 'lower-case',
          title: '测试规则',
          jurisdictionCode: '329999',
          subjectKind: 'INSTITUTION',
          effectiveFrom: '2020-01-01',
          source: 'test',
          definition: { items: [{ code: 'T1', text: '测试', points: 2 }], windows: [{ kind: 'CALENDAR_YEAR', years: 1, thresholds: [{ basis: 'CUMULATIVE', points: 4, description: '≥4', consequences: [{ kind: 'WARNING' }] }] }] },
        },
      }),
    issues: ['input.code:FORMAT', 'input.jurisdictionCode:NOT_FOUND'],
    written: 'SELECT count(*) FROM score_rule_set',
  },
  {
    mutation: 'receiveComplaint',
    send: () =>
      hub.execute(ReceiveComplaintDocument, {
        input: { channel: 'HOTLINE_12320', receivedOn: '2024-03-01', regionCode: '329999', category: '非法行医', summary: BLANK, subjectId: unknown('Practitioner') },
      }),
    issues: ['input.regionCode:NOT_FOUND', 'input.subjectId:NOT_FOUND', 'input.summary:BLANK'],
    written: 'SELECT count(*) FROM complaint',
  },
  {
    mutation: 'advanceComplaint',
    send: () => hub.execute(AdvanceComplaintDocument, { input: { id: unknown('Complaint'), version: 1, status: 'TRANSFERRED', transferredTo: BLANK, penaltyId: unknown('Penalty') } }),
    issues: ['input.penaltyId:NOT_FOUND', 'input.transferredTo:BLANK'],
    written: "SELECT count(*) FROM complaint WHERE status <> 'RECEIVED'",
  },
  {
    mutation: 'registerSentinelPoint',
    send: () =>
      hub.executeAs(jiangsu, RegisterSentinelPointDocument, {
        input: { name: '某村卫生室', regionCode: '110102', kind: 'VILLAGE_CLINIC', contactName: '刘医生', contactPhone: '123', activeFrom: '2024-01-01' },
      }),
    issues: ['input.contactPhone:FORMAT', 'input.regionCode:OUT_OF_JURISDICTION'],
    written: 'SELECT count(*) FROM sentinel_point',
  },
  {
    mutation: 'reportSentinelClue',
    send: () => hub.execute(ReportSentinelClueDocument, { input: { pointId: unknown('SentinelPoint'), receivedOn: '2024-03-01', observed: BLANK, place: '某村' } }),
    issues: ['input.observed:TOO_SMALL', 'input.pointId:NOT_FOUND'],
    written: 'SELECT count(*) FROM sentinel_clue',
  },
  {
    mutation: 'assessSentinelPoint',
    send: () => hub.execute(AssessSentinelPointDocument, { input: { pointId: unknown('SentinelPoint'), sheetCode: 'NO-SUCH-SHEET', year: 1999, assessedOn: '2024-03-01', scores: [] } }),
    issues: ['input.pointId:NOT_FOUND', 'input.sheetCode:NOT_FOUND', 'input.year:TOO_SMALL'],
    written: 'SELECT count(*) FROM sentinel_assessment',
  },
  {
    mutation: 'recordPenalty',
    send: () =>
      hub.execute(RecordPenaltyDocument, {
        input: {
          decisionNumber: '卫罚〔2024〕9001号',
          subjectId: unknown('Institution'),
          violationType: '超范围执业',
          facts: BLANK,
          legalBasis: '《医疗机构管理条例》第四十六条',
          categories: ['WARNING'],
          content: '警告',
          decidedOn: '2024-03-01',
          authorityName: '南通市卫生健康委员会',
          authorityUscc: institutionIdentifiers().uscc,
          severity: 'GENERAL',
          inspectionId: unknown('Inspection'),
        },
      }),
    issues: ['input.facts:BLANK', 'input.inspectionId:NOT_FOUND', 'input.subjectId:NOT_FOUND'],
    written: 'SELECT count(*) FROM penalty',
  },
  {
    mutation: 'revokePenalty',
    // The reference here is the penalty itself: revoked before it was decided.
    send: () => hub.execute(RevokePenaltyDocument, { input: { id: penalty.id, version: 1, revokedOn: '2024-01-01', reason: BLANK } }),
    issues: ['input.reason:BLANK', 'input.revokedOn:DATES_OUT_OF_ORDER'],
    written: "SELECT count(*) FROM penalty WHERE status = 'REVOKED'",
  },
  {
    mutation: 'repairPenaltyCredit',
    send: () => hub.execute(RepairPenaltyCreditDocument, { input: { penaltyId: unknown('Penalty'), repairedOn: '2024-06-01', note: BLANK } }),
    issues: ['input.note:BLANK', 'input.penaltyId:NOT_PUBLISHED'],
    written: 'SELECT count(*) FROM disclosure WHERE withdrawn_on IS NOT NULL',
  },
  {
    mutation: 'discloseRecord',
    send: () => hub.execute(DiscloseRecordDocument, { input: { kind: 'COMMITMENT_LETTER', recordId: unknown('CommitmentLetter'), publishedOn: '2024-03-01', workingDays: 0 } }),
    issues: ['input.recordId:NOT_FOUND', 'input.workingDays:TOO_SMALL'],
    written: 'SELECT count(*) FROM disclosure',
  },
  {
    mutation: 'recordSelfInspection',
    send: () =>
      hub.executeAs(jiangsu, RecordSelfInspectionDocument, {
        input: { institutionId: beijingInstitution.id, kind: 'DAILY', inspectedOn: '2024-03-01', findings: BLANK, problemsFound: 0, problemsRectified: 0 },
      }),
    issues: ['input.findings:BLANK', 'input.institutionId:NOT_FOUND'],
    written: 'SELECT count(*) FROM self_inspection',
  },
  {
    mutation: 'recordCommitmentLetter',
    send: () => hub.execute(RecordCommitmentLetterDocument, { input: { institutionId: unknown('Institution'), signedOn: '2024-01-01', signatory: BLANK, content: '依法执业承诺' } }),
    issues: ['input.institutionId:NOT_FOUND', 'input.signatory:BLANK'],
    written: 'SELECT count(*) FROM commitment_letter',
  },
  {
    mutation: 'reviewRegistryMatch',
    send: () => hub.execute(ReviewRegistryMatchDocument, { input: { id: practitioner.id, version: 1, decision: 'DISMISSED', reason: BLANK } }),
    issues: ['input.id:INVALID_ID', 'input.reason:TOO_SMALL'],
    written: 'SELECT count(*) FROM registry_match_review',
  },
];

describe('every bad field of an input is reported at once, format and references together', () => {
  it.each(cases)('$mutation', async ({ mutation, send, issues, written }) => {
    const count = async () => Number((await hub.database.pool.query(written)).rows[0].count);
    const before = await count();
    const result = await send();
    const payload = result.data?.[mutation] as { __typename: string; issues?: { field: string; code: string }[] } | undefined;
    if (payload?.__typename !== 'InvalidInputError') throw new Error(JSON.stringify(result));
    expect(payload.issues!.map((i) => `${i.field}:${i.code}`).sort()).toEqual(issues);
    expect(await count()).toBe(before);
  });
});
