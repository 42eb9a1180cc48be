import { readFileSync } from 'node:fs';
import { open, readFile, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { StartupFailure } from '../startup-failure.js';

/**
 * The embedded database has exactly one owner. PGlite keeps the whole database in the memory of
 * the process that opened it and writes it back to the directory, so a second process on the same
 * directory writes over the first one's changes (or is overwritten): its work is lost, silently.
 * A lock file in the data directory names the owner; a second process refuses to start.
 */
export const LOCK_FILE = 'jianguan.lock';

/** Exit status of a command refused because another process owns the embedded database. */
export const IN_USE_EXIT_STATUS = 3;

interface LockOwner {
  pid: number;
  command: string;
  since: string;
  /** The hub's GraphQL URL, once it listens. */
  url?: string;
}

export interface DataDirLock {
  /** Records the owner's URL, so a refused command can say where the running hub is. */
  noteUrl(url: string): Promise<void>;
  release(): Promise<void>;
}

export class EmbeddedDatabaseInUse extends StartupFailure {
  constructor(dataDir: string, owner: LockOwner) {
    const where = owner.url ? `, serving ${owner.url}` : '';
    super(
      `the embedded database in ${dataDir} is in use by \`${owner.command}\` (pid ${owner.pid}${where}); this command did nothing. ` +
        `Two processes on one embedded database lose data: stop that process first (Ctrl-C, or kill ${owner.pid}) and run the command again, ` +
        'or use PostgreSQL (DATABASE_URL) to run commands beside a running hub.',
      IN_USE_EXIT_STATUS,
    );
    this.name = 'EmbeddedDatabaseInUse';
  }
}

/** What this process is, as the lock shows it to others: `jianguan serve`, `jianguan seed`… */
function thisCommand(): string {
  const command = process.argv.slice(2).find((arg) => !arg.startsWith('-'));
  return command ? `jianguan ${command}` : 'jianguan';
}

/**
 * True while the process that wrote the lock still runs. A pid can be reused after a restart, so
 * a live pid that is not a Node process (where /proc tells) counts as gone.
 */
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    if ((error as { code?: string }).code !== 'EPERM') return false;
  }
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('node');
  } catch {
    return true;
  }
}

async function readOwner(path: string): Promise<LockOwner | undefined> {
  try {
    const owner = JSON.parse(await readFile(path, 'utf8')) as LockOwner;
    return Number.isInteger(owner.pid) ? owner : undefined;
  } catch {
    // Missing, or half-written by an owner that is starting right now: the caller tries again.
    return undefined;
  }
}

/** The live owner of `dataDir`'s lock, if any (used before removing a directory). */
export async function currentOwner(dataDir: string): Promise<LockOwner | undefined> {
  const owner = await readOwner(join(dataDir, LOCK_FILE));
  return owner && owner.pid !== process.pid && isRunning(owner.pid) ? owner : undefined;
}

/** Takes the lock of `dataDir` (which must exist), or throws EmbeddedDatabaseInUse naming the owner. */
export async function lockDataDir(dataDir: string): Promise<DataDirLock> {
  const path = join(dataDir, LOCK_FILE);
  const owner: LockOwner = { pid: process.pid, command: thisCommand(), since: new Date().toISOString() };
  for (let attempt = 0; attempt < 5; attempt++) {
    try {
      // `wx`: created only if absent, atomically, so two starting processes cannot both win.
      const handle = await open(path, 'wx');
      await handle.writeFile(JSON.stringify(owner));
      await handle.close();
      return {
        async noteUrl(url) {
          owner.url = url;
          await writeFile(path, JSON.stringify(owner));
        },
        async release() {
          const current = await readOwner(path);
          if (current?.pid === process.pid) await unlink(path).catch(() => undefined);
        },
      };
    } catch (error) {
      if ((error as { code?: string }).code !== 'EEXIST') throw error;
    }
    const holder = await readOwner(path);
    if (holder && holder.pid !== process.pid && isRunning(holder.pid)) throw new EmbeddedDatabaseInUse(dataDir, holder);
    if (holder) {
      // Left by a process that is gone (killed, or the machine restarted): take it over.
      await unlink(path).catch(() => undefined);
    } else {
      await new Promise((resolve) => setTimeout(resolve, 100));
      if (attempt === 3) await unlink(path).catch(() => undefined);
    }
  }
  throw new StartupFailure(`could not take the lock ${path}: remove it if no jianguan process is running`);
}
