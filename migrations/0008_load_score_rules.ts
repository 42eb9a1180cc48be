import { readdirSync, readFileSync } from 'node:fs';
import { sql, type Kysely } from 'kysely';
import { ruleSetFile } from '../src/domain/scoring/rule-set.js';

/** Loads the rule files shipped in rules/scoring as version 1 of each rule set. */
export async function up(db: Kysely<unknown>): Promise<void> {
  const folder = new URL('../rules/scoring/', import.meta.url);
  for (const name of readdirSync(folder).filter((f) => f.endsWith('.json')).sort()) {
    const file = ruleSetFile.parse(JSON.parse(readFileSync(new URL(name, folder), 'utf8')));
    await sql`
      INSERT INTO score_rule_set (code, version, title, jurisdiction_code, subject_kind, effective_from, source, definition, published_by)
      VALUES (${file.code}, 1, ${file.title}, ${file.jurisdictionCode}, ${file.subjectKind}, ${file.effectiveFrom}, ${file.source},
              ${JSON.stringify(file.definition)}::jsonb, ${`rules/scoring/${name}`})
    `.execute(db);
  }
}
