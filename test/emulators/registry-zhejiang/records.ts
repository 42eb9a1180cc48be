import { contractDate, DAY, HOUR, isFixedHoliday, isoDate, startOfDay, timestamp } from './calendar.js';
import type { ZhejiangEncoding } from './csv.js';
import { newPerson, writtenIdNumber, writtenName, writtenYuan, type Person } from './people.js';
import { SeededRandom } from './random.js';
import type { ZhejiangRow } from './row.js';
import { COUNTIES, EXTRA_PENALTIES, FINES_YUAN, PREMISES, SHOP_NAMES, STREETS, WEIGHTED_KINDS, type County } from './vocabulary.js';

/** A generated row is read by the same rules a client is held to. */
export { understandZhejiangRow, type ZhejiangExpectedCase, type ZhejiangReading } from './expected.js';

export interface GenerateZhejiangDaysOptions {
  /** How many files to produce; calendar days without a file (weekends, holidays, quiet days) come on top. */
  days: number;
  /** Rows in each file: new cases, corrections of earlier ones and, when hostile, a few unreadable rows. */
  casesPerDay: number;
  seed: number;
  /**
   * Every irregularity the contract leaves room for: spellings of ID numbers, names and amounts
   * (people.ts), quoted fields, unordered rows, late listing, a switch to UTF-8, stale re-sends,
   * weekend files and unreadable rows.
   */
  hostile?: boolean;
  /** yyyy-MM-dd: the first file is on this day or the next one that has a file. */
  startDate: string;
}

export interface GeneratedDay {
  date: string;
  rows: ZhejiangRow[];
  encoding: ZhejiangEncoding;
  /** To be listed only after the next day's file. */
  listedLate: boolean;
  /** Indexes of rows a correct client cannot read (a bad 行政区划, an unknown 违法类型, no 案件编号). */
  unreadable: number[];
}

type Status = '办理中' | '结案' | '撤销';

interface CaseState {
  caseNumber: string;
  person: Person;
  county: County;
  kind: string;
  place: string;
  openedOn: number;
  status: Status;
  decidedOn: number | null;
  decisionNumber: string;
  content: string;
  fineYuan: number | null;
  transferred: boolean;
  lastUpdated: number;
  versions: ZhejiangRow[];
}

const UNREADABLE_KINDS = ['region', 'kind', 'caseNumber'] as const;

/**
 * A deterministic run of day files. Cases open, close, get revoked and corrected in later files;
 * every value is written the way the export writes it, so `understandZhejiangRow` gives what a
 * client must read from each row and the emulator's `latestCases` what it must end up with.
 */
export function generateZhejiangDays(options: GenerateZhejiangDaysOptions): GeneratedDay[] {
  const random = new SeededRandom(options.seed);
  const hostile = options.hostile ?? false;
  const persons: Person[] = [];
  const cases: CaseState[] = [];
  let caseSequence = 0;
  let decisionSequence = 0;

  function hasFile(day: number): boolean {
    if (isFixedHoliday(day)) return false;
    const weekday = new Date(day).getUTCDay();
    if (weekday === 0) return false;
    // A Saturday can be a make-up working day (调休): a file on a weekend is no error.
    if (weekday === 6) return hostile && random.chance(0.1);
    return !random.chance(0.05);
  }

  function pickPerson(utf8File: boolean): Person {
    if (persons.length > 0 && random.chance(0.15)) {
      const known = random.pick(persons);
      if (utf8File || !known.beyondGbk) return known;
    }
    const person = newPerson(random, hostile, utf8File);
    persons.push(person);
    return person;
  }

  function newPlace(county: County): string {
    const address = `${county.city}${county.county}${random.pick(STREETS)}${random.int(1, 399)}号`;
    const premise = random.pick(PREMISES);
    if (!hostile) return address + premise;
    const variant = random.next();
    if (variant < 0.05) return `${address}, ${premise}`;
    if (variant < 0.08) return `${address}"${random.pick(SHOP_NAMES)}"${premise}`;
    if (variant < 0.1) return `${address}\r\n${premise}`;
    return address + premise;
  }

  function decide(state: CaseState, updated: number): void {
    const latestDay = startOfDay(updated);
    state.status = '结案';
    state.decidedOn = state.openedOn + random.int(0, (latestDay - state.openedOn) / DAY) * DAY;
    decisionSequence += 1;
    state.decisionNumber = `${state.county.short}卫医罚〔${new Date(state.decidedOn).getUTCFullYear()}〕${decisionSequence}号`;
    state.fineYuan = random.pick(FINES_YUAN);
    const plain = writtenYuan(random, false, state.fineYuan);
    const extra = random.pick(EXTRA_PENALTIES);
    const variant = hostile ? random.next() : 1;
    if (variant < 0.03) state.content = `一、警告；\r\n二、罚款人民币${plain}元；\r\n三、${extra}。`;
    else if (variant < 0.05) state.content = `警告；\n罚款人民币${plain}元`;
    else if (variant < 0.09) state.content = `警告, 罚款人民币${writtenYuan(random, true, state.fineYuan)}元, ${extra}`;
    else if (variant < 0.12) state.content = `责令立即停止"${state.kind}"活动；罚款人民币${plain}元`;
    else state.content = `警告；罚款人民币${plain}元；${extra}`;
  }

  function openCase(updated: number, utf8File: boolean, register: boolean): CaseState {
    const person = pickPerson(utf8File);
    const county = random.pick(COUNTIES);
    const openedOn = startOfDay(updated) - random.int(0, 20) * DAY;
    caseSequence += 1;
    const state: CaseState = {
      caseNumber: `浙卫非〔${new Date(openedOn).getUTCFullYear()}〕${county.code}${String(caseSequence).padStart(5, '0')}号`,
      person,
      county,
      kind: random.pick(WEIGHTED_KINDS),
      place: newPlace(county),
      openedOn,
      status: '办理中',
      decidedOn: null,
      decisionNumber: '',
      content: '',
      fineYuan: null,
      // Penalised twice before and caught again is 情节严重: the case goes to the police.
      transferred: person.cases >= 2 || random.chance(0.03),
      lastUpdated: updated,
      versions: [],
    };
    if (random.chance(0.3)) decide(state, updated);
    if (register) {
      person.cases += 1;
      cases.push(state);
    }
    return state;
  }

  function correct(state: CaseState, updated: number): void {
    const roll = random.next();
    if (state.status === '办理中' && roll < 0.65) return decide(state, updated);
    if ((state.status === '办理中' && roll < 0.75) || (state.status === '结案' && roll < 0.3)) {
      state.status = '撤销';
      return;
    }
    if (!state.transferred && random.chance(0.5)) state.transferred = true;
    else if (state.fineYuan !== null) state.fineYuan = FINES_YUAN.find((fine) => fine > state.fineYuan!) ?? state.fineYuan / 2;
    else state.place = `${newPlace(state.county)}（更正）`;
  }

  function write(state: CaseState, updated: number): ZhejiangRow {
    state.lastUpdated = updated;
    const row: ZhejiangRow = {
      案件编号: state.caseNumber,
      姓名: writtenName(random, hostile, state.person.name),
      身份证号: writtenIdNumber(random, hostile, state.person),
      性别: state.person.male ? '男' : '女',
      违法地点: state.place,
      行政区划: state.county.code,
      违法类型: state.kind,
      立案日期: contractDate(state.openedOn),
      处罚决定日期: state.decidedOn === null ? '' : contractDate(state.decidedOn),
      处罚文号: state.decisionNumber,
      处罚内容: state.content,
      '罚款金额(元)': state.fineYuan === null ? '0' : writtenYuan(random, hostile, state.fineYuan),
      移送公安: state.transferred ? '是' : '否',
      案件状态: state.status,
      更新时间: timestamp(updated),
    };
    state.versions.push(row);
    return row;
  }

  function unreadableRow(kind: (typeof UNREADABLE_KINDS)[number], updated: number, utf8File: boolean): ZhejiangRow {
    const state = openCase(updated, utf8File, false);
    const row = { ...write(state, updated) };
    if (kind === 'region') row['行政区划'] = random.pick(['3301', '33010X', state.county.county]);
    if (kind === 'kind') row['违法类型'] = random.pick(['非法行医', '无证经营', '其他']);
    if (kind === 'caseNumber') row['案件编号'] = '';
    return row;
  }

  /** A case to correct in this file: not revoked, not already in it, representable in its encoding. */
  function correctable(inFile: Set<string>, utf8File: boolean, before: number, withHistory: boolean): CaseState | null {
    for (let attempt = 0; attempt < 12 && cases.length > 0; attempt++) {
      const state = random.pick(cases);
      if (inFile.has(state.caseNumber) || (state.person.beyondGbk && !utf8File) || state.lastUpdated >= before) continue;
      if (withHistory ? state.versions.length >= 2 : state.status !== '撤销') return state;
    }
    return null;
  }

  const days: GeneratedDay[] = [];
  const start = Date.parse(`${options.startDate}T00:00:00Z`);
  if (Number.isNaN(start)) throw new Error(`startDate is not yyyy-MM-dd: ${options.startDate}`);
  // A vendor upgrade half way switches files to BOM + UTF-8; one file after it is GBK again (a rollback).
  const upgrade = Math.max(1, Math.floor(options.days / 2));
  let previousCutoff = start - 6 * HOUR;
  for (let day = start; days.length < options.days; day += DAY) {
    if (!hasFile(day)) continue;
    const index = days.length;
    const utf8File = hostile && index >= upgrade && index !== upgrade + 2;
    // Hostile files run from the previous file's cut-off (evenings, weekends) to 18:00; plain ones hold office hours.
    const [from, to] = hostile ? [previousCutoff + 1000, day + 18 * HOUR] : [day + 8.5 * HOUR, day + 17.5 * HOUR];
    previousCutoff = day + 18 * HOUR;
    const at = () => from + random.int(0, (to - from) / 1000) * 1000;
    const inFile = new Set<string>();
    const entries: { row: ZhejiangRow; unreadable: boolean }[] = [];
    for (let slot = 0; slot < options.casesPerDay; slot++) {
      const forced = UNREADABLE_KINDS.findIndex((_, k) => Math.min(k + 1, options.days - 1) === index && k === slot);
      if (hostile && (forced >= 0 || random.chance(0.005))) {
        entries.push({ row: unreadableRow(UNREADABLE_KINDS[forced >= 0 ? forced : random.int(0, 2)]!, at(), utf8File), unreadable: true });
        continue;
      }
      const stale = hostile && index > 2 && random.chance(0.01) ? correctable(inFile, utf8File, to, true) : null;
      const target = !stale && index > 0 && random.chance(0.25) ? correctable(inFile, utf8File, to, false) : null;
      let row: ZhejiangRow;
      if (stale) {
        // An older version sent again: a later file, an earlier 更新时间; it must not win.
        row = stale.versions[random.int(0, stale.versions.length - 2)]!;
      } else if (target) {
        const updated = Math.max(from, target.lastUpdated + 1000) + random.int(0, (to - Math.max(from, target.lastUpdated + 1000)) / 1000) * 1000;
        correct(target, updated);
        row = write(target, updated);
      } else {
        const updated = at();
        row = write(openCase(updated, utf8File, true), updated);
      }
      inFile.add(row['案件编号']);
      entries.push({ row, unreadable: false });
    }
    if (hostile) random.shuffle(entries);
    else entries.sort((a, b) => (a.row['更新时间'] < b.row['更新时间'] ? -1 : a.row['更新时间'] > b.row['更新时间'] ? 1 : 0));
    days.push({
      date: isoDate(day),
      rows: entries.map((entry) => entry.row),
      encoding: utf8File ? 'utf8-bom' : 'gbk',
      listedLate: hostile && index < options.days - 1 && (index === 1 || random.chance(0.12)),
      unreadable: entries.flatMap((entry, position) => (entry.unreadable ? [position] : [])),
    });
  }
  return days;
}
