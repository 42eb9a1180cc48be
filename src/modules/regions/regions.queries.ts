import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.generated.js';

export const findChildRegions = (db: Kysely<DB>, parentCodes: readonly string[]) =>
  db.selectFrom('region').selectAll().where('parent_code', 'in', parentCodes as string[]).orderBy('code').execute();

export const findRootRegions = (db: Kysely<DB>) =>
  db.selectFrom('region').selectAll().where('parent_code', 'is', null).orderBy('code').execute();

/** Codes among `codes` that name a region in force (not retired). */
export async function existingRegionCodes(db: Kysely<DB>, codes: readonly string[]): Promise<Set<string>> {
  if (codes.length === 0) return new Set();
  const rows = await db
    .selectFrom('region')
    .select('code')
    .where('code', 'in', codes as string[])
    .where('valid_until', 'is', null)
    .execute();
  return new Set(rows.map((r) => r.code));
}

/**
 * The code range a region covers, sub-regions included. GB/T 2260 codes nest by prefix:
 * 320000 (province) covers 32xxxx, 320600 (city) covers 3206xx, a county only itself.
 */
export function regionCodeRange(code: string): [string, string] {
  const prefix = code.endsWith('0000') ? code.slice(0, 2) : code.endsWith('00') ? code.slice(0, 4) : code;
  return [prefix.padEnd(6, '0'), prefix.padEnd(6, '9')];
}
