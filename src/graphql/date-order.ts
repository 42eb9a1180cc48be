import { z } from 'zod';
import { isCalendarDate } from './scalars.js';

export const dateSchema = z.string().refine(isCalendarDate, { message: 'must be a date yyyy-MM-dd', params: { code: 'FORMAT' } });

/** Adds an issue on `untilField` when a validity period ends before it starts. */
export function periodInOrder<T extends { validFrom?: string | null; validUntil?: string | null }>(value: T, ctx: z.core.$RefinementCtx) {
  if (value.validFrom && value.validUntil && value.validUntil < value.validFrom) {
    ctx.addIssue({ code: 'custom', path: ['validUntil'], message: 'validUntil must not be before validFrom', params: { code: 'DATES_OUT_OF_ORDER' } });
  }
}
