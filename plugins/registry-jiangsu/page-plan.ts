/**
 * The interface pages by `pageNo` and `pageSize` only, so a page can start at any multiple of a
 * page size up to 200. To continue after the entry at `anchor` (its offset in the range), the
 * next page must start at or before `anchor - margin` (to overlap what was read, with room for
 * entries that left meanwhile) and should reach as far past it as a page can.
 */
export interface PagePlan {
  pageNo: number;
  pageSize: number;
  /** Offset of the page's first entry in the range: (pageNo − 1) × pageSize. */
  offset: number;
}

/** `anchor` is −1 when nothing in the range has been read yet. */
export function planPage(anchor: number, margin: number, maxPageSize: number): PagePlan {
  const first: PagePlan = { pageNo: 1, pageSize: maxPageSize, offset: 0 };
  if (anchor < 0) return first;
  for (let m = Math.max(0, margin); ; m = Math.floor(m / 2)) {
    // Back to the start of the range: always safe, and what a step back ends in.
    if (anchor - m <= 0) return first;
    // Otherwise a margin too wide for any page to reach past the anchor is narrowed: overlap is
    // what makes a page safe; the margin only saves a step back when entries left.
    const plan = furthestReaching(anchor - m, maxPageSize);
    if (plan.offset + plan.pageSize >= anchor + 2 || m === 0) return plan;
  }
}

/** The page starting at or before `latestStart` whose end lies furthest on (larger pages first on a tie). */
function furthestReaching(latestStart: number, maxPageSize: number): PagePlan {
  let best: PagePlan = { pageNo: 1, pageSize: maxPageSize, offset: 0 };
  if (latestStart <= 0) return best;
  for (let size = maxPageSize; size >= 2; size--) {
    const pagesBefore = Math.floor(latestStart / size);
    const end = (pagesBefore + 1) * size;
    if (end > best.offset + best.pageSize) best = { pageNo: pagesBefore + 1, pageSize: size, offset: pagesBefore * size };
  }
  return best;
}
