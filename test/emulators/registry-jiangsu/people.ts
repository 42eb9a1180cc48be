import { idCheckChar, makeFirstGenerationIdNumber, makeIdNumber, maskIdNumber, type BirthDate } from './id-numbers.js';
import type { Random } from './random.js';
import { countiesOf } from './regions.js';
import { isCalendarDate, pad, toFullWidthDigits } from './text.js';

/** Synthetic persons: names, sex, birth date and the identity document a case names. */
const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦方白邹孟熊秦邱江尹薛段雷侯龙史陶黎贺顾毛郝龚邵万钱严武戴莫孔汤'.split('');
const COMPOUND_SURNAMES = ['欧阳', '司马', '诸葛', '上官'];
const GIVEN_NAMES = ['伟', '芳', '娜', '敏', '静', '丽', '强', '磊', '军', '洋', '勇', '艳', '杰', '娟', '涛', '明', '超', '秀英', '霞', '平', '刚', '桂英', '建国', '建华', '志强', '海燕', '春梅', '德明', '国庆', '玉兰', '文斌', '晓东'];
/** Names written with a middle dot (Uyghur and other transliterated names). */
const DOTTED_NAMES = ['买买提·艾力', '阿依古丽·吐尔逊', '艾尔肯·买买提', '古丽娜尔·阿不都'];
/** Provinces many practitioners without a licence come from besides Jiangsu itself. */
const OTHER_BIRTH_PROVINCES = ['34', '41', '36', '37', '51', '52', '13'];

export interface Person {
  name: string;
  sex: '1' | '2';
  birth: BirthDate;
}

export function makePerson(random: Random, caseYear: number): Person {
  const dotted = random.chance(0.03);
  const surname = random.chance(0.02) ? random.pick(COMPOUND_SURNAMES) : random.pick(SURNAMES);
  const name = dotted ? random.pick(DOTTED_NAMES) : surname + random.pick(GIVEN_NAMES);
  const year = caseYear - random.between(20, 75);
  const month = random.between(1, 12);
  let day = random.between(1, 31);
  while (!isCalendarDate(year, month, day)) day--;
  return { name, sex: random.chance(0.55) ? '1' : '2', birth: { year, month, day } };
}

export type NameVariant = 'plain' | 'asciiPadded' | 'fullWidthPadded' | 'mixedPadded' | 'missing' | 'null';

/** undefined means the field is left out of the record. */
export function presentName(name: string, variant: NameVariant): string | null | undefined {
  switch (variant) {
    case 'plain':
      return name;
    case 'asciiPadded':
      return ` ${name}  `;
    case 'fullWidthPadded':
      return `\u3000${name}\u3000`;
    case 'mixedPadded':
      return `\u3000 ${name} `;
    case 'missing':
      return undefined;
    case 'null':
      return null;
  }
}

export type DocumentVariant =
  | 'id18'
  | 'id18UpperX'
  | 'id18LowerX'
  | 'id18FullWidth'
  | 'id15'
  | 'masked'
  | 'maskedLowerX'
  | 'idNumberEmpty'
  | 'idNumberMissing'
  | 'passport'
  | 'hkMacauPermit'
  | 'taiwanPermit'
  | 'other'
  | 'documentMissing'
  | 'documentNull';

export interface PresentedDocument {
  zjlx: string | null | undefined;
  zjhm: string | null | undefined;
}

export function makeDocument(random: Random, person: Person, variant: DocumentVariant): PresentedDocument {
  const digits = (count: number) => Array.from({ length: count }, () => random.int(10)).join('');
  switch (variant) {
    case 'passport':
      return { zjlx: '02', zjhm: `E${digits(8)}` };
    case 'hkMacauPermit':
      return { zjlx: '03', zjhm: `${random.pick(['H', 'M'])}${digits(8)}` };
    case 'taiwanPermit':
      return { zjlx: '04', zjhm: digits(8) };
    case 'other':
      return { zjlx: '99', zjhm: `军字第${digits(7)}号` };
    case 'documentMissing':
      return { zjlx: undefined, zjhm: undefined };
    case 'documentNull':
      return { zjlx: null, zjhm: null };
    case 'idNumberEmpty':
      return { zjlx: '01', zjhm: '' };
    case 'idNumberMissing':
      return { zjlx: '01', zjhm: undefined };
    default:
      return { zjlx: '01', zjhm: residentIdNumber(random, person, variant) };
  }
}

function residentIdNumber(random: Random, person: Person, variant: DocumentVariant): string {
  const region = birthRegion(random);
  if (variant === 'id15') {
    // Only people born in the 1900s ever held a first-generation number.
    const birth = { ...person.birth, year: Math.min(person.birth.year, 1984) };
    return makeFirstGenerationIdNumber(region, birth, sequenceFor(random, person.sex));
  }
  const wantsX = variant === 'id18UpperX' || variant === 'id18LowerX' || variant === 'maskedLowerX';
  const id = makeIdNumber(region, person.birth, wantsX ? sequenceWithCheckX(region, person, random) : sequenceFor(random, person.sex));
  switch (variant) {
    case 'id18LowerX':
      return id.toLowerCase();
    case 'id18FullWidth':
      return toFullWidthDigits(id);
    case 'masked':
      return maskIdNumber(id);
    case 'maskedLowerX':
      return maskIdNumber(id).toLowerCase();
    default:
      return id;
  }
}

function birthRegion(random: Random): string {
  const province = random.chance(0.8) ? '32' : random.pick(OTHER_BIRTH_PROVINCES);
  return random.pick(countiesOf(province)).code;
}

/** The sequence's last digit is odd for men, even for women. */
function sequenceFor(random: Random, sex: '1' | '2'): number {
  const sequence = random.between(1, 998);
  return sequence % 2 === (sex === '1' ? 1 : 0) ? sequence : sequence + 1;
}

/** A sequence of the right parity whose check character comes out as X (about one in eleven do). */
function sequenceWithCheckX(region: string, person: Person, random: Random): number {
  const start = sequenceFor(random, person.sex);
  const prefix = `${region}${person.birth.year}${pad(person.birth.month)}${pad(person.birth.day)}`;
  for (let step = 0; step < 1000; step += 2) {
    const sequence = ((start + step) % 1000) || (person.sex === '1' ? 1 : 2);
    if (idCheckChar(prefix + pad(sequence, 3)) === 'X') return sequence;
  }
  throw new Error(`no sequence gives check X for ${prefix}`);
}
