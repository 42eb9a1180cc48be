import { beijingToIso } from './beijing-time.js';
import { isValidIdNumber, upgradeFirstGeneration } from './id-numbers.js';
import { isCalendarDate, pad, toAsciiDigits } from './text.js';
import { CASE_STATUSES, ID_TYPES, SEX_CODES, VIOLATION_TYPES, type JiangsuCaseRecord } from './types.js';

/**
 * What a correct client understands from one record: the reference the source plugin's tests
 * compare against. Rules, applied after ASCII-fying full-width digits and trimming (ASCII and
 * U+3000 spaces) wherever a value is a code, date, amount, flag or number:
 * - missing, null, "" (after trimming) → null, for every field;
 * - dates in any of the four formats seen → ISO `yyyy-MM-dd`; gxsj → `yyyy-MM-ddTHH:mm:ss+08:00`;
 * - amounts → a decimal string with exactly two places (`"3000"` → `"3000.00"`);
 * - yjga "1"/"0" → true/false; ajzt 办理中/结案/已撤销 → OPEN/CLOSED/REVOKED;
 * - codes (zjlx, xb, wflx, xzqh) → their ASCII form, null when not a listed code;
 * - a 居民身份证 number → 18 characters with upper-case X (a 15-digit one upgraded), or null
 *   when masked (idNumberMasked tells which); other documents → trimmed, upper-cased;
 * - free text (name, place, decision number and content) → trimmed only.
 * A value that cannot be read (an impossible date, an amount that is not a number) → null.
 */
export interface ExpectedJiangsuCase {
  caseNumber: string;
  personName: string | null;
  idType: string | null;
  idNumber: string | null;
  idNumberMasked: boolean;
  sex: string | null;
  place: string | null;
  regionCode: string | null;
  violationType: string | null;
  openedOn: string | null;
  decidedOn: string | null;
  decisionNumber: string | null;
  decisionContent: string | null;
  fineYuan: string | null;
  confiscatedYuan: string | null;
  transferredToPolice: boolean | null;
  status: 'OPEN' | 'CLOSED' | 'REVOKED' | null;
  updatedAt: string | null;
}

export function expectedJiangsuCase(record: JiangsuCaseRecord): ExpectedJiangsuCase {
  const idType = code(record.zjlx, ID_TYPES);
  const rawIdNumber = value(record.zjhm);
  const masked = rawIdNumber !== null && rawIdNumber.includes('*');
  return {
    caseNumber: text(record.ajbh) ?? '',
    personName: text(record.dsrxm),
    idType,
    idNumber: masked || rawIdNumber === null ? null : idType === '01' ? residentIdNumber(rawIdNumber) : rawIdNumber.toUpperCase(),
    idNumberMasked: masked,
    sex: code(record.xb, SEX_CODES),
    place: text(record.wfdd),
    regionCode: matching(value(record.xzqh), /^\d{6}$/),
    violationType: code(record.wflx, VIOLATION_TYPES),
    openedOn: isoDate(value(record.ladate)),
    decidedOn: isoDate(value(record.cfjdrq)),
    decisionNumber: text(record.cfwh),
    decisionContent: text(record.cfnr),
    fineYuan: yuan(value(record.fkje)),
    confiscatedYuan: yuan(value(record.mswfsd)),
    transferredToPolice: flag(value(record.yjga)),
    status: status(text(record.ajzt)),
    updatedAt: (() => {
      const stamp = value(record.gxsj);
      return stamp === null ? null : beijingToIso(stamp);
    })(),
  };
}

/** Trimmed, empty → null; non-strings (a number where a string belongs) read as their text. */
function text(field: unknown): string | null {
  if (field === null || field === undefined) return null;
  const trimmed = String(field).trim();
  return trimmed === '' ? null : trimmed;
}

/** Like text, with full-width digits made ASCII: for values that are numbers, codes or dates. */
function value(field: unknown): string | null {
  const trimmed = text(field);
  return trimmed === null ? null : toAsciiDigits(trimmed);
}

function code(field: unknown, allowed: readonly string[]): string | null {
  const ascii = value(field);
  return ascii !== null && allowed.includes(ascii) ? ascii : null;
}

function matching(ascii: string | null, pattern: RegExp): string | null {
  return ascii !== null && pattern.test(ascii) ? ascii : null;
}

function residentIdNumber(ascii: string): string | null {
  const upper = ascii.replace(/[xｘＸ]$/, 'X');
  if (/^\d{15}$/.test(upper)) return upgradeFirstGeneration(upper);
  return isValidIdNumber(upper) ? upper : null;
}

const DATE_PATTERNS = [
  /^(\d{4})-(\d{1,2})-(\d{1,2})$/,
  /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/,
  /^(\d{4})年(\d{1,2})月(\d{1,2})日$/,
  /^(\d{4})(\d{2})(\d{2})$/,
];

function isoDate(ascii: string | null): string | null {
  if (ascii === null) return null;
  for (const pattern of DATE_PATTERNS) {
    const match = pattern.exec(ascii);
    if (!match) continue;
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    return isCalendarDate(year, month, day) ? `${year}-${pad(month)}-${pad(day)}` : null;
  }
  return null;
}

/** Exact decimal arithmetic on the text: no float rounding between the registry and the hub. */
function yuan(ascii: string | null): string | null {
  const match = ascii === null ? null : /^(\d+)(?:\.(\d{1,2}))?$/.exec(ascii);
  if (!match) return null;
  const whole = match[1]!.replace(/^0+(?=\d)/, '');
  return `${whole}.${(match[2] ?? '').padEnd(2, '0')}`;
}

function flag(ascii: string | null): boolean | null {
  return ascii === '1' ? true : ascii === '0' ? false : null;
}

function status(label: string | null): ExpectedJiangsuCase['status'] {
  return label !== null && label in CASE_STATUSES ? CASE_STATUSES[label as keyof typeof CASE_STATUSES] : null;
}
