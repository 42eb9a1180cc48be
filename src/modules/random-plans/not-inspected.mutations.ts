import { z } from 'zod';
import { actorOf } from '../../auth/viewer.js';
import { keysOf, NOT_INSPECTED_REASONS } from '../../domain/catalog.js';
import { freeText } from '../../domain/text.js';
import { builder } from '../../graphql/builder.js';
import { WRITE_ERRORS } from '../../graphql/errors.js';
import { collectInput, IssueList, localId } from '../../graphql/validate.js';
import { NotInspectedReason } from './not-inspected.schema.js';
import { planForWrite } from './plan-for-write.js';
import { DrawTarget } from './random-plans.schema.js';

const RecordTargetNotInspectedInput = builder.inputType('RecordTargetNotInspectedInput', {
  description: '记录未检查原因 for a target a plan drew.',
  fields: (t) => ({
    planId: t.id({ required: true }),
    institutionId: t.id({ required: true, description: 'The drawn institution.' }),
    reason: t.field({ type: NotInspectedReason, required: true }),
    note: t.string({ required: true, description: 'What the inspectors found, e.g. 现场已改为住宅, 工商登记已注销.' }),
  }),
});

const schema = z.object({
  planId: z.string(),
  institutionId: z.string(),
  reason: z.enum(keysOf(NOT_INSPECTED_REASONS)),
  note: freeText(2000),
});

builder.mutationFields((t) => ({
  recordTargetNotInspected: t.field({
    type: DrawTarget,
    description:
      '未检查: record why a drawn target was not inspected (regulators of the plan’s region). Once per target, never for one with an inspection recorded against the plan; 一公开 publishes the reason.',
    authScopes: { regulator: true },
    errors: { types: WRITE_ERRORS, result: { name: 'RecordTargetNotInspectedSuccess' }, union: { name: 'RecordTargetNotInspectedResult' } },
    args: { input: t.arg({ type: RecordTargetNotInspectedInput, required: true }) },
    resolve: async (_root, args, ctx) => {
      const issues = new IssueList();
      const input = collectInput(schema, args.input, issues);
      const institution = localId(args.input.institutionId, ['Institution'], 'institutionId', issues);
      return ctx.db.transaction().execute(async (trx) => {
        const plan = await planForWrite(trx, ctx.viewer, input?.planId, issues);
        if (plan?.state === 'CREATED') issues.add('planId', 'NOT_DRAWN', 'the plan has not been drawn yet');
        else if (plan?.state === 'ABANDONED') issues.add('planId', 'ABANDONED', 'the plan was abandoned');
        const target = plan?.state === 'DRAWN' && institution
          ? await trx.selectFrom('random_inspection_target').selectAll().where('plan_id', '=', plan.id).where('institution_id', '=', institution.id).executeTakeFirst()
          : undefined;
        if (plan?.state === 'DRAWN' && institution && !target) issues.add('institutionId', 'NOT_DRAWN', 'the plan did not draw this institution');
        else if (target?.not_inspected_reason) issues.add('institutionId', 'ALREADY_RECORDED', 'why this target was not inspected is recorded already');
        else if (target) {
          const inspected = await trx.selectFrom('inspection').select('id').where('plan_id', '=', target.plan_id).where('subject_institution_id', '=', target.institution_id).executeTakeFirst();
          if (inspected) issues.add('institutionId', 'INSPECTED', 'an inspection of this target is recorded against the plan');
        }
        issues.throwIfAny();
        return trx
          .updateTable('random_inspection_target')
          .set({ not_inspected_reason: input!.reason, not_inspected_note: input!.note, not_inspected_by: actorOf(ctx.viewer), not_inspected_at: new Date() })
          .where('plan_id', '=', target!.plan_id)
          .where('institution_id', '=', target!.institution_id)
          .returningAll()
          .executeTakeFirstOrThrow();
      });
    },
  }),
}));
