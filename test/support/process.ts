import { spawn } from 'node:child_process';

/** Starts `jianguan <command>` as an operator would, and collects its structured log lines. */
export function startCommand(command: 'serve' | 'worker', env: Record<string, string>) {
  // An empty value removes the variable, as the configuration treats it.
  const merged = Object.fromEntries(Object.entries({ ...process.env, ...env }).filter(([, value]) => value !== ''));
  const child = spawn(process.execPath, ['bin/jianguan.js', command], { env: merged, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const lines: Record<string, any>[] = [];
  let buffer = '';
  child.stdout.on('data', (chunk: Buffer) => {
    buffer += chunk.toString();
    const parts = buffer.split('\n');
    buffer = parts.pop()!;
    for (const line of parts) if (line.trim()) lines.push(JSON.parse(line));
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
  return { child, lines, exited, waitFor, stderr: () => stderr };
}
