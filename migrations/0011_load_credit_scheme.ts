import { readFileSync } from 'node:fs';
import { sql, type Kysely } from 'kysely';
import { creditSchemeFile } from '../src/domain/credit/scheme.js';

/** Loads the shipped credit scheme (rules/credit/institution-scheme.json) as version 1. */
export async function up(db: Kysely<unknown>): Promise<void> {
  const file = creditSchemeFile.parse(JSON.parse(readFileSync(new URL('../rules/credit/institution-scheme.json', import.meta.url), 'utf8')));
  await sql`
    INSERT INTO credit_scheme (code, version, title, effective_from, source, definition, published_by)
    VALUES (${file.code}, 1, ${file.title}, ${file.effectiveFrom}, ${file.source}, ${JSON.stringify(file.definition)}::jsonb, 'rules/credit/institution-scheme.json')
  `.execute(db);
}
