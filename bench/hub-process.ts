import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:net';

/** A free TCP port on loopback, chosen by the kernel. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/**
 * The hub as operators run it (`jianguan serve`, in the production profile unless asked), in its
 * own process so that its memory is its own and the load generator does not share its CPU time
 * slices. The development profile reports each request's SQL statements and bytes in headers.
 */
export async function startHubProcess(databaseUrl: string, jwtSecret: string, profile: 'production' | 'development' = 'production') {
  const port = await freePort();
  const child = spawn(process.execPath, ['bin/jianguan.js', 'serve'], {
    env: { ...process.env, PORT: String(port), DATABASE_URL: databaseUrl, LOG_LEVEL: 'warn', DB_POOL_MAX: '10', JIANGUAN_PROFILE: profile, JWT_SECRET: jwtSecret, JIANGUAN_WORKER: 'off', PULL_REQUESTS_PER_MINUTE: '0', PULL_RECORDS_PER_HOUR: '0' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    if (child.exitCode !== null) throw new Error(`the hub exited with ${child.exitCode}`);
    const ready = await fetch(`${base}/readyz`).then((r) => r.ok, () => false);
    if (ready) break;
    if (i > 600) throw new Error('the hub did not become ready in 60 s');
    await new Promise((r) => setTimeout(r, 100));
  }
  const memoryKb = async (field: 'VmRSS' | 'VmHWM') => {
    const status = await readFile(`/proc/${child.pid}/status`, 'utf8');
    return Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
  };
  return {
    url: `${base}/graphql`,
    base,
    /** Resident memory of the hub process now, in MiB. */
    memoryMb: async () => Math.round((await memoryKb('VmRSS')) / 1024),
    /** Peak resident memory of the hub process so far, in MiB. */
    peakMemoryMb: async () => Math.round((await memoryKb('VmHWM')) / 1024),
    async stop() {
      // A hub that already exited (it crashed) has nothing left to wait for.
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    },
  };
}

export type HubProcess = Awaited<ReturnType<typeof startHubProcess>>;
