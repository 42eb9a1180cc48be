import type { CaseKind, DocumentType, UnlicensedPracticeCaseRecord } from '../../src/plugin-sdk/index.js';
import { expectedJiangsuCase, type ExpectedJiangsuCase, type JiangsuCaseRecord, type JiangsuEmulator } from '../emulators/registry-jiangsu/index.js';

const DOCUMENT_TYPES: Record<string, DocumentType> = { '01': 'RESIDENT_ID', '02': 'PASSPORT', '03': 'HK_MACAO_PERMIT', '04': 'TAIWAN_PERMIT', '99': 'OTHER' };
const KINDS: Record<string, CaseKind> = { '01': 'UNLICENSED_PRACTICE', '02': 'NON_PHYSICIAN_PRACTICE', '03': 'BEYOND_SCOPE', '04': 'ILLEGAL_BLOOD_COLLECTION', '05': 'ILLEGAL_COSMETIC_MEDICINE' };
const SEXES = { '1': 'MALE', '2': 'FEMALE', '9': 'UNKNOWN' } as const;

/**
 * The emulator's reading of a record in the entity contract's shape, or null where the entity
 * cannot hold it (a required value missing: the record is quarantined). Where the entity has no
 * null the plugin reads an absent sex as UNKNOWN and an absent police flag as no transfer; a
 * masked resident ID number is kept masked (the emulator reports it as null).
 */
export function asEntity(expected: ExpectedJiangsuCase, raw: JiangsuCaseRecord): UnlicensedPracticeCaseRecord | null {
  const { personName, regionCode, violationType, openedOn, status, updatedAt } = expected;
  if (regionCode === null || status === null || updatedAt === null) return null;
  const documentType = expected.idType === null ? null : DOCUMENT_TYPES[expected.idType]!;
  return {
    caseNumber: expected.caseNumber,
    personName,
    sex: expected.sex === null ? 'UNKNOWN' : SEXES[expected.sex as keyof typeof SEXES],
    documentType,
    documentNumber: expected.idNumberMasked ? String(raw.zjhm).trim().toUpperCase() : expected.idNumber,
    documentNumberMasked: expected.idNumberMasked,
    regionCode,
    place: expected.place,
    kind: violationType === null ? null : KINDS[violationType]!,
    openedOn,
    decidedOn: expected.decidedOn,
    decisionNumber: expected.decisionNumber,
    content: expected.decisionContent,
    fineYuan: expected.fineYuan,
    confiscatedYuan: expected.confiscatedYuan,
    transferredToPolice: expected.transferredToPolice ?? false,
    status,
    sourceUpdatedAt: updatedAt,
  };
}

export const expectedEntities = (emulator: JiangsuEmulator) =>
  emulator.cases().flatMap((raw) => {
    const entity = asEntity(expectedJiangsuCase(raw), raw);
    return entity ? [entity] : [];
  });

