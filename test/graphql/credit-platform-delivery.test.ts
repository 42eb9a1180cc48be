import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import {
  RecordPenaltyDocument,
  RegisterLicenseDocument,
  RevokePenaltyDocument,
  UpdateInstitutionDocument,
  UpdateLicenseDocument,
} from '../generated/graphql.js';
import { enqueueCreditDelivery } from '../../src/plugin-runtime/outbox/enqueue.js';
import { AUTHORITY_USCC, decidePenalty, institutionWithLicense, localId, SOURCE_UNIT, startCreditPlatformSetup, type CreditPlatformSetup } from '../support/credit-platform.js';
import { registerPractitioner } from '../support/fixtures.js';

let setup: CreditPlatformSetup;
let next = 1;
const local = localId;
const penalty = (subjectId: string, input: Record<string, unknown> = {}) => decidePenalty(setup.hub, subjectId, input);

beforeAll(async () => {
  setup = await startCreditPlatformSetup();
});
afterAll(() => setup.close());

const submissionsOf = (id: string) => setup.emulator.submissions.filter((s) => s.ids.includes(id));

describe('credit-platform sink: decisions reach the platform exactly once', () => {
  it('delivers every license and penalty decided through the graph, with every field, once', async () => {
    const { institution, license } = await institutionWithLicense(setup.hub);
    const practitioner = await registerPractitioner(setup.hub);
    const certificate = await setup.hub.execute(RegisterLicenseDocument, {
      input: { kind: 'PHYSICIAN_PRACTICE', number: String(110_000_000_900_000 + next++), holderId: practitioner.id, issuingAuthority: '南通市卫生健康委员会', issuingAuthorityUscc: AUTHORITY_USCC, validFrom: '2023-06-01' },
    });
    const certificateId = (certificate.data!.registerLicense as { data: { id: string } }).data.id;
    const fined = await penalty(institution.id);
    const warned = await penalty(practitioner.id, { categories: ['WARNING'], content: '警告', fineYuan: null });

    const outcome = await setup.deliver();
    expect(outcome).toMatchObject({ status: 'SUCCEEDED' });

    const xk = setup.emulator.record('xzxk', `XK-${local(license.id)}`)!;
    expect(xk.content).toMatchObject({
      XK_XDR_MC: institution.name, XK_XDR_LB: '法人及非法人组织', XK_FRDB: '张三', XK_XKJGDM: AUTHORITY_USCC, XK_ZT: '1',
      XK_JDRQ: '2024-01-10', XK_YXQZ: '2024-01-10', XK_YXQZI: '2029-01-09', XK_LYDW: SOURCE_UNIT.sourceUnitName, XK_LYDWDM: SOURCE_UNIT.sourceUnitUscc,
      // On the national platform the record is this data-source unit's, under its code.
      ID: `${SOURCE_UNIT.sourceUnitUscc}-XK-${local(license.id)}`,
    });
    const person = setup.emulator.record('xzxk', `XK-${local(certificateId)}`)!;
    expect(person.content).toMatchObject({ XK_XDR_LB: '自然人', XK_XDR_ZJLX: '身份证', XK_YXQZI: '2099-12-31' });
    expect(person.content.XK_XDR_SHXYM).toBeUndefined();
    const cf = setup.emulator.record('xzcf', `CF-${local(fined.id)}`)!;
    // 2,000 yuan is 0.2 万元; a general penalty of 2024 is public for a year from the decision date.
    expect(cf.content).toMatchObject({ CF_CFLB: '警告;罚款', CF_NR_FK: '0.2', CF_JDRQ: '2024-05-20', CF_GSJZQ: '2025-05-19', CF_SJLYDM: SOURCE_UNIT.sourceUnitUscc });
    expect(setup.emulator.record('xzcf', `CF-${local(warned.id)}`)!.content).toMatchObject({ CF_XDR_LB: '自然人' });
    // ID numbers only in *_ZJHM; each record stored once, and nothing answered DUPLICATE.
    expect(setup.emulator.personalDataFindings).toEqual([]);
    const results = setup.emulator.submissions.flatMap((s) => s.results);
    expect(results.filter((r) => r.status !== 'ACCEPTED')).toEqual([]);
    expect(new Set(results.map((r) => r.ID)).size).toBe(results.length);
    expect((await setup.outbox()).every((r) => r.status === 'ACCEPTED' && !r.pending)).toBe(true);

    const again = await setup.deliver();
    expect(again).toMatchObject({ status: 'SUCCEEDED', counts: { written: 0 } });
    expect(setup.emulator.submissions.flatMap((s) => s.results)).toHaveLength(results.length);
  });

  it('sends only the latest content of a record edited before delivery, and the new version of one edited after', async () => {
    const { license } = await institutionWithLicense(setup.hub);
    const id = `XK-${local(license.id)}`;
    const edited = await setup.hub.execute(UpdateLicenseDocument, { input: { id: license.id, version: license.version, validUntil: '2030-01-09' } });
    const version = (edited.data!.updateLicense as { data: { version: number } }).data.version;
    await setup.deliver();
    expect(submissionsOf(id)).toHaveLength(1);
    expect(setup.emulator.record('xzxk', id)).toMatchObject({ version: 1, content: { XK_YXQZI: '2030-01-09' } });

    await setup.hub.execute(UpdateLicenseDocument, { input: { id: license.id, version, status: 'SUSPENDED' } });
    await setup.deliver();
    expect(submissionsOf(id).map((s) => s.results[s.ids.indexOf(id)]!.status)).toEqual(['ACCEPTED', 'UPDATED']);
    expect(setup.emulator.record('xzxk', id)).toMatchObject({ version: 2, content: { XK_ZT: '2' } });
    expect((await setup.outbox()).find((r) => r.record_id === id)).toMatchObject({ status: 'UPDATED', pending: false });
  });

  it('withdraws a revoked decision after its record, never before, even when both wait for one delivery', async () => {
    const { institution } = await institutionWithLicense(setup.hub);
    const decided = await penalty(institution.id);
    const id = `CF-${local(decided.id)}`;
    const revoked = await setup.hub.execute(RevokePenaltyDocument, { input: { id: decided.id, version: decided.version, revokedOn: '2024-06-01', reason: '行政复议撤销' } });
    expect(revoked.data!.revokePenalty.__typename).toBe('RevokePenaltySuccess');
    await setup.deliver();
    expect(submissionsOf(id).map((s) => s.operation)).toEqual(['records', 'withdrawals']);
    expect(setup.emulator.record('xzcf', id)).toMatchObject({ state: 'WITHDRAWN', withdrawal: { reason: '决定撤销', date: '2024-06-01' } });
    expect((await setup.outbox()).find((r) => r.record_id === id)).toMatchObject({ status: 'WITHDRAWN', pending: false });
    await setup.deliver();
    expect(submissionsOf(id)).toHaveLength(2);
  });

  it('holds a record that cannot be mapped, with the reason, and sends it once the data is corrected and it is retried', async () => {
    const { institution, license } = await institutionWithLicense(setup.hub, { legalRepresentative: null });
    const id = `XK-${local(license.id)}`;
    await setup.deliver();
    expect(setup.emulator.record('xzxk', id)).toBeUndefined();
    expect((await setup.outbox()).find((r) => r.record_id === id)).toMatchObject({ status: 'HELD', pending: false, held_reason: expect.stringContaining('法定代表人') });
    await setup.hub.execute(UpdateInstitutionDocument, { input: { id: institution.id, version: institution.version, legalRepresentative: '李四' } });
    await setup.hub.database.db.transaction().execute((trx) => enqueueCreditDelivery(trx, { licenseIds: [local(license.id)], retry: true }));
    await setup.deliver();
    expect(setup.emulator.record('xzxk', id)).toMatchObject({ content: { XK_FRDB: '李四' } });
  });

  it('never sends a decision whose transaction rolled back', async () => {
    const { institution } = await institutionWithLicense(setup.hub);
    const first = await penalty(institution.id);
    const before = (await setup.outbox()).length;
    // The same decision number again: the write is refused and nothing of it is queued.
    const refused = await setup.hub.execute(RecordPenaltyDocument, {
      input: { decisionNumber: first.decisionNumber, subjectId: institution.id, violationType: 'x', facts: 'x', legalBasis: 'x', categories: ['WARNING'], content: '警告', decidedOn: '2024-05-20', authorityName: 'x', authorityUscc: '12110000400686291H', severity: 'GENERAL' },
    });
    expect(refused.data!.recordPenalty.__typename).not.toBe('RecordPenaltySuccess');
    expect(await setup.outbox()).toHaveLength(before);
    const { rows } = await sql<{ n: number }>`SELECT count(*)::int AS n FROM penalty WHERE decision_number = ${first.decisionNumber}`.execute(setup.hub.database.db);
    expect(rows[0]!.n).toBe(1);
  });
});
