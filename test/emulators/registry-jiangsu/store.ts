import { isBeijingTimestamp } from './beijing-time.js';
import type { JiangsuCaseRecord, SortKey } from './types.js';

/**
 * The registry's cases in listing order, paged by offset at the time of each request, as the
 * contract describes: nothing pins a caller's view, so an update between two page requests moves
 * the case to the end and shifts everything after its old place one slot forward.
 *
 * Sized for 100k+ cases: the order is a sorted array. An insert at the end (the common case:
 * new stamps are "now") is a push; other inserts wait in a pending set until the next read, which
 * places a few by binary search or sorts and merges many at once; a removal is a binary search
 * and a splice. A read is a binary search and a slice.
 */
interface Entry {
  readonly key: SortKey;
  /** A readable record, or null for a malformed entry served as `raw`. */
  readonly record: JiangsuCaseRecord | null;
  readonly raw: unknown;
}

export function compareKeys(a: SortKey, b: SortKey): number {
  if (a.gxsj !== b.gxsj) return a.gxsj < b.gxsj ? -1 : 1;
  if (a.ajbh !== b.ajbh) return a.ajbh < b.ajbh ? -1 : 1;
  return 0;
}

export interface Page {
  /** Entries at or after `updatedFrom`, counted now. */
  total: number;
  /** Listing-order index of the first entry at or after `updatedFrom`. */
  rangeStart: number;
  /** Listing-order index just past the served page. */
  pageEnd: number;
  /** Copies of the readable records; `record` is null for a malformed entry, served as `raw`. */
  entries: { record: JiangsuCaseRecord | null; raw: unknown }[];
}

export class CaseStore {
  private readonly byAjbh = new Map<string, Entry>();
  private order: Entry[] = [];
  private readonly pending = new Set<Entry>();

  /** `stamp` gives the current time as a gxsj. */
  constructor(private readonly stamp: () => string) {}

  get size(): number {
    return this.order.length + this.pending.size;
  }

  /** Inserts or replaces by ajbh; gxsj is the one given, else the record's own, else now. */
  put(record: JiangsuCaseRecord, gxsj?: string): void {
    if (typeof record.ajbh !== 'string' || record.ajbh.length === 0) throw new Error('a readable record needs an ajbh; use putRaw');
    const stamped = gxsj ?? (typeof record.gxsj === 'string' && isBeijingTimestamp(record.gxsj) ? record.gxsj : this.stamp());
    if (!isBeijingTimestamp(stamped)) throw new Error(`gxsj must be yyyy-MM-dd HH:mm:ss: ${stamped}`);
    const previous = this.byAjbh.get(record.ajbh);
    if (previous) this.remove(previous);
    const entry: Entry = { key: { gxsj: stamped, ajbh: record.ajbh }, record: { ...record, gxsj: stamped }, raw: null };
    this.byAjbh.set(record.ajbh, entry);
    this.insert(entry);
  }

  /** Changes fields and re-stamps gxsj (now, unless given), which moves the case to the end. */
  update(ajbh: string, changes: Partial<JiangsuCaseRecord>, gxsj?: string): JiangsuCaseRecord {
    const current = this.byAjbh.get(ajbh);
    if (!current?.record) throw new Error(`no case ${ajbh}`);
    const { gxsj: _ignored, ...rest } = changes;
    this.put({ ...current.record, ...rest, ajbh }, gxsj ?? this.stamp());
    return this.get(ajbh)!;
  }

  /** An entry that is not a readable record, still listed at `key`. */
  putRaw(raw: unknown, key: SortKey): void {
    if (!isBeijingTimestamp(key.gxsj)) throw new Error(`gxsj must be yyyy-MM-dd HH:mm:ss: ${key.gxsj}`);
    this.insert({ key: { ...key }, record: null, raw });
  }

  get(ajbh: string): JiangsuCaseRecord | undefined {
    const record = this.byAjbh.get(ajbh)?.record;
    return record ? { ...record } : undefined;
  }

  /** Readable records in listing order. */
  cases(): JiangsuCaseRecord[] {
    return this.sortedOrder().flatMap((entry) => (entry.record ? [{ ...entry.record }] : []));
  }

  page(updatedFrom: string | null, pageNo: number, pageSize: number): Page {
    const order = this.sortedOrder();
    const rangeStart = updatedFrom === null ? 0 : this.firstAtOrAfter(updatedFrom);
    const start = Math.min(order.length, rangeStart + (pageNo - 1) * pageSize);
    const pageEnd = Math.min(order.length, start + pageSize);
    const entries = order.slice(start, pageEnd).map((entry) => ({ record: entry.record && { ...entry.record }, raw: entry.raw }));
    return { total: order.length - rangeStart, rangeStart, pageEnd, entries };
  }

  /** The readable record at a listing-order index, if any. */
  recordAt(index: number): JiangsuCaseRecord | null {
    return this.sortedOrder()[index]?.record ?? null;
  }

  private insert(entry: Entry): void {
    const last = this.order[this.order.length - 1];
    if (this.pending.size === 0 && (!last || compareKeys(last.key, entry.key) <= 0)) this.order.push(entry);
    else this.pending.add(entry);
  }

  private remove(entry: Entry): void {
    if (this.pending.delete(entry)) return;
    let index = this.lowerBound((other) => compareKeys(other.key, entry.key) < 0);
    while (index < this.order.length && this.order[index] !== entry) index++;
    if (index < this.order.length) this.order.splice(index, 1);
  }

  private sortedOrder(): Entry[] {
    if (this.pending.size === 0) return this.order;
    const arriving = [...this.pending].sort((a, b) => compareKeys(a.key, b.key));
    this.pending.clear();
    if (arriving.length <= 16) {
      for (const entry of arriving) this.order.splice(this.lowerBound((other) => compareKeys(other.key, entry.key) <= 0), 0, entry);
    } else {
      this.order = merge(this.order, arriving);
    }
    return this.order;
  }

  private firstAtOrAfter(gxsj: string): number {
    return this.lowerBound((entry) => entry.key.gxsj < gxsj);
  }

  /** First index whose entry is not `before` (the order is partitioned by it). */
  private lowerBound(before: (entry: Entry) => boolean): number {
    let low = 0;
    let high = this.order.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (before(this.order[middle]!)) low = middle + 1;
      else high = middle;
    }
    return low;
  }
}

function merge(left: Entry[], right: Entry[]): Entry[] {
  const merged = new Array<Entry>(left.length + right.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < left.length && j < right.length) merged[k++] = compareKeys(left[i]!.key, right[j]!.key) <= 0 ? left[i++]! : right[j++]!;
  while (i < left.length) merged[k++] = left[i++]!;
  while (j < right.length) merged[k++] = right[j++]!;
  return merged;
}
