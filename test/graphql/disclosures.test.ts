import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, addMonths } from '../../src/domain/scoring/dates.js';
import { todayInChina } from '../../src/domain/today.js';
import {
  AddCreditListEntryDocument,
  DiscloseRecordDocument,
  DisclosuresDocument,
  OverdueDisclosuresDocument,
  PublishAnnualSelfDisclosureDocument,
  PublishDisclosureDocument,
  RecordPenaltyDocument,
  RegisterLicenseDocument,
  RemoveCreditListEntryDocument,
  RepairPenaltyCreditDocument,
  RevokePenaltyDocument,
  type DisclosureFieldsFragment,
  type RecordPenaltyInput,
} from '../generated/graphql.js';
import { institutionIdentifiers, newIdNumber, registerInstitution, registerPractitioner } from '../support/fixtures.js';
import { startTestHub, type Credentials, type TestHub } from '../support/hub.js';

let hub: TestHub;
let site: Awaited<ReturnType<typeof registerInstitution>>;
let zhejiang: Credentials;
const today = todayInChina();

beforeAll(async () => {
  hub = await startTestHub();
  site = await registerInstitution(hub, { name: '公示测试医院' });
  zhejiang = { token: await hub.token({ sub: 'zj', role: 'regulator', jurisdictions: ['330000'] }) };
});
afterAll(() => hub.close());

const local = (id: string) => Buffer.from(id, 'base64').toString().split(':')[1]!;

async function disclosuresOf(credentials: Credentials | 'national', filter = {}) {
  const result = credentials === 'national' ? await hub.execute(DisclosuresDocument, { first: 100, filter }) : await hub.executeAs(credentials, DisclosuresDocument, { first: 100, filter });
  expect(result.errors).toBeUndefined();
  return result.data!.disclosures.edges.map((e) => e.node);
}

async function penalty(over: Partial<RecordPenaltyInput>) {
  const result = await hub.execute(RecordPenaltyDocument, {
    input: {
      decisionNumber: `通卫罚〔${Math.random()}〕号`,
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
  const disclosure = (await disclosuresOf('national', { kinds: ['PENALTY'] })).find((d) => (d.content as { decisionNumber: string }).decisionNumber === payload.data.decisionNumber)!;
  return { penalty: payload.data, disclosure };
}

const publishOn = async (d: DisclosureFieldsFragment, publishedOn: string) => {
  const result = await hub.execute(PublishDisclosureDocument, { input: { id: d.id, version: d.version, publishedOn } });
  const payload = result.data?.publishDisclosure;
  if (payload?.__typename !== 'PublishDisclosureSuccess') throw new Error(JSON.stringify(result));
  return payload.data;
};

describe('the 7-working-day deadline', () => {
  it('runs over the National Day holiday and the adjusted Saturday', async () => {
    const { disclosure } = await penalty({ decidedOn: '2025-09-30' });
    expect(disclosure).toMatchObject({ status: 'PENDING', dueBy: '2025-10-16', publishedOn: null });
  });

  it('overdueDisclosures lists what is still pending past its deadline and what was published late, not what was on time', async () => {
    const pending = (await penalty({ decidedOn: '2025-09-30' })).disclosure;
    const late = await publishOn((await penalty({ decidedOn: '2025-09-30' })).disclosure, '2025-10-17');
    const onTime = await publishOn((await penalty({ decidedOn: '2025-09-30' })).disclosure, '2025-10-16');
    expect(late.late).toBe(true);
    expect(onTime.late).toBe(false);
    const overdue = (await hub.execute(OverdueDisclosuresDocument, {})).data!.overdueDisclosures.map((d) => d.id);
    expect(overdue).toContain(pending.id);
    expect(overdue).toContain(late.id);
    expect(overdue).not.toContain(onTime.id);
    expect((await hub.executeAs('public', OverdueDisclosuresDocument, {})).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('creates a pending disclosure for every licensing decision', async () => {
    const ids = institutionIdentifiers('320613');
    const holder = await registerInstitution(hub, { uscc: ids.uscc, name: '许可公示医院' });
    await hub.execute(RegisterLicenseDocument, { input: { kind: 'INSTITUTION_PRACTICE', number: ids.licenseNumber, holderId: holder.id, issuingAuthority: '崇川区卫生健康委员会', validFrom: '2026-02-12', validUntil: '2041-02-11' } });
    const [decision] = await disclosuresOf('national', { kinds: ['LICENSE_DECISION'], institutionId: holder.id });
    expect(decision).toMatchObject({ status: 'PENDING', dueBy: '2026-02-28', decidedOn: '2026-02-12' });
    expect(decision!.content).toMatchObject({ number: ids.licenseNumber, holderName: '许可公示医院', licenseKind: '医疗机构执业许可证' });
  });
});

describe('the public view', () => {
  it('shows a disclosure from publication to the last day of its period, not the day after', async () => {
    const disclose = async (publishedOn: string) => {
      const result = await hub.execute(PublishAnnualSelfDisclosureDocument, {
        input: { institutionId: site.id, year: 2025, services: ['内科', '外科'], fees: [{ item: '普通门诊诊查费', priceYuan: '10.00' }], staffCount: 120, qualifications: ['二级甲等'], publishedOn },
      });
      return (result.data?.publishAnnualSelfDisclosure as { data: DisclosureFieldsFragment }).data;
    };
    const lastDayToday = await disclose(addMonths(addDays(today, 1), -12));
    const endedYesterday = await disclose(addMonths(today, -12));
    expect(lastDayToday.publicUntil).toBe(today);
    expect(endedYesterday.publicUntil).toBe(addDays(today, -1));
    const publicIds = (await disclosuresOf('public')).map((d) => d.id);
    expect(publicIds).toContain(lastDayToday.id);
    expect(publicIds).not.toContain(endedYesterday.id);
    const regulatorView = await disclosuresOf('national');
    expect(regulatorView.find((d) => d.id === endedYesterday.id)?.status).toBe('EXPIRED');
  });

  it('never shows pending disclosures, and other regions’ regulators see none of this region’s', async () => {
    const { disclosure } = await penalty({ decidedOn: addDays(today, -1) });
    expect((await disclosuresOf('public')).map((d) => d.id)).not.toContain(disclosure.id);
    expect(await disclosuresOf(zhejiang)).toEqual([]);
  });

  it('a penalty on a practitioner discloses the name, never the ID number', async () => {
    const idNumber = newIdNumber();
    const doctor = await registerPractitioner(hub, { idNumber, name: '王某' });
    const { disclosure } = await penalty({ subjectId: doctor.id, decidedOn: addDays(today, -2) });
    await publishOn(disclosure, addDays(today, -1));
    const published = (await disclosuresOf('public')).find((d) => d.id === disclosure.id)!;
    expect(published.content).toMatchObject({ subjectName: '王某', subjectUscc: null });
    expect(JSON.stringify(published)).not.toContain(idNumber);
  });
});

describe('withdrawal', () => {
  it('credit repair ends publication from its earliest day, not before, and tells the national platform', async () => {
    const decidedOn = addMonths(today, -13);
    const { penalty: p, disclosure } = await penalty({ decidedOn, severity: 'SERIOUS', categories: ['WARNING'] });
    const published = await publishOn(disclosure, addDays(decidedOn, 1));
    expect(published.status).toBe('PUBLISHED');
    const early = await hub.execute(RepairPenaltyCreditDocument, { input: { penaltyId: p.id, repairedOn: addDays(published.earliestRepairOn!, -1), note: '已整改' } });
    expect(early.data?.repairPenaltyCredit).toMatchObject({ issues: [{ field: 'input.repairedOn', code: 'TOO_EARLY_FOR_REPAIR' }] });
    const repaired = await hub.execute(RepairPenaltyCreditDocument, { input: { penaltyId: p.id, repairedOn: published.earliestRepairOn!, note: '信用修复' } });
    expect(repaired.data?.repairPenaltyCredit).toMatchObject({ data: [{ status: 'WITHDRAWN', withdrawalReason: 'CREDIT_REPAIR', withdrawnOn: published.earliestRepairOn }] });
    expect((await disclosuresOf('public')).map((d) => d.id)).not.toContain(disclosure.id);
    const events = await hub.database.pool.query('SELECT kind, reason, occurred_on FROM disclosure_event WHERE disclosure_id = $1 ORDER BY id', [local(disclosure.id)]);
    expect(events.rows.map((e) => [e.kind, e.reason])).toEqual([['PUBLISHED', null], ['WITHDRAWN', 'CREDIT_REPAIR']]);
  });

  it('revoking the decision withdraws it at once; a pending one never appears', async () => {
    const { penalty: published, disclosure } = await penalty({ decidedOn: addDays(today, -20), severity: 'SERIOUS' });
    await publishOn(disclosure, addDays(today, -15));
    await hub.execute(RevokePenaltyDocument, { input: { id: published.id, version: 1, revokedOn: addDays(today, -1), reason: '行政复议撤销' } });
    const after = (await disclosuresOf('national')).find((d) => d.id === disclosure.id)!;
    expect(after).toMatchObject({ status: 'WITHDRAWN', withdrawalReason: 'DECISION_REVOKED' });
    const { penalty: unpublished, disclosure: pending } = await penalty({ decidedOn: addDays(today, -3) });
    await hub.execute(RevokePenaltyDocument, { input: { id: unpublished.id, version: 1, revokedOn: addDays(today, -1), reason: '撤销' } });
    expect((await disclosuresOf('national')).find((d) => d.id === pending.id)?.status).toBe('WITHDRAWN');
    const events = await hub.database.pool.query('SELECT kind FROM disclosure_event WHERE disclosure_id = $1', [local(pending.id)]);
    expect(events.rows).toEqual([]); // nothing was ever published, so nothing to withdraw downstream
    const late = await hub.execute(PublishDisclosureDocument, { input: { id: pending.id, version: 2, publishedOn: today } });
    expect(late.data?.publishDisclosure).toMatchObject({ issues: [{ code: 'NOT_PENDING' }] });
  });

  it('a black-list entry is disclosed for its term and withdrawn when repaired', async () => {
    const added = await hub.execute(AddCreditListEntryDocument, {
      input: { subjectId: site.id, list: 'BLACK', legalBasis: '依据', reason: '严重失信', decidedOn: addMonths(today, -14), expiresOn: addMonths(today, 22), authorityName: '南通市卫生健康委员会' },
    });
    const entry = (added.data?.addCreditListEntry as { data: { id: string } }).data;
    const disclosed = await hub.execute(DiscloseRecordDocument, { input: { kind: 'CREDIT_LIST_ENTRY', recordId: entry.id, publishedOn: addMonths(today, -14) } });
    const disclosure = (disclosed.data?.discloseRecord as { data: DisclosureFieldsFragment }).data;
    expect(disclosure.publicUntil).toBe(addMonths(today, 22));
    expect((await disclosuresOf('public')).map((d) => d.id)).toContain(disclosure.id);
    await hub.execute(RemoveCreditListEntryDocument, { input: { id: entry.id, version: 1, reason: 'REPAIR', removedOn: today, note: '信用修复' } });
    expect((await disclosuresOf('public')).map((d) => d.id)).not.toContain(disclosure.id);
  });
});

describe('other disclosures', () => {
  it('a score publication lasts its working days, counting the day of publication', async () => {
    const disclosed = await hub.execute(DiscloseRecordDocument, { input: { kind: 'SCORE_PUBLICATION', recordId: site.id, publishedOn: '2025-09-29', workingDays: 7 } });
    // 29 and 30 September, then 1–8 October off, 9, 10, 11 (Saturday, worked), 13 and 14 October.
    expect(disclosed.data?.discloseRecord).toMatchObject({ data: { kind: 'SCORE_PUBLICATION', publishedOn: '2025-09-29', publicUntil: '2025-10-14' } });
  });

  it('refuses a record of the wrong type and records outside the jurisdiction', async () => {
    const wrong = await hub.execute(DiscloseRecordDocument, { input: { kind: 'COMMITMENT_LETTER', recordId: site.id, publishedOn: today } });
    expect(wrong.data?.discloseRecord).toMatchObject({ issues: [{ field: 'input.recordId', code: 'INVALID_ID' }] });
    const outside = await hub.executeAs(zhejiang, DiscloseRecordDocument, { input: { kind: 'SCORE_PUBLICATION', recordId: site.id, publishedOn: today } });
    expect(outside.data?.discloseRecord).toMatchObject({ issues: [{ field: 'input.recordId', code: 'NOT_FOUND' }] });
  });
});
