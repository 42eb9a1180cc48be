import { TransientError, type Json, type PluginContext, type SourceBatch } from '../../src/plugin-sdk/index.js';
import { fetchPage } from './client.js';
import type { JiangsuConfig } from './config.js';
import { beijingSecond, entryIdentity, listedCaseNumber, listedSecond, readCheckpoint, shiftSecond, type JiangsuCheckpoint } from './listing-order.js';
import { planPage } from './page-plan.js';

/**
 * Reads every case at or after the checkpoint, in the registry's order (gxsj, then ajbh).
 *
 * The registry pages by offset at the time of each request, and an updated case moves to the
 * end, so walking pageNo forward can skip the case that slides back into a page already read.
 * The read is therefore a keyset walk: it asks for `updatedFrom` = the second of the last case
 * it holds (the "range"), and within a range it only trusts a page that overlaps what it has
 * already read — the page must contain an entry seen before in this range. Offsets are
 * contiguous at the moment of a request, so an overlapping page leaves no gap between what was
 * read before and what this page holds; a page that starts past everything seen means entries
 * before it went away and something may have slid into the hole, so the read steps back and
 * asks again. When a second holds more cases than a page, the walk goes deeper into the same
 * range with other pageNo/pageSize pairs chosen to start just before the last entry held.
 *
 * Each batch carries `{ gxsj, ajbh }` of the last case it covers. A read resumes from that
 * second inclusive (less `overlapSeconds`): everything after it is read again, so a crash after
 * any batch loses nothing, and what is read twice the runtime keeps once.
 */

/** Requests in a row that may fail to move the read forward before it gives up until the next run. */
const MAX_REQUESTS_WITHOUT_PROGRESS = 40;
/** Times the last range is read again after the end was reached, while doing so still finds something. */
const MAX_CONFIRMING_PASSES = 3;
/**
 * How far the registry's clock may be from ours (the interface refuses requests more than 300 s
 * off): a second that recent may still be receiving updates.
 */
const CLOCK_TOLERANCE_MS = 300_000;
/** Entries a request starts before the last one held, at the least: shifts of a few are common under load. */
const MIN_MARGIN = 2;

export async function* readCases(config: JiangsuConfig, checkpoint: Json | null, ctx: PluginContext): AsyncGenerator<SourceBatch> {
  const resumeFrom = readCheckpoint(checkpoint);
  if (checkpoint !== null && resumeFrom === null) ctx.logger.warn({ checkpoint }, 'checkpoint not understood: reading every case again');

  /** The `updatedFrom` of every request: a second, or null for the whole listing. */
  let range: string | null = resumeFrom ? shiftSecond(resumeFrom.gxsj, -config.overlapSeconds) : null;
  /** Entries read in this range, by identity, with the offset each had when last seen. */
  let seen = new Map<string, number>();
  /**
   * Identities that stood for more than one entry on a page (identical broken entries): they
   * cannot mark a place in the listing. A case's identity holds its unique ajbh and never is.
   */
  const ambiguous = new Set<string>();
  const marksPlace = (identity: string) => seen.has(identity) && !ambiguous.has(identity);
  /** Offset in the range of the furthest entry held that marks a place; −1 before any. */
  let anchor = -1;
  /** How far before the anchor the next page starts: twice the largest shift seen lately. */
  let margin = MIN_MARGIN;
  let covered: JiangsuCheckpoint | null = resumeFrom;
  let withoutProgress = 0;
  let freshSinceEnd = 0;
  let confirmingPasses = 0;
  /** The configured page size, unless the registry turns out to clamp below it. */
  let maxPageSize = config.pageSize;

  for (;;) {
    ctx.signal.throwIfAborted();
    if (withoutProgress >= MAX_REQUESTS_WITHOUT_PROGRESS) {
      throw new TransientError(`the listing shifted under ${MAX_REQUESTS_WITHOUT_PROGRESS} requests in a row near ${range ?? 'its start'}; resuming next run`);
    }
    const plan = planPage(anchor, margin, maxPageSize);
    const page = await fetchPage(config, ctx, { updatedFrom: range, pageNo: plan.pageNo, pageSize: plan.pageSize });
    const identities = page.list.map(entryIdentity);
    // Where the page really starts, should the registry have served another size than asked.
    const offset = (page.pageNo - 1) * page.pageSize;
    if (page.pageSize < plan.pageSize) maxPageSize = Math.max(2, page.pageSize);

    if (offset > 0 && !identities.some(marksPlace)) {
      // Entries before the last one held left the range: step back further and ask again.
      margin *= 2;
      withoutProgress++;
      ctx.logger.debug({ range, pageNo: plan.pageNo, pageSize: plan.pageSize, margin }, 'page does not overlap what was read; stepping back');
      continue;
    }
    // How far known entries moved since they were read says how far back the next page starts.
    const shifts = identities.flatMap((identity, index) => (marksPlace(identity) ? [Math.abs(seen.get(identity)! - (offset + index))] : []));
    if (shifts.length > 0) margin = Math.max(MIN_MARGIN, 2 * Math.max(...shifts));

    const fresh = page.list.filter((_entry, index) => !seen.has(identities[index]!));
    const seconds = page.list.map(listedSecond);
    const lastDated = findLastIndex(seconds, (second) => second !== null);
    const newest = lastDated >= 0 ? seconds[lastDated]! : null;

    // Keyset step: when the page reaches a newer second, the next requests start there, and the
    // first entry of that second on this page is offset 0 of the new range (give or take
    // unreadable entries before it, which only makes the next page overlap more).
    const rangeMoved = newest !== null && (range === null || newest > range);
    const firstInRange = rangeMoved ? seconds.indexOf(newest) : 0;
    const base = rangeMoved ? -firstInRange : offset;
    if (rangeMoved) {
      range = newest;
      seen = new Map();
    }
    const previousAnchor = anchor;
    identities.forEach((identity, index) => {
      if (identities.indexOf(identity) !== index) ambiguous.add(identity);
      if (index >= firstInRange) seen.set(identity, base + index);
    });
    const anchorIndex = findLastIndex(identities, (identity, index) => index >= firstInRange && marksPlace(identity));
    if (anchorIndex >= 0) anchor = base + anchorIndex;
    else if (rangeMoved) anchor = -1;

    if (lastDated >= 0) covered = { gxsj: newest!, ajbh: listedCaseNumber(page.list[lastDated]) ?? '' };
    if (fresh.length > 0) yield { records: fresh, checkpoint: covered ? { ...covered } : null };
    freshSinceEnd += fresh.length;

    if (page.list.length < page.pageSize) {
      // A short page was the end of the listing when it was asked for. If the newest second is
      // the registry's present, it may still be filling: a case updated within it sorts by ajbh,
      // possibly before what was read, and one updated twice in a second keeps its place with
      // new content. So a live last range is read once more from its start, until a pass finds
      // nothing new; anything stamped later is found by the next run, from the checkpoint.
      const live = range !== null && range >= beijingSecond(new Date(ctx.clock.now().getTime() - CLOCK_TOLERANCE_MS));
      if (!live || freshSinceEnd === 0 || confirmingPasses >= MAX_CONFIRMING_PASSES) return;
      confirmingPasses++;
      freshSinceEnd = 0;
      anchor = -1;
      withoutProgress = 0;
      continue;
    }
    withoutProgress = rangeMoved || anchor > previousAnchor ? 0 : withoutProgress + 1;
  }
}

function findLastIndex<T>(items: readonly T[], predicate: (item: T, index: number) => boolean): number {
  for (let index = items.length - 1; index >= 0; index--) if (predicate(items[index]!, index)) return index;
  return -1;
}
