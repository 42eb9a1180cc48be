import { LICENSE_KINDS, type LicenseKind } from '../catalog.js';
import { badUscc, blank, missingData, NO_END, type Mapped } from './mapped.js';
import type { SubjectForPlatform } from './penalty-record.js';

/**
 * The national credit-sharing platform's 行政许可 (XK) record, derived from a license and its
 * holder (contracts/credit-platform.md): an institution's 医疗机构执业许可证 as 法人及非法人组织,
 * a practitioner's 执业注册 (医师 / 护士执业证书) as 自然人. The ID is stable for ever: `XK-` + the
 * license's id in this hub. The data-source unit (XK_LYDW, XK_LYDWDM) is the sink's setting.
 */
export interface LicenseForPlatform {
  id: string;
  kind: LicenseKind;
  number: string;
  issuingAuthority: string;
  issuingAuthorityUscc: string | null;
  validFrom: string;
  validUntil: string | null;
  status: string;
}

const DECISION_DOCUMENT: Record<LicenseKind, string> = {
  INSTITUTION_PRACTICE: '医疗机构执业许可决定书',
  PHYSICIAN_PRACTICE: '医师执业注册决定书',
  NURSE_PRACTICE: '护士执业注册决定书',
};

export const licenseRecordId = (licenseId: string) => `XK-${licenseId}`;

export function licenseRecord(license: LicenseForPlatform, holder: SubjectForPlatform): Mapped {
  const problem = missingData([
    [blank(holder.name), 'the holder has no name'],
    [holder.kind === 'INSTITUTION' && badUscc(holder.uscc), 'the institution has no valid 统一社会信用代码'],
    [holder.kind === 'INSTITUTION' && blank(holder.legalRepresentative), 'the institution has no 法定代表人 (XK_FRDB is required for organisations)'],
    [holder.kind === 'PRACTITIONER' && blank(holder.idNumber), 'the practitioner has no ID number'],
    [blank(license.issuingAuthority), 'the license has no issuing authority'],
    [badUscc(license.issuingAuthorityUscc), 'the issuing authority has no valid 统一社会信用代码 (XK_XKJGDM): set issuingAuthorityUscc on the license'],
  ]);
  if (problem) return { ok: false, reason: problem };
  const kindLabel = LICENSE_KINDS[license.kind].label;
  const validUntil = license.validUntil ?? NO_END;
  const fields: Record<string, string> = {
    ID: licenseRecordId(license.id),
    XK_XDR_MC: holder.name,
    XK_XDR_LB: holder.kind === 'INSTITUTION' ? '法人及非法人组织' : '自然人',
    XK_XKWS: DECISION_DOCUMENT[license.kind],
    XK_WSH: license.number,
    // 医疗机构执业许可 is an ordinary licence; practitioners' 执业注册 is a registration.
    XK_XKLB: license.kind === 'INSTITUTION_PRACTICE' ? '普通' : '登记',
    XK_XKZS: kindLabel,
    XK_XKBH: license.number,
    XK_NR: `核发${kindLabel}，编号${license.number}，有效期${license.validFrom}至${license.validUntil ?? '长期'}`,
    XK_JDRQ: license.validFrom,
    XK_YXQZ: license.validFrom,
    XK_YXQZI: validUntil,
    XK_XKJG: license.issuingAuthority,
    XK_XKJGDM: license.issuingAuthorityUscc!,
    XK_ZT: license.status === 'VALID' ? '1' : '2',
  };
  if (holder.kind === 'INSTITUTION') {
    fields.XK_XDR_SHXYM = holder.uscc;
    fields.XK_FRDB = holder.legalRepresentative!;
  } else {
    // The platform masks ID numbers itself when publishing; they go only in *_ZJHM.
    fields.XK_XDR_ZJLX = '身份证';
    fields.XK_XDR_ZJHM = holder.idNumber;
  }
  return { ok: true, fields };
}
