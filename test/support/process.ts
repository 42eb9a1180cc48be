import { spawn } from 'node:child_process';

/**
 * Starts `jianguan <command> [args…]` as an operator would, and collects its structured log lines
 * (and any plain lines, such as a command's summary).
 */
export function startCommand(command: string | string[], env: Record<string, string>) {
  // An empty value removes the variable, as the configuration treats it.
  const merged = Object.fromEntries(Object.entries({ ...process.env, ...env }).filter(([, value]) => value !== ''));
  const args = Array.isArray(command) ? command : [command];
  const child = spawn(process.execPath, ['bin/jianguan.js', ...args], { env: merged, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const lines: Record<string, any>[] = [];
  const text: string[] = [];
  let buffer = '';
  child.stdout.on('data', (chunk: Buffer) => {
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
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const waitFor = async (message: string) => {
    for (let i = 0; i < 600; i++) {
      const found = lines.find((l) => l.msg === message);
      if (found) return found;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error(`no "${message}" log line; saw ${JSON.stringify(lines)}`);
  };
  /** Ends the process if it still runs (SIGKILL): for `finally` blocks, so no test leaves one behind. */
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGKILL');
      await exited;
    }
  };
  return { child, lines, text, exited, waitFor, stop, stderr: () => stderr };
}
