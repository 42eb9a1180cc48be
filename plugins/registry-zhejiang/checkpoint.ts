import { ConfigurationError, type Json } from '../../src/plugin-sdk/index.js';

/**
 * Which of the registry's files have been read.
 *
 * Files cannot be ordered by a watermark: one may be listed a day after the next day's, and the
 * manifest may list files older than any already read. What was read is therefore kept as a set;
 * since the interface has one file a calendar day, the set is one of dates, kept as a bitmap of
 * days from the first date read (`readDays`, base64url: bit i set = the file dated `since` + i
 * days has been read). Ten years of daily files take about 600 characters, and a file listed
 * late, however late, is still found unread.
 *
 * `partial` marks a large file read in several batches: its first `rowsRead` data rows are
 * committed, so a crash resumes inside it rather than reading it again from the top.
 */
export interface ReadState {
  readDates: Set<string>;
  partial: { date: string; name: string; sha256: string; rowsRead: number } | null;
}

const FORMAT = 'zhejiang-files/1';
const DAY_MS = 86_400_000;

const dayNumber = (date: string) => Date.parse(`${date}T00:00:00Z`) / DAY_MS;
const dateOfDay = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);

export const emptyReadState = (): ReadState => ({ readDates: new Set(), partial: null });

export function encodeReadState(state: ReadState): Json {
  const days = [...state.readDates].map(dayNumber).sort((a, b) => a - b);
  const first = days[0];
  let readDays: Json = null;
  if (first !== undefined) {
    const bits = Buffer.alloc(Math.floor((days[days.length - 1]! - first) / 8) + 1);
    for (const day of days) bits[(day - first) >> 3]! |= 0x80 >> ((day - first) & 7);
    readDays = { since: dateOfDay(first), bits: bits.toString('base64url') };
  }
  return { format: FORMAT, readDays, partial: state.partial };
}

const isDate = (value: unknown): value is string => typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(dayNumber(value));

/**
 * The state a checkpoint holds. One this plugin did not write is refused rather than taken for
 * "nothing read": silently starting over would re-read years of files.
 */
export function decodeReadState(checkpoint: Json | null): ReadState {
  if (checkpoint === null) return emptyReadState();
  const refuse = (why: string): never => {
    throw new ConfigurationError(`the stored checkpoint is not one this plugin wrote (${why}); clear it to read every listed file again`);
  };
  if (typeof checkpoint !== 'object' || Array.isArray(checkpoint) || checkpoint.format !== FORMAT) return refuse(`format is not ${FORMAT}`);
  const state = emptyReadState();
  const { readDays, partial } = checkpoint;
  if (readDays !== null) {
    if (typeof readDays !== 'object' || Array.isArray(readDays) || !isDate(readDays.since) || typeof readDays.bits !== 'string') return refuse('readDays');
    const first = dayNumber(readDays.since);
    const bits = Buffer.from(readDays.bits, 'base64url');
    for (let i = 0; i < bits.length * 8; i++) if (bits[i >> 3]! & (0x80 >> (i & 7))) state.readDates.add(dateOfDay(first + i));
  }
  if (partial !== null && partial !== undefined) {
    if (typeof partial !== 'object' || Array.isArray(partial)) return refuse('partial');
    const { date, name, sha256, rowsRead } = partial;
    if (!isDate(date) || typeof name !== 'string' || typeof sha256 !== 'string' || typeof rowsRead !== 'number' || !Number.isInteger(rowsRead) || rowsRead < 0) return refuse('partial');
    state.partial = { date, name, sha256, rowsRead };
  }
  return state;
}
