import type { Transaction } from 'kysely';
import type { DB } from '../../db/schema.generated.js';
import { evaluateCredit } from '../../domain/credit/evaluate.js';
import { todayInChina } from '../../domain/today.js';
import { creditInputs, creditSchemeInForce } from './credit.queries.js';

export type CreditScheme = NonNullable<Awaited<ReturnType<typeof creditSchemeInForce>>>;

/** JSON with object keys sorted: jsonb does not keep the key order it was given. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1))) : v,
  );
}

/**
 * Re-evaluates an institution's credit inside the transaction that changed one of its inputs, so
 * a grade never lags the records it rests on. A new evaluation is kept only when the score, the
 * grade or the records counted changed; the history shows each change with its inputs.
 */
export async function recomputeCredit(
  trx: Transaction<DB>,
  institutionId: string | null,
  trigger: string,
  asOf = todayInChina(),
  /** The scheme in force on `asOf`, when the caller re-evaluates many institutions. */
  schemeInForce?: CreditScheme | null,
) {
  if (!institutionId) return null;
  const scheme = schemeInForce === undefined ? await creditSchemeInForce(trx, asOf) : schemeInForce;
  if (!scheme) return null;
  // Serialises concurrent recomputations of one institution.
  await trx.selectFrom('institution').select('id').where('id', '=', institutionId).forUpdate().execute();
  const result = evaluateCredit(scheme.definition, await creditInputs(trx, institutionId), asOf);
  const latest = await trx
    .selectFrom('credit_evaluation')
    .select(['score', 'grade', 'deductions', 'scheme_id'])
    .where('institution_id', '=', institutionId)
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  const unchanged =
    latest &&
    Number(latest.score) === result.score &&
    latest.grade === result.grade &&
    latest.scheme_id === scheme.id &&
    canonical(latest.deductions) === canonical(result.deductions);
  if (unchanged) return null;
  return trx
    .insertInto('credit_evaluation')
    .values({
      institution_id: institutionId,
      scheme_id: scheme.id,
      as_of: asOf,
      score: String(result.score),
      grade: result.grade,
      deductions: JSON.stringify(result.deductions),
      trigger,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}
