import { PHYSICIAN_PROFESSIONS, type LicenseKind, type Profession } from '../../domain/catalog.js';
import {
  isNurseCertificateNumber,
  isPhysicianCertificateNumber,
  licenseRegistrationNumberProblem,
  splitLicenseRegistrationNumber,
} from '../../domain/identifiers/license-number.js';
import type { InstitutionRow, PractitionerRow } from '../../db/rows.js';
import type { IssueList } from '../../graphql/validate.js';

/**
 * What a license number must look like for its kind and holder. Returns the region code embedded
 * in an institution license number, which the caller checks against the region table.
 */
export function checkLicenseNumber(
  kind: LicenseKind,
  number: string,
  holder: { institution?: InstitutionRow; practitioner?: PractitionerRow },
  issues: IssueList,
): string | null {
  if (kind === 'INSTITUTION_PRACTICE') {
    if (!holder.institution) issues.add('holderId', 'WRONG_HOLDER', '医疗机构执业许可证 is held by an institution');
    const problem = licenseRegistrationNumberProblem(number);
    if (problem === 'FORMAT') {
      issues.add('number', 'FORMAT', '登记号 must be 22 characters: organisation code (9), region (6), economic type (2), category (4), branch (1)');
      return null;
    }
    if (problem === 'ORGANISATION_CODE') {
      issues.add('number', 'ORGANISATION_CODE', 'the organisation code in the 登记号 fails its check (GB 11714)');
      return null;
    }
    const parts = splitLicenseRegistrationNumber(number);
    if (holder.institution && holder.institution.uscc.slice(8, 17) !== parts.orgCode) {
      issues.add('number', 'ORGANISATION_CODE_MISMATCH', 'the organisation code in the 登记号 differs from the holder’s USCC');
    }
    return parts.regionCode;
  }
  if (!holder.practitioner) {
    issues.add('holderId', 'WRONG_HOLDER', '执业证书 is held by a practitioner');
    return null;
  }
  const profession = holder.practitioner.profession as Profession;
  if (kind === 'PHYSICIAN_PRACTICE') {
    if (!isPhysicianCertificateNumber(number)) issues.add('number', 'FORMAT', '医师执业证书编码 must be 15 digits');
    if (!PHYSICIAN_PROFESSIONS.includes(profession)) issues.add('kind', 'WRONG_PROFESSION', `a ${profession} does not hold a 医师执业证书`);
  } else {
    if (!isNurseCertificateNumber(number)) issues.add('number', 'FORMAT', '护士执业证书编号 must be 12 digits');
    if (profession !== 'NURSE') issues.add('kind', 'WRONG_PROFESSION', `a ${profession} does not hold a 护士执业证书`);
  }
  return null;
}
