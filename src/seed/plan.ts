import { INSTITUTION_CATEGORIES, PHYSICIAN_PROFESSIONS, type InstitutionCategory, type Profession } from '../domain/catalog.js';
import {
  idNumberFor,
  licenseRegistrationNumberFor,
  nurseCertificateFor,
  orgCodeFor,
  phoneFor,
  physicianCertificateFor,
  usccFor,
} from './identifiers.js';
import { addMonths } from '../domain/scoring/dates.js';
import type { SeededRandom } from './random.js';
import { BRANDS, GIVEN, SCOPES, SPECIALTIES, SURNAMES, TOWNS, VILLAGES } from './vocabulary.js';

export interface County {
  code: string;
  name: string;
}

/** How common each category is: clinics and village clinics far outnumber hospitals. */
const CATEGORY_WEIGHTS: Record<InstitutionCategory, number> = {
  GENERAL_HOSPITAL: 60, TCM_HOSPITAL: 25, INTEGRATED_MEDICINE_HOSPITAL: 5, ETHNIC_MEDICINE_HOSPITAL: 2,
  SPECIALTY_HOSPITAL: 40, NURSING_HOME: 5, COMMUNITY_HEALTH_CENTER: 40, COMMUNITY_HEALTH_STATION: 60,
  TOWNSHIP_HEALTH_CENTER: 70, OUTPATIENT_DEPARTMENT: 60, MEDICAL_AESTHETICS_CLINIC: 15, CLINIC: 250,
  TCM_CLINIC: 60, VILLAGE_CLINIC: 280, EMERGENCY_CENTER: 3, MATERNAL_CHILD_HEALTH_CENTER: 10,
};
const HOSPITALS = new Set<InstitutionCategory>(['GENERAL_HOSPITAL', 'TCM_HOSPITAL', 'INTEGRATED_MEDICINE_HOSPITAL', 'ETHNIC_MEDICINE_HOSPITAL', 'SPECIALTY_HOSPITAL', 'MATERNAL_CHILD_HEALTH_CENTER']);
/** Practitioners a category employs, relative to a clinic. */
const STAFF_WEIGHT: Partial<Record<InstitutionCategory, number>> = { GENERAL_HOSPITAL: 60, TCM_HOSPITAL: 30, SPECIALTY_HOSPITAL: 20, MATERNAL_CHILD_HEALTH_CENTER: 20, INTEGRATED_MEDICINE_HOSPITAL: 20, TOWNSHIP_HEALTH_CENTER: 6, COMMUNITY_HEALTH_CENTER: 6 };

export interface PlannedInstitution {
  key: string; // uscc
  name: string; uscc: string; region_code: string; category: string; ownership: string; profit_status: string;
  grade: string; legal_representative: string; address: string; bed_count: number | null;
  license: { number: string; issuing_authority: string; valid_from: string; valid_until: string };
  validations: { validated_on: string; result: string; deferral_months: number | null; rectification_deadline: string | null }[];
}

export const personName = (r: SeededRandom) => r.pick(SURNAMES) + r.pick(GIVEN) + (r.chance(0.6) ? r.pick(GIVEN) : '');
const isoDate = (y: number, m: number, d: number) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

function institutionName(r: SeededRandom, category: InstitutionCategory, county: County, ownership: string): string {
  const brand = r.pick(BRANDS);
  switch (category) {
    case 'GENERAL_HOSPITAL':
      return ownership === 'PUBLIC' ? `${county.name}${r.chance(0.5) ? '' : `第${r.pick(['一', '二', '三', '四'])}`}人民医院` : `${county.name}${brand}医院`;
    case 'TCM_HOSPITAL': return `${county.name}中医院`;
    case 'INTEGRATED_MEDICINE_HOSPITAL': return `${county.name}中西医结合医院`;
    case 'ETHNIC_MEDICINE_HOSPITAL': return `${county.name}${r.pick(['蒙医', '藏医', '维吾尔医', '苗医'])}医院`;
    case 'SPECIALTY_HOSPITAL': return `${county.name}${ownership === 'PUBLIC' ? '' : brand}${r.pick(SPECIALTIES)}医院`;
    case 'NURSING_HOME': return `${county.name}${brand}护理院`;
    case 'COMMUNITY_HEALTH_CENTER': return `${county.name}${r.pick(TOWNS)}街道社区卫生服务中心`;
    case 'COMMUNITY_HEALTH_STATION': return `${county.name}${r.pick(TOWNS)}社区卫生服务站`;
    case 'TOWNSHIP_HEALTH_CENTER': return `${county.name}${r.pick(TOWNS)}镇卫生院`;
    case 'OUTPATIENT_DEPARTMENT': return `${county.name}${brand}门诊部`;
    case 'MEDICAL_AESTHETICS_CLINIC': return `${county.name}${brand}医疗美容门诊部`;
    case 'CLINIC': return r.chance(0.5) ? `${personName(r)}诊所` : `${county.name}${brand}诊所`;
    case 'TCM_CLINIC': return `${personName(r)}中医诊所`;
    case 'VILLAGE_CLINIC': return `${county.name}${r.pick(TOWNS)}镇${r.pick(VILLAGES)}村卫生室`;
    case 'EMERGENCY_CENTER': return `${county.name}急救中心`;
    case 'MATERNAL_CHILD_HEALTH_CENTER': return `${county.name}妇幼保健院`;
  }
}

export function planInstitution(r: SeededRandom, index: number, counties: readonly County[]): PlannedInstitution {
  const county = r.pick(counties);
  const category = r.weighted(CATEGORY_WEIGHTS);
  const hospital = HOSPITALS.has(category);
  const ownership = hospital || category.startsWith('COMMUNITY') || category === 'TOWNSHIP_HEALTH_CENTER' ? (r.chance(0.75) ? 'PUBLIC' : 'PRIVATE') : r.chance(0.15) ? 'PUBLIC' : 'PRIVATE';
  const forProfit = ownership === 'PRIVATE' && r.chance(0.7);
  const grade = hospital ? r.pick(['GRADE_3A', 'GRADE_3B', 'GRADE_2A', 'GRADE_2A', 'GRADE_2B', 'GRADE_1A', 'UNGRADED']) : 'UNGRADED';
  const beds = hospital ? r.int(60, 2500) : category === 'TOWNSHIP_HEALTH_CENTER' ? r.int(10, 120) : null;
  const orgCode = orgCodeFor(index);
  const uscc = usccFor(ownership === 'PUBLIC' ? '12' : forProfit ? '91' : '52', county.code, orgCode);
  const issued = isoDate(r.int(2008, 2024), r.int(1, 12), r.int(1, 28));
  // 床位 ≥ 100: 15-year license validated every 3 years; otherwise 5 years, validated yearly.
  const large = (beds ?? 0) >= 100;
  const validUntil = addMonths(issued, large ? 180 : 60);
  const validations: PlannedInstitution['validations'] = [];
  for (let on = addMonths(issued, large ? 36 : 12); on < '2026-11-01' && on < validUntil; on = addMonths(on, large ? 36 : 12)) {
    const roll = r.int(0, 99);
    const result = roll < 90 ? 'PASSED' : roll < 98 ? 'DEFERRED' : 'FAILED';
    const months = result === 'DEFERRED' ? r.int(1, 6) : null;
    validations.push({ validated_on: on, result, deferral_months: months, rectification_deadline: months ? addMonths(on, months) : null });
  }
  return {
    key: uscc,
    name: institutionName(r, category, county, ownership),
    uscc,
    region_code: county.code,
    category,
    ownership,
    profit_status: forProfit ? 'FOR_PROFIT' : 'NON_PROFIT',
    grade,
    legal_representative: personName(r),
    address: `${county.name}${r.pick(TOWNS)}路${r.int(1, 999)}号`,
    bed_count: beds,
    license: {
      number: licenseRegistrationNumberFor(orgCode, county.code, ownership === 'PUBLIC' ? '11' : '90', INSTITUTION_CATEGORIES[category].code),
      issuing_authority: `${county.name}卫生健康局`,
      valid_from: issued,
      valid_until: validUntil,
    },
    validations,
  };
}

export const staffWeight = (category: string) => STAFF_WEIGHT[category as InstitutionCategory] ?? 1;

export interface PlannedPractitioner {
  key: string; // id_number
  name: string; id_number: string; phone: string; profession: Profession;
  certificate: { kind: string; number: string; valid_from: string } | null;
  practiceCategory: string | null;
  scope: string | null;
  registeredFrom: string;
}

const PROFESSION_WEIGHTS: Record<Profession, number> = { PHYSICIAN: 40, ASSISTANT_PHYSICIAN: 8, NURSE: 42, PHARMACIST: 4, TECHNICIAN: 4, RURAL_DOCTOR: 2 };

export function planPractitioner(r: SeededRandom, index: number, birthRegion: string): PlannedPractitioner {
  const profession = r.weighted(PROFESSION_WEIGHTS);
  const idNumber = idNumberFor(index, birthRegion);
  const registeredFrom = isoDate(r.int(2000, 2025), r.int(1, 12), r.int(1, 28));
  const physician = PHYSICIAN_PROFESSIONS.includes(profession);
  const certificate = physician
    ? { kind: 'PHYSICIAN_PRACTICE', number: physicianCertificateFor(index), valid_from: registeredFrom }
    : profession === 'NURSE'
      ? { kind: 'NURSE_PRACTICE', number: nurseCertificateFor(index), valid_from: registeredFrom }
      : null;
  return {
    key: idNumber,
    name: personName(r),
    id_number: idNumber,
    phone: phoneFor(index),
    profession,
    certificate,
    practiceCategory: physician ? r.pick(['CLINICAL', 'CLINICAL', 'CLINICAL', 'TCM', 'DENTAL', 'PUBLIC_HEALTH']) : null,
    scope: physician ? r.pick(SCOPES) : null,
    registeredFrom,
  };
}
