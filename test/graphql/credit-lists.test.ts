import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, addMonths } from '../../src/domain/scoring/dates.js';
import { todayInChina } from '../../src/domain/today.js';
import {
  AddCreditListEntryDocument,
  InstitutionCreditDocument,
  RecordSelfInspectionDocument,
  RemoveCreditListEntryDocument,
  type AddCreditListEntryInput,
} from '../generated/graphql.js';
import { recordPenalty, registerInstitution } from '../support/fixtures.js';
import { startTestHub, type TestHub } from '../support/hub.js';

let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub();
});
afterAll(() => hub.close());

const today = todayInChina();

const list = (subjectId: string, over: Partial<AddCreditListEntryInput>) =>
  hub.execute(AddCreditListEntryDocument, {
    input: { subjectId, list: 'BLACK', legalBasis: '《医疗机构管理条例》', reason: '严重违法', decidedOn: addDays(today, -10), expiresOn: addMonths(today, 24), authorityName: '南通市卫生健康委员会', ...over },
  });

const creditOf = async (id: string) => {
  const result = await hub.execute(InstitutionCreditDocument, { id });
  expect(result.errors).toBeUndefined();
  return result.data!.node as { credit: { score: number; grade: string; deductions: { kind: string }[] }; creditListEntries: { id: string; list: string; status: string; earliestRepairOn: string; removalNote: string | null }[] };
};

/** An institution at grade A: a recent self-inspection and nothing against it. */
async function goodInstitution(name: string) {
  const site = await registerInstitution(hub, { name });
  await hub.execute(RecordSelfInspectionDocument, { input: { institutionId: site.id, kind: 'COMPREHENSIVE', inspectedOn: addDays(today, -30), findings: '未发现问题', problemsFound: 0, problemsRectified: 0 } });
  return site;
}

describe('the black list sets the grade', () => {
  it('a black-list entry in force puts the subject at D whatever its score, and its removal gives the grade back', async () => {
    const site = await goodInstitution('黑名单评级医院');
    const added = await list(site.id, {});
    if (added.data?.addCreditListEntry.__typename !== 'AddCreditListEntrySuccess') throw new Error(JSON.stringify(added));
    const listed = await creditOf(site.id);
    expect(listed.credit).toMatchObject({ score: 100, grade: 'D' });
    expect(listed.credit.deductions.map((d) => d.kind)).toContain('BLACK_LIST');
    const entry = added.data.addCreditListEntry.data;
    await hub.execute(RemoveCreditListEntryDocument, { input: { id: entry.id, version: entry.version, reason: 'REVOCATION', removedOn: today, note: '复议撤销' } });
    expect((await creditOf(site.id)).credit).toMatchObject({ score: 100, grade: 'A' });
  });
});

describe('the red list needs what the scheme names', () => {
  it('refuses a red-list entry for a subject below grade A, penalised in the period, or black-listed', async () => {
    const penalised = await goodInstitution('受罚医院');
    await recordPenalty(hub, penalised.id, addMonths(today, -6), 'MINOR');
    const refused = await list(penalised.id, { list: 'RED', expiresOn: null });
    expect(refused.data?.addCreditListEntry).toMatchObject({ issues: [{ field: 'input.decidedOn', code: 'PENALISED_IN_PERIOD' }] });

    const low = await registerInstitution(hub, { name: '低评级医院' });
    for (const decidedOn of [addMonths(today, -2), addMonths(today, -3), addMonths(today, -4)]) await recordPenalty(hub, low.id, decidedOn, 'SERIOUS');
    const lowGrade = await list(low.id, { list: 'RED', expiresOn: null, decidedOn: addMonths(today, -1) });
    expect((lowGrade.data?.addCreditListEntry as { issues: { code: string }[] }).issues.map((i) => i.code).sort()).toEqual(['GRADE_NOT_MET', 'PENALISED_IN_PERIOD']);

    const black = await goodInstitution('已列黑名单医院');
    await list(black.id, {});
    expect((await list(black.id, { list: 'RED', expiresOn: null })).data?.addCreditListEntry).toMatchObject({
      issues: expect.arrayContaining([expect.objectContaining({ field: 'input.list', code: 'BLACK_LISTED' })]),
    });
  });

  it('accepts a grade-A subject with no penalty, and a later black-list entry ends its red listing', async () => {
    const site = await goodInstitution('守信医院');
    const red = await list(site.id, { list: 'RED', expiresOn: null, decidedOn: addDays(today, -20) });
    expect(red.data?.addCreditListEntry.__typename).toBe('AddCreditListEntrySuccess');
    await list(site.id, {});
    const entries = (await creditOf(site.id)).creditListEntries;
    expect(entries.find((e) => e.list === 'RED')).toMatchObject({ status: 'REVOKED', removalNote: '列入严重失信主体名单, 红名单同时撤销' });
    expect(entries.find((e) => e.list === 'BLACK')).toMatchObject({ status: 'ACTIVE' });
  });
});

describe('credit repair at its edges', () => {
  it('the earliest repair day never falls after the entry’s own end', async () => {
    const site = await goodInstitution('短期黑名单医院');
    const decidedOn = addDays(today, -10);
    const short = await list(site.id, { decidedOn, expiresOn: addMonths(decidedOn, 6) });
    expect(short.data?.addCreditListEntry).toMatchObject({ data: { earliestRepairOn: addMonths(decidedOn, 6) } });
    const long = await list(site.id, { decidedOn, expiresOn: addMonths(decidedOn, 36) });
    expect(long.data?.addCreditListEntry).toMatchObject({ data: { earliestRepairOn: addMonths(decidedOn, 12) } });
  });

  it('a long entry is repaired from its earliest day, not the day before', async () => {
    const site = await goodInstitution('信用修复医院');
    const decidedOn = addMonths(today, -12);
    const added = await list(site.id, { decidedOn, expiresOn: addMonths(decidedOn, 36) });
    const entry = (added.data?.addCreditListEntry as { data: { id: string; version: number; earliestRepairOn: string } }).data;
    expect(entry.earliestRepairOn).toBe(today);
    const early = await hub.execute(RemoveCreditListEntryDocument, { input: { id: entry.id, version: entry.version, reason: 'REPAIR', removedOn: addDays(today, -1), note: '修复' } });
    expect(early.data?.removeCreditListEntry).toMatchObject({ issues: [{ field: 'input.removedOn', code: 'TOO_EARLY_FOR_REPAIR' }] });
    const repaired = await hub.execute(RemoveCreditListEntryDocument, { input: { id: entry.id, version: entry.version, reason: 'REPAIR', removedOn: today, note: '修复' } });
    expect(repaired.data?.removeCreditListEntry).toMatchObject({ data: { status: 'REPAIRED' } });
  });
});
