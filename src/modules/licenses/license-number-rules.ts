import { PHYSICIAN_PROFESSIONS, type LicenseKind, type Profession } from '../../domain/catalog.js';
import {
  isNurseCertificateNumber,
  isPhysicianCertificateNumber,
  licenseRegistrationNumberProblem,
  splitLicenseRegistrationNumber,
} from '../../domain/identifiers/license-number.js';
import type { InstitutionRow, PractitionerRow } from '../../db/rows.js';
import { overridesChecksum } from '../../graphql/checksum-override.js';
import type { IssueList } from '../../graphql/validate.js';

/**
 * What a license number must look like for its kind and holder. Answers the region code embedded
 * in an institution license number, which the caller checks against the region table, and whether
 * a regulator's override set aside the failed check of its organisation code.
 */
export function checkLicenseNumber(
  kind: LicenseKind,
  number: string,
  holder: { institution?: InstitutionRow; practitioner?: PractitionerRow },
  checksumOverride: unknown,
  issues: IssueList,
): { regionCode: string | null; overridden: boolean } {
  const none = { regionCode: null, overridden: false };
  if (kind === 'INSTITUTION_PRACTICE') {
    if (!holder.institution) issues.add('holderId', 'WRONG_HOLDER', '医疗机构执业许可证 is held by an institution');
    const problem = licenseRegistrationNumberProblem(number);
    if (problem === 'FORMAT') {
      issues.add('number', 'FORMAT', '登记号 must be 22 characters: organisation code (9), region (6), economic type (2), category (4), branch (1)');
      return none;
    }
    const failure = problem === 'ORGANISATION_CODE' ? { code: 'ORGANISATION_CODE', message: 'the organisation code in the 登记号 fails its check (GB 11714)' } : null;
    const overridden = overridesChecksum(failure, checksumOverride, 'number', issues);
    if (failure && !overridden) return none;
    const parts = splitLicenseRegistrationNumber(number);
    if (holder.institution && holder.institution.uscc.slice(8, 17) !== parts.orgCode) {
      issues.add('number', 'ORGANISATION_CODE_MISMATCH', 'the organisation code in the 登记号 differs from the holder’s USCC');
    }
    return { regionCode: parts.regionCode, overridden };
  }
  // Certificate numbers have no check character: there is never anything to override.
  overridesChecksum(null, checksumOverride, 'number', issues);
  if (!holder.practitioner) {
    issues.add('holderId', 'WRONG_HOLDER', '执业证书 is held by a practitioner');
    return none;
  }
  const profession = holder.practitioner.profession as Profession;
  if (kind === 'PHYSICIAN_PRACTICE') {
    if (!isPhysicianCertificateNumber(number)) issues.add('number', 'FORMAT', '医师执业证书编码 must be 15 digits');
    if (!PHYSICIAN_PROFESSIONS.includes(profession)) issues.add('kind', 'WRONG_PROFESSION', `a ${profession} does not hold a 医师执业证书`);
  } else {
    if (!isNurseCertificateNumber(number)) issues.add('number', 'FORMAT', '护士执业证书编号 must be 12 digits');
    if (profession !== 'NURSE') issues.add('kind', 'WRONG_PROFESSION', `a ${profession} does not hold a 护士执业证书`);
  }
  return none;
}
