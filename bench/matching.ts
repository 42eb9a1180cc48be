import pino from 'pino';
import { sql, type Kysely } from 'kysely';
import type { DB } from '../src/db/schema.generated.js';
import { openDatabase } from '../src/db/connect.js';
import { installJobQueue } from '../src/jobs/worker.js';
import { matchPairsStatement } from '../src/modules/registry-matching/match-pairs.js';
import { runRegistryMatch } from '../src/modules/registry-matching/matching-job.js';
import { unlicensedPracticeCaseWriter } from '../src/plugin-runtime/writers/unlicensed-practice-cases.js';
import type { UnlicensedPracticeCaseRecord } from '../src/plugin-sdk/index.js';
import { idNumberFor } from '../src/seed/identifiers.js';

/** A fixed key: the practitioners' hashes written by one run stay valid for the next. */
const BENCH_KEY = 'jianguan-benchmark-id-number-hash-key';
const PLUGIN = 'bench-matching';
const BATCH = 500;

export interface MatchingResult {
  cases: number;
  practitioners: number;
  practitionersHashed: number;
  hashSeconds: number;
  ingestPerSecond: number;
  matchSeconds: number;
  casesPerSecond: number;
  alerts: Record<string, number>;
  seriousCases: number;
  /** Every table the matching statement reads is reached through an index (no sequential scan). */
  indexed: boolean;
}

/**
 * 上网比对 at scale: `cases` cases (3 in 10 of a registered practitioner, 2 in 10 of repeat
 * offenders, 1 in 10 masked, the rest strangers) ingested through the plugin writer (which
 * queues matching in each batch), then matched in full against the seeded practitioners.
 */
export async function benchMatching(url: string, cases: number, log: (line: string) => void): Promise<MatchingResult> {
  const logger = pino({ level: 'silent' });
  const database = await openDatabase({ url, poolMax: 3, statementTimeoutMs: 0, connectionTimeoutMs: 10_000 }, logger);
  const { db } = database;
  try {
    await installJobQueue(database, logger);
    await clearPreviousRun(db);
    const hashStarted = performance.now();
    const hashing = await runRegistryMatch(db, BENCH_KEY, logger, {});
    const hashSeconds = (performance.now() - hashStarted) / 1000;
    log(`matching: ${hashing.practitionersHashed} practitioners hashed in ${hashSeconds.toFixed(1)} s`);

    const people = await db.selectFrom('practitioner').select(['name', 'id_number']).orderBy('id').limit(cases).execute();
    const records = Array.from({ length: cases }, (_, i) => caseRecord(i, people));
    const writer = unlicensedPracticeCaseWriter(BENCH_KEY);
    const ingestStarted = performance.now();
    for (let at = 0; at < records.length; at += BATCH) {
      await db.transaction().execute((trx) => writer.write(trx, PLUGIN, records.slice(at, at + BATCH), new Date().toISOString()));
    }
    const ingestPerSecond = Math.round(cases / ((performance.now() - ingestStarted) / 1000));
    // The jobs the writer queued are not worked here: the full match below does their work once.
    await sql`DELETE FROM graphile_worker._private_jobs WHERE task_id IN (SELECT id FROM graphile_worker._private_tasks WHERE identifier = 'registry-match')`.execute(db);
    await sql`ANALYZE unlicensed_practice_case`.execute(db);
    log(`matching: ${cases} cases ingested at ${ingestPerSecond} records/s (matching queued in each batch)`);

    const matchStarted = performance.now();
    await runRegistryMatch(db, BENCH_KEY, logger, { full: true });
    const matchSeconds = (performance.now() - matchStarted) / 1000;
    const alertRows = await sql<{ kind: string; strength: string; n: number }>`SELECT kind, strength, count(*)::int AS n FROM registry_match GROUP BY 1, 2`.execute(db);
    const serious = await sql<{ n: number }>`SELECT count(*)::int AS n FROM police_transfer_flag`.execute(db);
    const { indexed, plan } = await matchingIsIndexed(db);
    log(`matching: ${cases} cases matched in ${matchSeconds.toFixed(1)} s; indexed: ${indexed}`);
    if (!indexed) log(plan);
    return {
      cases,
      practitioners: Number((await sql<{ n: string }>`SELECT count(*) AS n FROM practitioner`.execute(db)).rows[0]!.n),
      practitionersHashed: hashing.practitionersHashed,
      hashSeconds,
      ingestPerSecond,
      matchSeconds,
      casesPerSecond: Math.round(cases / matchSeconds),
      alerts: Object.fromEntries(alertRows.rows.map((r) => [`${r.kind} ${r.strength}`, r.n])),
      seriousCases: serious.rows[0]!.n,
      indexed,
    };
  } finally {
    await database.close();
  }
}

function caseRecord(i: number, people: { name: string; id_number: string }[]): UnlicensedPracticeCaseRecord {
  const slot = i % 10;
  const practitioner = people[i % people.length]!;
  let name = `非法行医者${i}`;
  let number = idNumberFor(6_000_000 + i, '320613');
  let masked = false;
  if (slot < 3) [name, number] = [practitioner.name, practitioner.id_number];
  else if (slot < 5) [name, number] = [`惯犯${Math.floor(i / 40)}`, idNumberFor(5_000_000 + Math.floor(i / 40), '320613')];
  else if (slot === 5) [name, number, masked] = [practitioner.name, `${practitioner.id_number.slice(0, 6)}********${practitioner.id_number.slice(14)}`, true];
  const year = 2018 + (i % 7);
  return {
    caseNumber: `BENCH-${i}`, personName: name, sex: 'MALE', documentType: 'RESIDENT_ID', documentNumber: number, documentNumberMasked: masked,
    regionCode: '320613', place: null, kind: 'UNLICENSED_PRACTICE', openedOn: `${year}-03-01`, decidedOn: `${year}-04-01`, decisionNumber: `BENCH罚${i}`,
    content: null, fineYuan: '10000.00', confiscatedYuan: null, transferredToPolice: false, status: 'CLOSED', sourceUpdatedAt: '2025-01-01T00:00:00+08:00',
  };
}

async function clearPreviousRun(db: Kysely<DB>) {
  const bench = sql`SELECT id FROM unlicensed_practice_case WHERE plugin = ${PLUGIN}`;
  await sql`DELETE FROM registry_match WHERE case_id IN (${bench}) OR other_case_id IN (${bench})`.execute(db);
  await sql`DELETE FROM police_transfer_flag WHERE case_id IN (${bench})`.execute(db);
  await sql`DELETE FROM unlicensed_practice_case WHERE plugin = ${PLUGIN}`.execute(db);
}

/** EXPLAIN of one chunk's matching: a sequential scan of cases or practitioners would be a scan per case. */
async function matchingIsIndexed(db: Kysely<DB>): Promise<{ indexed: boolean; plan: string }> {
  const ids = (await sql<{ id: string }>`SELECT id::text FROM unlicensed_practice_case WHERE plugin = ${PLUGIN} ORDER BY id LIMIT 1000`.execute(db)).rows.map((r) => r.id);
  const explained = await sql<{ 'QUERY PLAN': string }>`EXPLAIN ${matchPairsStatement({ caseIds: ids })}`.execute(db);
  const plan = explained.rows.map((r) => r['QUERY PLAN']).join('\n');
  return { indexed: !/Seq Scan on (practitioner|unlicensed_practice_case|registry_match)\b/.test(plan), plan };
}
