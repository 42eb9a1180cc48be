import { z } from 'zod';
import { freeText, singleLineText } from '../../domain/text.js';
import { visibleTo } from '../../auth/scope.js';
import { actorOf } from '../../auth/viewer.js';
import { keysOf, PENALTY_CATEGORIES, SEVERITIES } from '../../domain/catalog.js';
import { nameSchema, usccSchema } from '../../domain/identifiers/schemas.js';
import { todayInChina } from '../../domain/today.js';
import { builder } from '../../graphql/builder.js';
import { dateSchema } from '../../graphql/date-order.js';
import { UPDATE_ERRORS, WRITE_ERRORS } from '../../graphql/errors.js';
import { subjectForWrite } from '../../graphql/subject.js';
import { collectInput, IssueList, localId, onUniqueViolation, wellFormedFields } from '../../graphql/validate.js';
import { updateVersioned } from '../../graphql/versioned-update.js';
import { enqueueCreditDelivery } from '../../plugin-runtime/outbox/enqueue.js';
import { openPenaltyDisclosure, withdrawDisclosures } from '../disclosures/disclosure-service.js';
import { recomputeCredit } from '../credit/recompute.js';
import { restoreLicensesOfPenalty } from '../licenses/license-status.js';
import { applyPenaltyToLicenses } from './penalty-licenses.js';
import { LicenseAction, PenaltyCategoryEnum, PenaltyNode, Severity } from './penalties.schema.js';

const yuan = z.string().regex(/^\d{1,12}(\.\d{1,2})?$/, { message: 'must be yuan with at most two decimals, e.g. "50000.00"' });
const text = (max = 4000) => freeText(max);
const line = (max: number) => singleLineText(max);

const recordSchema = z
  .object({
    decisionNumber: line(100),
    subjectId: z.string(),
    violationType: line(200),
    facts: text(),
    legalBasis: text(),
    categories: z.array(z.enum(keysOf(PENALTY_CATEGORIES))).min(1),
    content: text(),
    fineYuan: yuan.nullish(),
    confiscatedYuan: yuan.nullish(),
    affectedLicenses: z.array(z.object({ licenseId: z.string(), action: z.enum(['SUSPEND', 'REVOKE']), suspendedUntil: dateSchema.nullish() })).default([]),
    decidedOn: dateSchema,
    validUntil: dateSchema.nullish(),
    authorityName: nameSchema,
    authorityUscc: usccSchema,
    severity: z.enum(keysOf(SEVERITIES)),
    inspectionId: z.string().nullish(),
  })
  .superRefine((p, ctx) => {
    const add = (path: string, code: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message, params: { code } });
    const has = (c: keyof typeof PENALTY_CATEGORIES) => p.categories.includes(c);
    if (new Set(p.categories).size !== p.categories.length) add('categories', 'DUPLICATE', 'a category appears twice');
    if (has('FINE') !== (p.fineYuan != null && Number(p.fineYuan) > 0)) add('fineYuan', 'FINE_MISMATCH', 'a fine amount goes with the 罚款 category, and only with it');
    const confiscates = has('CONFISCATE_ILLEGAL_GAINS') || has('CONFISCATE_ILLEGAL_PROPERTY');
    if (confiscates !== (p.confiscatedYuan != null && Number(p.confiscatedYuan) > 0)) add('confiscatedYuan', 'CONFISCATION_MISMATCH', 'a confiscated amount goes with a 没收 category, and only with one');
    const suspends = p.affectedLicenses.some((l) => l.action === 'SUSPEND');
    const revokes = p.affectedLicenses.some((l) => l.action === 'REVOKE');
    if (suspends !== has('SUSPEND_LICENSE')) add('affectedLicenses', 'SUSPENSION_MISMATCH', '暂扣许可证件 names the licenses it suspends, and suspended licenses need that category');
    if (revokes !== has('REVOKE_LICENSE')) add('affectedLicenses', 'REVOCATION_MISMATCH', '吊销许可证件 names the licenses it revokes, and revoked licenses need that category');
    if (p.validUntil && p.validUntil < p.decidedOn) add('validUntil', 'DATES_OUT_OF_ORDER', 'validUntil must not be before decidedOn');
    for (const [i, l] of p.affectedLicenses.entries()) {
      const path = `affectedLicenses.${i}.suspendedUntil`;
      if (l.action === 'REVOKE' && l.suspendedUntil != null) add(path, 'NOT_ALLOWED', '吊销 has no end: suspendedUntil goes with SUSPEND only');
      // 暂扣 is for a term: its end comes from the license entry, else from the decision's validUntil.
      const end = l.action === 'SUSPEND' ? (l.suspendedUntil ?? p.validUntil) : null;
      if (l.action === 'SUSPEND' && !end) add(path, 'REQUIRED', '暂扣 needs its last day (suspendedUntil, or the decision’s validUntil)');
      if (end && end < p.decidedOn) add(path, 'DATES_OUT_OF_ORDER', 'a suspension must not end before the decision');
    }
  });

const revokeSchema = z.object({ id: z.string(), version: z.number().int(), revokedOn: dateSchema, reason: text(2000) });

const AffectedLicenseInput = builder.inputType('AffectedLicenseInput', {
  fields: (t) => ({
    licenseId: t.id({ required: true }),
    action: t.field({ type: LicenseAction, required: true }),
    suspendedUntil: t.field({
      type: 'Date',
      description: '暂扣期限: last day of the suspension (SUSPEND only; defaults to the decision’s validUntil). The license is valid again the day after.',
    }),
  }),
});

const RecordPenaltyInput = builder.inputType('RecordPenaltyInput', {
  description: '录入行政处罚决定',
  fields: (t) => ({
    decisionNumber: t.string({ required: true, description: '文书号, e.g. 通卫医罚〔2024〕12号' }),
    subjectId: t.id({ required: true }),
    violationType: t.string({ required: true }),
    facts: t.string({ required: true }),
    legalBasis: t.string({ required: true }),
    categories: t.field({ type: [PenaltyCategoryEnum], required: true }),
    content: t.string({ required: true }),
    fineYuan: t.field({ type: 'Decimal', description: 'Required with 罚款, in yuan.' }),
    confiscatedYuan: t.field({ type: 'Decimal', description: 'Required with 没收, in yuan.' }),
    affectedLicenses: t.field({ type: [AffectedLicenseInput], description: 'Required with 暂扣 / 吊销 许可证件.' }),
    decidedOn: t.field({ type: 'Date', required: true }),
    validUntil: t.field({ type: 'Date' }),
    authorityName: t.string({ required: true }),
    authorityUscc: t.string({ required: true }),
    severity: t.field({ type: Severity, required: true }),
    inspectionId: t.id({ description: 'The inspection that found the violation.' }),
  }),
});

const RevokePenaltyInput = builder.inputType('RevokePenaltyInput', {
  description: '撤销处罚决定 (e.g. after administrative reconsideration).',
  fields: (t) => ({
    id: t.id({ required: true }),
    version: t.int({ required: true }),
    revokedOn: t.field({ type: 'Date', required: true }),
    reason: t.string({ required: true }),
  }),
});

builder.mutationFields((t) => ({
  recordPenalty: t.field({
    type: PenaltyNode,
    description: 'Record a penalty decision; licenses it suspends or revokes change status in the same transaction.',
    authScopes: { regulator: true },
    errors: { types: WRITE_ERRORS, result: { name: 'RecordPenaltySuccess' }, union: { name: 'RecordPenaltyResult' } },
    args: { input: t.arg({ type: RecordPenaltyInput, required: true }) },
    resolve: async (_root, args, ctx) => {
      // Format and references are checked together, so every bad field is reported at once.
      const issues = new IssueList();
      const sentInput = { ...args.input, affectedLicenses: args.input.affectedLicenses ?? [] };
      const parsed = collectInput(recordSchema, sentInput, issues);
      const { decidedOn } = parsed ?? wellFormedFields(recordSchema, sentInput, issues);
      if (decidedOn && decidedOn > todayInChina()) issues.add('decidedOn', 'FUTURE_DATE', 'decidedOn is in the future');
      return ctx.db
        .transaction()
        .execute(async (trx) => {
          const subject = await subjectForWrite(trx, ctx.viewer, args.input.subjectId, 'subjectId', issues);
          // Each license named is checked, whatever else is wrong with its entry: an id with an issue of its own is skipped.
          const licenseIds = sentInput.affectedLicenses.map((l, i) => localId(l.licenseId, ['License'], `affectedLicenses.${i}.licenseId`, issues));
          const inspectionRef = localId(args.input.inspectionId, ['Inspection'], 'inspectionId', issues);
          const inspection = inspectionRef
            ? await trx.selectFrom('inspection').select('id').where('id', '=', inspectionRef.id).where(visibleTo(ctx.viewer, 'inspection')).executeTakeFirst()
            : undefined;
          if (inspectionRef && !inspection) issues.add('inspectionId', 'NOT_FOUND', 'no such inspection');
          const inspectionId = inspection?.id ?? null;
          if (subject) {
            const holderColumn = subject.kind === 'INSTITUTION' ? 'holder_institution_id' : 'holder_practitioner_id';
            for (const [i, ref] of licenseIds.entries()) {
              if (!ref) continue;
              const license = await trx.selectFrom('license').select(['id', holderColumn]).where('id', '=', ref.id).executeTakeFirst();
              if (!license || String(license[holderColumn as keyof typeof license]) !== subject.id) {
                issues.add(`affectedLicenses.${i}.licenseId`, 'NOT_HELD_BY_SUBJECT', 'the license is not held by the penalised subject');
              }
            }
          }
          issues.throwIfAny();
          const input = parsed!;
          const penalty = await trx
            .insertInto('penalty')
            .values({
              decision_number: input.decisionNumber,
              ...subject!.columns,
              violation_type: input.violationType,
              facts: input.facts,
              legal_basis: input.legalBasis,
              categories: input.categories,
              content: input.content,
              fine_yuan: input.fineYuan ?? null,
              confiscated_yuan: input.confiscatedYuan ?? null,
              decided_on: input.decidedOn,
              valid_until: input.validUntil ?? null,
              authority_name: input.authorityName,
              authority_uscc: input.authorityUscc,
              severity: input.severity,
              inspection_id: inspectionId,
              recorded_by: actorOf(ctx.viewer),
            })
            .returningAll()
            .executeTakeFirstOrThrow();
          await applyPenaltyToLicenses(trx, penalty, input.affectedLicenses.map((l, i) => ({ ...l, licenseId: licenseIds[i]!.id })), actorOf(ctx.viewer));
          await openPenaltyDisclosure(trx, penalty);
          // The 行政处罚 record, and the 行政许可 records of the licenses it suspends or revokes (now 无效).
          await enqueueCreditDelivery(trx, { penaltyIds: [penalty.id], licenseIds: licenseIds.map((ref) => ref!.id) });
          await recomputeCredit(trx, penalty.subject_institution_id, 'PENALTY_RECORDED');
          return penalty;
        })
        .catch(onUniqueViolation({ penalty_decision_number_key: { field: 'input.decisionNumber', code: 'ALREADY_EXISTS', message: 'a penalty with this decision number is recorded' } }));
    },
  }),
  revokePenalty: t.field({
    type: PenaltyNode,
    description: '撤销: the decision no longer stands; its disclosure is withdrawn, and licenses it suspended or revoked return to their earlier status (in their history).',
    authScopes: { regulator: true },
    errors: { types: UPDATE_ERRORS, result: { name: 'RevokePenaltySuccess' }, union: { name: 'RevokePenaltyResult' } },
    args: { input: t.arg({ type: RevokePenaltyInput, required: true }) },
    resolve: async (_root, args, ctx) => {
      const issues = new IssueList();
      const parsed = collectInput(revokeSchema, args.input, issues);
      const { revokedOn } = parsed ?? wellFormedFields(revokeSchema, args.input, issues);
      const target = localId(args.input.id, ['Penalty'], 'id', issues);
      return ctx.db.transaction().execute(async (trx) => {
        const current = target ? await trx.selectFrom('penalty').select(['status', 'decided_on']).where('id', '=', target.id).where(visibleTo(ctx.viewer, 'penalty')).executeTakeFirst() : undefined;
        if (current?.status === 'REVOKED') issues.add('id', 'ALREADY_REVOKED', 'the decision is already revoked');
        if (current && revokedOn && revokedOn < current.decided_on) issues.add('revokedOn', 'DATES_OUT_OF_ORDER', 'revokedOn must not be before the decision');
        issues.throwIfAny();
        const input = parsed!;
        const revoked = await updateVersioned(trx, ctx.viewer, 'penalty', { id: target!.id, globalId: input.id, version: input.version }, {
          status: 'REVOKED',
          revoked_on: input.revokedOn,
          revocation_reason: input.reason,
        });
        await withdrawDisclosures(trx, { penalty_id: revoked.id }, 'DECISION_REVOKED', input.revokedOn, input.reason);
        await restoreLicensesOfPenalty(trx, revoked.id, input.revokedOn, todayInChina(), input.reason, actorOf(ctx.viewer));
        await recomputeCredit(trx, revoked.subject_institution_id, 'PENALTY_REVOKED');
        return revoked;
      });
    },
  }),
}));
