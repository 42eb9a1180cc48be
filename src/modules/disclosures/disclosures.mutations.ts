import { z } from 'zod';
import { freeText, singleLineText } from '../../domain/text.js';
import { mayWriteIn, visibleTo } from '../../auth/scope.js';
import { todayInChina } from '../../domain/today.js';
import { builder } from '../../graphql/builder.js';
import { dateSchema } from '../../graphql/date-order.js';
import { NotFoundError, UPDATE_ERRORS, VersionConflictError, WRITE_ERRORS } from '../../graphql/errors.js';
import { IssueList, localId, parseInput } from '../../graphql/validate.js';
import { institutionForWrite } from '../self-regulation/self-regulation.mutations.js';
import { publishedPlanResult } from '../random-plans/published-result.js';
import { periodFor, publish, subjectSnapshot, withdrawDisclosures } from './disclosure-service.js';
import { DisclosureKind, DisclosureNode } from './disclosures.schema.js';

const PublishDisclosureInput = builder.inputType('PublishDisclosureInput', {
  description: 'Publish a pending license or penalty disclosure.',
  fields: (t) => ({ id: t.id({ required: true }), version: t.int({ required: true }), publishedOn: t.field({ type: 'Date', required: true }) }),
});

const DiscloseRecordInput = builder.inputType('DiscloseRecordInput', {
  description: 'Make a record public: a random-inspection plan’s results, a score publication, a credit-list entry or a commitment letter.',
  fields: (t) => ({
    kind: t.field({ type: DisclosureKind, required: true }),
    recordId: t.id({ required: true, description: 'RandomInspectionPlan, Institution (for a score publication), CreditListEntry or CommitmentLetter.' }),
    publishedOn: t.field({ type: 'Date', required: true }),
    workingDays: t.int({ description: 'Score publications: for how many working days (default 7).' }),
  }),
});

const FeeInput = builder.inputType('AnnualDisclosureFee', { fields: (t) => ({ item: t.string({ required: true }), priceYuan: t.field({ type: 'Decimal', required: true }) }) });

const PublishAnnualSelfDisclosureInput = builder.inputType('PublishAnnualSelfDisclosureInput', {
  description: '医疗机构年度信息公开: services, fees, staff and qualifications, at least once a year.',
  fields: (t) => ({
    institutionId: t.id({ required: true }),
    year: t.int({ required: true }),
    services: t.stringList({ required: true }),
    fees: t.field({ type: [FeeInput], required: true }),
    staffCount: t.int({ required: true }),
    qualifications: t.stringList({ required: true }),
    publishedOn: t.field({ type: 'Date', required: true }),
  }),
});

const RepairPenaltyCreditInput = builder.inputType('RepairPenaltyCreditInput', {
  description: '信用修复: ends a penalty’s publication early, once its minimum period has passed.',
  fields: (t) => ({ penaltyId: t.id({ required: true }), repairedOn: t.field({ type: 'Date', required: true }), note: t.string({ required: true }) }),
});

const notFuture = (issues: IssueList, field: string, date: string) => {
  if (date > todayInChina()) issues.add(field, 'FUTURE_DATE', `${field} is in the future`);
};

builder.mutationFields((t) => ({
  publishDisclosure: t.field({
    type: DisclosureNode,
    authScopes: { regulator: true },
    errors: { types: UPDATE_ERRORS, result: { name: 'PublishDisclosureSuccess' }, union: { name: 'PublishDisclosureResult' } },
    args: { input: t.arg({ type: PublishDisclosureInput, required: true }) },
    resolve: async (_root, args, ctx) => {
      const input = parseInput(z.object({ id: z.string(), version: z.number().int(), publishedOn: dateSchema }), args.input);
      const issues = new IssueList();
      const ref = localId(input.id, ['Disclosure'], 'id', issues);
      issues.throwIfAny();
      notFuture(issues, 'publishedOn', input.publishedOn);
      return ctx.db.transaction().execute(async (trx) => {
        const disclosure = await trx.selectFrom('disclosure').selectAll().where('id', '=', ref!.id).where(visibleTo(ctx.viewer, 'disclosure')).forUpdate().executeTakeFirst();
        if (!disclosure) throw new NotFoundError(input.id);
        if (disclosure.version !== input.version) throw new VersionConflictError(input.version, disclosure.version);
        if (disclosure.published_on || disclosure.withdrawn_on) issues.add('id', 'NOT_PENDING', 'the disclosure is not pending');
        if (input.publishedOn < disclosure.decided_on) issues.add('publishedOn', 'DATES_OUT_OF_ORDER', 'publication cannot precede the decision');
        // The period counts from the decision: once it has run out there is nothing left to publish.
        const { publicUntil } = await periodFor(trx, disclosure, input.publishedOn);
        if (publicUntil && input.publishedOn > publicUntil) issues.add('publishedOn', 'PERIOD_ENDED', `the publication period ended on ${publicUntil}`);
        issues.throwIfAny();
        return publish(trx, disclosure, input.publishedOn);
      });
    },
  }),
  discloseRecord: t.field({
    type: DisclosureNode,
    authScopes: { regulator: true },
    errors: { types: WRITE_ERRORS, result: { name: 'DiscloseRecordSuccess' }, union: { name: 'DiscloseRecordResult' } },
    args: { input: t.arg({ type: DiscloseRecordInput, required: true }) },
    resolve: async (_root, args, ctx) => {
      const input = parseInput(
        z.object({
          kind: z.enum(['RANDOM_INSPECTION_RESULT', 'SCORE_PUBLICATION', 'CREDIT_LIST_ENTRY', 'COMMITMENT_LETTER']),
          recordId: z.string(),
          publishedOn: dateSchema,
          workingDays: z.number().int().min(1).max(60).nullish(),
        }),
        args.input,
      );
      const issues = new IssueList();
      notFuture(issues, 'publishedOn', input.publishedOn);
      const expected = { RANDOM_INSPECTION_RESULT: 'RandomInspectionPlan', SCORE_PUBLICATION: 'Institution', CREDIT_LIST_ENTRY: 'CreditListEntry', COMMITMENT_LETTER: 'CommitmentLetter' }[input.kind];
      const ref = localId(input.recordId, [expected], 'recordId', issues);
      issues.throwIfAny();
      return ctx.db.transaction().execute(async (trx) => {
        const missing = () => {
          issues.add('recordId', 'NOT_FOUND', `no such ${expected}`);
          issues.throwIfAny();
        };
        let values: Record<string, unknown>;
        if (input.kind === 'RANDOM_INSPECTION_RESULT') {
          const plan = await trx.selectFrom('random_inspection_plan').selectAll().where('id', '=', ref!.id).where(visibleTo(ctx.viewer, 'random_inspection_plan')).executeTakeFirst();
          if (!plan) return missing() as never;
          // 一公开 publishes a draw's result: a plan not drawn, or given up, has none.
          if (plan.state !== 'DRAWN') {
            issues.add('recordId', plan.state === 'ABANDONED' ? 'ABANDONED' : 'NOT_DRAWN', plan.state === 'ABANDONED' ? 'the plan was abandoned' : 'the plan has not been drawn yet');
            issues.throwIfAny();
          }
          const { targets, notInspected } = await publishedPlanResult(trx, plan.id);
          values = {
            region_code: plan.region_code,
            plan_id: plan.id,
            title: `双随机抽查结果 ${plan.name}`,
            content: JSON.stringify({ plan: plan.name, plannedOn: plan.planned_on, commitment: plan.commitment, seed: plan.seed, targets, notInspected }),
            decided_on: plan.planned_on,
          };
        } else if (input.kind === 'SCORE_PUBLICATION') {
          const institution = await trx.selectFrom('institution').selectAll().where('id', '=', ref!.id).where(visibleTo(ctx.viewer, 'institution')).executeTakeFirst();
          if (!institution) return missing() as never;
          const events = await trx.selectFrom('score_event').select(['rule_code', 'item_code', 'points', 'occurred_on']).where('subject_institution_id', '=', institution.id).where('status', '<>', 'APPEAL_UPHELD')
            // A publication shows the record as of its own date, never an event after it.
            .where('occurred_on', '<=', input.publishedOn)
            .orderBy('occurred_on')
            .execute();
          values = {
            region_code: institution.region_code,
            subject_institution_id: institution.id,
            title: `不良执业行为记分公示 ${institution.name}`,
            content: JSON.stringify({ institution: institution.name, uscc: institution.uscc, events }),
            decided_on: input.publishedOn,
          };
        } else if (input.kind === 'CREDIT_LIST_ENTRY') {
          const entry = await trx.selectFrom('credit_list_entry').selectAll().where('id', '=', ref!.id).where(visibleTo(ctx.viewer, 'credit_list_entry')).executeTakeFirst();
          if (!entry) return missing() as never;
          const subject = await subjectSnapshot(trx, entry);
          values = {
            region_code: subject.regionCode,
            subject_institution_id: subject.institutionId,
            subject_practitioner_id: subject.practitionerId,
            credit_list_entry_id: entry.id,
            title: `${{ RED: '红名单', BLACK: '严重失信主体名单', KEY_WATCH: '重点关注名单' }[entry.list]} ${subject.name}`,
            content: JSON.stringify({ list: entry.list, subjectName: subject.name, subjectUscc: subject.uscc, legalBasis: entry.legal_basis, reason: entry.reason, decidedOn: entry.decided_on, expiresOn: entry.expires_on, authority: entry.authority_name }),
            decided_on: entry.decided_on,
          };
        } else {
          const letter = await trx.selectFrom('commitment_letter').selectAll().where('id', '=', ref!.id).where(visibleTo(ctx.viewer, 'commitment_letter')).executeTakeFirst();
          if (!letter) return missing() as never;
          const subject = await subjectSnapshot(trx, { subject_institution_id: letter.institution_id, subject_practitioner_id: null });
          values = {
            region_code: subject.regionCode,
            subject_institution_id: subject.institutionId,
            commitment_letter_id: letter.id,
            title: `依法执业承诺书 ${subject.name}`,
            content: JSON.stringify({ institution: subject.name, signatory: letter.signatory, signedOn: letter.signed_on, content: letter.content }),
            decided_on: letter.signed_on,
          };
        }
        if (!mayWriteIn(ctx.viewer, values.region_code as string)) issues.add('recordId', 'OUT_OF_JURISDICTION', 'outside your jurisdiction');
        if (input.publishedOn < (values.decided_on as string)) issues.add('publishedOn', 'DATES_OUT_OF_ORDER', 'publication cannot precede the record');
        issues.throwIfAny();
        const created = await trx.insertInto('disclosure').values({ kind: input.kind, ...(values as { region_code: string; title: string; content: string; decided_on: string }) }).returningAll().executeTakeFirstOrThrow();
        return publish(trx, created, input.publishedOn, { workingDays: input.workingDays ?? undefined });
      });
    },
  }),
  publishAnnualSelfDisclosure: t.field({
    type: DisclosureNode,
    authScopes: { institution: true, regulator: true },
    errors: { types: WRITE_ERRORS, result: { name: 'PublishAnnualSelfDisclosureSuccess' }, union: { name: 'PublishAnnualSelfDisclosureResult' } },
    args: { input: t.arg({ type: PublishAnnualSelfDisclosureInput, required: true }) },
    resolve: async (_root, args, ctx) => {
      const input = parseInput(
        z.object({
          institutionId: z.string(),
          year: z.number().int().min(2000).max(2100),
          services: z.array(singleLineText(500)).min(1),
          fees: z.array(z.object({ item: singleLineText(500), priceYuan: z.string().regex(/^\d{1,10}(\.\d{1,2})?$/) })),
          staffCount: z.number().int().min(0),
          qualifications: z.array(singleLineText(500)).min(1),
          publishedOn: dateSchema,
        }),
        args.input,
      );
      const issues = new IssueList();
      notFuture(issues, 'publishedOn', input.publishedOn);
      return ctx.db.transaction().execute(async (trx) => {
        const institution = await institutionForWrite(trx, ctx.viewer, input.institutionId, issues);
        issues.throwIfAny();
        const created = await trx
          .insertInto('disclosure')
          .values({
            kind: 'ANNUAL_SELF_DISCLOSURE',
            region_code: institution!.region_code,
            subject_institution_id: institution!.id,
            title: `${institution!.name} ${input.year}年度信息公开`,
            content: JSON.stringify({ institution: institution!.name, year: input.year, services: input.services, fees: input.fees, staffCount: input.staffCount, qualifications: input.qualifications }),
            decided_on: input.publishedOn,
          })
          .returningAll()
          .executeTakeFirstOrThrow();
        return publish(trx, created, input.publishedOn);
      });
    },
  }),
  repairPenaltyCredit: t.field({
    type: [DisclosureNode],
    description: '信用修复 of a penalty: its disclosure leaves the public view early and the national platform is told.',
    authScopes: { regulator: true },
    errors: { types: WRITE_ERRORS, result: { name: 'RepairPenaltyCreditSuccess' }, union: { name: 'RepairPenaltyCreditResult' } },
    args: { input: t.arg({ type: RepairPenaltyCreditInput, required: true }) },
    resolve: async (_root, args, ctx) => {
      const input = parseInput(z.object({ penaltyId: z.string(), repairedOn: dateSchema, note: freeText(2000) }), args.input);
      const issues = new IssueList();
      const ref = localId(input.penaltyId, ['Penalty'], 'penaltyId', issues);
      issues.throwIfAny();
      notFuture(issues, 'repairedOn', input.repairedOn);
      return ctx.db.transaction().execute(async (trx) => {
        const disclosure = await trx
          .selectFrom('disclosure')
          .selectAll()
          .where('penalty_id', '=', ref!.id)
          .where(visibleTo(ctx.viewer, 'disclosure'))
          .where('withdrawn_on', 'is', null)
          .where('published_on', 'is not', null)
          .executeTakeFirst();
        if (!disclosure) issues.add('penaltyId', 'NOT_PUBLISHED', 'the penalty has no publication in force to end');
        else if (input.repairedOn < disclosure.earliest_repair_on!) issues.add('repairedOn', 'TOO_EARLY_FOR_REPAIR', `credit repair is possible from ${disclosure.earliest_repair_on}`);
        else if (disclosure.public_until && input.repairedOn > disclosure.public_until) issues.add('repairedOn', 'ALREADY_EXPIRED', 'the publication period has already ended');
        issues.throwIfAny();
        return withdrawDisclosures(trx, { penalty_id: ref!.id }, 'CREDIT_REPAIR', input.repairedOn, input.note);
      });
    },
  }),
}));
