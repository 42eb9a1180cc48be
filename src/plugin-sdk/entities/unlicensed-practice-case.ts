import { z } from 'zod';
import { singleLineText, freeText } from './text.js';

/**
 * The entity contract for 非法行医 cases: what every source plugin's `parse` must produce. The
 * runtime validates each record against it before anything is written; a record that fails is
 * quarantined with the issues as its reason. Only what a case cannot be kept without is
 * required: its number, its county (which decides who may see it), its status and the source's
 * update time; a missing name, kind or opening date leaves the field empty rather than losing the case.
 */
export const CASE_KINDS = {
  UNLICENSED_PRACTICE: '无证行医',
  NON_PHYSICIAN_PRACTICE: '非医师行医',
  BEYOND_SCOPE: '超范围执业',
  ILLEGAL_BLOOD_COLLECTION: '非法采供血',
  ILLEGAL_COSMETIC_MEDICINE: '非法医疗美容',
} as const;
export type CaseKind = keyof typeof CASE_KINDS;

export const CASE_STATUSES = { OPEN: '办理中', CLOSED: '结案', REVOKED: '已撤销' } as const;
export type CaseStatus = keyof typeof CASE_STATUSES;

export const DOCUMENT_TYPES = {
  RESIDENT_ID: '居民身份证',
  PASSPORT: '护照',
  HK_MACAO_PERMIT: '港澳居民来往内地通行证',
  TAIWAN_PERMIT: '台湾居民来往大陆通行证',
  OTHER: '其他',
} as const;
export type DocumentType = keyof typeof DOCUMENT_TYPES;

export const SEXES = { MALE: '男', FEMALE: '女', UNKNOWN: '未知' } as const;

const keys = <T extends Record<string, string>>(catalog: T) => Object.keys(catalog) as [keyof T & string, ...(keyof T & string)[]];
const isoDate = z.iso.date();
const amount = z.string().regex(/^\d{1,12}(\.\d{1,2})?$/, 'must be yuan with at most two decimals');

export const unlicensedPracticeCaseSchema = z
  .object({
    caseNumber: singleLineText(64),
    /** Null when the source does not name the person (a case is kept rather than lost). */
    personName: singleLineText(100).nullable(),
    sex: z.enum(keys(SEXES)),
    documentType: z.enum(keys(DOCUMENT_TYPES)).nullable(),
    /** For a resident ID: 18 characters (checked), or masked with `*`. Other documents as written. */
    documentNumber: singleLineText(40).nullable(),
    documentNumberMasked: z.boolean(),
    regionCode: z.string().regex(/^\d{6}$/, 'must be a six-digit GB/T 2260 code'),
    place: freeText(500).nullable(),
    kind: z.enum(keys(CASE_KINDS)).nullable(),
    openedOn: isoDate.nullable(),
    decidedOn: isoDate.nullable(),
    decisionNumber: singleLineText(100).nullable(),
    content: freeText(4000).nullable(),
    fineYuan: amount.nullable(),
    confiscatedYuan: amount.nullable(),
    transferredToPolice: z.boolean(),
    status: z.enum(keys(CASE_STATUSES)),
    /** The source's own update time (更新时间): it decides which version of a case is newer. */
    sourceUpdatedAt: z.iso.datetime({ offset: true }),
  })
  .strict()
  .superRefine((record, ctx) => {
    if (record.documentNumberMasked && record.documentNumber === null) {
      ctx.addIssue({ code: 'custom', path: ['documentNumberMasked'], message: 'a masked number needs the number' });
    }
    if (record.documentType === 'RESIDENT_ID' && record.documentNumber !== null && !record.documentNumberMasked && !/^\d{17}[\dX]$/.test(record.documentNumber)) {
      ctx.addIssue({ code: 'custom', path: ['documentNumber'], message: 'a resident ID number must be 18 characters' });
    }
  });

export type UnlicensedPracticeCaseRecord = z.infer<typeof unlicensedPracticeCaseSchema>;
