import { createHash } from 'node:crypto';
import { z } from 'zod';
import { birthDateOf, idNumberProblem } from '../../domain/identifiers/id-number.js';
import { todayInChina } from '../../domain/today.js';
import { dateSchema } from '../../graphql/date-order.js';
import { CASE_KINDS, CASE_STATUSES, DOCUMENT_TYPES, SEXES } from '../../plugin-sdk/index.js';
import { halfWidth, idNumber15To18 } from '../../plugin-sdk/normalize.js';
import { matchingHash } from '../registry-matching/id-number-hashes.js';

const keys = <T extends Record<string, string>>(catalog: T) => Object.keys(catalog) as [keyof T & string, ...(keyof T & string)[]];
const text = (max: number) => z.string().trim().min(1).max(max);
/** Checked with the other rules below (not in the object), so a bad amount is reported beside every other issue. */
const YUAN = /^\d{1,12}(\.\d{1,2})?$/;
const add = (ctx: z.core.$RefinementCtx, path: string, code: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message, params: { code } });

const ID_MESSAGES = {
  FORMAT: 'must be 18 characters (17 digits and a digit or X), 15 digits, or masked with *',
  BIRTH_DATE: 'birth date (digits 7–14) is not a real date',
  CHECK_CHARACTER: 'check character does not match (GB 11643-1999)',
} as const;

/**
 * A resident ID number as a regulator may type it — full-width, with spaces, a lowercase `x`,
 * 15 digits (converted to 18) — or masked with `*` when that is all the file holds.
 */
function readResidentNumber(raw: string): { number: string; masked: boolean } {
  const compact = halfWidth(raw.normalize('NFC')).replace(/[\s\u3000\u00a0]+/g, '').toUpperCase();
  if (compact.includes('*')) return { number: compact, masked: true };
  return { number: /^\d{15}$/.test(compact) ? idNumber15To18(compact) : compact, masked: false };
}

/** A case as a regulator records it: the fields of the registries' contract, plus a birth date and the complaint. */
export const recordedCaseSchema = z
  .object({
    caseNumber: text(64),
    personName: text(100),
    sex: z.enum(keys(SEXES)),
    documentType: z.enum(keys(DOCUMENT_TYPES)).nullish(),
    documentNumber: text(40).nullish(),
    birthDate: dateSchema.nullish(),
    regionCode: z.string().regex(/^\d{6}$/, { message: '行政区划代码 must be six digits' }),
    place: text(500).nullish(),
    kind: z.enum(keys(CASE_KINDS)),
    openedOn: dateSchema,
    decidedOn: dateSchema.nullish(),
    decisionNumber: text(100).nullish(),
    content: text(4000).nullish(),
    fineYuan: z.string().nullish(),
    confiscatedYuan: z.string().nullish(),
    transferredToPolice: z.boolean(),
    status: z.enum(keys(CASE_STATUSES)),
    complaintId: z.string().nullish(),
  })
  .transform((c) => {
    const resident = c.documentType === 'RESIDENT_ID' && c.documentNumber ? readResidentNumber(c.documentNumber) : null;
    return { ...c, documentNumber: resident?.number ?? c.documentNumber ?? null, documentNumberMasked: resident?.masked ?? false };
  })
  .superRefine((c, ctx) => {
    const today = todayInChina();
    for (const field of ['fineYuan', 'confiscatedYuan'] as const) {
      if (c[field] != null && !YUAN.test(c[field])) add(ctx, field, 'FORMAT', 'must be yuan with at most two decimals, e.g. "50000.00"');
    }
    if (c.documentNumber && !c.documentType) add(ctx, 'documentType', 'REQUIRED', '证件类型 goes with a document number');
    if (c.documentType === 'RESIDENT_ID' && c.documentNumber) {
      if (c.documentNumberMasked) {
        if (!/^[\dX*]{15,18}$/.test(c.documentNumber) || (c.documentNumber.length !== 15 && c.documentNumber.length !== 18)) {
          add(ctx, 'documentNumber', 'FORMAT', 'a masked number keeps 15 or 18 characters, digits, X and *');
        }
      } else {
        const problem = idNumberProblem(c.documentNumber);
        if (problem) add(ctx, 'documentNumber', problem, `居民身份证号码 ${ID_MESSAGES[problem]}`);
        else if (c.birthDate && birthDateOf(c.documentNumber) !== c.birthDate) add(ctx, 'birthDate', 'MISMATCH', 'the birth date differs from the one in the ID number');
      }
    }
    if (c.birthDate && c.birthDate > today) add(ctx, 'birthDate', 'FUTURE_DATE', 'birthDate is in the future');
    if (c.openedOn > today) add(ctx, 'openedOn', 'FUTURE_DATE', 'openedOn is in the future');
    if (c.decidedOn && c.decidedOn > today) add(ctx, 'decidedOn', 'FUTURE_DATE', 'decidedOn is in the future');
    if (c.decidedOn && c.decidedOn < c.openedOn) add(ctx, 'decidedOn', 'DATES_OUT_OF_ORDER', 'decided before the case was opened');
    if (c.birthDate && c.birthDate > c.openedOn) add(ctx, 'birthDate', 'DATES_OUT_OF_ORDER', 'born after the case was opened');
    if (c.decidedOn && !c.decisionNumber) add(ctx, 'decisionNumber', 'REQUIRED', '处罚文号 goes with a decision date');
    if (c.decisionNumber && !c.decidedOn) add(ctx, 'decidedOn', 'REQUIRED', 'a decision has a date');
    if ((c.fineYuan || c.confiscatedYuan) && !c.decidedOn) add(ctx, c.fineYuan ? 'fineYuan' : 'confiscatedYuan', 'NOT_DECIDED', 'amounts come with a decision');
  });

export type RecordedCase = z.output<typeof recordedCaseSchema>;

/** The row columns of a recorded case (everything but who, where from and when). */
export function recordedCaseColumns(c: RecordedCase, hashKey: string | null) {
  const fullResident = c.documentType === 'RESIDENT_ID' && c.documentNumber !== null && !c.documentNumberMasked;
  const content = { ...c, complaintId: undefined };
  return {
    case_number: c.caseNumber,
    person_name: c.personName,
    sex: c.sex,
    document_type: c.documentType ?? null,
    document_number: c.documentNumber,
    document_number_masked: c.documentNumberMasked,
    // Without the key the number is kept unhashed; the matching job hashes it once the hub has one.
    id_number_hash: fullResident && hashKey ? matchingHash(hashKey, c.documentNumber!) : null,
    birth_date: c.birthDate ?? null,
    region_code: c.regionCode,
    place: c.place ?? null,
    kind: c.kind,
    opened_on: c.openedOn,
    decided_on: c.decidedOn ?? null,
    decision_number: c.decisionNumber ?? null,
    content: c.content ?? null,
    fine_yuan: c.fineYuan ?? null,
    confiscated_yuan: c.confiscatedYuan ?? null,
    transferred_to_police: c.transferredToPolice,
    status: c.status,
    content_hash: createHash('sha256').update(JSON.stringify(content)).digest('hex'),
  };
}
