import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  PractitionerByCertificateNumberDocument,
  PractitionersDocument,
  RegisterLicenseDocument,
  RegisterPracticeRegistrationDocument,
  RegisterPractitionerDocument,
  UpdatePractitionerDocument,
  type PractitionerFilter,
} from '../generated/graphql.js';
import { newIdNumber, registerInstitution, registerPractitioner } from '../support/fixtures.js';
import { startTestHub, type TestHub } from '../support/hub.js';

let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub();
});
afterAll(() => hub.close());

const countPractitioners = async () => Number((await hub.database.pool.query('SELECT count(*) FROM practitioner')).rows[0].count);

describe('registerPractitioner', () => {
  it('registers with a valid ID number (lower-case x accepted) and never echoes it back', async () => {
    const result = await hub.execute(RegisterPractitionerDocument, {
      input: { name: '李娜', idNumber: '11010519491231002x', profession: 'NURSE', phone: '010-12345678', regionCode: '110105' },
    });
    expect(result.data?.registerPractitioner).toMatchObject({ __typename: 'RegisterPractitionerSuccess', data: { name: '李娜', profession: 'NURSE', status: 'ACTIVE', version: 1 } });
    expect(JSON.stringify(result)).not.toContain('11010519491231002');
    const stored = await hub.database.pool.query(`SELECT id_number FROM practitioner WHERE name = '李娜'`);
    expect(stored.rows[0].id_number).toBe('11010519491231002X');
  });

  it('rejects a bad ID number and a bad phone, naming both fields, and writes nothing', async () => {
    const before = await countPractitioners();
    const result = await hub.execute(RegisterPractitionerDocument, {
      input: { name: '王强', idNumber: '110105194912310021', profession: 'PHYSICIAN', phone: '12345', regionCode: '110105' },
    });
    const payload = result.data?.registerPractitioner;
    if (payload?.__typename !== 'InvalidInputError') throw new Error(JSON.stringify(result));
    expect(payload.issues.map((i) => `${i.field}:${i.code}`).sort()).toEqual(['input.idNumber:CHECK_CHARACTER', 'input.phone:FORMAT']);
    expect(await countPractitioners()).toBe(before);
  });

  it('reports a bad phone, a region that does not exist and a taken ID number together', async () => {
    const idNumber = newIdNumber();
    await registerPractitioner(hub, { idNumber });
    const result = await hub.execute(RegisterPractitionerDocument, { input: { name: '王强', idNumber, profession: 'NURSE', phone: '12345', regionCode: '329999' } });
    const payload = result.data?.registerPractitioner;
    if (payload?.__typename !== 'InvalidInputError') throw new Error(JSON.stringify(result));
    expect(payload.issues.map((i) => `${i.field}:${i.code}`).sort()).toEqual(['input.idNumber:ALREADY_EXISTS', 'input.phone:FORMAT', 'input.regionCode:NOT_FOUND']);
  });

  it('rejects a duplicate ID number without revealing it', async () => {
    const idNumber = newIdNumber();
    await registerPractitioner(hub, { idNumber });
    const result = await hub.execute(RegisterPractitionerDocument, { input: { name: '重复', idNumber, profession: 'NURSE', regionCode: '320613' } });
    const payload = result.data?.registerPractitioner;
    if (payload?.__typename !== 'InvalidInputError') throw new Error(JSON.stringify(result));
    expect(payload.issues).toEqual([expect.objectContaining({ field: 'input.idNumber', code: 'ALREADY_EXISTS' })]);
    expect(payload.issues[0]!.message).not.toContain(idNumber);
  });

  it('updates with the current version and refuses a stale one', async () => {
    const created = await registerPractitioner(hub);
    const updated = await hub.execute(UpdatePractitionerDocument, { input: { id: created.id, version: 1, status: 'SUSPENDED' } });
    expect(updated.data?.updatePractitioner).toMatchObject({ __typename: 'UpdatePractitionerSuccess', data: { status: 'SUSPENDED', version: 2 } });
    const stale = await hub.execute(UpdatePractitionerDocument, { input: { id: created.id, version: 1, name: '旧' } });
    expect(stale.data?.updatePractitioner).toEqual({ __typename: 'VersionConflictError', expectedVersion: 1, currentVersion: 2 });
  });
});

describe('practitioner lists and look-ups', () => {
  const people: Record<string, string> = {};

  beforeAll(async () => {
    const nantong = await registerInstitution(hub, { name: '南通市口腔医院', regionCode: '320613', category: 'SPECIALTY_HOSPITAL' });
    const hangzhou = await registerInstitution(hub, { name: '杭州市中医院', regionCode: '330106', category: 'TCM_HOSPITAL' });
    const plan = [
      { key: 'dentist', name: '赵口腔', profession: 'PHYSICIAN', site: nantong.id, category: 'DENTAL' },
      { key: 'tcm', name: '钱中医', profession: 'PHYSICIAN', site: hangzhou.id, category: 'TCM' },
      { key: 'nurse', name: '孙护士', profession: 'NURSE', site: nantong.id, category: null },
      { key: 'pharmacist', name: '周药师', profession: 'PHARMACIST', site: null, category: null },
    ] as const;
    for (const p of plan) {
      const created = await registerPractitioner(hub, { name: p.name, profession: p.profession });
      people[p.key] = created.id;
      if (p.site) {
        const registration = await hub.execute(RegisterPracticeRegistrationDocument, {
          input: { practitionerId: created.id, institutionId: p.site, siteKind: 'PRIMARY', practiceCategory: p.category, validFrom: '2020-01-01' },
        });
        expect(registration.data?.registerPracticeRegistration.__typename).toBe('RegisterPracticeRegistrationSuccess');
      }
    }
    // The TCM physician also practises at the Nantong hospital (多点执业).
    await hub.execute(RegisterPracticeRegistrationDocument, {
      input: { practitionerId: people.tcm!, institutionId: nantong.id, siteKind: 'ADDITIONAL', practiceCategory: 'TCM', validFrom: '2021-06-01' },
    });
    const license = await hub.execute(RegisterLicenseDocument, {
      input: { kind: 'PHYSICIAN_PRACTICE', number: '110320000012345', holderId: people.dentist!, issuingAuthority: '南通市卫生健康委员会', validFrom: '2020-01-01' },
    });
    expect(license.data?.registerLicense.__typename).toBe('RegisterLicenseSuccess');
  });

  async function keys(filter: PractitionerFilter) {
    const result = await hub.execute(PractitionersDocument, { filter, first: 100 });
    expect(result.errors).toBeUndefined();
    const byId = Object.fromEntries(Object.entries(people).map(([k, v]) => [v, k]));
    return result.data!.practitioners.edges.map((e) => byId[e.node.id]).filter(Boolean).sort();
  }

  it('filters by the region of any active practice site, sub-regions included', async () => {
    expect(await keys({ regionCode: '320000' })).toEqual(['dentist', 'nurse', 'tcm']);
    expect(await keys({ regionCode: '330000' })).toEqual(['tcm']);
  });

  it('filters by profession, practice category and name', async () => {
    expect(await keys({ professions: ['PHARMACIST'] })).toEqual(['pharmacist']);
    expect(await keys({ practiceCategories: ['DENTAL'] })).toEqual(['dentist']);
    expect(await keys({ practiceCategories: ['TCM'], regionCode: '320600' })).toEqual(['tcm']);
    expect(await keys({ nameContains: '护士' })).toEqual(['nurse']);
  });

  it('looks up a practitioner by certificate number, with registrations and licenses', async () => {
    const result = await hub.execute(PractitionerByCertificateNumberDocument, { number: '110320000012345' });
    expect(result.data?.practitionerByCertificateNumber).toMatchObject({
      name: '赵口腔',
      registrations: { edges: [{ node: { siteKind: 'PRIMARY', institution: { name: '南通市口腔医院' } } }] },
      licenses: { edges: [{ node: { kind: 'PHYSICIAN_PRACTICE', number: '110320000012345' } }] },
    });
    const missing = await hub.execute(PractitionerByCertificateNumberDocument, { number: '999999999999999' });
    expect(missing.data?.practitionerByCertificateNumber).toBeNull();
  });
});
