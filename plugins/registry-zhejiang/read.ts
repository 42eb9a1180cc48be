import type { Json, PluginContext, SourceBatch } from '../../src/plugin-sdk/index.js';
import { decodeReadState, encodeReadState, type ReadState } from './checkpoint.js';
import { fetchFile, fetchManifest, type ManifestEntry } from './client.js';
import type { ZhejiangConfig } from './config.js';
import { decodeDayFile } from './decode.js';

/** Rows a batch holds: a day's file has up to some thousands; the runtime commits each batch in one transaction. */
export const ROWS_PER_BATCH = 500;
/**
 * The manifest is read again once its files are done, since files are listed late; a far side
 * that keeps listing more is left for the next run after this many rounds.
 */
const MAX_MANIFEST_ROUNDS = 10;

/** Listed files not read yet, oldest first; a file a crash left half-read comes before the rest. */
function unreadFiles(manifest: ManifestEntry[], state: ReadState): ManifestEntry[] {
  const isPartial = (entry: ManifestEntry) => state.partial?.date === entry.date;
  return manifest
    .filter((entry) => !state.readDates.has(entry.date))
    .sort((a, b) => Number(isPartial(b)) - Number(isPartial(a)) || (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/** Rows of `entry` already committed by an earlier, interrupted run (a listed file never changes). */
function rowsAlreadyRead(state: ReadState, entry: ManifestEntry): number {
  const partial = state.partial;
  return partial && partial.date === entry.date && partial.name === entry.name && partial.sha256 === entry.sha256 ? partial.rowsRead : 0;
}

/**
 * One file in batches of ROWS_PER_BATCH rows. Each batch's checkpoint covers it and everything
 * before; the last one marks the file read, so it is never fetched again. A file with no data
 * rows still gives one (empty) batch, to record that it was read.
 */
async function* readFile(config: ZhejiangConfig, entry: ManifestEntry, state: ReadState, ctx: PluginContext): AsyncGenerator<SourceBatch> {
  const bytes = await fetchFile(config, entry, ctx);
  const { rows, encoding } = decodeDayFile(entry.name, bytes);
  if (entry.rows !== undefined && entry.rows !== rows.length) {
    ctx.logger.warn({ file: entry.name, listed: entry.rows, found: rows.length }, 'the manifest and the file disagree on the number of rows');
  }
  let offset = Math.min(rowsAlreadyRead(state, entry), rows.length);
  ctx.logger.info({ file: entry.name, date: entry.date, encoding, rows: rows.length, resumingAt: offset }, 'reading a day file');
  do {
    const records = rows.slice(offset, offset + ROWS_PER_BATCH);
    offset += records.length;
    if (offset >= rows.length) {
      state.readDates.add(entry.date);
      state.partial = null;
    } else {
      state.partial = { date: entry.date, name: entry.name, sha256: entry.sha256, rowsRead: offset };
    }
    yield { records, checkpoint: encodeReadState(state) };
  } while (offset < rows.length);
}

/**
 * Every listed file not yet read, oldest first, and the files listed while they were read. The
 * runtime keeps, per case, the row with the latest 更新时间, so rows are yielded as they come,
 * corrections and all.
 */
export async function* readCases(config: ZhejiangConfig, checkpoint: Json | null, ctx: PluginContext): AsyncGenerator<SourceBatch> {
  const state = decodeReadState(checkpoint);
  for (let round = 0; round < MAX_MANIFEST_ROUNDS; round++) {
    const unread = unreadFiles(await fetchManifest(config, ctx), state);
    if (unread.length === 0) return;
    for (const entry of unread) {
      ctx.signal.throwIfAborted();
      yield* readFile(config, entry, state, ctx);
    }
  }
}
