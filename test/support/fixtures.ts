import { idNumberFor, licenseRegistrationNumberFor, orgCodeFor, usccFor } from '../../src/seed/identifiers.js';
import { RegisterInstitutionDocument, RegisterPractitionerDocument, type RegisterInstitutionInput, type RegisterPractitionerInput } from '../generated/graphql.js';
import type { TestHub } from './hub.js';

let next = 900_000;

/** A valid, unused organisation code / USCC / license number triple in `regionCode`. */
export function institutionIdentifiers(regionCode = '320613', registrationType: '12' | '52' | '91' = '12') {
  const orgCode = orgCodeFor(next++);
  return {
    orgCode,
    uscc: usccFor(registrationType, regionCode, orgCode),
    licenseNumber: licenseRegistrationNumberFor(orgCode, regionCode, '11', 'A100'),
  };
}

export const newIdNumber = (regionCode = '320613') => idNumberFor(next++, regionCode);

export async function registerInstitution(hub: TestHub, overrides: Partial<RegisterInstitutionInput> = {}) {
  const input: RegisterInstitutionInput = {
    name: '南通市第一人民医院',
    uscc: institutionIdentifiers(overrides.regionCode ?? '320613').uscc,
    regionCode: '320613',
    category: 'GENERAL_HOSPITAL',
    ownership: 'PUBLIC',
    profitStatus: 'NON_PROFIT',
    grade: 'GRADE_3A',
    bedCount: 1200,
    ...overrides,
  };
  const result = await hub.execute(RegisterInstitutionDocument, { input });
  const payload = result.data?.registerInstitution;
  if (payload?.__typename !== 'RegisterInstitutionSuccess') throw new Error(`registerInstitution failed: ${JSON.stringify(result)}`);
  return payload.data;
}

export async function registerPractitioner(hub: TestHub, overrides: Partial<RegisterPractitionerInput> = {}) {
  const input: RegisterPractitionerInput = { name: '张伟', idNumber: newIdNumber(), profession: 'PHYSICIAN', phone: '13912345678', regionCode: '320613', ...overrides };
  const result = await hub.execute(RegisterPractitionerDocument, { input });
  const payload = result.data?.registerPractitioner;
  if (payload?.__typename !== 'RegisterPractitionerSuccess') throw new Error(`registerPractitioner failed: ${JSON.stringify(result)}`);
  return payload.data;
}
