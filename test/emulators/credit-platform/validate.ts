import { NATURAL_PERSON, ORGANISATION, RESIDENT_ID_CARD_TYPES, RULES, WITHDRAWAL_REASONS, type RecordKind } from './fields.js';
import { addYears, idNumbersIn, isCalendarDate, isValidIdNumber, isValidUscc, isWanYuanAmount } from './identifiers.js';

/** One data error, as the platform reports it in a REJECTED result. */
export interface FieldError {
  field: string;
  message: string;
}

export const MAX_ID_LENGTH = 64;
/** The longest publication period under any rule in DOMAIN.md (serious: up to 3 years from the decision). */
const LONGEST_PUBLICATION_YEARS = 3;

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A required field is empty when missing, null, or blank: a value of spaces says nothing. */
function isEmpty(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

/**
 * Every data error in one licensing (xzxk) or penalty (xzcf) record; none means it is stored.
 * All errors are reported at once so a corrected record needs one resend, not one per error.
 * Fields the contract does not list are neither checked nor refused: they are stored as sent.
 */
export function validateRecord(kind: RecordKind, record: unknown): FieldError[] {
  if (!isPlainObject(record)) return [{ field: 'ID', message: '记录必须为JSON对象' }];
  const rules = RULES[kind];
  const errors: FieldError[] = [];
  const label = (field: string) => rules.labels[field] ?? field;
  const wrongType = new Set<string>();
  for (const field of Object.keys(rules.labels)) {
    const value = record[field];
    if (value === undefined || value === null || typeof value === 'string') continue;
    if (typeof value === 'number' && rules.amounts.includes(field)) continue;
    wrongType.add(field);
    errors.push({ field, message: `${label(field)}必须为字符串` });
  }
  /** The field's value when it is present, non-blank and of the right type. */
  const given = (field: string): string | undefined => {
    const value = record[field];
    if (wrongType.has(field) || isEmpty(value)) return undefined;
    return String(value);
  };
  const requireField = (field: string, why = '') => {
    if (!wrongType.has(field) && isEmpty(record[field])) errors.push({ field, message: `${label(field)}不能为空${why}` });
  };

  for (const field of rules.required) requireField(field);
  const id = given('ID');
  if (id !== undefined && [...id].length > MAX_ID_LENGTH) errors.push({ field: 'ID', message: `数据唯一标识不能超过${MAX_ID_LENGTH}个字符` });

  const codesOf: Record<string, string[]> = {};
  for (const [field, codeList] of Object.entries(rules.codes)) {
    const value = given(field);
    if (value === undefined) continue;
    // Codes are matched exactly: no trimming, no full-width `；`, no empty part from a stray `;`.
    const codes = codeList.multiple ? value.split(';') : [value];
    codesOf[field] = codes;
    const unknown = codes.filter((code) => !codeList.values.includes(code));
    if (unknown.length) errors.push({ field, message: `${label(field)}取值不在代码表内：${unknown.map((c) => `“${c}”`).join('、')}` });
  }
  for (const field of rules.dates) {
    const value = given(field);
    if (value !== undefined && !isCalendarDate(value)) errors.push({ field, message: `${label(field)}不是有效日期（yyyy-MM-dd）` });
  }
  for (const field of rules.usccs) {
    const value = given(field);
    if (value !== undefined && !isValidUscc(value)) errors.push({ field, message: '统一社会信用代码校验不通过' });
  }
  for (const field of rules.amounts) {
    const value = given(field);
    if (value !== undefined && !isWanYuanAmount(record[field] as string | number)) {
      errors.push({ field, message: `${label(field)}须为以万元为单位、最多6位小数的非负数` });
    }
  }

  // 个体工商户 is named neither an organisation nor a natural person by the contract: it gets
  // neither conditional requirement, but whatever USCC or ID number it carries is still checked.
  const { subject } = rules;
  const category = given(subject.category);
  if (category === ORGANISATION) {
    requireField(subject.uscc, '（法人及非法人组织必填）');
    requireField(subject.legalRepresentative, '（法人及非法人组织必填）');
  } else if (category === NATURAL_PERSON) {
    requireField(subject.idType, '（自然人必填）');
    requireField(subject.idNumber, '（自然人必填）');
  }
  const idType = given(subject.idType);
  const idNumber = given(subject.idNumber);
  if (idNumber !== undefined && idType !== undefined && RESIDENT_ID_CARD_TYPES.includes(idType) && !isValidIdNumber(idNumber)) {
    errors.push({ field: subject.idNumber, message: '身份证号码校验不通过' });
  }

  if (kind === 'xzcf') errors.push(...penaltyRules(given, requireField, codesOf.CF_CFLB ?? []));
  return errors;
}

function penaltyRules(given: (field: string) => string | undefined, requireField: (field: string, why?: string) => void, categories: string[]): FieldError[] {
  if (categories.includes('罚款')) requireField('CF_NR_FK', '（处罚类别含罚款时必填）');
  if (categories.some((c) => c.startsWith('没收'))) requireField('CF_NR_WFFF', '（处罚类别含没收时必填）');
  if (categories.some((c) => c.startsWith('暂扣') || c.startsWith('吊销'))) requireField('CF_NR_ZKDX', '（处罚类别含暂扣或吊销时必填）');

  const decided = given('CF_JDRQ');
  const publicUntil = given('CF_GSJZQ');
  if (decided === undefined || publicUntil === undefined || !isCalendarDate(decided) || !isCalendarDate(publicUntil)) return [];
  if (publicUntil < decided) return [{ field: 'CF_GSJZQ', message: '公示截止期不能早于处罚决定日期' }];
  // CF_GSJZQ is "the end of the publication period"; no rule publishes longer than 3 years from
  // the decision date, so a later date cannot be one.
  const latest = addYears(decided, LONGEST_PUBLICATION_YEARS);
  if (publicUntil > latest) return [{ field: 'CF_GSJZQ', message: `公示截止期超出最长公示期限（处罚决定日期起${LONGEST_PUBLICATION_YEARS}年，即${latest}）` }];
  return [];
}

/** Every data error in one withdrawal item, before the record it names is looked up. */
export function validateWithdrawal(item: unknown): FieldError[] {
  if (!isPlainObject(item)) return [{ field: 'ID', message: '撤销项必须为JSON对象' }];
  const errors: FieldError[] = [];
  const { ID: id, reason, date } = item;
  if (typeof id !== 'string' || id.trim() === '') errors.push({ field: 'ID', message: '数据唯一标识不能为空' });
  else if ([...id].length > MAX_ID_LENGTH) errors.push({ field: 'ID', message: `数据唯一标识不能超过${MAX_ID_LENGTH}个字符` });
  if (typeof reason !== 'string' || !WITHDRAWAL_REASONS.includes(reason)) {
    errors.push({ field: 'reason', message: `撤销原因只能取：${WITHDRAWAL_REASONS.join('、')}` });
  }
  if (typeof date !== 'string' || !isCalendarDate(date)) errors.push({ field: 'date', message: '撤销日期不是有效日期（yyyy-MM-dd）' });
  return errors;
}

/**
 * Fields other than `*_ZJHM` that hold a valid resident ID number. The contract says numbers go
 * only in `*_ZJHM` (the platform masks that one when publishing) but names no rejection, so the
 * record is stored and the finding is kept for tests: anywhere else the number would be published.
 */
export function idNumbersOutsideIdField(kind: RecordKind, record: Record<string, unknown>): string[] {
  const idField = RULES[kind].subject.idNumber;
  return Object.entries(record)
    .filter(([field, value]) => field !== idField && typeof value === 'string' && idNumbersIn(value).length > 0)
    .map(([field]) => field);
}
