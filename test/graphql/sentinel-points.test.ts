import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestHub, type TestHub } from '../support/hub.js';
import {
  AdvanceSentinelClueDocument,
  AssessSentinelPointDocument,
  RecordUnlicensedPracticeCaseDocument,
  RegisterSentinelPointDocument,
  ReportSentinelClueDocument,
  SentinelClueFeedbackDocument,
  SentinelCluesDocument,
  SentinelPointsDocument,
  SentinelScoringSheetsDocument,
} from '../generated/graphql.js';
import { newIdNumber } from '../support/fixtures.js';

let hub: TestHub;
let nantong: { token: string };
let hangzhou: { token: string };
let pointId: string;
let otherPointId: string;

beforeAll(async () => {
  hub = await startTestHub();
  nantong = { token: await hub.token({ sub: 'nantong', role: 'regulator', jurisdictions: ['320613'] }) };
  hangzhou = { token: await hub.token({ sub: 'hangzhou', role: 'regulator', jurisdictions: ['330102'] }) };
});
afterAll(() => hub.close());

async function registerPoint(name: string) {
  const result = await hub.executeAs(nantong, RegisterSentinelPointDocument, {
    input: { name, regionCode: '320613', kind: 'VILLAGE_CLINIC', contactName: '刘医生', contactPhone: '13812345678', activeFrom: '2024-01-01' },
  });
  const payload = result.data!.registerSentinelPoint;
  if (payload.__typename !== 'RegisterSentinelPointSuccess') throw new Error(JSON.stringify(result));
  return payload.data.id;
}

describe('监测哨点', () => {
  it('registers points for the regulators of their region, the contact’s phone audited and hidden from others', async () => {
    pointId = await registerPoint('崇川区某村卫生室哨点');
    otherPointId = await registerPoint('崇川区某药店哨点');
    const seen = await hub.executeAs(nantong, SentinelPointsDocument, { regionCode: '320600' });
    expect(seen.data!.sentinelPoints.edges.map((e) => [e.node.name, e.node.contactPhone, e.node.active])).toEqual([
      ['崇川区某村卫生室哨点', '13812345678', true],
      ['崇川区某药店哨点', '13812345678', true],
    ]);
    const audited = await hub.database.db.selectFrom('audit_log').select('entity_ids').where('entity_type', '=', 'SentinelPoint').execute();
    expect(audited.flatMap((a) => a.entity_ids)).toHaveLength(2);
    const elsewhere = await hub.executeAs(hangzhou, SentinelPointsDocument, {});
    expect(elsewhere.data!.sentinelPoints.edges).toEqual([]);
    const badDates = await hub.executeAs(nantong, RegisterSentinelPointDocument, {
      input: { name: '某学校', regionCode: '330102', kind: 'SCHOOL', contactName: '王老师', activeFrom: '2024-06-01', activeUntil: '2024-01-01' },
    });
    // The dates and the region outside Nantong are reported together.
    expect(badDates.data!.registerSentinelPoint).toMatchObject({
      __typename: 'InvalidInputError',
      issues: [
        { field: 'input.activeUntil', code: 'DATES_OUT_OF_ORDER' },
        { field: 'input.regionCode', code: 'OUT_OF_JURISDICTION' },
      ],
    });
  });

  it('handles a clue from receipt through investigation to feedback, linked to the case it became; the point sees only its own feedback', async () => {
    const reported = await hub.executeAs(nantong, ReportSentinelClueDocument, { input: { pointId, receivedOn: '2024-05-02', observed: '发现有人在出租屋内挂水输液', place: '崇川区某小区3幢' } });
    const clue = reported.data!.reportSentinelClue;
    if (clue.__typename !== 'ReportSentinelClueSuccess') throw new Error(JSON.stringify(reported));
    await hub.executeAs(nantong, ReportSentinelClueDocument, { input: { pointId: otherPointId, receivedOn: '2024-05-03', observed: '药店内有人坐诊', place: '崇川区某路' } });

    const investigating = await hub.executeAs(nantong, AdvanceSentinelClueDocument, { input: { id: clue.data.id, version: 1, status: 'INVESTIGATING', investigation: '现场检查, 当事人无医师资格' } });
    expect(investigating.data!.advanceSentinelClue).toMatchObject({ __typename: 'AdvanceSentinelClueSuccess', data: { status: 'INVESTIGATING', version: 2 } });
    const noFeedback = await hub.executeAs(nantong, AdvanceSentinelClueDocument, { input: { id: clue.data.id, version: 2, status: 'FEEDBACK_GIVEN' } });
    expect(noFeedback.data!.advanceSentinelClue).toMatchObject({ __typename: 'InvalidInputError' });

    const recorded = await hub.executeAs(nantong, RecordUnlicensedPracticeCaseDocument, {
      input: { caseNumber: '崇卫非〔2024〕88号', personName: '吴某', sex: 'MALE', documentType: 'RESIDENT_ID', documentNumber: newIdNumber('320613'), regionCode: '320613', kind: 'UNLICENSED_PRACTICE', openedOn: '2024-05-03', transferredToPolice: false, status: 'OPEN' },
    });
    const caseId = recorded.data!.recordUnlicensedPracticeCase.__typename === 'RecordUnlicensedPracticeCaseSuccess' ? recorded.data!.recordUnlicensedPracticeCase.data.id : '';
    const done = await hub.executeAs(nantong, AdvanceSentinelClueDocument, {
      input: { id: clue.data.id, version: 2, status: 'FEEDBACK_GIVEN', feedback: '已立案查处, 感谢报告', feedbackOn: '2024-05-10', caseId },
    });
    expect(done.data!.advanceSentinelClue).toMatchObject({ __typename: 'AdvanceSentinelClueSuccess', data: { status: 'FEEDBACK_GIVEN', case: { id: caseId } } });
    const reopened = await hub.executeAs(nantong, AdvanceSentinelClueDocument, { input: { id: clue.data.id, version: 3, status: 'INVESTIGATING' } });
    expect(reopened.data!.advanceSentinelClue).toMatchObject({ __typename: 'InvalidInputError', issues: [{ code: 'INVALID_TRANSITION' }] });

    const point = { token: await hub.token({ sub: 'liu', role: 'sentinel', sentinel_point_id: localIdOf(pointId) }) };
    const own = await hub.executeAs(point, SentinelClueFeedbackDocument, {});
    expect(own.errors).toBeUndefined();
    expect(own.data!.sentinelClues.edges.map((e) => [e.node.status, e.node.feedback, e.node.case])).toEqual([['FEEDBACK_GIVEN', '已立案查处, 感谢报告', null]]);
    const internal = await hub.executeAs(point, SentinelCluesDocument, {});
    expect(internal.errors?.[0]?.extensions?.code).toBe('FORBIDDEN'); // the investigation is for regulators
    const regulators = await hub.executeAs(nantong, SentinelCluesDocument, {});
    expect(regulators.data!.sentinelClues.edges).toHaveLength(2);
    expect((await hub.executeAs(hangzhou, SentinelCluesDocument, {})).data!.sentinelClues.edges).toEqual([]);
  });

  it('assesses a point yearly against the scoring sheet kept as data: total, pass mark and 示范哨点', async () => {
    const sheets = await hub.executeAs(nantong, SentinelScoringSheetsDocument, {});
    const sheet = sheets.data!.sentinelScoringSheets.find((s) => s.code === 'nantong-2013')!;
    expect(sheet).toMatchObject({ totalPoints: 100, passMark: 60, modelMark: 85 });
    expect(sheet.items.reduce((sum, i) => sum + i.points, 0)).toBe(100);

    const full = sheet.items.map((i) => ({ code: i.code, points: i.points }));
    const wrong = await hub.executeAs(nantong, AssessSentinelPointDocument, {
      input: { pointId, sheetCode: 'nantong-2013', year: 2024, assessedOn: '2024-09-20', scores: full.map((s, i) => (i === 0 ? { ...s, points: s.points + 1 } : s)).slice(0, -1) },
    });
    const issues = wrong.data!.assessSentinelPoint.__typename === 'InvalidInputError' ? wrong.data!.assessSentinelPoint.issues.map((i) => i.code) : [];
    expect(issues.sort()).toEqual(['MISSING_ITEM', 'TOO_MANY_POINTS']);

    const model = await hub.executeAs(nantong, AssessSentinelPointDocument, { input: { pointId, sheetCode: 'nantong-2013', year: 2024, assessedOn: '2024-09-20', scores: full.map((s) => ({ ...s, points: s.points - (s.code === '3' ? 10 : 0) })) } });
    expect(model.data!.assessSentinelPoint).toMatchObject({ __typename: 'AssessSentinelPointSuccess', data: { total: 90, passed: true, modelPoint: true } });
    const halves = full.map((s) => ({ ...s, points: s.points / 2 }));
    const failed = await hub.executeAs(nantong, AssessSentinelPointDocument, { input: { pointId: otherPointId, sheetCode: 'nantong-2013', year: 2024, assessedOn: '2024-09-20', scores: halves } });
    expect(failed.data!.assessSentinelPoint).toMatchObject({ __typename: 'AssessSentinelPointSuccess', data: { total: 50, passed: false, modelPoint: false } });
    const twice = await hub.executeAs(nantong, AssessSentinelPointDocument, { input: { pointId, sheetCode: 'nantong-2013', year: 2024, assessedOn: '2024-09-21', scores: full } });
    expect(twice.data!.assessSentinelPoint).toMatchObject({ __typename: 'InvalidInputError', issues: [{ field: 'input.year', code: 'ALREADY_EXISTS' }] });
  });
});

function localIdOf(globalId: string) {
  return Buffer.from(globalId, 'base64').toString('utf8').split(':')[1]!;
}
