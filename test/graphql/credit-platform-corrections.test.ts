import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql, type Kysely } from 'kysely';
import type { DB } from '../../src/db/schema.generated.js';
import { RegisterLicenseDocument, UpdateInstitutionDocument, UpdatePractitionerDocument } from '../generated/graphql.js';
import { AUTHORITY_USCC, decidePenalty, institutionWithLicense, localId, startCreditPlatformSetup, type CreditPlatformSetup } from '../support/credit-platform.js';
import { institutionIdentifiers, registerInstitution, registerPractitioner } from '../support/fixtures.js';

let setup: CreditPlatformSetup;
let db: Kysely<DB>;
beforeAll(async () => {
  setup = await startCreditPlatformSetup();
  db = setup.hub.database.db;
});
afterAll(() => setup.close());

const stateOf = async (id: string) => (await setup.outbox()).find((r) => r.record_id === id)!;
const submissionsOf = (id: string) => setup.emulator.submissions.filter((s) => s.operation === 'records' && s.ids.includes(id));

/** Delivery jobs waiting on the job engine. */
async function deliveryJobs(on: Kysely<DB> = db) {
  const { rows } = await sql<{ n: number }>`SELECT count(*)::int AS n FROM graphile_worker.jobs WHERE task_identifier = 'plugin-deliver'`.execute(on);
  return rows[0]!.n;
}
/** Takes the pending delivery job off the queue, so that a test sees whether an edit queues one. */
const dropDeliveryJob = () => sql`SELECT graphile_worker.remove_job('plugin-deliver:credit-record')`.execute(db);

describe('corrected data re-queues held and rejected credit-platform records by itself', () => {
  it('sends records held for a missing 法定代表人 once the institution is corrected through the graph, with no retry', async () => {
    const { institution, license } = await institutionWithLicense(setup.hub, { legalRepresentative: null });
    const decided = await decidePenalty(setup.hub, institution.id);
    const ids = [`XK-${localId(license.id)}`, `CF-${localId(decided.id)}`];
    await setup.deliver();
    for (const id of ids) expect(await stateOf(id)).toMatchObject({ status: 'HELD', pending: false, held_reason: expect.stringContaining('法定代表人') });
    await dropDeliveryJob();

    const edited = await setup.hub.execute(UpdateInstitutionDocument, { input: { id: institution.id, version: institution.version, legalRepresentative: '李四' } });
    expect(edited.data!.updateInstitution.__typename).toBe('UpdateInstitutionSuccess');
    for (const id of ids) expect(await stateOf(id)).toMatchObject({ status: 'HELD', pending: true });
    expect(await deliveryJobs()).toBe(1);

    expect(await setup.deliver()).toMatchObject({ status: 'SUCCEEDED', counts: { written: 2 } });
    expect(setup.emulator.record('xzxk', ids[0]!)).toMatchObject({ content: { XK_FRDB: '李四' } });
    expect(setup.emulator.record('xzcf', ids[1]!)).toMatchObject({ content: { CF_FRDB: '李四' } });
    for (const id of ids) expect(await stateOf(id)).toMatchObject({ status: 'ACCEPTED', pending: false, held_reason: null });
  });

  it('re-queues in the transaction of any writer, not only the graph’s: a rolled-back correction re-queues nothing, an unrelated edit neither', async () => {
    const { institution, license } = await institutionWithLicense(setup.hub, { legalRepresentative: null });
    const id = `XK-${localId(license.id)}`;
    const row = localId(institution.id);
    await setup.deliver();
    await dropDeliveryJob();

    // A writer outside the graph (a plugin's ingest, a job, a SQL prompt) whose transaction fails.
    const rolledBack = db.transaction().execute(async (trx) => {
      await sql`UPDATE institution SET legal_representative = '王五' WHERE id = ${row}::bigint`.execute(trx);
      const seen = (await sql<{ pending: boolean }>`SELECT pending FROM credit_delivery WHERE record_id = ${id}`.execute(trx)).rows[0]!;
      expect(seen.pending).toBe(true);
      expect(await deliveryJobs(trx)).toBe(1);
      throw new Error('the writer failed');
    });
    await expect(rolledBack).rejects.toThrow('the writer failed');
    expect(await stateOf(id)).toMatchObject({ status: 'HELD', pending: false });
    expect(await deliveryJobs()).toBe(0);

    // Nothing the record is made of: not re-queued.
    await sql`UPDATE institution SET address = '崇川区青年中路1号', bed_count = 300 WHERE id = ${row}::bigint`.execute(db);
    expect(await stateOf(id)).toMatchObject({ pending: false });
    expect(await deliveryJobs()).toBe(0);

    await sql`UPDATE institution SET legal_representative = '王五' WHERE id = ${row}::bigint`.execute(db);
    expect(await stateOf(id)).toMatchObject({ pending: true });
    expect(await deliveryJobs()).toBe(1);
    await setup.deliver();
    expect(setup.emulator.record('xzxk', id)).toMatchObject({ content: { XK_FRDB: '王五' } });
  });

  it('sends a rejected record once per correction and never unchanged: rejected again, it waits for the next correction', async () => {
    const identifiers = institutionIdentifiers();
    const institution = await registerInstitution(setup.hub, { uscc: identifiers.uscc, name: '错误名称医院', legalRepresentative: '赵六' });
    const license = await setup.hub.execute(RegisterLicenseDocument, {
      input: { kind: 'INSTITUTION_PRACTICE', number: identifiers.licenseNumber, holderId: institution.id, issuingAuthority: '南通市崇川区卫生健康委员会', issuingAuthorityUscc: AUTHORITY_USCC, validFrom: '2024-01-10' },
    });
    expect(license.data!.registerLicense.__typename).toBe('RegisterLicenseSuccess');
    const id = `XK-${localId((license.data!.registerLicense as { data: { id: string } }).data.id)}`;
    // The platform refuses this holder's name as long as it contains 错误.
    setup.emulator.rejectIds((item) => String(item.XK_XDR_MC ?? '').includes('错误') && { field: 'XK_XDR_MC', message: '名称与登记信息不一致' });
    try {
      await setup.deliver();
      expect(await stateOf(id)).toMatchObject({ status: 'REJECTED', pending: false, rejection_errors: [{ field: 'XK_XDR_MC' }] });
      let version = institution.version;
      const rename = async (name: string) => {
        const result = await setup.hub.execute(UpdateInstitutionDocument, { input: { id: institution.id, version, name } });
        version = (result.data!.updateInstitution as { data: { version: number } }).data.version;
      };

      // A correction the platform refuses too: sent once, rejected, and then left alone.
      await rename('错误名称医院（新）');
      expect(await stateOf(id)).toMatchObject({ status: 'REJECTED', pending: true });
      await setup.deliver();
      expect(await stateOf(id)).toMatchObject({ status: 'REJECTED', pending: false });
      await setup.deliver();
      await setup.deliver();
      expect(submissionsOf(id)).toHaveLength(2);

      // An edit that leaves the record as it is sends nothing.
      const touched = await setup.hub.execute(UpdateInstitutionDocument, { input: { id: institution.id, version, bedCount: 99 } });
      version = (touched.data!.updateInstitution as { data: { version: number } }).data.version;
      await setup.deliver();
      expect(submissionsOf(id)).toHaveLength(2);

      await rename('崇川区正确名称医院');
      await setup.deliver();
      expect(await stateOf(id)).toMatchObject({ status: 'ACCEPTED', pending: false, rejection_errors: null });
      expect(setup.emulator.record('xzxk', id)).toMatchObject({ content: { XK_XDR_MC: '崇川区正确名称医院' } });
      expect(submissionsOf(id)).toHaveLength(3);
    } finally {
      setup.emulator.rejectIds([]);
    }
  });

  it('brings a delivered record up to date when its subject is corrected: a practitioner renamed reaches the platform as UPDATED', async () => {
    const practitioner = await registerPractitioner(setup.hub, { name: '钱七' });
    const decided = await decidePenalty(setup.hub, practitioner.id, { categories: ['WARNING'], content: '警告', fineYuan: null });
    const id = `CF-${localId(decided.id)}`;
    await setup.deliver();
    expect(setup.emulator.record('xzcf', id)).toMatchObject({ version: 1, content: { CF_XDR_MC: '钱七' } });
    const renamed = await setup.hub.execute(UpdatePractitionerDocument, { input: { id: practitioner.id, version: practitioner.version, name: '钱柒' } });
    expect(renamed.data!.updatePractitioner.__typename).toBe('UpdatePractitionerSuccess');
    await setup.deliver();
    expect(setup.emulator.record('xzcf', id)).toMatchObject({ version: 2, content: { CF_XDR_MC: '钱柒' } });
    expect(await stateOf(id)).toMatchObject({ status: 'UPDATED', pending: false });
  });
});
