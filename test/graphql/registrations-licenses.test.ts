import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  InstitutionRegistrationsDocument,
  LicenseByNumberDocument,
  RecordLicenseValidationDocument,
  RegisterLicenseDocument,
  RegisterPracticeRegistrationDocument,
  UpdateInstitutionDocument,
  UpdateLicenseDocument,
  UpdatePracticeRegistrationDocument,
  type RegisterLicenseInput,
} from '../generated/graphql.js';
import { institutionIdentifiers, registerInstitution, registerPractitioner } from '../support/fixtures.js';
import { startTestHub, type TestHub } from '../support/hub.js';

let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub();
});
afterAll(() => hub.close());

const rowCount = async (table: string) => Number((await hub.database.pool.query(`SELECT count(*) FROM ${table}`)).rows[0].count);

describe('practice registrations (执业注册, 多点执业)', () => {
  it('allows one active primary site and any number of additional sites', async () => {
    const person = await registerPractitioner(hub);
    const first = await registerInstitution(hub);
    const second = await registerInstitution(hub, { name: '如东县人民医院', regionCode: '320623' });
    const register = (institutionId: string, siteKind: 'PRIMARY' | 'ADDITIONAL') =>
      hub.execute(RegisterPracticeRegistrationDocument, {
        input: { practitionerId: person.id, institutionId, siteKind, practiceCategory: 'CLINICAL', practiceScope: '内科专业', validFrom: '2024-01-01' },
      });
    expect((await register(first.id, 'PRIMARY')).data?.registerPracticeRegistration).toMatchObject({
      __typename: 'RegisterPracticeRegistrationSuccess',
      data: { siteKind: 'PRIMARY', practiceScope: '内科专业', practitioner: { id: person.id }, institution: { id: first.id } },
    });
    expect((await register(second.id, 'ADDITIONAL')).data?.registerPracticeRegistration.__typename).toBe('RegisterPracticeRegistrationSuccess');
    const third = await registerInstitution(hub, { name: '海门区人民医院', regionCode: '320614' });
    const before = await rowCount('practice_registration');
    const again = await register(third.id, 'PRIMARY');
    expect(again.data?.registerPracticeRegistration).toMatchObject({ __typename: 'InvalidInputError', issues: [{ field: 'input.siteKind', code: 'PRIMARY_EXISTS' }] });
    expect(await rowCount('practice_registration')).toBe(before);
  });

  it('allows a new primary site once the old one has ended', async () => {
    const person = await registerPractitioner(hub);
    const site = await registerInstitution(hub);
    const input = { practitionerId: person.id, institutionId: site.id, siteKind: 'PRIMARY' as const, validFrom: '2020-01-01' };
    const created = await hub.execute(RegisterPracticeRegistrationDocument, { input });
    if (created.data?.registerPracticeRegistration.__typename !== 'RegisterPracticeRegistrationSuccess') throw new Error(JSON.stringify(created));
    const ended = await hub.execute(UpdatePracticeRegistrationDocument, {
      input: { id: created.data.registerPracticeRegistration.data.id, version: 1, status: 'ENDED', validUntil: '2023-12-31' },
    });
    expect(ended.data?.updatePracticeRegistration).toMatchObject({ data: { status: 'ENDED', validUntil: '2023-12-31', version: 2 } });
    const next = await hub.execute(RegisterPracticeRegistrationDocument, { input: { ...input, validFrom: '2024-01-01' } });
    expect(next.data?.registerPracticeRegistration.__typename).toBe('RegisterPracticeRegistrationSuccess');
  });

  it('rejects dates out of order, unknown ids, ids of the wrong type and closed institutions', async () => {
    const person = await registerPractitioner(hub);
    const site = await registerInstitution(hub);
    const closed = await registerInstitution(hub);
    await hub.execute(UpdateInstitutionDocument, { input: { id: closed.id, version: 1, status: 'DEREGISTERED' } });
    const before = await rowCount('practice_registration');
    const outOfOrder = await hub.execute(RegisterPracticeRegistrationDocument, {
      input: { practitionerId: person.id, institutionId: site.id, siteKind: 'PRIMARY', validFrom: '2024-01-01', validUntil: '2023-01-01' },
    });
    expect(outOfOrder.data?.registerPracticeRegistration).toMatchObject({ issues: [{ field: 'input.validUntil', code: 'DATES_OUT_OF_ORDER' }] });
    const wrongTypes = await hub.execute(RegisterPracticeRegistrationDocument, {
      input: { practitionerId: site.id, institutionId: Buffer.from('Institution:987654321').toString('base64'), siteKind: 'PRIMARY', validFrom: '2024-01-01' },
    });
    // A malformed id and an unknown one are reported together.
    expect(wrongTypes.data?.registerPracticeRegistration).toMatchObject({
      issues: [
        { field: 'input.practitionerId', code: 'INVALID_ID' },
        { field: 'input.institutionId', code: 'NOT_FOUND' },
      ],
    });
    const missing = await hub.execute(RegisterPracticeRegistrationDocument, {
      input: { practitionerId: person.id, institutionId: Buffer.from('Institution:987654321').toString('base64'), siteKind: 'PRIMARY', validFrom: '2024-01-01' },
    });
    expect(missing.data?.registerPracticeRegistration).toMatchObject({ issues: [{ field: 'input.institutionId', code: 'NOT_FOUND' }] });
    const atClosed = await hub.execute(RegisterPracticeRegistrationDocument, {
      input: { practitionerId: person.id, institutionId: closed.id, siteKind: 'PRIMARY', validFrom: '2024-01-01' },
    });
    expect(atClosed.data?.registerPracticeRegistration).toMatchObject({ issues: [{ field: 'input.institutionId', code: 'NOT_OPERATING' }] });
    expect(await rowCount('practice_registration')).toBe(before);
  });

  it('pages an institution’s registrations forward and backward with a total', async () => {
    const site = await registerInstitution(hub);
    const names = ['甲', '乙', '丙', '丁', '戊'];
    for (const name of names) {
      const person = await registerPractitioner(hub, { name });
      await hub.execute(RegisterPracticeRegistrationDocument, { input: { practitionerId: person.id, institutionId: site.id, siteKind: 'PRIMARY', validFrom: '2024-01-01' } });
    }
    const page1 = await hub.execute(InstitutionRegistrationsDocument, { id: site.id, first: 2 });
    const connection1 = (page1.data?.node as { registrations: any }).registrations;
    expect(connection1.totalCount).toBe(5);
    expect(connection1.edges.map((e: any) => e.node.practitioner.name)).toEqual(['甲', '乙']);
    const page2 = await hub.execute(InstitutionRegistrationsDocument, { id: site.id, first: 10, after: connection1.pageInfo.endCursor });
    const connection2 = (page2.data?.node as { registrations: any }).registrations;
    expect(connection2.edges.map((e: any) => e.node.practitioner.name)).toEqual(['丙', '丁', '戊']);
    expect(connection2.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    const back = await hub.execute(InstitutionRegistrationsDocument, { id: site.id, last: 2, before: connection2.pageInfo.endCursor });
    expect((back.data?.node as { registrations: any }).registrations.edges.map((e: any) => e.node.practitioner.name)).toEqual(['丙', '丁']);
  });
});

describe('licenses (许可证, 执业证书)', () => {
  async function institutionWithNumbers() {
    const ids = institutionIdentifiers('320613');
    const institution = await registerInstitution(hub, { uscc: ids.uscc });
    return { institution, ...ids };
  }
  const licenseInput = (over: Partial<RegisterLicenseInput> & Pick<RegisterLicenseInput, 'holderId' | 'number'>): RegisterLicenseInput => ({
    kind: 'INSTITUTION_PRACTICE',
    issuingAuthority: '南通市卫生健康委员会',
    validFrom: '2021-03-01',
    validUntil: '2036-02-28',
    ...over,
  });

  it('issues an institution license whose number carries the holder’s organisation code', async () => {
    const { institution, licenseNumber } = await institutionWithNumbers();
    const result = await hub.execute(RegisterLicenseDocument, { input: licenseInput({ holderId: institution.id, number: licenseNumber }) });
    expect(result.data?.registerLicense).toMatchObject({
      __typename: 'RegisterLicenseSuccess',
      data: { number: licenseNumber, holder: { __typename: 'Institution', id: institution.id }, status: 'VALID', validations: [] },
    });
  });

  it('rejects a license number with another organisation code, a bad check digit or an unknown region', async () => {
    const { institution } = await institutionWithNumbers();
    const other = institutionIdentifiers('320613');
    const before = await rowCount('license');
    const mismatch = await hub.execute(RegisterLicenseDocument, { input: licenseInput({ holderId: institution.id, number: other.licenseNumber }) });
    expect(mismatch.data?.registerLicense).toMatchObject({ issues: [{ field: 'input.number', code: 'ORGANISATION_CODE_MISMATCH' }] });
    const badCheck = await hub.execute(RegisterLicenseDocument, { input: licenseInput({ holderId: institution.id, number: '47117170433050211A1001' }) });
    expect(badCheck.data?.registerLicense).toMatchObject({ issues: [{ field: 'input.number', code: 'ORGANISATION_CODE' }] });
    const ownCode = institution.uscc.slice(8, 17);
    const unknownRegion = await hub.execute(RegisterLicenseDocument, { input: licenseInput({ holderId: institution.id, number: `${ownCode}99999911A1001` }) });
    expect(unknownRegion.data?.registerLicense).toMatchObject({ issues: [{ field: 'input.number', code: 'UNKNOWN_REGION' }] });
    expect(await rowCount('license')).toBe(before);
  });

  it('matches certificate kinds to professions and formats', async () => {
    const nurse = await registerPractitioner(hub, { profession: 'NURSE' });
    const wrongKind = await hub.execute(RegisterLicenseDocument, {
      input: licenseInput({ kind: 'PHYSICIAN_PRACTICE', holderId: nurse.id, number: '110320000054321', validUntil: null }),
    });
    expect(wrongKind.data?.registerLicense).toMatchObject({ issues: [{ field: 'input.kind', code: 'WRONG_PROFESSION' }] });
    const badFormat = await hub.execute(RegisterLicenseDocument, { input: licenseInput({ kind: 'NURSE_PRACTICE', holderId: nurse.id, number: '1234', validUntil: null }) });
    expect(badFormat.data?.registerLicense).toMatchObject({ issues: [{ field: 'input.number', code: 'FORMAT' }] });
    const good = await hub.execute(RegisterLicenseDocument, { input: licenseInput({ kind: 'NURSE_PRACTICE', holderId: nurse.id, number: '201232000001', validUntil: null }) });
    expect(good.data?.registerLicense).toMatchObject({ data: { holder: { __typename: 'Practitioner', id: nurse.id }, validUntil: null } });
    const institutionHolder = await institutionWithNumbers();
    const wrongHolder = await hub.execute(RegisterLicenseDocument, {
      input: licenseInput({ kind: 'NURSE_PRACTICE', holderId: institutionHolder.institution.id, number: '201232000002' }),
    });
    expect(wrongHolder.data?.registerLicense).toMatchObject({ issues: [{ field: 'input.holderId', code: 'WRONG_HOLDER' }] });
  });

  it('rejects a duplicate number and validity ending before it starts', async () => {
    const { institution, licenseNumber } = await institutionWithNumbers();
    await hub.execute(RegisterLicenseDocument, { input: licenseInput({ holderId: institution.id, number: licenseNumber }) });
    const duplicate = await hub.execute(RegisterLicenseDocument, { input: licenseInput({ holderId: institution.id, number: licenseNumber }) });
    expect(duplicate.data?.registerLicense).toMatchObject({ issues: [{ field: 'input.number', code: 'ALREADY_EXISTS' }] });
    const { institution: other, licenseNumber: otherNumber } = await institutionWithNumbers();
    const backwards = await hub.execute(RegisterLicenseDocument, { input: licenseInput({ holderId: other.id, number: otherNumber, validUntil: '2020-01-01' }) });
    expect(backwards.data?.registerLicense).toMatchObject({ issues: [{ field: 'input.validUntil', code: 'DATES_OUT_OF_ORDER' }] });
  });

  it('records 校验 results with their rules and keeps the history in order', async () => {
    const { institution, licenseNumber } = await institutionWithNumbers();
    const created = await hub.execute(RegisterLicenseDocument, { input: licenseInput({ holderId: institution.id, number: licenseNumber }) });
    if (created.data?.registerLicense.__typename !== 'RegisterLicenseSuccess') throw new Error(JSON.stringify(created));
    const licenseId = created.data.registerLicense.data.id;
    const record = (input: Record<string, unknown>) => hub.execute(RecordLicenseValidationDocument, { input: { licenseId, ...input } as any });

    const deferred = await record({ validatedOn: '2024-03-01', result: 'DEFERRED', deferralMonths: 3, rectificationDeadline: '2024-06-01', remarks: '消毒记录不全' });
    expect(deferred.data?.recordLicenseValidation).toMatchObject({ data: { result: 'DEFERRED', deferralMonths: 3, rectificationDeadline: '2024-06-01' } });
    const passed = await record({ validatedOn: '2023-03-01', result: 'PASSED' });
    expect(passed.data?.recordLicenseValidation).toMatchObject({ data: { license: { validations: [{ result: 'PASSED' }, { result: 'DEFERRED' }] } } });

    const before = await rowCount('license_validation');
    expect((await record({ validatedOn: '2025-03-01', result: 'DEFERRED' })).data?.recordLicenseValidation).toMatchObject({ issues: [{ field: 'input.deferralMonths', code: 'REQUIRED' }] });
    expect((await record({ validatedOn: '2025-03-01', result: 'DEFERRED', deferralMonths: 7 })).data?.recordLicenseValidation).toMatchObject({ issues: [{ field: 'input.deferralMonths', code: 'OUT_OF_RANGE' }] });
    expect((await record({ validatedOn: '2025-03-01', result: 'PASSED', deferralMonths: 2 })).data?.recordLicenseValidation).toMatchObject({ issues: [{ field: 'input.deferralMonths', code: 'NOT_ALLOWED' }] });
    expect((await record({ validatedOn: '2020-01-01', result: 'PASSED' })).data?.recordLicenseValidation).toMatchObject({ issues: [{ field: 'input.validatedOn', code: 'DATES_OUT_OF_ORDER' }] });
    expect(await rowCount('license_validation')).toBe(before);
  });

  it('does not validate practitioner certificates', async () => {
    const physician = await registerPractitioner(hub);
    const created = await hub.execute(RegisterLicenseDocument, { input: licenseInput({ kind: 'PHYSICIAN_PRACTICE', holderId: physician.id, number: '110320000077777' }) });
    if (created.data?.registerLicense.__typename !== 'RegisterLicenseSuccess') throw new Error(JSON.stringify(created));
    const result = await hub.execute(RecordLicenseValidationDocument, { input: { licenseId: created.data.registerLicense.data.id, validatedOn: '2024-01-01', result: 'PASSED' } });
    expect(result.data?.recordLicenseValidation).toMatchObject({ issues: [{ field: 'input.licenseId', code: 'NOT_VALIDATED' }] });
  });

  it('updates a license with optimistic concurrency and finds it by number', async () => {
    const { institution, licenseNumber } = await institutionWithNumbers();
    const created = await hub.execute(RegisterLicenseDocument, { input: licenseInput({ holderId: institution.id, number: licenseNumber }) });
    if (created.data?.registerLicense.__typename !== 'RegisterLicenseSuccess') throw new Error(JSON.stringify(created));
    const id = created.data.registerLicense.data.id;
    expect((await hub.execute(UpdateLicenseDocument, { input: { id, version: 1, status: 'SUSPENDED' } })).data?.updateLicense).toMatchObject({ data: { status: 'SUSPENDED', version: 2 } });
    expect((await hub.execute(UpdateLicenseDocument, { input: { id, version: 1, status: 'VALID' } })).data?.updateLicense).toEqual({ __typename: 'VersionConflictError', expectedVersion: 1, currentVersion: 2 });
    expect((await hub.execute(UpdateLicenseDocument, { input: { id, version: 2, validUntil: '2000-01-01' } })).data?.updateLicense).toMatchObject({ issues: [{ field: 'input.validUntil', code: 'DATES_OUT_OF_ORDER' }] });
    const found = await hub.execute(LicenseByNumberDocument, { number: licenseNumber.toLowerCase() });
    expect(found.data?.licenseByNumber).toMatchObject({ id, status: 'SUSPENDED' });
  });
});
