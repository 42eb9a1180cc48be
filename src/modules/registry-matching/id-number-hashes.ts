import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.generated.js';
import { idNumberHash } from '../../domain/identifiers/id-number-hash.js';
import { BadRecordError } from '../../plugin-sdk/errors.js';
import { residentIdNumber } from '../../plugin-sdk/normalize.js';

/**
 * A resident ID number as every registry should have written it, read by the same normaliser as
 * plugin records (half-width, no spaces, upper-case `X`, 15 digits converted). Null when it is
 * not a valid number (masked, malformed or failing GB 11643's check): such a number is never hashed.
 */
export function canonicalIdNumber(raw: string): string | null {
  try {
    const read = residentIdNumber(raw, 'idNumber');
    return read.kind === 'FULL' ? read.number : null;
  } catch (error) {
    if (error instanceof BadRecordError) return null;
    throw error;
  }
}

/** The matching hash of a raw resident ID number, or null when it cannot be read. */
export function matchingHash(key: string, raw: string): string | null {
  const canonical = canonicalIdNumber(raw);
  return canonical === null ? null : idNumberHash(key, canonical);
}

const CHUNK = 5_000;

/**
 * Gives the keyed hash to practitioners registered without one (before matching existed, by the
 * seed, or while the hub had no key), a chunk at a time. Returns the ids hashed, so the caller
 * can match them. No migration can do this: the key is configuration, never in the database.
 */
export async function hashUnhashedPractitioners(db: Kysely<DB>, key: string, afterId = '0'): Promise<{ ids: string[]; lastId: string | null }> {
  const rows = await db
    .selectFrom('practitioner')
    .select(['id', 'id_number'])
    .where('id_number_hash', 'is', null)
    .where('id', '>', afterId)
    .orderBy('id')
    .limit(CHUNK)
    .execute();
  if (rows.length === 0) return { ids: [], lastId: null };
  const hashed = rows.map((r) => ({ id: r.id, hash: matchingHash(key, r.id_number) })).filter((r): r is { id: string; hash: string } => r.hash !== null);
  if (hashed.length > 0) {
    await sql`UPDATE practitioner AS p SET id_number_hash = u.hash
      FROM unnest(${hashed.map((r) => r.id)}::bigint[], ${hashed.map((r) => r.hash)}::text[]) AS u (id, hash)
      WHERE p.id = u.id AND p.id_number_hash IS NULL`.execute(db);
  }
  return { ids: hashed.map((r) => r.id), lastId: rows[rows.length - 1]!.id };
}

/** Cases recorded in the hub while it had no key: their full resident numbers get the hash now. */
export async function hashUnhashedCases(db: Kysely<DB>, key: string): Promise<string[]> {
  const rows = await db
    .selectFrom('unlicensed_practice_case')
    .select(['id', 'document_number'])
    .where('id_number_hash', 'is', null)
    .where('document_type', '=', 'RESIDENT_ID')
    .where('document_number_masked', '=', false)
    .where('document_number', 'is not', null)
    .execute();
  const hashed = rows.map((r) => ({ id: r.id, hash: matchingHash(key, r.document_number!) })).filter((r): r is { id: string; hash: string } => r.hash !== null);
  if (hashed.length > 0) {
    await sql`UPDATE unlicensed_practice_case AS c SET id_number_hash = u.hash
      FROM unnest(${hashed.map((r) => r.id)}::bigint[], ${hashed.map((r) => r.hash)}::text[]) AS u (id, hash)
      WHERE c.id = u.id`.execute(db);
  }
  return hashed.map((r) => r.id);
}
