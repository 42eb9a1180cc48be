import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiKey } from '../../src/auth/api-keys.js';
import {
  DisclosuresDocument,
  InstitutionRecordsDocument,
  NodeDocument,
  ReceiveComplaintDocument,
  RegisterLicenseDocument,
  RegisterPracticeRegistrationDocument,
  type RegisterPracticeRegistrationInput,
} from '../generated/graphql.js';
import { institutionIdentifiers, registerInstitution, registerPractitioner } from '../support/fixtures.js';
import { startTestHub, type TestHub } from '../support/hub.js';

let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub();
});
afterAll(() => hub.close());

const register = (input: Partial<RegisterPracticeRegistrationInput> & Pick<RegisterPracticeRegistrationInput, 'practitionerId' | 'institutionId' | 'siteKind'>) =>
  hub.execute(RegisterPracticeRegistrationDocument, { input: { validFrom: '2024-01-01', ...input } });

describe('多点执业 at its edges', () => {
  it('an additional site is in the practice category of the certificate (the primary registration), and takes it when none is given', async () => {
    const doctor = await registerPractitioner(hub);
    const [primary, second, third] = await Promise.all([
      registerInstitution(hub, { name: '主要执业医院' }),
      registerInstitution(hub, { name: '多点执业医院甲' }),
      registerInstitution(hub, { name: '多点执业医院乙' }),
    ]);
    expect((await register({ practitionerId: doctor.id, institutionId: primary.id, siteKind: 'PRIMARY', practiceCategory: 'CLINICAL' })).data?.registerPracticeRegistration.__typename).toBe(
      'RegisterPracticeRegistrationSuccess',
    );
    const otherCategory = await register({ practitionerId: doctor.id, institutionId: second.id, siteKind: 'ADDITIONAL', practiceCategory: 'DENTAL' });
    expect(otherCategory.data?.registerPracticeRegistration).toMatchObject({ issues: [{ field: 'input.practiceCategory', code: 'CATEGORY_MISMATCH' }] });
    const same = await register({ practitionerId: doctor.id, institutionId: second.id, siteKind: 'ADDITIONAL', practiceCategory: 'CLINICAL' });
    expect(same.data?.registerPracticeRegistration).toMatchObject({ data: { practiceCategory: 'CLINICAL' } });
    const unstated = await register({ practitionerId: doctor.id, institutionId: third.id, siteKind: 'ADDITIONAL' });
    expect(unstated.data?.registerPracticeRegistration).toMatchObject({ data: { practiceCategory: 'CLINICAL' } });
  });

  it('the same practitioner cannot hold two current registrations at one institution', async () => {
    const doctor = await registerPractitioner(hub);
    const [primary, second] = await Promise.all([registerInstitution(hub, { name: '主院' }), registerInstitution(hub, { name: '分点' })]);
    await register({ practitionerId: doctor.id, institutionId: primary.id, siteKind: 'PRIMARY', practiceCategory: 'CLINICAL' });
    const atPrimary = await register({ practitionerId: doctor.id, institutionId: primary.id, siteKind: 'ADDITIONAL', practiceCategory: 'CLINICAL' });
    expect(atPrimary.data?.registerPracticeRegistration).toMatchObject({ issues: [{ field: 'input.institutionId', code: 'ALREADY_REGISTERED' }] });
    await register({ practitionerId: doctor.id, institutionId: second.id, siteKind: 'ADDITIONAL', practiceCategory: 'CLINICAL' });
    // Two requests at once: the database keeps one.
    const twice = await Promise.all([1, 2].map(() => register({ practitionerId: doctor.id, institutionId: second.id, siteKind: 'ADDITIONAL', practiceCategory: 'CLINICAL' })));
    expect(twice.map((r) => r.data?.registerPracticeRegistration.__typename)).toEqual(['InvalidInputError', 'InvalidInputError']);
    const rows = await hub.database.pool.query(`SELECT count(*) FROM practice_registration WHERE practitioner_id = $1 AND status = 'ACTIVE'`, [
      Buffer.from(doctor.id, 'base64').toString().split(':')[1],
    ]);
    expect(Number(rows.rows[0].count)).toBe(2);
  });
});

describe('complaints are for regulators of the region', () => {
  it('a provincial system’s key reads no complaint, by list or by id', async () => {
    const site = await registerInstitution(hub, { name: '投诉对象医院' });
    const received = await hub.execute(ReceiveComplaintDocument, {
      input: { channel: 'HOTLINE_12320', receivedOn: '2025-03-01', regionCode: '320613', category: '服务态度', summary: '投诉人张某反映候诊时间过长', subjectId: site.id },
    });
    const complaintId = (received.data?.receiveComplaint as { data: { id: string } }).data.id;
    const key = await createApiKey(hub.database.db, { name: '江苏省平台', provinceCode: '320000' });
    const province = { apiKey: key.key };
    const seen = await hub.executeAs(province, InstitutionRecordsDocument, { id: site.id });
    expect(seen.errors).toBeUndefined();
    expect((seen.data?.node as { complaints: { totalCount: number } }).complaints.totalCount).toBe(0);
    expect((await hub.executeAs(province, NodeDocument, { id: complaintId })).data?.node).toBeNull();
    // The regulator of the region still reads it.
    expect(((await hub.execute(InstitutionRecordsDocument, { id: site.id })).data?.node as { complaints: { totalCount: number } }).complaints.totalCount).toBe(1);
  });
});

describe('the working-day calendar at its end', () => {
  it('a deadline past the calendar’s last year is flagged, one inside it is not', async () => {
    const deadlineOf = async (validFrom: string) => {
      const ids = institutionIdentifiers('320613');
      const holder = await registerInstitution(hub, { uscc: ids.uscc, name: `日历${validFrom}医院` });
      await hub.execute(RegisterLicenseDocument, { input: { kind: 'INSTITUTION_PRACTICE', number: ids.licenseNumber, holderId: holder.id, issuingAuthority: '崇川区卫生健康委员会', validFrom } });
      const list = await hub.execute(DisclosuresDocument, { first: 10, filter: { kinds: ['LICENSE_DECISION'], institutionId: holder.id } });
      return list.data!.disclosures.edges[0]!.node;
    };
    // 2026 is the last year loaded: the National Day holiday is counted…
    expect(await deadlineOf('2026-09-30')).toMatchObject({ dueBy: '2026-10-15', dueByBeyondCalendar: false });
    // …and a deadline in the next year, whose holidays are unknown, is flagged.
    expect(await deadlineOf('2026-12-28')).toMatchObject({ dueBy: '2027-01-06', dueByBeyondCalendar: true });
  });
});
