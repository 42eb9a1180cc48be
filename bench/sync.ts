import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { generateJiangsuCases, startJiangsuEmulator } from '../test/emulators/registry-jiangsu/index.js';

export interface SyncMeasurement {
  plugin: string;
  cases: number;
  seconds: number;
  recordsPerSecond: number;
  /** Peak resident memory of the `jianguan sync` process. */
  peakMemoryMb: number;
}

async function freshDatabase(url: string) {
  const target = new URL(url);
  const admin = new pg.Client({ connectionString: Object.assign(new URL(url), { pathname: '/postgres' }).toString() });
  await admin.connect();
  const name = pg.escapeIdentifier(target.pathname.slice(1));
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
}

/** Runs `jianguan sync` to the end, sampling its peak resident memory (VmHWM) until it exits. */
async function runSync(plugin: string, env: Record<string, string>) {
  const child = spawn(process.execPath, ['bin/jianguan.js', 'sync', plugin], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
  let stdout = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  let peakKb = 0;
  const sampler = setInterval(() => {
    readFile(`/proc/${child.pid}/status`, 'utf8').then(
      (status) => (peakKb = Math.max(peakKb, Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0))),
      () => undefined,
    );
  }, 100);
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  clearInterval(sampler);
  const summary = /run \d+ succeeded: (\d+) read, .* in ([\d.]+) s/.exec(stdout);
  if (code !== 0 || !summary) throw new Error(`jianguan sync ${plugin} failed (${code}): ${stdout.slice(-500)}`);
  return { read: Number(summary[1]), seconds: Number(summary[2]), peakMemoryMb: Math.round(peakKb / 1024) };
}

/**
 * Records per second from a local emulator of the Jiangsu interface into PostgreSQL, with no
 * faults, for each case count (a fresh database each time); the peaks at different counts show
 * whether memory grows with the data.
 */
export async function measureSync(databaseUrl: string, caseCounts: number[], log: (line: string) => void): Promise<SyncMeasurement[]> {
  const results: SyncMeasurement[] = [];
  const workDir = await mkdtemp(join(tmpdir(), 'jianguan-bench-sync-'));
  try {
    for (const count of caseCounts) {
      const emulator = await startJiangsuEmulator({ seed: 7 });
      try {
        log(`sync: generating ${count} cases…`);
        emulator.putMany(generateJiangsuCases({ count, seed: 7 }));
        await freshDatabase(databaseUrl);
        const pluginsFile = join(workDir, 'plugins.json');
        await writeFile(pluginsFile, JSON.stringify({ plugins: { 'registry-jiangsu': { config: { baseUrl: emulator.baseUrl, appId: emulator.appId, appSecret: emulator.appSecret } } } }));
        log(`sync: jianguan sync registry-jiangsu over ${count} cases…`);
        const run = await runSync('registry-jiangsu', {
          DATABASE_URL: databaseUrl,
          JIANGUAN_PLUGINS_FILE: pluginsFile,
          ID_NUMBER_HASH_KEY: 'bench-id-number-hash-key-of-32-characters',
          LOG_LEVEL: 'warn',
        });
        results.push({ plugin: 'registry-jiangsu', cases: run.read, seconds: run.seconds, recordsPerSecond: Math.round(run.read / run.seconds), peakMemoryMb: run.peakMemoryMb });
      } finally {
        await emulator.close();
      }
    }
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
  return results;
}
