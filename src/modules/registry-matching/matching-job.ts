import type { Task } from 'graphile-worker';
import { sql, type Kysely, type Transaction } from 'kysely';
import type { Logger } from 'pino';
import { z } from 'zod';
import type { DB } from '../../db/schema.generated.js';
import { hashUnhashedCases, hashUnhashedPractitioners } from './id-number-hashes.js';
import { matchPairs } from './match-pairs.js';
import { recomputePoliceTransferFlags } from './police-transfer.js';

export const REGISTRY_MATCH_TASK = 'registry-match';
/** One queue: matching jobs run one at a time, so two never recompute the same person at once. */
const QUEUE = 'registry-match';
const FULL_CHUNK = 1_000;

const payloadSchema = z.object({
  caseIds: z.array(z.string().regex(/^\d+$/)).default([]),
  practitionerIds: z.array(z.string().regex(/^\d+$/)).default([]),
  /** Every case again (an administrator's re-match): the same alerts, never duplicates. */
  full: z.boolean().default(false),
});
export type RegistryMatchRequest = z.input<typeof payloadSchema>;

/**
 * Queues matching inside `db` — the caller's transaction, so the job exists exactly when the
 * change it matches was committed. A full re-match has one pending job at most.
 */
export async function enqueueRegistryMatch(db: Kysely<DB> | Transaction<DB>, request: RegistryMatchRequest): Promise<string> {
  const jobKey = request.full ? sql`, job_key := 'registry-match:full'` : sql``;
  const { rows } = await sql<{ id: string }>`SELECT id FROM graphile_worker.add_job(${REGISTRY_MATCH_TASK}, ${JSON.stringify(request)}::json,
      queue_name := ${QUEUE}${jobKey})`.execute(db);
  return String(rows[0]!.id);
}

/** Matches cases and practitioners and recomputes the 情节严重 flags the cases affect, in one transaction. */
export async function matchNow(trx: Kysely<DB> | Transaction<DB>, subjects: { caseIds?: readonly string[]; practitionerIds?: readonly string[] }) {
  await matchPairs(trx, subjects);
  await recomputePoliceTransferFlags(trx, subjects.caseIds ?? []);
}

export interface MatchOutcome {
  practitionersHashed: number;
  casesHashed: number;
  casesMatched: number;
  practitionersMatched: number;
}

/**
 * What the job does. With the key, practitioners (and hub cases) still without a hash get it
 * first and are matched; without it, only weak matches can be made, and the log says so.
 */
export async function runRegistryMatch(db: Kysely<DB>, key: string | undefined, logger: Logger, request: RegistryMatchRequest, signal?: AbortSignal): Promise<MatchOutcome> {
  const { caseIds, practitionerIds, full } = payloadSchema.parse(request);
  const outcome: MatchOutcome = { practitionersHashed: 0, casesHashed: 0, casesMatched: 0, practitionersMatched: practitionerIds.length };
  const cases = new Set(caseIds);
  if (key) {
    for (let after = '0'; ; ) {
      signal?.throwIfAborted();
      const chunk = await db.transaction().execute(async (trx) => {
        const hashed = await hashUnhashedPractitioners(trx, key, after);
        await matchPairs(trx, { practitionerIds: hashed.ids });
        return hashed;
      });
      outcome.practitionersHashed += chunk.ids.length;
      if (chunk.lastId === null) break;
      after = chunk.lastId;
    }
    for (const id of await hashUnhashedCases(db, key)) cases.add(id);
    outcome.casesHashed = cases.size - new Set(caseIds).size;
  } else {
    logger.warn('ID_NUMBER_HASH_KEY is not set: cases cannot be matched by ID number, only weakly by name and what is known of the number');
  }
  if (full) {
    for (let after = '0'; ; ) {
      signal?.throwIfAborted();
      const chunk = await db.selectFrom('unlicensed_practice_case').select('id').where('id', '>', after).orderBy('id').limit(FULL_CHUNK).execute();
      if (chunk.length === 0) break;
      const ids = chunk.map((c) => c.id);
      await db.transaction().execute((trx) => matchNow(trx, { caseIds: ids }));
      outcome.casesMatched += ids.length;
      after = ids[ids.length - 1]!;
    }
    await db.transaction().execute((trx) => matchNow(trx, { practitionerIds }));
    return outcome;
  }
  await db.transaction().execute((trx) => matchNow(trx, { caseIds: [...cases], practitionerIds }));
  outcome.casesMatched = cases.size;
  return outcome;
}

/** The job engine's task. */
export function registryMatchTasks(deps: { db: Kysely<DB>; logger: Logger; idNumberHashKey: string | undefined }): Record<string, Task> {
  return {
    [REGISTRY_MATCH_TASK]: async (payload, helpers) => {
      const outcome = await runRegistryMatch(deps.db, deps.idNumberHashKey, deps.logger, (payload ?? {}) as RegistryMatchRequest, helpers.abortSignal);
      deps.logger.info({ task: REGISTRY_MATCH_TASK, ...outcome }, 'job done');
    },
  };
}

/** At start: one job that hashes whatever still lacks a hash and matches it (a no-op when nothing does). */
export async function enqueueRegistryBackfill(db: Kysely<DB>): Promise<void> {
  await sql`SELECT graphile_worker.add_job(${REGISTRY_MATCH_TASK}, '{}'::json, queue_name := ${QUEUE}, job_key := 'registry-match:backfill')`.execute(db);
}
