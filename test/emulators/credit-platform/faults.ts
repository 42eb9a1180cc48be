/**
 * The failures the contract tells callers to expect — 429 with Retry-After, 500/502/503/504,
 * timeouts and resets, some of them after the batch was stored — injected either at random from a
 * seed (reproducible for one sequence of requests) or deterministically for the next N requests.
 */
export type TransientStatus = 500 | 502 | 503 | 504;
export type AfterStoringFailure = 'reset' | '502' | 'stall';

export interface Faults {
  /** Only requests whose path matches get random faults; null: every authenticated request, reads too. */
  paths: RegExp | null;
  /** 429 with `Retry-After: retryAfterSeconds`; the quota then stays closed that long (early retries get 429 again). */
  rate429: { probability: number; retryAfterSeconds: number } | null;
  /** One of `statuses`, chosen at random, before anything is stored. */
  fail5xxBeforeStoring: { probability: number; statuses: TransientStatus[] } | null;
  /** The connection is reset (TCP RST) before anything is stored. */
  resetBeforeStoring: { probability: number } | null;
  /** The batch is stored, then the answer never arrives properly: a reset, a 502, or no answer until close. */
  failAfterStoring: { probability: number; how: AfterStoringFailure } | null;
  /** The request waits `ms` before being handled (probability 1 unless given). It is handled even if the caller gave up meanwhile. */
  stall: { probability?: number; ms: number } | null;
}

export const NO_FAULTS: Faults = { paths: null, rate429: null, fail5xxBeforeStoring: null, resetBeforeStoring: null, failAfterStoring: null, stall: null };

export type FaultKind =
  | 'rate429'
  | 'status500'
  | 'status502'
  | 'status503'
  | 'status504'
  | 'resetBeforeStoring'
  | 'stallBeforeStoring'
  | 'resetAfterStoring'
  | 'status502AfterStoring'
  | 'stallAfterStoring';

export interface FailNextOptions {
  /** Only requests whose path matches use up this fault; others pass. */
  path?: RegExp;
  /** For `rate429`: the Retry-After to send (default: the random fault's, else 1). */
  retryAfterSeconds?: number;
}

export type FailureBeforeStoring =
  | { kind: 'rate429'; retryAfterSeconds: number }
  | { kind: 'status'; status: TransientStatus }
  | { kind: 'reset' }
  | { kind: 'stall' };

/** What happens to one request: at most one failure, before or after it is handled, and a delay. */
export interface FaultPlan {
  before?: FailureBeforeStoring;
  delayMs: number;
  after?: AfterStoringFailure;
}

/** mulberry32: a small seeded generator, so a seed reproduces the same faults. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function matches(pattern: RegExp | null | undefined, path: string): boolean {
  if (!pattern) return true;
  pattern.lastIndex = 0; // a /g or /y pattern would otherwise remember where it stopped
  return pattern.test(path);
}

export class FaultInjector {
  private faults: Faults = { ...NO_FAULTS };
  private readonly queued: { kind: FaultKind; remaining: number; options: FailNextOptions }[] = [];
  private readonly random: () => number;

  constructor(seed: number) {
    this.random = seededRandom(seed);
  }

  set(faults: Partial<Faults>): void {
    this.faults = { ...this.faults, ...faults };
  }

  failNext(kind: FaultKind, count: number, options: FailNextOptions): void {
    if (count > 0) this.queued.push({ kind, remaining: count, options });
  }

  /** Decides one request's fate. Queued faults come first, in the order they were asked for. */
  planFor(path: string): FaultPlan {
    const queued = this.queued.find((q) => matches(q.options.path, path));
    if (queued) {
      if (--queued.remaining === 0) this.queued.splice(this.queued.indexOf(queued), 1);
      return this.queuedPlan(queued.kind, queued.options);
    }
    const f = this.faults;
    if (!matches(f.paths, path)) return { delayMs: 0 };
    const chance = (probability: number) => this.random() < probability;
    if (f.rate429 && chance(f.rate429.probability)) return { before: { kind: 'rate429', retryAfterSeconds: f.rate429.retryAfterSeconds }, delayMs: 0 };
    if (f.fail5xxBeforeStoring && f.fail5xxBeforeStoring.statuses.length && chance(f.fail5xxBeforeStoring.probability)) {
      const { statuses } = f.fail5xxBeforeStoring;
      return { before: { kind: 'status', status: statuses[Math.floor(this.random() * statuses.length)]! }, delayMs: 0 };
    }
    if (f.resetBeforeStoring && chance(f.resetBeforeStoring.probability)) return { before: { kind: 'reset' }, delayMs: 0 };
    const delayMs = f.stall && chance(f.stall.probability ?? 1) ? f.stall.ms : 0;
    const after = f.failAfterStoring && chance(f.failAfterStoring.probability) ? f.failAfterStoring.how : undefined;
    return after ? { delayMs, after } : { delayMs };
  }

  private queuedPlan(kind: FaultKind, options: FailNextOptions): FaultPlan {
    switch (kind) {
      case 'rate429':
        return { before: { kind, retryAfterSeconds: options.retryAfterSeconds ?? this.faults.rate429?.retryAfterSeconds ?? 1 }, delayMs: 0 };
      case 'status500':
      case 'status502':
      case 'status503':
      case 'status504':
        return { before: { kind: 'status', status: Number(kind.slice(6)) as TransientStatus }, delayMs: 0 };
      case 'resetBeforeStoring':
        return { before: { kind: 'reset' }, delayMs: 0 };
      case 'stallBeforeStoring':
        return { before: { kind: 'stall' }, delayMs: 0 };
      case 'resetAfterStoring':
        return { delayMs: 0, after: 'reset' };
      case 'status502AfterStoring':
        return { delayMs: 0, after: '502' };
      case 'stallAfterStoring':
        return { delayMs: 0, after: 'stall' };
    }
  }
}
