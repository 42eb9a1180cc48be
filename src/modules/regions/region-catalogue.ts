import type { Kysely } from 'kysely';
import type { RegionRow } from '../../db/rows.js';
import type { DB } from '../../db/schema.generated.js';

/**
 * The GB/T 2260 catalogue is reference data that only a migration changes, and almost every
 * record points at a region: it is read whole, once per database handle, and kept for a few
 * minutes, so a record and its region cost one statement instead of two. A migration applied by
 * another process is seen within `REGION_CATALOGUE_TTL_MS`.
 */
export const REGION_CATALOGUE_TTL_MS = 5 * 60_000;

interface Cached {
  loadedAt: number;
  regions: Promise<Map<string, RegionRow>>;
}
const catalogues = new WeakMap<Kysely<DB>, Cached>();

export function regionCatalogue(db: Kysely<DB>, now = Date.now()): Promise<Map<string, RegionRow>> {
  const cached = catalogues.get(db);
  if (cached && now - cached.loadedAt < REGION_CATALOGUE_TTL_MS) return cached.regions;
  const regions = db
    .selectFrom('region')
    .selectAll()
    .execute()
    .then((rows) => new Map(rows.map((row) => [row.code, row])));
  // A failed read is not kept: the next request tries again.
  regions.catch(() => catalogues.delete(db));
  catalogues.set(db, { loadedAt: now, regions });
  return regions;
}

/** The regions among `codes` that exist. */
export async function regionsByCodes(db: Kysely<DB>, codes: readonly string[]): Promise<RegionRow[]> {
  const catalogue = await regionCatalogue(db);
  return codes.flatMap((code) => catalogue.get(code) ?? []);
}
