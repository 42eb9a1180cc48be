import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, addMonths } from '../../src/domain/scoring/dates.js';
import { todayInChina } from '../../src/domain/today.js';
import {
  DisclosuresDocument,
  DiscloseRecordDocument,
  OverdueDisclosuresDocument,
  PublishDisclosureDocument,
  RecordCommitmentLetterDocument,
  RecordPenaltyDocument,
  RecordScoreEventDocument,
  type DisclosureFieldsFragment,
  type RecordPenaltyInput,
} from '../generated/graphql.js';
import { institutionIdentifiers, registerInstitution } from '../support/fixtures.js';
import { startTestHub, type TestHub } from '../support/hub.js';

let hub: TestHub;
let site: Awaited<ReturnType<typeof registerInstitution>>;
beforeAll(async () => {
  hub = await startTestHub();
  site = await registerInstitution(hub, { name: '公示期限测试医院' });
});
afterAll(() => hub.close());

const today = todayInChina();
let decision = 0;

async function penaltyDisclosure(over: Partial<RecordPenaltyInput>) {
  const result = await hub.execute(RecordPenaltyDocument, {
    input: {
      decisionNumber: `通卫罚〔公示〕${++decision}号`,
      subjectId: site.id,
      violationType: '超范围执业',
      facts: '超出登记范围',
      legalBasis: '《医疗机构管理条例》',
      categories: ['WARNING'],
      content: '警告',
      decidedOn: '2025-09-30',
      authorityName: '南通市卫生健康委员会',
      authorityUscc: '12110000400686291H',
      severity: 'GENERAL',
      ...over,
    },
  });
  const payload = result.data?.recordPenalty;
  if (payload?.__typename !== 'RecordPenaltySuccess') throw new Error(JSON.stringify(result));
  const list = await hub.execute(DisclosuresDocument, { first: 100, filter: { kinds: ['PENALTY'] } });
  return list.data!.disclosures.edges.map((e) => e.node).find((d) => (d.content as { decisionNumber: string }).decisionNumber === payload.data.decisionNumber)!;
}

const publishOn = (d: DisclosureFieldsFragment, publishedOn: string) => hub.execute(PublishDisclosureDocument, { input: { id: d.id, version: d.version, publishedOn } });

describe('publication periods count from the decision date', () => {
  it('publishing late does not lengthen the period: the last day and the earliest repair day follow the decision', async () => {
    const onTime = await publishOn(await penaltyDisclosure({ decidedOn: '2025-09-30' }), '2025-10-09');
    const late = await publishOn(await penaltyDisclosure({ decidedOn: '2025-09-30' }), '2025-12-01');
    for (const published of [onTime, late]) {
      // 2019 rule, general: 3 months to 1 year from 30 September 2025.
      expect(published.data?.publishDisclosure).toMatchObject({ data: { publicUntil: '2026-09-29', earliestRepairOn: '2025-12-30' } });
    }
  });

  it('a decision whose period has already run out cannot be published any more', async () => {
    const pending = await penaltyDisclosure({ decidedOn: '2025-01-10' });
    const lastDay = await publishOn(pending, '2026-01-09');
    expect(lastDay.data?.publishDisclosure.__typename).toBe('PublishDisclosureSuccess');
    const expired = await penaltyDisclosure({ decidedOn: '2025-01-10' });
    expect((await publishOn(expired, '2026-01-10')).data?.publishDisclosure).toMatchObject({ issues: [{ field: 'input.publishedOn', code: 'PERIOD_ENDED' }] });
  });
});

describe('minor penalties under the 2026 rule', () => {
  it('are not published by default and never overdue; a regulator may publish one, for at most 3 months from the decision', async () => {
    const decidedOn = addDays(today, -30);
    const minor = await penaltyDisclosure({ decidedOn, severity: 'MINOR' });
    expect(minor).toMatchObject({ status: 'PENDING', dueBy: null, late: false });
    const overdue = (await hub.execute(OverdueDisclosuresDocument, {})).data!.overdueDisclosures.map((d) => d.id);
    expect(overdue).not.toContain(minor.id);
    // A general one decided the same day is due and, unpublished past its deadline, overdue.
    const general = await penaltyDisclosure({ decidedOn, severity: 'GENERAL', categories: ['FINE'], fineYuan: '1000.00', content: '罚款' });
    expect(general.dueBy).not.toBeNull();
    expect((await hub.execute(OverdueDisclosuresDocument, {})).data!.overdueDisclosures.map((d) => d.id)).toContain(general.id);

    const chosen = await publishOn(minor, today);
    expect(chosen.data?.publishDisclosure).toMatchObject({ data: { status: 'PUBLISHED', publicUntil: addDays(addMonths(decidedOn, 3), -1) } });
  });

  it('a minor case decided under the 2019 rule keeps its deadline', async () => {
    const old = await penaltyDisclosure({ decidedOn: '2026-03-31', severity: 'MINOR' });
    expect(old.dueBy).not.toBeNull();
  });
});

describe('other disclosures at their edges', () => {
  it('a commitment letter (承诺书) is published for as long as it is in force (长期公示), with no end', async () => {
    const letter = await hub.execute(RecordCommitmentLetterDocument, {
      input: { institutionId: site.id, signedOn: '2025-01-02', signatory: '王院长', content: '本院承诺依法执业' },
    });
    const id = (letter.data?.recordCommitmentLetter as { data: { id: string } }).data.id;
    const disclosed = await hub.execute(DiscloseRecordDocument, { input: { kind: 'COMMITMENT_LETTER', recordId: id, publishedOn: '2025-01-03' } });
    expect(disclosed.data?.discloseRecord).toMatchObject({ data: { publicUntil: null, status: 'PUBLISHED' } });
    // More than a year later it is still public.
    const publicView = await hub.executeAs('public', DisclosuresDocument, { first: 100, filter: { kinds: ['COMMITMENT_LETTER'] } });
    expect(publicView.data!.disclosures.edges.map((e) => e.node.id)).toContain((disclosed.data?.discloseRecord as { data: { id: string } }).data.id);
  });

  it('a score publication contains only the events up to its own date', async () => {
    const ids = institutionIdentifiers('130102');
    const hebei = await registerInstitution(hub, { regionCode: '130102', uscc: ids.uscc, name: '记分公示医院' });
    for (const occurredOn of ['2025-03-01', '2025-03-02', '2025-03-03']) {
      const scored = await hub.execute(RecordScoreEventDocument, {
        input: { subjectId: hebei.id, ruleSetCode: 'HE-2010-INSTITUTION', itemCode: 'HE-04', occurredOn, sourceKind: 'INSPECTION', units: 1 },
      });
      expect(scored.data?.recordScoreEvent.__typename).toBe('RecordScoreEventSuccess');
    }
    const disclosed = await hub.execute(DiscloseRecordDocument, { input: { kind: 'SCORE_PUBLICATION', recordId: hebei.id, publishedOn: '2025-03-02', workingDays: 7 } });
    const content = (disclosed.data?.discloseRecord as { data: { content: { events: { occurred_on: string }[] } } }).data.content;
    expect(content.events.map((e) => e.occurred_on)).toEqual(['2025-03-01', '2025-03-02']);
  });
});
