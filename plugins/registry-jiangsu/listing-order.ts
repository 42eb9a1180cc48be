import { normalize, type Json } from '../../src/plugin-sdk/index.js';

/**
 * How the reader places a listed entry in the registry's order (gxsj ascending, then ajbh) and
 * recognises it on a later page, without parsing it as a case: a record the runtime will
 * quarantine still occupies a place in the listing.
 */

/** `yyyy-MM-dd HH:mm:ss` (Beijing time, as the interface writes it) of an entry's gxsj, or null when unreadable. */
export function listedSecond(entry: unknown): string | null {
  if (!isRecord(entry)) return null;
  try {
    // `2024-03-05T10:00:00+08:00` back to the interface's own form, which sorts as it should.
    return normalize.beijingTimestamp(entry.gxsj, 'gxsj').slice(0, 19).replace('T', ' ');
  } catch {
    return null;
  }
}

export function listedCaseNumber(entry: unknown): string | null {
  if (!isRecord(entry)) return null;
  try {
    return normalize.cleanText(entry.ajbh);
  } catch {
    return null;
  }
}

/**
 * What an entry is, for recognising it again: its content with digits and spaces written one
 * way, since one registry serves the same record with full- and half-width digits. Content, not
 * only the key, so that a case changed twice within one second (same gxsj, same ajbh) counts as
 * new and is passed on.
 */
export function entryIdentity(entry: unknown): string {
  return JSON.stringify(entry, (_key, value: unknown) => (typeof value === 'string' ? normalize.halfWidth(value).trim() : value)) ?? 'undefined';
}

/** Seconds added to a Beijing `yyyy-MM-dd HH:mm:ss`, by calendar arithmetic that ignores the machine's time zone. */
export function shiftSecond(second: string, seconds: number): string {
  const m = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})$/.exec(second);
  if (!m) throw new Error(`not yyyy-MM-dd HH:mm:ss: ${second}`);
  // Beijing keeps UTC+8 all year, so counting its wall-clock fields as if they were UTC is exact.
  const wall = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6])) + seconds * 1000;
  return new Date(wall).toISOString().slice(0, 19).replace('T', ' ');
}

/** The Beijing wall-clock second of an instant, as the interface writes it. */
export function beijingSecond(instant: Date): string {
  return new Date(instant.getTime() + 8 * 3600_000).toISOString().slice(0, 19).replace('T', ' ');
}

/** Where a read stands: the last listed case it has passed on (its second is re-read on resume). */
export interface JiangsuCheckpoint {
  gxsj: string;
  ajbh: string;
}

export function readCheckpoint(checkpoint: Json | null): JiangsuCheckpoint | null {
  if (!isRecord(checkpoint)) return null;
  const { gxsj, ajbh } = checkpoint;
  if (typeof gxsj !== 'string' || !/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/.test(gxsj)) return null;
  return { gxsj, ajbh: typeof ajbh === 'string' ? ajbh : '' };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
