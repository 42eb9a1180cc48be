import { addSeconds, isBeijingTimestamp } from './beijing-time.js';
import { makeDocument, makePerson, presentName, type DocumentVariant, type NameVariant } from './people.js';
import { createRandom, type Random } from './random.js';
import { cityAbbreviation, countiesOf, countyName } from './regions.js';
import { pad, toFullWidthDigits } from './text.js';
import type { JiangsuCaseRecord } from './types.js';

/**
 * Deterministic synthetic case records. Hostile ones carry every variation the contract allows —
 * each date format, full-width digits, padded names, masked and lowercase-x and 15-digit ID
 * numbers, empty and missing and null fields — dealt from shuffled decks, so every variant shows
 * up within the first few dozen records whatever the seed.
 */
export interface GenerateJiangsuCasesOptions {
  count: number;
  seed: number;
  hostile?: boolean;
  /** xzqh values to draw from; default: every Jiangsu county. */
  regionCodes?: readonly string[];
  /** This many consecutive records (from a quarter of the way in) share one gxsj. */
  sameGxsjBurst?: number;
  /** gxsj of the first record; default 2024-01-02 09:00:00. */
  firstGxsj?: string;
  /** Serial in the first ajbh, so that batches do not collide; default 1. */
  firstSerial?: number;
}

const STATUSES = ['办理中', '结案', '结案', '结案', '已撤销'] as const;
const DATE_FORMATS = ['iso', 'slash', 'chinese', 'compact'] as const;
type DateFormat = (typeof DATE_FORMATS)[number];
const FINES = [5000, 10000, 20000, 30000, 50000, 80000, 100000, 150000.5];
const CONFISCATIONS = [0, 800, 1500.5, 3200, 12000.75];
const STREETS = ['人民路', '解放路', '建设路', '中山路', '长江路', '淮海路', '新华街', '幸福村'];
const PLACES = ['私人诊所', '出租屋', '美容工作室', '药店内', '农贸市场旁', '足浴店'];

export function generateJiangsuCases(options: GenerateJiangsuCasesOptions): JiangsuCaseRecord[] {
  const random = createRandom(options.seed);
  const deal = dealer(random);
  const hostile = options.hostile ?? false;
  const regions = options.regionCodes ?? countiesOf('32').map((county) => county.code);
  // Its own stream, so that the first n records are the same whatever the count.
  const stamps = gxsjSeries(options, createRandom(options.seed ^ 0x5bd1e995), hostile);
  const firstSerial = options.firstSerial ?? 1;
  const variants = <T>(name: string, clean: T, all: readonly T[]): T => (hostile ? deal(name, all) : clean);

  return stamps.map((gxsj, index) => {
    const region = random.pick(regions);
    const updatedOn = dayNumber(gxsj);
    const openedOn = updatedOn - random.between(15, 900);
    const status = deal('status', STATUSES);
    const decided = status !== '办理中';
    const decidedOn = openedOn + random.between(1, updatedOn - openedOn);
    const person = makePerson(random, calendarOf(openedOn).year);
    const document = makeDocument(random, person, deal('document', hostile ? HOSTILE_DOCUMENTS : CLEAN_DOCUMENTS));
    const fullWidthCodes = variants('fullWidthCodes', false, [false, false, false, false, false, true]);
    const code = (value: string) => (fullWidthCodes ? toFullWidthDigits(value) : value);
    const date = (day: number) => presentDate(day, variants('dateFormat', 'iso', DATE_FORMATS), variants('fullWidthDate', false, [false, false, true]));
    const fine = random.pick(FINES);
    const confiscated = random.pick(CONFISCATIONS);
    const serious = decided && random.chance(0.2);
    const decisionNumber = `${cityAbbreviation(region)}卫医罚〔${calendarOf(decidedOn).year}〕${random.between(1, 480)}号`;

    const record: Record<string, string | null | undefined> = {
      ajbh: `JS${region}${calendarOf(openedOn).year}${pad(firstSerial + index, 7)}`,
      dsrxm: presentName(person.name, variants<NameVariant>('name', 'plain', NAME_VARIANTS)),
      zjlx: document.zjlx == null ? document.zjlx : code(document.zjlx),
      zjhm: document.zjhm,
      xb: presence(variants('xbPresence', 'present', PRESENCE_NO_EMPTY), code(variants('sexUnknown', false, [false, false, false, false, true]) ? '9' : person.sex)),
      wfdd: presence(variants('wfddPresence', 'present', PRESENCE), `${countyName(region) ?? ''}${random.pick(STREETS)}${random.between(1, 399)}号${random.pick(PLACES)}`),
      xzqh: presence(variants('xzqhPresence', 'present', PRESENCE_NO_EMPTY), variants('fullWidthRegion', false, [false, false, false, true]) ? toFullWidthDigits(region) : region),
      wflx: code(deal('wflx', ['01', '02', '03', '04', '05'])),
      ladate: presence(variants('ladatePresence', 'present', PRESENCE_NO_EMPTY), date(openedOn)),
      cfjdrq: decided ? date(decidedOn) : variants<string | null | undefined>('openDecisionDate', '', ['', '', undefined, null]),
      cfwh: decided ? presence(variants('cfwhPresence', 'present', PRESENCE), decisionNumber) : variants<string | null | undefined>('openDecisionNumber', '', ['', undefined, null]),
      cfnr: presence(variants('cfnrPresence', 'present', PRESENCE), decided ? decisionContent(fine, confiscated, serious) : ''),
      fkje: decided ? amount(fine, variants('fkje', 'fixed2', AMOUNT_VARIANTS)) : variants<string | null | undefined>('openFine', '', ['', undefined, null]),
      mswfsd: decided ? amount(confiscated, variants('mswfsd', 'fixed2', AMOUNT_VARIANTS)) : variants<string | null | undefined>('openConfiscation', '', ['', undefined, null]),
      yjga: presentFlag(serious ? '1' : '0', variants('yjga', 'plain', FLAG_VARIANTS)),
      ajzt: presence(variants('ajztPresence', 'present', ['present', 'present', 'present', 'present', 'present', 'present', 'missing', 'null'] as const), status),
      gxsj,
    };
    for (const key of Object.keys(record)) if (record[key] === undefined) delete record[key];
    return record as unknown as JiangsuCaseRecord;
  });
}

const NAME_VARIANTS: readonly NameVariant[] = ['plain', 'plain', 'plain', 'asciiPadded', 'fullWidthPadded', 'mixedPadded', 'missing', 'null'];
const CLEAN_DOCUMENTS: readonly DocumentVariant[] = ['id18', 'id18', 'id18', 'id18', 'id18', 'id18', 'passport', 'hkMacauPermit', 'taiwanPermit', 'other'];
const HOSTILE_DOCUMENTS: readonly DocumentVariant[] = [
  ...CLEAN_DOCUMENTS,
  'id18UpperX',
  'id18LowerX',
  'id18FullWidth',
  'id15',
  'id15',
  'masked',
  'masked',
  'maskedLowerX',
  'idNumberEmpty',
  'idNumberMissing',
  'documentMissing',
  'documentNull',
];
const PRESENCE: readonly Presence[] = ['present', 'present', 'present', 'present', 'present', 'empty', 'missing', 'null'];
const PRESENCE_NO_EMPTY: readonly Presence[] = ['present', 'present', 'present', 'present', 'present', 'missing', 'null'];
const AMOUNT_VARIANTS = ['fixed2', 'fixed2', 'integer', 'fullWidth', 'empty', 'missing', 'null'] as const;
const FLAG_VARIANTS = ['plain', 'plain', 'plain', 'plain', 'fullWidth', 'missing', 'null'] as const;

/** Draws from a named deck of variants, reshuffled when spent: every variant comes round. */
function dealer(random: Random) {
  const decks = new Map<string, unknown[]>();
  return <T>(name: string, cards: readonly T[]): T => {
    let deck = decks.get(name);
    if (!deck || deck.length === 0) decks.set(name, (deck = random.shuffle(cards)));
    return deck.pop() as T;
  };
}

function gxsjSeries(options: GenerateJiangsuCasesOptions, random: Random, hostile: boolean): string[] {
  const first = options.firstGxsj ?? '2024-01-02 09:00:00';
  if (!isBeijingTimestamp(first)) throw new Error(`firstGxsj must be yyyy-MM-dd HH:mm:ss: ${first}`);
  const burst = Math.min(options.sameGxsjBurst ?? 0, options.count);
  const burstStart = burst > 1 ? Math.floor((options.count - burst) / 4) : -1;
  const steps = hostile ? [0, 0, 1, 1, 2, 3, 7, 60] : [1, 2, 3, 5, 10, 60];
  const stamps: string[] = [];
  let current = first;
  for (let index = 0; index < options.count; index++) {
    const insideBurst = index > burstStart && index < burstStart + burst;
    const burstEdge = burst > 1 && (index === burstStart || index === burstStart + burst);
    if (index > 0 && !insideBurst) current = addSeconds(current, burstEdge ? random.between(1, 5) : random.pick(steps));
    stamps.push(current);
  }
  return stamps;
}

type Presence = 'present' | 'empty' | 'missing' | 'null';

/** undefined leaves the field out of the record. */
function presence(variant: Presence, value: string): string | null | undefined {
  return variant === 'present' ? value : variant === 'empty' ? '' : variant === 'null' ? null : undefined;
}

function decisionContent(fine: number, confiscated: number, serious: boolean): string {
  const parts = [confiscated > 0 ? `没收违法所得${confiscated}元` : '', '没收药品器械', `罚款${fine}元`, serious ? '移送公安机关' : ''];
  return parts.filter(Boolean).join('，');
}

function amount(value: number, variant: (typeof AMOUNT_VARIANTS)[number]): string | null | undefined {
  const fixed = value.toFixed(2);
  switch (variant) {
    case 'fixed2':
      return fixed;
    case 'integer':
      return Number.isInteger(value) ? String(value) : fixed;
    case 'fullWidth':
      return toFullWidthDigits(fixed);
    case 'empty':
      return '';
    case 'missing':
      return undefined;
    case 'null':
      return null;
  }
}

function presentFlag(value: '0' | '1', variant: (typeof FLAG_VARIANTS)[number]): string | null | undefined {
  return variant === 'plain' ? value : variant === 'fullWidth' ? toFullWidthDigits(value) : variant === 'null' ? null : undefined;
}

/** Days since the epoch of a gxsj's Beijing date, for date arithmetic without time zones. */
function dayNumber(gxsj: string): number {
  return Date.UTC(Number(gxsj.slice(0, 4)), Number(gxsj.slice(5, 7)) - 1, Number(gxsj.slice(8, 10))) / 86_400_000;
}

function calendarOf(day: number): { year: number; month: number; day: number } {
  const date = new Date(day * 86_400_000);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

function presentDate(day: number, format: DateFormat, fullWidth: boolean): string {
  const { year, month, day: dayOfMonth } = calendarOf(day);
  const text =
    format === 'iso' ? `${year}-${pad(month)}-${pad(dayOfMonth)}`
    : format === 'slash' ? `${year}/${month}/${dayOfMonth}`
    : format === 'chinese' ? `${year}年${month}月${dayOfMonth}日`
    : `${year}${pad(month)}${pad(dayOfMonth)}`;
  return fullWidth ? toFullWidthDigits(text) : text;
}
