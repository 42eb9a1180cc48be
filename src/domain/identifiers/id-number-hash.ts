import { createHmac } from 'node:crypto';

/**
 * The keyed hash ID numbers are matched by (上网比对): HMAC-SHA256 of the normalised 18-character
 * number under ID_NUMBER_HASH_KEY, a key that lives in configuration only, never in the database.
 */
export function idNumberHash(key: string, idNumber: string): string {
  return createHmac('sha256', key).update(idNumber).digest('hex');
}
