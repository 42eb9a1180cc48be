import { readFile } from 'node:fs/promises';
import { parseCronItems } from 'graphile-worker';
import { z } from 'zod';
import type { Plugin } from '../plugin-sdk/index.js';

/** A configured plugin: its settings parsed by its own schema, and when it runs by itself. */
export interface PluginInstance {
  plugin: Plugin;
  config: unknown;
  /** Cron expression (UTC, as graphile-worker reads it); absent: on demand only. */
  schedule: string | null;
}

export class PluginsFileError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid plugins file:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'PluginsFileError';
  }
}

const fileSchema = z.object({
  plugins: z.record(
    z.string(),
    z.object({ config: z.unknown(), schedule: z.string().min(1).optional() }).strict(),
  ),
});

/** Replaces `${VAR}` in every string with the environment's value; a missing variable is a problem, named. */
function substitute(value: unknown, env: Record<string, string | undefined>, path: string, problems: string[]): unknown {
  if (typeof value === 'string') {
    return value.replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g, (_match, name: string) => {
      const found = env[name];
      if (found === undefined || found === '') problems.push(`${path}: environment variable ${name} is not set`);
      return found ?? '';
    });
  }
  if (Array.isArray(value)) return value.map((item, i) => substitute(item, env, `${path}[${i}]`, problems));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, substitute(item, env, `${path}.${key}`, problems)]));
  }
  return value;
}

function validSchedule(schedule: string): boolean {
  try {
    parseCronItems([{ task: 'probe', match: schedule, identifier: 'probe' }]);
    return true;
  } catch {
    return false;
  }
}

/**
 * Reads the plugins file: each instance named by an installed plugin, its settings (secrets from
 * the environment) checked by that plugin's schema, its schedule a valid cron expression. Every
 * problem is reported at once, by plugin and key — never with a setting's value, which may be a
 * secret.
 */
export function parsePluginsFile(text: string, installed: readonly Plugin[], env: Record<string, string | undefined>): Map<string, PluginInstance> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new PluginsFileError([`not JSON: ${(error as Error).message}`]);
  }
  const shape = fileSchema.safeParse(json);
  if (!shape.success) throw new PluginsFileError(shape.error.issues.map((i) => `${i.path.join('.') || '(file)'}: ${i.message}`));
  const problems: string[] = [];
  const instances = new Map<string, PluginInstance>();
  const byName = new Map(installed.map((p) => [p.name, p]));
  for (const [name, entry] of Object.entries(shape.data.plugins)) {
    const plugin = byName.get(name);
    if (!plugin) {
      problems.push(`plugins.${name}: no installed plugin has this name (installed: ${[...byName.keys()].join(', ') || 'none'})`);
      continue;
    }
    const missingSecrets = problems.length;
    const settings = substitute(entry.config ?? {}, env, `plugins.${name}.config`, problems);
    // A missing secret is the problem to report, not the empty value it left behind.
    if (problems.length > missingSecrets) continue;
    const parsed = plugin.configSchema.safeParse(settings);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) problems.push(`plugins.${name}.config.${issue.path.join('.') || '(config)'}: ${issue.message}`);
      continue;
    }
    if (entry.schedule !== undefined && !validSchedule(entry.schedule)) {
      problems.push(`plugins.${name}.schedule: not a cron expression (minute hour day month weekday)`);
      continue;
    }
    instances.set(name, { plugin, config: parsed.data, schedule: entry.schedule ?? null });
  }
  if (problems.length > 0) throw new PluginsFileError(problems);
  return instances;
}

export async function loadPluginsFile(path: string | undefined, installed: readonly Plugin[], env: Record<string, string | undefined>): Promise<Map<string, PluginInstance>> {
  if (!path) return new Map();
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new PluginsFileError([`cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`]);
  }
  return parsePluginsFile(text, installed, env);
}
