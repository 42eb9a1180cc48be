import { setTimeout as sleep } from 'node:timers/promises';
import { HubError, type HubClient } from './hub-client.js';
import type { LocalCopy } from './local-copy.js';

export interface FollowOptions {
  types?: readonly string[] | null;
  /** Changes per request (the hub allows up to 10,000). */
  pageSize?: number;
  /** Pause once caught up, before asking again. */
  pollIntervalMs?: number;
  /** Keep following until aborted; without it, stop once caught up. */
  signal?: AbortSignal;
  follow?: boolean;
  onProgress?: (event: { kind: 'snapshot'; count: number } | { kind: 'changes'; count: number; caughtUp: boolean } | { kind: 'waiting'; seconds: number; reason: string }) => void;
}

/**
 * The whole consumer: a snapshot into the copy if it has none yet (or if its cursor expired),
 * then the change feed from the copy's own cursor, page after page. Each page is applied with
 * its cursor in one transaction, so stopping at any moment and starting again misses nothing and
 * applies nothing twice.
 */
export async function pull(client: HubClient, copy: LocalCopy, options: FollowOptions = {}): Promise<void> {
  const types = options.types?.length ? options.types : null;
  const report = options.onProgress ?? (() => undefined);
  const stopped = () => options.signal?.aborted === true;
  while (!stopped()) {
    try {
      let cursor = (await copy.position())?.cursor;
      if (!cursor) {
        const end = await copy.loadSnapshot(client.snapshot(types ?? undefined, options.signal), types);
        report({ kind: 'snapshot', count: end.count });
        cursor = end.cursor;
      }
      const page = await client.changes(cursor, { limit: options.pageSize ?? 1_000, ...(types ? { types } : {}) });
      await copy.apply(page.changes, page.end.cursor);
      const caughtUp = page.end.hasMore !== true;
      report({ kind: 'changes', count: page.changes.length, caughtUp });
      if (caughtUp && !options.follow) return;
      if (caughtUp) await sleep(options.pollIntervalMs ?? 5_000, undefined, { signal: options.signal }).catch(() => undefined);
    } catch (error) {
      if (!(error instanceof HubError)) throw error;
      if (error.code === 'RATE_LIMITED') {
        report({ kind: 'waiting', seconds: error.retryAfterSeconds ?? 60, reason: error.message });
        await sleep((error.retryAfterSeconds ?? 60) * 1000, undefined, { signal: options.signal }).catch(() => undefined);
      } else if (error.code === 'CURSOR_EXPIRED') {
        // Changes after our cursor are gone: only a new snapshot makes the copy whole again.
        report({ kind: 'waiting', seconds: 0, reason: error.message });
        await copy.store.query('DELETE FROM pull_state');
      } else {
        throw error;
      }
    }
  }
}
