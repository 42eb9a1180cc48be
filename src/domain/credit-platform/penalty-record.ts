import { PENALTY_CATEGORIES, type PenaltyCategory } from '../catalog.js';
import { yuanToWanYuan } from './amounts.js';
import { badUscc, blank, missingData, NO_END, type Mapped } from './mapped.js';

/**
 * The national credit-sharing platform's 行政处罚 (CF) record, derived from a penalty and its
 * subject (contracts/credit-platform.md). The ID of the record is stable for ever: `CF-` + the
 * penalty's id in this hub. The data-source unit (CF_SJLY, CF_SJLYDM) is the sink's setting.
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

export const penaltyRecordId = (penaltyId: string) => `CF-${penaltyId}`;

export function penaltyRecord(penalty: PenaltyForPlatform, subject: SubjectForPlatform, publicationEnd: string): Record<string, string> {
  const record: Record<string, string> = {
    ID: penaltyRecordId(penalty.id),
    CF_XDR_MC: subject.name,
    CF_XDR_LB: subject.kind === 'INSTITUTION' ? '法人及非法人组织' : '自然人',
    CF_WSH: penalty.decisionNumber,
    CF_WFXW: penalty.violationType,
    CF_SY: penalty.facts,
    CF_YJ: penalty.legalBasis,
    CF_CFLB: penalty.categories.map((c) => PENALTY_CATEGORIES[c].label).join(';'),
    CF_NR: penalty.content,
    CF_JDRQ: penalty.decidedOn,
    CF_YXQ: penalty.validUntil ?? NO_END,
    CF_GSJZQ: publicationEnd,
    CF_CFJG: penalty.authorityName,
    CF_CFJGDM: penalty.authorityUscc,
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

/** The CF record, or why the platform would refuse it for missing data (the record is then held). */
export function mapPenalty(penalty: PenaltyForPlatform, subject: SubjectForPlatform, publicationEnd: string | null): Mapped {
  const has = (category: PenaltyCategory) => penalty.categories.includes(category);
  const problem = missingData([
    [blank(subject.name), 'the subject has no name'],
    [subject.kind === 'INSTITUTION' && badUscc(subject.uscc), 'the institution has no valid 统一社会信用代码'],
    [subject.kind === 'INSTITUTION' && blank(subject.legalRepresentative), 'the institution has no 法定代表人 (CF_FRDB is required for organisations)'],
    [subject.kind === 'PRACTITIONER' && blank(subject.idNumber), 'the practitioner has no ID number'],
    [badUscc(penalty.authorityUscc), 'the deciding authority has no valid 统一社会信用代码 (CF_CFJGDM)'],
    [publicationEnd === null, `no publication-period rule is in force on ${penalty.decidedOn} (CF_GSJZQ)`],
    [has('FINE') && !penalty.fineYuan, '罚款 without a fine amount (CF_NR_FK)'],
    [(has('CONFISCATE_ILLEGAL_GAINS') || has('CONFISCATE_ILLEGAL_PROPERTY')) && !penalty.confiscatedYuan, '没收 without an amount (CF_NR_WFFF)'],
    [(has('SUSPEND_LICENSE') || has('REVOKE_LICENSE')) && penalty.affectedLicenses.length === 0, '暂扣 / 吊销 without the licenses concerned (CF_NR_ZKDX)'],
  ]);
  if (problem) return { ok: false, reason: problem };
  return { ok: true, fields: penaltyRecord(penalty, subject, publicationEnd!) };
}
