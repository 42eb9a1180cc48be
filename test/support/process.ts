import { spawn, type ChildProcess } from 'node:child_process';
import { onTestFinished } from 'vitest';

/**
 * How long a process may take to say something before a test gives up. Generous, for a loaded
 * two-core CI machine; waits end as soon as the line comes, so an idle machine is not slowed.
 */
export const PROCESS_WAIT_MS = 180_000;

/** A test that starts processes may wait for a few of them: its own limit, above the waits'. */
export const PROCESS_TEST_TIMEOUT = 2 * PROCESS_WAIT_MS;

/** Processes started by tests; each is killed (with its whole group) when its test ends. */
const running = new Set<ChildProcess>();

function killGroup(child: ChildProcess) {
  if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return;
  try {
    // Negative pid: the process group, so children of `npm start` (the hub) go too.
    process.kill(-child.pid, 'SIGKILL');
  } catch {
    child.kill('SIGKILL');
  }
}

process.once('exit', () => running.forEach(killGroup));

function mergedEnv(env: Record<string, string>) {
  // An empty value removes the variable, as the configuration treats it.
  return Object.fromEntries(Object.entries({ ...process.env, ...env }).filter(([, value]) => value !== '')) as Record<string, string>;
}

/**
 * Starts a program as an operator would, in its own process group, and collects its structured
 * log lines. Called inside a test, the process group is killed when the test ends, pass or fail.
 */
export function startProgram(program: string, args: string[], env: Record<string, string>) {
  const child = spawn(program, args, { env: mergedEnv(env), stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  running.add(child);
  try {
    onTestFinished(() => killGroup(child));
  } catch {
    // Started outside a test (a hook): the caller stops it; the exit hook above is the backstop.
  }
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const lines: Record<string, any>[] = [];
  /** Lines that are not log lines: a command's own output, such as its summary. */
  const text: string[] = [];
  const listeners = new Set<() => void>();
  let buffer = '';
  child.stdout!.on('data', (chunk: Buffer) => {
    buffer += chunk.toString();
    const parts = buffer.split('\n');
    buffer = parts.pop()!;
    for (const line of parts) {
      if (!line.trim()) continue;
      try {
        lines.push(JSON.parse(line));
      } catch {
        text.push(line);
      }
    }
    listeners.forEach((listener) => listener());
  });
  const exited = new Promise<number | null>((resolve) =>
    child.on('exit', (code) => {
      running.delete(child);
      listeners.forEach((listener) => listener());
      resolve(code);
    }),
  );
  /** The first log line with this message; fails at once if the process exits without it. */
  const waitFor = (message: string) =>
    new Promise<Record<string, any>>((resolve, reject) => {
      const check = () => {
        const found = lines.find((l) => l.msg === message);
        if (found) return done(() => resolve(found));
        if (child.exitCode !== null || child.signalCode !== null) {
          done(() => reject(new Error(`exited (${child.exitCode ?? child.signalCode}) without a "${message}" line; stderr: ${stderr}; lines: ${JSON.stringify(lines)}`)));
        }
      };
      const timer = setTimeout(() => done(() => reject(new Error(`no "${message}" line within ${PROCESS_WAIT_MS} ms; lines: ${JSON.stringify(lines)}`))), PROCESS_WAIT_MS);
      const done = (settle: () => void) => {
        clearTimeout(timer);
        listeners.delete(check);
        settle();
      };
      listeners.add(check);
      check();
    });
  /** Ends the process group if it still runs and waits for the exit: for `finally` blocks. */
  const stop = async () => {
    killGroup(child);
    await exited;
  };
  return { child, lines, text, exited, waitFor, stop, stderr: () => stderr, kill: () => killGroup(child) };
}

/** Starts `jianguan <command> [args…]` (the command alone, or with its arguments as a list). */
export function startCommand(command: string | string[], env: Record<string, string>, args: string[] = []) {
  return startProgram(process.execPath, ['bin/jianguan.js', ...(Array.isArray(command) ? command : [command]), ...args], env);
}

/** Runs `jianguan …` to its end: exit status and output. */
export async function runCommand(args: string[], env: Record<string, string> = {}) {
  const started = startProgram(process.execPath, ['bin/jianguan.js', ...args], env);
  let stdout = '';
  started.child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  const code = await started.exited;
  return { code, stdout, stderr: started.stderr() };
}
