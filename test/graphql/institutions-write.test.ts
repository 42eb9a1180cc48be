import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InstitutionByUsccDocument, RegisterInstitutionDocument, UpdateInstitutionDocument, type RegisterInstitutionInput } from '../generated/graphql.js';
import { institutionIdentifiers, registerInstitution } from '../support/fixtures.js';
import { startTestHub, type TestHub } from '../support/hub.js';

let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub();
});
afterAll(() => hub.close());

const countInstitutions = async () => Number((await hub.database.pool.query('SELECT count(*) FROM institution')).rows[0].count);

const validInput = (): RegisterInstitutionInput => ({
  name: '北京市第六医院',
  uscc: '12110000400686291H',
  regionCode: '110102',
  category: 'SPECIALTY_HOSPITAL',
  ownership: 'PUBLIC',
  profitStatus: 'NON_PROFIT',
  grade: 'GRADE_2A',
});

describe('registerInstitution', () => {
  it('registers an institution with a real public USCC and answers the stored record', async () => {
    const result = await hub.execute(RegisterInstitutionDocument, { input: { ...validInput(), uscc: '12110000400686291h ' } });
    const payload = result.data?.registerInstitution;
    expect(payload?.__typename).toBe('RegisterInstitutionSuccess');
    if (payload?.__typename !== 'RegisterInstitutionSuccess') return;
    expect(payload.data).toMatchObject({
      name: '北京市第六医院',
      uscc: '12110000400686291H', // normalised
      organisationCode: '400686291',
      region: { code: '110102', name: '西城区' },
      category: 'SPECIALTY_HOSPITAL',
      categoryCode: 'A500',
      status: 'OPERATING',
      version: 1,
    });
    const lookedUp = await hub.execute(InstitutionByUsccDocument, { uscc: '12110000400686291H' });
    expect(lookedUp.data?.institutionByUscc?.id).toBe(payload.data.id);
  });

  it('rejects a bad USCC check character, naming the field, and writes nothing', async () => {
    const before = await countInstitutions();
    const result = await hub.execute(RegisterInstitutionDocument, { input: { ...validInput(), uscc: '12110000400686291J' } });
    const payload = result.data?.registerInstitution;
    expect(payload?.__typename).toBe('InvalidInputError');
    if (payload?.__typename !== 'InvalidInputError') return;
    expect(payload.issues).toEqual([expect.objectContaining({ field: 'input.uscc', code: 'CHECK_CHARACTER' })]);
    expect(await countInstitutions()).toBe(before);
  });

  it('reports every bad field at once: unknown region, blank name, negative beds', async () => {
    const before = await countInstitutions();
    const result = await hub.execute(RegisterInstitutionDocument, {
      input: { ...validInput(), uscc: institutionIdentifiers().uscc, name: '  ', regionCode: '12345', bedCount: -1 },
    });
    const payload = result.data?.registerInstitution;
    if (payload?.__typename !== 'InvalidInputError') throw new Error(JSON.stringify(result));
    expect(payload.issues.map((i) => `${i.field}:${i.code}`).sort()).toEqual(['input.bedCount:TOO_SMALL', 'input.name:BLANK', 'input.regionCode:FORMAT']);
    expect(await countInstitutions()).toBe(before);
  });

  it('reports format errors and references together: a bad USCC, a blank name and a region that does not exist', async () => {
    const before = await countInstitutions();
    const result = await hub.execute(RegisterInstitutionDocument, { input: { ...validInput(), uscc: '12110000400686291J', name: ' ', regionCode: '329999' } });
    const payload = result.data?.registerInstitution;
    if (payload?.__typename !== 'InvalidInputError') throw new Error(JSON.stringify(result));
    expect(payload.issues.map((i) => `${i.field}:${i.code}`).sort()).toEqual(['input.name:BLANK', 'input.regionCode:NOT_FOUND', 'input.uscc:CHECK_CHARACTER']);
    expect(await countInstitutions()).toBe(before);
  });

  it('an update reports a foreign id and a region that does not exist together', async () => {
    const result = await hub.execute(UpdateInstitutionDocument, { input: { id: Buffer.from('Practitioner:1').toString('base64'), version: 1, regionCode: '329999' } });
    const payload = result.data?.updateInstitution;
    if (payload?.__typename !== 'InvalidInputError') throw new Error(JSON.stringify(result));
    expect(payload.issues.map((i) => `${i.field}:${i.code}`).sort()).toEqual(['input.id:INVALID_ID', 'input.regionCode:NOT_FOUND']);
  });

  it('rejects a well-formed region code that is not a region', async () => {
    const result = await hub.execute(RegisterInstitutionDocument, { input: { ...validInput(), uscc: institutionIdentifiers().uscc, regionCode: '329999' } });
    const payload = result.data?.registerInstitution;
    if (payload?.__typename !== 'InvalidInputError') throw new Error(JSON.stringify(result));
    expect(payload.issues).toEqual([expect.objectContaining({ field: 'input.regionCode', code: 'NOT_FOUND' })]);
  });

  it('rejects a second institution with the same USCC', async () => {
    const { uscc } = institutionIdentifiers();
    await registerInstitution(hub, { uscc });
    const before = await countInstitutions();
    const result = await hub.execute(RegisterInstitutionDocument, { input: { ...validInput(), uscc } });
    const payload = result.data?.registerInstitution;
    if (payload?.__typename !== 'InvalidInputError') throw new Error(JSON.stringify(result));
    expect(payload.issues).toEqual([expect.objectContaining({ field: 'input.uscc', code: 'ALREADY_EXISTS' })]);
    expect(await countInstitutions()).toBe(before);
  });

  it('rejects an unknown enum value at the GraphQL layer without writing', async () => {
    const before = await countInstitutions();
    const response = await hub.hub.fetch('http://hub.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'mutation($input: RegisterInstitutionInput!) { registerInstitution(input: $input) { __typename } }',
        variables: { input: { ...validInput(), category: 'CASINO' } },
      }),
    });
    const body = await response.json();
    expect(body.errors[0].message).toMatch(/CASINO/);
    expect(await countInstitutions()).toBe(before);
  });
});

describe('updateInstitution', () => {
  it('applies a change carrying the current version and bumps the version', async () => {
    const created = await registerInstitution(hub);
    const result = await hub.execute(UpdateInstitutionDocument, { input: { id: created.id, version: 1, grade: 'GRADE_3B', status: 'SUSPENDED' } });
    const payload = result.data?.updateInstitution;
    if (payload?.__typename !== 'UpdateInstitutionSuccess') throw new Error(JSON.stringify(result));
    expect(payload.data).toMatchObject({ grade: 'GRADE_3B', status: 'SUSPENDED', version: 2, name: created.name });
    expect(new Date(payload.data.updatedAt).getTime()).toBeGreaterThanOrEqual(new Date(created.updatedAt).getTime());
  });

  it('answers a stale version with a typed conflict and leaves the record as it was', async () => {
    const created = await registerInstitution(hub);
    await hub.execute(UpdateInstitutionDocument, { input: { id: created.id, version: 1, name: '第一次修改' } });
    const stale = await hub.execute(UpdateInstitutionDocument, { input: { id: created.id, version: 1, name: '过期的修改' } });
    expect(stale.data?.updateInstitution).toEqual({ __typename: 'VersionConflictError', expectedVersion: 1, currentVersion: 2 });
    const after = await hub.execute(InstitutionByUsccDocument, { uscc: created.uscc });
    expect(after.data?.institutionByUscc).toMatchObject({ name: '第一次修改', version: 2 });
  });

  it('answers NotFoundError for an institution that does not exist and InvalidInputError for a foreign id', async () => {
    const missing = Buffer.from('Institution:999999999').toString('base64');
    const notFound = await hub.execute(UpdateInstitutionDocument, { input: { id: missing, version: 1, name: 'x' } });
    expect(notFound.data?.updateInstitution).toEqual({ __typename: 'NotFoundError', id: missing });
    const practitionerId = Buffer.from('Practitioner:1').toString('base64');
    const wrongType = await hub.execute(UpdateInstitutionDocument, { input: { id: practitionerId, version: 1, name: 'x' } });
    expect(wrongType.data?.updateInstitution).toMatchObject({ __typename: 'InvalidInputError', issues: [{ field: 'input.id', code: 'INVALID_ID' }] });
  });

  it('validates the new region and changes nothing when it is wrong', async () => {
    const created = await registerInstitution(hub);
    const result = await hub.execute(UpdateInstitutionDocument, { input: { id: created.id, version: 1, regionCode: '999999', name: '不应保存' } });
    expect(result.data?.updateInstitution).toMatchObject({ __typename: 'InvalidInputError', issues: [{ field: 'input.regionCode', code: 'NOT_FOUND' }] });
    const after = await hub.execute(InstitutionByUsccDocument, { uscc: created.uscc });
    expect(after.data?.institutionByUscc).toMatchObject({ name: created.name, version: 1 });
  });
});
