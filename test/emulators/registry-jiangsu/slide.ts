import type { Random } from './random.js';
import type { Page, CaseStore } from './store.js';
import type { JiangsuCaseRecord } from './types.js';

/**
 * Updates `count` cases the caller has already been shown (listing positions from the start of
 * its range up to the end of the page just served). Each moves to the end, and the case just
 * after the page slides back into it: a caller that only walks pageNo forward never sees that one.
 * Returns the ajbh of each case updated.
 */
export function slideAlreadyListed(store: CaseStore, page: Page, count: number, random: Random): string[] {
  const updated: string[] = [];
  for (let i = 0; i < count; i++) {
    const listed = page.pageEnd - page.rangeStart;
    if (listed <= 0) break;
    // A few tries, since malformed entries cannot be updated.
    for (let attempt = 0; attempt < 8; attempt++) {
      const record = store.recordAt(page.rangeStart + random.int(listed));
      if (!record) continue;
      store.update(record.ajbh, progress(record));
      updated.push(record.ajbh);
      break;
    }
  }
  return updated;
}

/** What an update plausibly is: an open case gets its decision; any other is touched again. */
function progress(record: JiangsuCaseRecord): Partial<JiangsuCaseRecord> {
  if (record.ajzt !== '办理中' || typeof record.ladate !== 'string') return {};
  return { ajzt: '结案', cfjdrq: record.ladate };
}
