import { makeIdNumber } from './id-number.js';
import type { SeededRandom } from './random.js';
import { BEYOND_GBK_NAME_CHARACTERS, COUNTIES, DOTTED_NAMES, GIVEN_NAME_CHARACTERS, SURNAMES } from './vocabulary.js';

export interface Person {
  name: string;
  /** The person's valid 18-character number. */
  idNumber: string;
  male: boolean;
  /** Born before 1985 and still carrying a first-generation (15-digit) number in some records. */
  oldCard: boolean;
  /** The name holds a character GBK lacks: the person can only appear in UTF-8 files. */
  beyondGbk: boolean;
  cases: number;
}

export function newPerson(random: SeededRandom, hostile: boolean, utf8File: boolean): Person {
  const dotted = hostile && random.chance(0.03) ? random.pick(DOTTED_NAMES) : null;
  const male = dotted?.male ?? random.chance(0.5);
  const beyondGbk = !dotted && hostile && utf8File && random.chance(0.03);
  const given = Array.from({ length: random.int(1, 2) }, () => random.pick(GIVEN_NAME_CHARACTERS));
  if (beyondGbk) given[given.length - 1] = random.pick(BEYOND_GBK_NAME_CHARACTERS);
  const year = random.int(1945, 2002);
  const birth = `${year}${String(random.int(1, 12)).padStart(2, '0')}${String(random.int(1, 28)).padStart(2, '0')}`;
  return {
    name: dotted?.name ?? random.pick(SURNAMES) + given.join(''),
    idNumber: makeIdNumber(random.pick(COUNTIES).code, birth, random.int(1, 998), male),
    male,
    oldCard: year < 1985 && random.chance(0.4),
    beyondGbk,
    cases: 0,
  };
}

const toFullWidth = (text: string) => text.replace(/[0-9A-Za-z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

/** Surrounding spaces, ASCII or ideographic, that a clerk typed with the name. */
export function writtenName(random: SeededRandom, hostile: boolean, name: string): string {
  if (!hostile || !random.chance(0.05)) return name;
  return random.pick([` ${name}`, `${name} `, `\u3000${name}`, `  ${name}\u3000`]);
}

/**
 * The number as one record writes it. Hostile files use every spelling of the same number the
 * contract's "18 chars; sometimes 15-digit" leaves room for: first-generation numbers, a lowercase
 * check `x`, full-width characters, spaces around or between the groups.
 */
export function writtenIdNumber(random: SeededRandom, hostile: boolean, person: Person): string {
  let written = person.idNumber;
  if (!hostile) return written;
  if (person.oldCard && random.chance(0.6)) written = written.slice(0, 6) + written.slice(8, 17);
  else if (written.endsWith('X') && random.chance(0.5)) written = `${written.slice(0, 17)}x`;
  if (random.chance(0.03)) written = `${written.slice(0, 6)} ${written.slice(6, -4)} ${written.slice(-4)}`;
  if (random.chance(0.04)) written = toFullWidth(written);
  if (random.chance(0.04)) written = random.pick([' ', '\u3000', '  ']) + written + random.pick(['', ' ', '\u3000']);
  return written;
}

/** Yuan as the export writes it: whole or with two decimals, hostile files often with thousands separators. */
export function writtenYuan(random: SeededRandom, hostile: boolean, amount: number): string {
  const plain = Number.isInteger(amount) ? String(amount) : amount.toFixed(2);
  if (!hostile || !random.chance(0.5)) return plain;
  const [whole, fraction] = plain.split('.');
  return whole!.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (fraction === undefined ? '' : `.${fraction}`);
}
