import { SeededRandom } from './random.js';

/**
 * Ways a transfer goes wrong. The contract names only the broken transfer (a body whose SHA-256
 * does not match); the rest are what any HTTP service in front of a registry does now and then.
 * - rate429: HTTP 429 with `Retry-After` in seconds.
 * - http5xx: a gateway error (500, 502, 503 or 504) with an HTML body.
 * - reset: the connection is reset before any response.
 * - stall: no answer for `ms` (forever when not given, until the emulator closes).
 * - cutOff: HTTP 200, part of the body, then the connection is reset (files and the manifest).
 * - truncated: HTTP 200 and a body cut short but cleanly ended: only the SHA-256 tells (files only).
 * - corrupted: HTTP 200, full length, some bytes altered: only the SHA-256 tells (files only).
 */
export type FaultKind = 'rate429' | 'http5xx' | 'reset' | 'stall' | 'cutOff' | 'truncated' | 'corrupted';

export interface Faults {
  rate429: { probability: number; retryAfterSeconds: number };
  http5xx: { probability: number; status?: number };
  reset: { probability: number };
  stall: { probability: number; ms?: number };
  cutOff: { probability: number };
  truncated: { probability: number };
  corrupted: { probability: number };
  /** The contract promises no order of manifest entries: shuffle them on every request. */
  shuffledManifest: boolean;
}

/** Faults to change: each kind's settings merge into the current ones. */
export type FaultSettings = { [K in keyof Faults]?: Faults[K] extends object ? Partial<Faults[K]> : Faults[K] };

export interface FailNextOptions {
  /** Only requests whose path matches count; others pass untouched. */
  path?: RegExp;
  retryAfterSeconds?: number;
  status?: number;
  ms?: number;
}

export type PlannedFault =
  | { kind: 'rate429'; retryAfterSeconds: number }
  | { kind: 'http5xx'; status: number }
  | { kind: 'reset' }
  | { kind: 'stall'; ms: number }
  | { kind: 'cutOff' }
  | { kind: 'truncated' }
  | { kind: 'corrupted' };

export const NO_FAULTS: Faults = {
  rate429: { probability: 0, retryAfterSeconds: 1 },
  http5xx: { probability: 0 },
  reset: { probability: 0 },
  stall: { probability: 0 },
  cutOff: { probability: 0 },
  truncated: { probability: 0 },
  corrupted: { probability: 0 },
  shuffledManifest: false,
};

/** Every fault at once, at rates a client with retries gets through in a few attempts. */
export const HOSTILE_FAULTS: Faults = {
  rate429: { probability: 0.05, retryAfterSeconds: 1 },
  http5xx: { probability: 0.05 },
  reset: { probability: 0.03 },
  stall: { probability: 0.02, ms: 3_000 },
  cutOff: { probability: 0.03 },
  truncated: { probability: 0.04 },
  corrupted: { probability: 0.04 },
  shuffledManifest: true,
};

/** What a request would get without a fault: some faults only make sense for some answers. */
export type Answering = 'file' | 'manifest' | 'error';
const APPLIES_TO: Record<FaultKind, readonly Answering[]> = {
  rate429: ['file', 'manifest', 'error'],
  http5xx: ['file', 'manifest', 'error'],
  reset: ['file', 'manifest', 'error'],
  stall: ['file', 'manifest', 'error'],
  cutOff: ['file', 'manifest'],
  // Only a day's file has a hash to betray a damaged body.
  truncated: ['file'],
  corrupted: ['file'],
};
const GATEWAY_STATUSES = [500, 502, 503, 504];
/** The order probabilistic faults are tried in: the first that fires wins. */
const ROLL_ORDER: readonly FaultKind[] = ['reset', 'stall', 'rate429', 'http5xx', 'cutOff', 'truncated', 'corrupted'];

interface Queued {
  kind: FaultKind;
  remaining: number;
  options: FailNextOptions;
}

/** Decides, request by request, whether and how to fail; seeded, so a run can be replayed. */
export class FaultPlan {
  readonly random: SeededRandom;
  private faults: Faults = structuredClone(NO_FAULTS);
  private readonly queue: Queued[] = [];

  constructor(seed: number) {
    this.random = new SeededRandom(seed);
  }

  get shuffledManifest(): boolean {
    return this.faults.shuffledManifest;
  }

  set(settings: FaultSettings): void {
    const merged: Record<string, unknown> = { ...this.faults };
    for (const [key, value] of Object.entries(settings)) {
      if (value === undefined) continue;
      const current = merged[key];
      merged[key] = typeof value === 'object' && typeof current === 'object' ? { ...current, ...value } : value;
    }
    this.faults = merged as unknown as Faults;
  }

  failNext(kind: FaultKind, count = 1, options: FailNextOptions = {}): void {
    if (!Number.isInteger(count) || count < 1) throw new Error(`count must be a positive integer, got ${count}`);
    this.queue.push({ kind, remaining: count, options });
  }

  /**
   * The fault for a request to `path`, if any. A queued fault that cannot apply to this answer
   * (a truncation when the manifest is asked for) waits for a request it can apply to.
   */
  decide(path: string, answering: Answering): PlannedFault | null {
    for (const queued of this.queue) {
      if (queued.options.path && !queued.options.path.test(path)) continue;
      if (!APPLIES_TO[queued.kind].includes(answering)) continue;
      queued.remaining -= 1;
      if (queued.remaining === 0) this.queue.splice(this.queue.indexOf(queued), 1);
      return this.plan(queued.kind, queued.options);
    }
    for (const kind of ROLL_ORDER) {
      if (!APPLIES_TO[kind].includes(answering)) continue;
      if (this.random.chance(this.faults[kind].probability)) return this.plan(kind, {});
    }
    return null;
  }

  private plan(kind: FaultKind, options: FailNextOptions): PlannedFault {
    switch (kind) {
      case 'rate429':
        return { kind, retryAfterSeconds: options.retryAfterSeconds ?? this.faults.rate429.retryAfterSeconds };
      case 'http5xx':
        return { kind, status: options.status ?? this.faults.http5xx.status ?? this.random.pick(GATEWAY_STATUSES) };
      case 'stall':
        return { kind, ms: options.ms ?? this.faults.stall.ms ?? Number.POSITIVE_INFINITY };
      default:
        return { kind };
    }
  }
}
