import { createHash, randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.generated.js';

/**
 * API keys for provincial systems. A key is `jgk_` + 32 random bytes; only its SHA-256 is stored
 * (the key has full entropy, so a slow hash adds nothing), with a short prefix to recognise it.
 */
export const hashApiKey = (key: string) => createHash('sha256').update(key).digest('hex');

export class ApiKeyError extends Error {}

export async function createApiKey(db: Kysely<DB>, input: { name: string; provinceCode: string }) {
  if (!/^\d{2}0000$/.test(input.provinceCode)) throw new ApiKeyError(`province must be a province code such as 320000; got ${input.provinceCode}`);
  const province = await db.selectFrom('region').select('code').where('code', '=', input.provinceCode).where('level', '=', 'PROVINCE').executeTakeFirst();
  if (!province) throw new ApiKeyError(`${input.provinceCode} is not a province`);
  if (!input.name.trim()) throw new ApiKeyError('name must not be blank');
  const key = `jgk_${randomBytes(32).toString('base64url')}`;
  const row = await db
    .insertInto('api_key')
    .values({ name: input.name.trim(), province_code: input.provinceCode, key_hash: hashApiKey(key), key_prefix: key.slice(0, 10) })
    .returning(['id', 'name', 'province_code', 'key_prefix'])
    .executeTakeFirstOrThrow();
  return { ...row, key };
}

export async function revokeApiKey(db: Kysely<DB>, id: string): Promise<boolean> {
  if (!/^\d+$/.test(id)) throw new ApiKeyError(`id must be a number; got ${id}`);
  const result = await db.updateTable('api_key').set({ revoked_at: new Date() }).where('id', '=', id).where('revoked_at', 'is', null).executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

export const listApiKeys = (db: Kysely<DB>) =>
  db.selectFrom('api_key').select(['id', 'name', 'province_code', 'key_prefix', 'created_at', 'revoked_at', 'last_used_at']).orderBy('id').execute();

/** The active key with this value, marking its use. */
export async function findActiveApiKey(db: Kysely<DB>, key: string) {
  return db
    .updateTable('api_key')
    .set({ last_used_at: new Date() })
    .where('key_hash', '=', hashApiKey(key))
    .where('revoked_at', 'is', null)
    .returning(['id', 'name', 'province_code'])
    .executeTakeFirst();
}
