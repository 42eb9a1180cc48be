import { deepStrictEqual } from 'node:assert';
import { randomBytes } from 'node:crypto';
import { mintToken } from '../src/auth/tokens.js';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { startBaselineServer } from './baseline-server.js';
import { benchCreditDelivery } from './credit-delivery.js';
import { prepareDataset } from './dataset.js';
import { startHubProcess, type HubProcess } from './hub-process.js';
import { drive } from './load.js';
import { benchPull, benchSnapshot, pullTable } from './pull.js';
import { benchMatching } from './matching.js';
import { writeReport, type Row } from './report.js';
import { measureSync } from './sync.js';
import { SCENARIOS, type Sample } from './scenarios.js';
import { measureStartup, startupLines } from './startup.js';

/**
 * `npm run bench`: seeds real PostgreSQL at province scale, starts the hub, and drives every
 * scenario against it and against hand-written SQL at fixed concurrencies. Results go to
 * bench/results/latest.{md,json}; the previous run is kept for comparison.
 */
const SCALES = {
  small: { institutions: 1_000, practitioners: 10_000 },
  city: { institutions: 5_000, practitioners: 50_000 },
  province: { institutions: 50_000, practitioners: 500_000 },
};

const { values } = parseArgs({
  options: {
    scale: { type: 'string', default: 'province' },
    seconds: { type: 'string', default: '10' },
    connections: { type: 'string', default: '1,16' },
    database: { type: 'string', default: process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/jianguan_bench' },
    'sync-cases': { type: 'string', default: '20000,100000' },
    'sync-database': { type: 'string', default: process.env.BENCH_SYNC_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/jianguan_bench_sync' },
    /** `startup`: only the start-up times (no dataset, no load); `snapshot`: only a provincial snapshot (records/s, hub memory); `scenarios`: only the GraphQL scenarios against hand-written SQL. */
    only: { type: 'string' },
  },
});
const scale = SCALES[values.scale as keyof typeof SCALES];
if (!scale) throw new Error(`--scale must be one of ${Object.keys(SCALES).join(', ')}`);
const seconds = Number(values.seconds);
const concurrencies = values.connections.split(',').map(Number);
const log = (line: string) => process.stderr.write(`${line}\n`);

if (values.only === 'snapshot') {
  await prepareDataset(values.database, scale, log);
  const hub = await startHubProcess(values.database, randomBytes(32).toString('hex'));
  const pool = new pg.Pool({ connectionString: values.database, max: 2 });
  try {
    const { province, snapshots } = await benchSnapshot(hub.base, pool, hub.memoryMb, log);
    const feed = { changes: 0, pages: 0, seconds: 0, changesPerSecond: 0 };
    process.stdout.write(`${pullTable({ province, snapshots, feed }).slice(0, -1).join('\n')}\n\nHub peak resident memory: ${await hub.peakMemoryMb()} MiB\n`);
  } finally {
    await pool.end();
    await hub.stop();
  }
  process.exit(0);
}

const onlyScenarios = values.only === 'scenarios';
log('start-up times…');
const startup = onlyScenarios ? undefined : await measureStartup();
if (values.only === 'startup') {
  process.stdout.write(`${startupLines(startup!).join('\n')}\n`);
  process.exit(0);
}

await prepareDataset(values.database, scale, log);
const jwtSecret = randomBytes(32).toString('hex');
const tokens = new Map<string, string>();
/** Headers for a scenario's request: a regulator's token for its jurisdiction, or none (the public). */
const headersFor = (scenario: (typeof SCENARIOS)[number], variables: Record<string, unknown>): Record<string, string> => {
  const region = scenario.regulatorOf?.(variables);
  return region ? { authorization: `Bearer ${tokens.get(region)}` } : {};
};
const baseline = await startBaselineServer(values.database, SCENARIOS);
// Statements and bytes per request are read from a development hub's headers; the load runs
// against production hubs, which do not count them (counting costs every request time).
const counting = await startHubProcess(values.database, jwtSecret, 'development').catch(async (error) => {
  await baseline.stop();
  throw error;
});
let countingStopped = false;
/** The production hub under load at the moment, if any. */
let hub: HubProcess | undefined;
try {
  const sample: Sample = {
    institutionIds: (await baseline.pool.query('SELECT id FROM institution ORDER BY id LIMIT 2000')).rows.map((r) => r.id),
    regionCodes: (await baseline.pool.query(`SELECT DISTINCT left(region_code, 2) || '0000' AS code FROM institution ORDER BY 1`)).rows.map((r) => r.code),
  };
  for (const region of sample.regionCodes) {
    tokens.set(region, await mintToken(jwtSecret, { sub: `bench-${region}`, role: 'regulator', jurisdictions: [region] }, '1d'));
  }
  let seed = 1;
  const pick = <T>(items: T[]) => items[(seed = (seed * 48271) % 2147483647) % items.length]!;
  const rows: Row[] = [];
  for (const [index, scenario] of SCENARIOS.entries()) {
    // The same variables asked of both must get the same answer, or the comparison means nothing.
    const variables = scenario.variables(pick, sample);
    const ask = (url: string) =>
      fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headersFor(scenario, variables) }, body: JSON.stringify({ query: scenario.query, variables }) });
    // The first request of a process also reads the region catalogue; count a warm one.
    await (await ask(counting.url)).arrayBuffer();
    const counted = await ask(counting.url);
    await counted.arrayBuffer();
    if (index === SCENARIOS.length - 1) {
      await counting.stop();
      countingStopped = true;
    }
    // Each scenario has a hub of its own, so that its peak memory is its own, not the heap that
    // earlier scenarios left behind.
    const scenarioHub = (hub = await startHubProcess(values.database, jwtSecret));
    const hubResponse = await ask(scenarioHub.url);
    const baselineResponse = await fetch(baseline.urlFor(index), { method: 'POST', body: JSON.stringify({ variables }) });
    const hubBody = await hubResponse.json();
    const baselineBody = await baselineResponse.json();
    let sameAnswer = true;
    try {
      deepStrictEqual(hubBody, baselineBody);
    } catch {
      sameAnswer = false;
      log(`${scenario.name}: answers differ\nhub: ${JSON.stringify(hubBody).slice(0, 500)}\nsql: ${JSON.stringify(baselineBody).slice(0, 500)}`);
    }
    const hubStatements = Number(counted.headers.get('x-sql-statements'));
    const baselineStatements = Number(baselineResponse.headers.get('x-sql-statements'));
    const hubBytes = Number(counted.headers.get('x-sql-bytes'));
    const baselineBytes = Number(baselineResponse.headers.get('x-sql-bytes'));
    const nextRequest = () => {
      const variables = scenario.variables(pick, sample);
      return { body: JSON.stringify({ query: scenario.query, variables }), headers: headersFor(scenario, variables) };
    };
    // A fresh process compiles as it goes: two seconds of the same load first, not counted.
    await drive(scenarioHub.url, nextRequest, concurrencies[0]!, 2);
    const runs = [];
    for (const connections of concurrencies) {
      log(`${scenario.name} at ${connections} connection(s)…`);
      const hubRun = await drive(scenarioHub.url, nextRequest, connections, seconds);
      const sqlRun = await drive(baseline.urlFor(index), () => ({ body: JSON.stringify({ variables: scenario.variables(pick, sample) }) }), connections, seconds);
      runs.push({ connections, hubRun, sqlRun });
    }
    const peakMemoryMb = await scenarioHub.peakMemoryMb();
    await scenarioHub.stop();
    hub = undefined;
    for (const { connections, hubRun, sqlRun } of runs) {
      rows.push({
        scenario: scenario.name,
        connections,
        hub: { ...hubRun, statements: hubStatements, bytes: hubBytes, peakMemoryMb },
        baseline: { ...sqlRun, statements: baselineStatements, bytes: baselineBytes },
        overhead: sqlRun.requestsPerSecond / Math.max(hubRun.requestsPerSecond, 1),
        sameAnswer,
      });
    }
  }
  let integrations = {};
  let integrationsPeakMb = 0;
  if (!onlyScenarios) {
    const integrationsHub = (hub = await startHubProcess(values.database, jwtSecret));
    integrations = await benchIntegrations(integrationsHub);
    integrationsPeakMb = await integrationsHub.peakMemoryMb();
  }
  const hubPeakMemoryMb = Math.max(integrationsPeakMb, ...rows.map((row) => row.hub.peakMemoryMb));
  const table = await writeReport({ at: new Date().toISOString(), scale, secondsPerRun: seconds, hubPeakMemoryMb, rows, ...(startup ? { startup } : {}), ...integrations });
  process.stdout.write(`${table}\n`);
} finally {
  await baseline.stop();
  await hub?.stop();
  if (!countingStopped) await counting.stop();
}

/**
 * A provincial pull of the snapshot and change feed; a source plugin's sync from a local emulator
 * into PostgreSQL, at two sizes; the seeded licenses and penalties delivered to a local
 * credit-platform emulator; 上网比对.
 */
async function benchIntegrations(hub: HubProcess) {
  const pull = await benchPull(hub.base, baseline.pool, hub.memoryMb, log);
  const sync = await measureSync(values['sync-database'], values['sync-cases'].split(',').map(Number), log);
  const creditDelivery = await benchCreditDelivery(values.database, log);
  const matching = await benchMatching(values.database, Math.min(100_000, scale!.practitioners), log);
  return { pull, sync, creditDelivery, matching };
}
