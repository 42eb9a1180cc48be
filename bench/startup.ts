import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Start-up times, in milliseconds (median of several runs; the first start of a new directory once). */
export interface StartupTimes {
  /** `jianguan serve` on a new embedded data directory, until it listens (creates the database). */
  serveFirstMs: number;
  /** `jianguan serve` on an existing embedded data directory, until it listens. */
  serveLaterMs: number;
  /** `jianguan token`: a command that needs no database, until it exits. */
  commandMs: number;
  /** `jianguan api-key list` on the embedded database, until it exits. */
  databaseCommandMs: number;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** Milliseconds from spawning `jianguan …` until `done` says so (a line on stdout, or the exit). */
function timeCommand(args: string[], env: Record<string, string>, until: 'listening' | 'exit'): Promise<number> {
  const started = performance.now();
  const child = spawn(process.execPath, ['bin/jianguan.js', ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (until === 'listening' && output.includes('"hub listening"')) {
        const elapsed = performance.now() - started;
        child.once('exit', () => resolve(elapsed));
        child.kill('SIGTERM');
      }
    });
    child.once('exit', (code) => {
      if (until === 'exit') code === 0 ? resolve(performance.now() - started) : reject(new Error(`jianguan ${args.join(' ')} exited with ${code}`));
      else if (!output.includes('"hub listening"')) reject(new Error(`jianguan ${args.join(' ')} exited with ${code} before listening`));
    });
  });
}

export async function measureStartup(runs = 5): Promise<StartupTimes> {
  const dataDir = await mkdtemp(join(tmpdir(), 'jianguan-bench-start-'));
  const env = { JIANGUAN_DATA_DIR: dataDir, PORT: '0', LOG_LEVEL: 'info', JWT_SECRET: 'bench-secret-bench-secret-bench-secret', DATABASE_URL: '' };
  try {
    // Builds the compiled JavaScript if the sources changed, so that no run below pays for it.
    await timeCommand(['--help'], env, 'exit');
    const serveFirstMs = await timeCommand(['serve'], env, 'listening');
    const later: number[] = [];
    const command: number[] = [];
    const databaseCommand: number[] = [];
    for (let i = 0; i < runs; i++) {
      later.push(await timeCommand(['serve'], env, 'listening'));
      command.push(await timeCommand(['token', '--role', 'admin'], env, 'exit'));
      databaseCommand.push(await timeCommand(['api-key', 'list'], env, 'exit'));
    }
    const round = Math.round;
    return { serveFirstMs: round(serveFirstMs), serveLaterMs: round(median(later)), commandMs: round(median(command)), databaseCommandMs: round(median(databaseCommand)) };
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
}

export function startupLines(times: StartupTimes): string[] {
  return [
    '| start-up (embedded database) | ms |',
    '|---|---|',
    `| \`serve\`, first start (creates the database) | ${times.serveFirstMs} |`,
    `| \`serve\`, later start, until it listens | ${times.serveLaterMs} |`,
    `| a command without the database (\`token\`) | ${times.commandMs} |`,
    `| a command on the database (\`api-key list\`) | ${times.databaseCommandMs} |`,
  ];
}
