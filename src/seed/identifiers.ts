import { idNumberCheckChar } from '../domain/identifiers/id-number.js';
import { orgCodeCheckChar } from '../domain/identifiers/org-code.js';
import { usccCheckChar } from '../domain/identifiers/uscc.js';

/**
 * Valid, unique identifiers for the n-th synthetic record: uniqueness comes from the index, so
 * no retry loop is needed however large the dataset.
 */
export function orgCodeFor(index: number): string {
  const body = String(10_000_000 + index).slice(-8);
  return body + orgCodeCheckChar(body)!;
}

/** 11 = government body (机关), 12 = public institution (事业单位), 52 = private non-enterprise (民办非企业), 91 = enterprise. */
export function usccFor(registrationType: '11' | '12' | '52' | '91', regionCode: string, orgCode: string): string {
  const first17 = registrationType + regionCode + orgCode;
  return first17 + usccCheckChar(first17)!;
}

/** The county health authority (卫生健康局) of a region: organisation codes of their own range, apart from institutions'. */
export function authorityUsccFor(regionCode: string): string {
  return usccFor('11', regionCode, orgCodeFor(80_000_000 + (Number(regionCode) % 1_000_000)));
}

export function licenseRegistrationNumberFor(orgCode: string, regionCode: string, economicType: string, categoryCode: string): string {
  return `${orgCode}${regionCode}${economicType}${categoryCode}1`;
}

const DAYS = 18_000; // about 49 years of birth dates

/** An ID number whose (birth date, sequence) pair is unique per index below 18 million. */
export function idNumberFor(index: number, regionCode: string, earliestBirth = Date.UTC(1955, 0, 1)): string {
  const birth = new Date(earliestBirth + (index % DAYS) * 86_400_000);
  const date = `${birth.getUTCFullYear()}${String(birth.getUTCMonth() + 1).padStart(2, '0')}${String(birth.getUTCDate()).padStart(2, '0')}`;
  const sequence = String(Math.floor(index / DAYS) % 1000).padStart(3, '0');
  const first17 = regionCode + date + sequence;
  return first17 + idNumberCheckChar(first17)!;
}

export const physicianCertificateFor = (index: number) => String(110_000_000_000_000 + index);
export const nurseCertificateFor = (index: number) => String(201_000_000_000 + index);
export const phoneFor = (index: number) => `13${String(100_000_000 + index).slice(-9)}`;
