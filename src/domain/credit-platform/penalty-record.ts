import { PENALTY_CATEGORIES, type PenaltyCategory } from '../catalog.js';
import { yuanToWanYuan } from './amounts.js';

/**
 * The national credit-sharing platform's 行政处罚 (CF) record, derived from a penalty and its
 * subject (contracts/credit-platform.md). The ID of the record is stable for ever: `CF-` + the
 * penalty's id in this hub.
 */
export interface PenaltyForPlatform {
  id: string;
  decisionNumber: string;
  violationType: string;
  facts: string;
  legalBasis: string;
  categories: PenaltyCategory[];
  content: string;
  fineYuan: string | null;
  confiscatedYuan: string | null;
  affectedLicenses: { name: string; number: string }[];
  decidedOn: string;
  validUntil: string | null;
  authorityName: string;
  authorityUscc: string;
}

export type SubjectForPlatform =
  | { kind: 'INSTITUTION'; name: string; uscc: string; legalRepresentative: string | null }
  | { kind: 'PRACTITIONER'; name: string; idNumber: string };

export function penaltyRecord(penalty: PenaltyForPlatform, subject: SubjectForPlatform, publicationEnd: string): Record<string, string> {
  const record: Record<string, string> = {
    ID: `CF-${penalty.id}`,
    CF_XDR_MC: subject.name,
    CF_XDR_LB: subject.kind === 'INSTITUTION' ? '法人及非法人组织' : '自然人',
    CF_WSH: penalty.decisionNumber,
    CF_WFXW: penalty.violationType,
    CF_SY: penalty.facts,
    CF_YJ: penalty.legalBasis,
    CF_CFLB: penalty.categories.map((c) => PENALTY_CATEGORIES[c].label).join(';'),
    CF_NR: penalty.content,
    CF_JDRQ: penalty.decidedOn,
    CF_YXQ: penalty.validUntil ?? '2099-12-31',
    CF_GSJZQ: publicationEnd,
    CF_CFJG: penalty.authorityName,
    CF_CFJGDM: penalty.authorityUscc,
    CF_SJLY: penalty.authorityName,
    CF_SJLYDM: penalty.authorityUscc,
  };
  if (subject.kind === 'INSTITUTION') {
    record.CF_XDR_SHXYM = subject.uscc;
    if (subject.legalRepresentative) record.CF_FRDB = subject.legalRepresentative;
  } else {
    // The platform masks ID numbers itself when publishing; they go only in *_ZJHM.
    record.CF_XDR_ZJLX = '身份证';
    record.CF_XDR_ZJHM = subject.idNumber;
  }
  if (penalty.fineYuan) record.CF_NR_FK = yuanToWanYuan(penalty.fineYuan);
  if (penalty.confiscatedYuan) record.CF_NR_WFFF = yuanToWanYuan(penalty.confiscatedYuan);
  if (penalty.affectedLicenses.length) record.CF_NR_ZKDX = penalty.affectedLicenses.map((l) => `${l.name}(${l.number})`).join(';');
  return record;
}
