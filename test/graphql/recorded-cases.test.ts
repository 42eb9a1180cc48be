import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { birthDateOf } from '../../src/domain/identifiers/id-number.js';
import { newIdNumber, registerPractitioner } from '../support/fixtures.js';
import { startTestHub, type TestHub } from '../support/hub.js';
import {
  CaseSeriousnessDocument,
  ReceiveComplaintDocument,
  RecordUnlicensedPracticeCaseDocument,
  UpdateUnlicensedPracticeCaseDocument,
  type RecordUnlicensedPracticeCaseInput,
} from '../generated/graphql.js';

let hub: TestHub;
let nantong: { token: string };

beforeAll(async () => {
  hub = await startTestHub();
  nantong = { token: await hub.token({ sub: 'nantong', role: 'regulator', jurisdictions: ['320613'] }) };
});
afterAll(() => hub.close());

let n = 0;
const input = (overrides: Partial<RecordUnlicensedPracticeCaseInput> = {}): RecordUnlicensedPracticeCaseInput => ({
  caseNumber: `崇卫非〔2024〕${++n}号`,
  personName: '陈某',
  sex: 'MALE',
  documentType: 'RESIDENT_ID',
  documentNumber: newIdNumber('320613'),
  regionCode: '320613',
  kind: 'UNLICENSED_PRACTICE',
  openedOn: '2024-03-01',
  decidedOn: '2024-04-01',
  decisionNumber: `崇卫医罚〔2024〕${n}号`,
  fineYuan: '30000.00',
  transferredToPolice: false,
  status: 'CLOSED',
  ...overrides,
});

async function record(overrides: Partial<RecordUnlicensedPracticeCaseInput> = {}) {
  const result = await hub.executeAs(nantong, RecordUnlicensedPracticeCaseDocument, { input: input(overrides) });
  expect(result.errors).toBeUndefined();
  return result.data!.recordUnlicensedPracticeCase;
}
async function recorded(overrides: Partial<RecordUnlicensedPracticeCaseInput> = {}) {
  const payload = await record(overrides);
  if (payload.__typename !== 'RecordUnlicensedPracticeCaseSuccess') throw new Error(JSON.stringify(payload));
  return payload.data;
}
const caseCount = async () => Number((await hub.database.db.selectFrom('unlicensed_practice_case').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);

describe('cases recorded by regulators', () => {
  it('stores the number as 18 characters however it was typed, and matches the case in the same transaction', async () => {
    const number = newIdNumber('320613');
    await registerPractitioner(hub, { name: '陈某', idNumber: number, regionCode: '320613' });
    const fifteenFullWidth = (number.slice(0, 6) + ' ' + number.slice(8, 17)).replace(/\d/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
    const data = await recorded({ documentNumber: fifteenFullWidth });
    expect(data).toMatchObject({ source: 'hub', recordedBy: 'nantong', documentNumberMasked: false, version: 1 });
    expect(data.registryMatches.map((m) => [m.kind, m.strength])).toEqual([['PRACTITIONER', 'STRONG']]);
    const stored = await hub.database.db.selectFrom('unlicensed_practice_case').select(['document_number', 'plugin']).where('case_number', '=', `崇卫非〔2024〕${n}号`).executeTakeFirstOrThrow();
    expect(stored).toEqual({ document_number: number, plugin: 'hub' });
  });

  it('rejects a bad number, dates out of order, a bad amount and a region outside the jurisdiction, changing nothing', async () => {
    const before = await caseCount();
    const good = newIdNumber('320613');
    const badCheck = good.slice(0, 17) + (good[17] === '0' ? '1' : '0');
    const payload = await record({ documentNumber: badCheck, decidedOn: '2024-02-01', fineYuan: '12.345' });
    if (payload.__typename !== 'InvalidInputError') throw new Error(JSON.stringify(payload));
    expect(payload.issues.map((i) => [i.field, i.code]).sort()).toEqual([
      ['input.decidedOn', 'DATES_OUT_OF_ORDER'],
      ['input.documentNumber', 'CHECK_CHARACTER'],
      ['input.fineYuan', 'FORMAT'],
    ]);
    const elsewhere = await record({ regionCode: '330102' });
    expect(elsewhere).toMatchObject({ __typename: 'InvalidInputError', issues: [{ field: 'input.regionCode', code: 'OUT_OF_JURISDICTION' }] });
    const duplicate = input();
    await recorded(duplicate);
    const again = await hub.executeAs(nantong, RecordUnlicensedPracticeCaseDocument, { input: { ...duplicate, documentNumber: newIdNumber('320613') } });
    expect(again.data!.recordUnlicensedPracticeCase).toMatchObject({ __typename: 'InvalidInputError', issues: [{ field: 'input.caseNumber', code: 'ALREADY_EXISTS' }] });
    expect(await caseCount()).toBe(before + 1);
  });

  it('links the case to the complaint it came from', async () => {
    const complaint = await hub.executeAs(nantong, ReceiveComplaintDocument, {
      input: { channel: 'HOTLINE_12320', receivedOn: '2024-02-20', regionCode: '320613', category: '非法行医', summary: '某小区内有人无证开诊所' },
    });
    const received = complaint.data!.receiveComplaint;
    if (received.__typename !== 'ReceiveComplaintSuccess') throw new Error(JSON.stringify(complaint));
    const data = await recorded({ complaintId: received.data.id });
    expect(data.complaint?.id).toBe(received.data.id);
  });

  it('matches weakly by name and birth date when no number is known', async () => {
    const number = newIdNumber('320613');
    await registerPractitioner(hub, { name: '孙丽', idNumber: number, regionCode: '320613' });
    const data = await recorded({ personName: '孙丽', documentType: null, documentNumber: null, birthDate: birthDateOf(number) });
    expect(data.registryMatches.map((m) => [m.kind, m.strength])).toEqual([['PRACTITIONER', 'WEAK']]);
    const otherBirthday = await recorded({ personName: '孙丽', documentType: null, documentNumber: null, birthDate: '1950-01-01' });
    expect(otherBirthday.registryMatches).toEqual([]);
  });

  it('flags the third case of a person at once, and clears the flag when the regulator revokes an earlier one', async () => {
    const number = newIdNumber('320613');
    const first = await recorded({ documentNumber: number, openedOn: '2021-05-01', decidedOn: '2021-06-01' });
    await recorded({ documentNumber: number, openedOn: '2022-05-01', decidedOn: '2022-06-01' });
    const third = await recorded({ documentNumber: number, openedOn: '2024-05-01', decidedOn: null, decisionNumber: null, fineYuan: null, status: 'OPEN' });
    expect(third.seriousCircumstances).toBe(true);

    const revoke = await hub.executeAs(nantong, UpdateUnlicensedPracticeCaseDocument, {
      input: { ...input({ documentNumber: number, openedOn: '2021-05-01', decidedOn: '2021-06-01', status: 'REVOKED' }), caseNumber: first.caseNumber, id: first.id, version: first.version },
    });
    expect(revoke.data!.updateUnlicensedPracticeCase).toMatchObject({ __typename: 'UpdateUnlicensedPracticeCaseSuccess', data: { status: 'REVOKED', version: 2 } });
    const cases = await hub.executeAs(nantong, CaseSeriousnessDocument, { filter: {} });
    const thirdNow = cases.data!.unlicensedPracticeCases.edges.find((e) => e.node.id === third.id)!.node;
    expect(thirdNow.seriousCircumstances).toBe(false);

    const stale = await hub.executeAs(nantong, UpdateUnlicensedPracticeCaseDocument, {
      input: { ...input({ documentNumber: number }), caseNumber: first.caseNumber, id: first.id, version: first.version },
    });
    expect(stale.data!.updateUnlicensedPracticeCase).toMatchObject({ __typename: 'VersionConflictError', currentVersion: 2 });
  });
});
