import { createHash } from 'node:crypto';
import { sql, type Transaction } from 'kysely';
import type { DB } from '../../db/schema.generated.js';
import { idNumberHash } from '../../domain/identifiers/id-number-hash.js';
import type { UnlicensedPracticeCaseRecord } from '../../plugin-sdk/index.js';
import { enqueueRegistryMatch } from '../../modules/registry-matching/matching-job.js';
import type { EntityWriter } from './writer.js';


function contentHash(record: UnlicensedPracticeCaseRecord): string {
  const sorted = Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : 1)));
  return createHash('sha256').update(JSON.stringify(sorted)).digest('hex');
}

const COLUMNS = {
  case_number: 'text', person_name: 'text', sex: 'text', document_type: 'text', document_number: 'text', document_number_masked: 'boolean',
  id_number_hash: 'text', region_code: 'text', place: 'text', kind: 'text', opened_on: 'date', decided_on: 'date', decision_number: 'text',
  content: 'text', fine_yuan: 'numeric', confiscated_yuan: 'numeric', transferred_to_police: 'boolean', status: 'text',
  source_updated_at: 'timestamptz', content_hash: 'text',
} as const;
type Column = keyof typeof COLUMNS;

/**
 * Writes 非法行医 cases: one statement inserts or updates a whole batch, and an update happens
 * only when the source's update time is newer (or equal with other content), so an older
 * version arriving late never overwrites a newer one. Only resident ID numbers are hashed
 * (that is what practitioners are matched by); a masked number stays masked and gets no hash.
 */
export function unlicensedPracticeCaseWriter(hashKey: string | undefined): EntityWriter<UnlicensedPracticeCaseRecord> {
  return {
    async unknownReferences(trx, records) {
      const codes = [...new Set(records.map((r) => r.regionCode))];
      const known = await trx.selectFrom('region').select('code').where('code', '=', sql<string>`ANY(${codes}::text[])`).execute();
      const found = new Set(known.map((k) => k.code));
      return records.map((r) => (found.has(r.regionCode) ? null : `regionCode: ${r.regionCode} is not a GB/T 2260 region code`));
    },

    async write(trx: Transaction<DB>, plugin, records, receivedAt) {
      if (records.length === 0) return { written: 0, unchanged: 0 };
      const needsHash = records.some((r) => r.documentType === 'RESIDENT_ID' && r.documentNumber && !r.documentNumberMasked);
      if (needsHash && !hashKey) throw new Error('ID_NUMBER_HASH_KEY is not set: ID numbers cannot be stored without their matching hash');
      const rows: Record<Column, unknown>[] = records.map((r) => ({
        case_number: r.caseNumber, person_name: r.personName, sex: r.sex, document_type: r.documentType, document_number: r.documentNumber,
        document_number_masked: r.documentNumberMasked,
        id_number_hash: r.documentType === 'RESIDENT_ID' && r.documentNumber && !r.documentNumberMasked ? idNumberHash(hashKey!, r.documentNumber) : null,
        region_code: r.regionCode, place: r.place, kind: r.kind, opened_on: r.openedOn, decided_on: r.decidedOn, decision_number: r.decisionNumber,
        content: r.content, fine_yuan: r.fineYuan, confiscated_yuan: r.confiscatedYuan, transferred_to_police: r.transferredToPolice, status: r.status,
        source_updated_at: r.sourceUpdatedAt, content_hash: contentHash(r),
      }));
      const columns = Object.keys(COLUMNS) as Column[];
      const arrays = columns.map((c) => sql`${rows.map((row) => row[c] ?? null)}::${sql.raw(COLUMNS[c])}[]`);
      const updates = columns.filter((c) => c !== 'case_number').map((c) => sql`${sql.ref(c)} = EXCLUDED.${sql.ref(c)}`);
      const written = await sql<{ id: string; case_number: string }>`
        INSERT INTO unlicensed_practice_case AS t (plugin, ${sql.join(columns.map((c) => sql.ref(c)))}, first_received_at)
        SELECT ${plugin}, u.*, ${receivedAt}::timestamptz FROM unnest(${sql.join(arrays)}) AS u
        ON CONFLICT (plugin, case_number) DO UPDATE SET ${sql.join(updates)}, version = t.version + 1, updated_at = now()
        WHERE t.source_updated_at < EXCLUDED.source_updated_at
           OR (t.source_updated_at = EXCLUDED.source_updated_at AND t.content_hash <> EXCLUDED.content_hash)
        RETURNING t.id, t.case_number`.execute(trx);
      const writtenKeys = new Set(written.rows.map((r) => r.case_number));
      const unchanged = records.map((r) => r.caseNumber).filter((key) => !writtenKeys.has(key));
      // Changed or not, every case of the batch was received now.
      await sql`INSERT INTO unlicensed_practice_case_receipt (case_id, last_received_at)
        SELECT id, ${receivedAt}::timestamptz FROM unlicensed_practice_case WHERE plugin = ${plugin} AND case_number = ANY(${records.map((r) => r.caseNumber)}::text[])
        ON CONFLICT (case_id) DO UPDATE SET last_received_at = EXCLUDED.last_received_at`.execute(trx);
      // 上网比对 of what changed, by a job queued in this transaction: it exists exactly when the batch does.
      if (written.rows.length > 0) await enqueueRegistryMatch(trx, { caseIds: written.rows.map((r) => String(r.id)) });
      return { written: writtenKeys.size, unchanged: unchanged.length };
    },
  };
}
