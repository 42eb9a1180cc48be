import { idNumberFor, licenseRegistrationNumberFor, orgCodeFor, usccFor } from '../../src/seed/identifiers.js';
import {
  RecordPenaltyDocument,
  RegisterInstitutionDocument,
  RegisterPractitionerDocument,
  type RegisterInstitutionInput,
  type RegisterPractitionerInput,
} from '../generated/graphql.js';
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

/** A warning (警告) decided on `decidedOn` against `subjectId`, with a fresh decision number. */
export async function recordPenalty(hub: TestHub, subjectId: string, decidedOn: string, severity: 'MINOR' | 'GENERAL' | 'SERIOUS' = 'GENERAL') {
  const result = await hub.execute(RecordPenaltyDocument, {
    input: {
      decisionNumber: `卫罚〔${next++}〕号`,
      subjectId,
      violationType: '超范围执业',
      facts: '超出登记的诊疗科目范围开展诊疗活动',
      legalBasis: '《医疗机构管理条例》第四十六条',
      categories: ['WARNING'],
      content: '警告',
      decidedOn,
      authorityName: '南通市卫生健康委员会',
      authorityUscc: '12110000400686291H',
      severity,
    },
  });
  const payload = result.data?.recordPenalty;
  if (payload?.__typename !== 'RecordPenaltySuccess') throw new Error(`recordPenalty failed: ${JSON.stringify(result)}`);
  return payload.data;
}
