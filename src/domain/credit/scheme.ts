import { z } from 'zod';

/** A credit scheme (信用评价方案) as data: deductions from a base, and grade cut-offs. */
const lookback = z.number().int().min(1).max(120);
export const GRADES = ['A', 'B', 'C', 'D'] as const;
export type CreditGrade = (typeof GRADES)[number];

export const creditSchemeDefinition = z
  .object({
    base: z.number().min(1).max(1000),
    penalties: z.object({ lookbackMonths: lookback, deduction: z.object({ MINOR: z.number().min(0), GENERAL: z.number().min(0), SERIOUS: z.number().min(0) }) }),
    scorePoints: z.object({ lookbackMonths: lookback, deductionPerPoint: z.number().min(0), cap: z.number().min(0) }),
    complaints: z.object({ lookbackMonths: lookback, deductionEach: z.number().min(0), cap: z.number().min(0) }),
    selfInspection: z.object({ lookbackMonths: lookback, deductionIfNone: z.number().min(0) }),
    commitments: z.object({ lookbackMonths: lookback, deductionPerBreach: z.number().min(0) }),
    grades: z.array(z.object({ grade: z.enum(GRADES), minimum: z.number() })).length(4),
    /** Share of institutions of each grade drawn for random inspection (双随机): higher for C and D. */
    samplingRatios: z.object({ A: z.number().min(0).max(1), B: z.number().min(0).max(1), C: z.number().min(0).max(1), D: z.number().min(0).max(1), UNRATED: z.number().min(0).max(1) }),
    /** 红名单 conditions: the grade on the decision date and no penalty in the months before it. */
    redList: z.object({ grade: z.enum(GRADES), penaltyFreeMonths: z.number().int().min(1).max(120) }).default({ grade: 'A', penaltyFreeMonths: 36 }),
  })
  .superRefine((d, ctx) => {
    const minimums = d.grades.map((g) => g.minimum);
    if (minimums.some((m, i) => i > 0 && m >= minimums[i - 1]!)) ctx.addIssue({ code: 'custom', path: ['grades'], message: 'grades must run from A down with falling minimums' });
    if (d.grades.map((g) => g.grade).join('') !== 'ABCD') ctx.addIssue({ code: 'custom', path: ['grades'], message: 'grades must be A, B, C, D in that order' });
  });
export type CreditSchemeDefinition = z.infer<typeof creditSchemeDefinition>;

export const creditSchemeFile = z.object({
  code: z.string().regex(/^[A-Z0-9-]{2,40}$/),
  title: z.string().min(1),
  effectiveFrom: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  source: z.string().min(1),
  definition: creditSchemeDefinition,
});
