import { isValidOrgCode } from './org-code.js';

/**
 * 医疗机构执业许可证登记号: 22 characters = 9 organisation code + 6 region + 2 economic type
 * + 4 institution category (e.g. A100) + 1 branch digit.
 */
const SHAPE = /^[0-9A-Z]{9}\d{6}\d{2}[A-Z][0-9A-Z]{3}\d$/;

export interface LicenseRegistrationParts {
  orgCode: string;
  regionCode: string;
  economicType: string;
  categoryCode: string;
  branch: string;
}

export type LicenseNumberProblem = 'FORMAT' | 'ORGANISATION_CODE';

export function licenseRegistrationNumberProblem(value: string): LicenseNumberProblem | null {
  if (!SHAPE.test(value)) return 'FORMAT';
  if (!isValidOrgCode(value.slice(0, 9))) return 'ORGANISATION_CODE';
  return null;
}

export function splitLicenseRegistrationNumber(value: string): LicenseRegistrationParts {
  return {
    orgCode: value.slice(0, 9),
    regionCode: value.slice(9, 15),
    economicType: value.slice(15, 17),
    categoryCode: value.slice(17, 21),
    branch: value.slice(21, 22),
  };
}

/** 医师执业证书编码: 15 digits, no check digit. */
export const isPhysicianCertificateNumber = (value: string) => /^\d{15}$/.test(value);
/** 护士执业证书编号: 12 digits, no check digit. */
export const isNurseCertificateNumber = (value: string) => /^\d{12}$/.test(value);
