import type { RecordKind } from './fields.js';

export type RecordState = 'PUBLISHED' | 'WITHDRAWN';
export type StoreOutcome = 'ACCEPTED' | 'UPDATED' | 'DUPLICATE';

/** The platform's copy of one record: what a test reads with `record()` and the GET endpoint returns. */
export interface StoredRecord {
  ID: string;
  content: Record<string, unknown>;
  state: RecordState;
  /** 1 when first accepted, +1 with each UPDATED; a withdrawal changes the state, not the version. */
  version: number;
  withdrawal?: { reason: string; date: string };
}

/**
 * Content equality for DUPLICATE: the same fields with the same JSON values, in any key order.
 * Nothing is normalised: an absent field, `null` and `""` differ, and so do `0.2` and `"0.2"`.
 */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

export class RecordStore {
  private readonly byKind: Record<RecordKind, Map<string, StoredRecord>> = { xzxk: new Map(), xzcf: new Map() };

  /**
   * Same content: DUPLICATE, nothing changes (a withdrawn record stays withdrawn). Different
   * content replaces the earlier version and is published again, even after a withdrawal: the
   * contract calls it a replacement, and a replaced record is a record the platform publishes.
   */
  put(kind: RecordKind, id: string, content: Record<string, unknown>): StoreOutcome {
    const records = this.byKind[kind];
    const existing = records.get(id);
    if (!existing) {
      records.set(id, { ID: id, content: structuredClone(content), state: 'PUBLISHED', version: 1 });
      return 'ACCEPTED';
    }
    if (canonical(existing.content) === canonical(content)) return 'DUPLICATE';
    records.set(id, { ID: id, content: structuredClone(content), state: 'PUBLISHED', version: existing.version + 1 });
    return 'UPDATED';
  }

  /** False for an unknown record. A second withdrawal succeeds again and keeps the latest reason and date. */
  withdraw(kind: RecordKind, id: string, reason: string, date: string): boolean {
    const existing = this.byKind[kind].get(id);
    if (!existing) return false;
    existing.state = 'WITHDRAWN';
    existing.withdrawal = { reason, date };
    return true;
  }

  /** A copy: neither tests nor callers can change the platform's state by mutating what they read. */
  get(kind: RecordKind, id: string): StoredRecord | undefined {
    const found = this.byKind[kind].get(id);
    return found && structuredClone(found);
  }

  all(kind: RecordKind): StoredRecord[] {
    return [...this.byKind[kind].values()].map((r) => structuredClone(r));
  }
}
