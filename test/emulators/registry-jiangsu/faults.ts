import type { Random } from './random.js';

/**
 * Everything the contract lets the registry do to a caller besides answering: refusals by code
 * (2001, 5000), gateway answers (429 with Retry-After, 502/503/504 with an HTML page), connection
 * resets (before answering or halfway through the body) and stalls (a timeout on the caller's side).
 */
export type FaultKind = 'code2001' | 'code5000' | 'http429' | 'http502' | 'http503' | 'http504' | 'reset' | 'resetMidBody' | 'stall';

export const FAULT_KINDS: readonly FaultKind[] = ['code2001', 'code5000', 'http429', 'http502', 'http503', 'http504', 'reset', 'resetMidBody', 'stall'];

/** Faults that a gateway in front of the application causes: they come before authentication. */
export const GATEWAY_FAULTS: ReadonlySet<FaultKind> = new Set(['http429', 'http502', 'http503', 'http504', 'reset', 'stall']);

export interface FaultOptions {
  /** http429: the Retry-After value in seconds (default 1). */
  retryAfterSeconds?: number;
  /** stall: answer normally after this many ms; without it, never answer (until close). */
  ms?: number;
}

export interface PlannedFault {
  kind: FaultKind;
  retryAfterSeconds: number;
  /** For a stall: the delay before answering normally, or null to hang. */
  ms: number | null;
}

export interface Faults {
  code2001: { probability: number } | null;
  code5000: { probability: number } | null;
  rate429: { probability: number; retryAfterSeconds: number } | null;
  http5xx: { probability: number; statuses: readonly (502 | 503 | 504)[] } | null;
  reset: { probability: number } | null;
  resetMidBody: { probability: number } | null;
  stall: { probability: number; ms?: number } | null;
  /** A real limiter over wall-clock time: requests past `requests` within `windowMs` are refused. */
  rateLimit: { requests: number; windowMs: number; answer: 'code2001' | 'http429'; retryAfterSeconds?: number } | null;
  /** After each page served, this many already-listed cases are updated (and move to the end). */
  slideWhilePaging: { updatesPerPage: number; probability?: number } | null;
  /** Serves gxsj with full-width digits in this share of listed records ("digits may be full-width"). */
  fullWidthGxsj: { probability: number } | null;
}

export function noFaults(): Faults {
  return {
    code2001: null,
    code5000: null,
    rate429: null,
    http5xx: null,
    reset: null,
    resetMidBody: null,
    stall: null,
    rateLimit: null,
    slideWhilePaging: null,
    fullWidthGxsj: null,
  };
}

export class FaultPlan {
  private faults = noFaults();
  private queue: PlannedFault[] = [];
  private admitted: number[] = [];

  constructor(private readonly random: Random) {}

  set(partial: Partial<Faults>): void {
    this.faults = { ...this.faults, ...partial };
  }

  clear(): void {
    this.faults = noFaults();
    this.queue = [];
    this.admitted = [];
  }

  /** The next `count` listing requests meet this fault, in the order queued. */
  failNext(kind: FaultKind, count = 1, options: FaultOptions = {}): void {
    for (let i = 0; i < count; i++) this.queue.push(planned(kind, options.retryAfterSeconds ?? 1, options.ms ?? null));
  }

  /** Decided once per listing request, on arrival: queued faults first, then the limiter, then chance. */
  decide(wallClockMs: number): PlannedFault | null {
    const queued = this.queue.shift();
    if (queued) return queued;
    const limited = this.rateLimited(wallClockMs);
    if (limited) return limited;
    const f = this.faults;
    if (f.reset && this.random.chance(f.reset.probability)) return planned('reset');
    if (f.stall && this.random.chance(f.stall.probability)) return planned('stall', 1, f.stall.ms ?? null);
    if (f.rate429 && this.random.chance(f.rate429.probability)) return planned('http429', f.rate429.retryAfterSeconds);
    if (f.http5xx && f.http5xx.statuses.length > 0 && this.random.chance(f.http5xx.probability)) {
      return planned(`http${this.random.pick(f.http5xx.statuses)}`);
    }
    if (f.code2001 && this.random.chance(f.code2001.probability)) return planned('code2001');
    if (f.code5000 && this.random.chance(f.code5000.probability)) return planned('code5000');
    if (f.resetMidBody && this.random.chance(f.resetMidBody.probability)) return planned('resetMidBody');
    return null;
  }

  /** How many already-listed cases to update after a page is served. */
  slideCount(): number {
    const slide = this.faults.slideWhilePaging;
    if (!slide || slide.updatesPerPage <= 0) return 0;
    return this.random.chance(slide.probability ?? 1) ? slide.updatesPerPage : 0;
  }

  fullWidthGxsj(): boolean {
    const variation = this.faults.fullWidthGxsj;
    return variation !== null && this.random.chance(variation.probability);
  }

  /** A refused request does not count against the window, as with a token bucket. */
  private rateLimited(wallClockMs: number): PlannedFault | null {
    const limit = this.faults.rateLimit;
    if (!limit) return null;
    this.admitted = this.admitted.filter((at) => at > wallClockMs - limit.windowMs);
    if (this.admitted.length >= limit.requests) {
      const retryAfter = limit.retryAfterSeconds ?? Math.max(1, Math.ceil((this.admitted[0]! + limit.windowMs - wallClockMs) / 1000));
      return planned(limit.answer, retryAfter);
    }
    this.admitted.push(wallClockMs);
    return null;
  }
}

function planned(kind: FaultKind, retryAfterSeconds = 1, ms: number | null = null): PlannedFault {
  return { kind, retryAfterSeconds, ms };
}
