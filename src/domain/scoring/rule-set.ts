import { z } from 'zod';

/**
 * A scoring rule set (不良执业行为记分规则) as data. Provinces publish their own rules, so the
 * engine knows no province: everything below comes from a rule file or an administrator.
 */
export const CONSEQUENCES = {
  KEY_SUPERVISION: '列为重点监管对象',
  INTERVIEW: '约谈法定代表人或主要负责人',
  PUBLICATION: '公示记分情况',
  WARNING: '警示',
  VALIDATION_DEFERRED: '暂缓校验',
  GRADE_REVIEW_RESTRICTED: '影响等级评审',
  KEY_SPECIALTY_RESTRICTED: '不得申报重点专科',
  MEDICAL_INSURANCE_SUSPENDED: '暂停医保支付资格',
  MEDICAL_INSURANCE_TERMINATED: '终止医保支付资格',
  CREDIT_DOWNGRADE: '降低信用等级',
} as const;
export type Consequence = keyof typeof CONSEQUENCES;

const consequence = z.object({
  kind: z.enum(Object.keys(CONSEQUENCES) as [Consequence, ...Consequence[]]),
  /** For suspensions and deferrals: the range of months the authority may decide. */
  minMonths: z.number().int().min(1).max(12).optional(),
  maxMonths: z.number().int().min(1).max(12).optional(),
  /** For publication: how long, in working days. */
  workingDays: z.number().int().min(1).max(60).optional(),
});

const item = z.object({
  code: z.string().regex(/^[A-Z0-9-]{1,20}$/),
  text: z.string().min(1),
  points: z.number().int().min(1).max(12),
  /** Points are multiplied by the units (e.g. per person involved). */
  perUnit: z.boolean().default(false),
});

const threshold = z.object({
  /** CUMULATIVE: the window's total reaches `points`; SINGLE_EVENT: one event alone does. */
  basis: z.enum(['CUMULATIVE', 'SINGLE_EVENT']),
  points: z.number().int().min(1),
  description: z.string().min(1),
  consequences: z.array(consequence).min(1),
});

/**
 * A window over which points add up. CALENDAR_YEAR windows start on 1 January (blocks of `years`
 * calendar years from the rule's `epochYear`); LICENSE_ANNIVERSARY and VALIDATION_PERIOD windows
 * start on the license date and repeat every `years`. With `resetOnValidationPass`, a passed
 * 校验 starts the count afresh. `appliesToValidationPeriod` limits a window to institutions
 * validated every 1 or 3 years (床位 < 100: yearly; ≥ 100: every three years).
 */
const window = z.object({
  kind: z.enum(['CALENDAR_YEAR', 'LICENSE_ANNIVERSARY', 'VALIDATION_PERIOD']),
  years: z.number().int().min(1).max(5),
  resetOnValidationPass: z.boolean().default(false),
  appliesToValidationPeriod: z.union([z.literal(1), z.literal(3)]).optional(),
  thresholds: z.array(threshold).min(1),
});

export const ruleSetDefinition = z
  .object({
    epochYear: z.number().int().min(1990).max(2100).optional(),
    items: z.array(item).min(1),
    windows: z.array(window).min(1),
  })
  .superRefine((d, ctx) => {
    const codes = new Set<string>();
    for (const [i, it] of d.items.entries()) {
      if (codes.has(it.code)) ctx.addIssue({ code: 'custom', path: ['items', i, 'code'], message: `item code ${it.code} appears twice` });
      codes.add(it.code);
    }
  });

export type RuleSetDefinition = z.infer<typeof ruleSetDefinition>;
export type ScoreWindow = RuleSetDefinition['windows'][number];
export type ScoreThreshold = ScoreWindow['thresholds'][number];

/** A published rule file: the definition plus who it binds and from when. */
export const ruleSetFile = z.object({
  code: z.string().regex(/^[A-Z0-9-]{2,40}$/),
  title: z.string().min(1),
  jurisdictionCode: z.string().regex(/^\d{6}$/),
  subjectKind: z.enum(['INSTITUTION', 'PRACTITIONER']),
  effectiveFrom: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  source: z.string().min(1),
  definition: ruleSetDefinition,
});
export type RuleSetFile = z.infer<typeof ruleSetFile>;
