import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The folder that holds `rules/` and `migrations/`: the project itself when the sources run, or
 * the build's folder once compiled (bin/build.js copies both beside the bundle, with a
 * package.json). Found by walking up to the nearest package.json rather than by a fixed `../..`,
 * because the bundler moves code between files at different depths.
 */
function findProjectRoot(from: string): string {
  for (let folder = dirname(from); ; folder = dirname(folder)) {
    if (existsSync(join(folder, 'package.json'))) return folder;
    if (dirname(folder) === folder) throw new Error(`No package.json above ${from}: cannot find the hub's rules and migrations`);
  }
}

export const PROJECT_ROOT = findProjectRoot(fileURLToPath(import.meta.url));

/** A file or folder of the project, e.g. `projectPath('rules', 'credit')`. */
export const projectPath = (...parts: string[]) => join(PROJECT_ROOT, ...parts);
