import { z } from 'zod';
import { writeAudit } from '../../auth/audit.js';
import { visibleTo } from '../../auth/scope.js';
import { actorOf, jurisdictionsOf } from '../../auth/viewer.js';
import { builder } from '../../graphql/builder.js';
import { UPDATE_ERRORS, VersionConflictError, WRITE_ERRORS } from '../../graphql/errors.js';
import { collectInput, IssueList, localId } from '../../graphql/validate.js';
import { enqueueRegistryMatch } from './matching-job.js';
import { RegistryMatchNode } from './registry-matching.schema.js';

const ReviewDecision = builder.enumType('RegistryMatchDecision', {
  values: { ACKNOWLEDGED: { description: '确认: the match is real and is being acted on' }, DISMISSED: { description: '排除: not the same person, or nothing to do' } } as const,
});

const ReviewRegistryMatchInput = builder.inputType('ReviewRegistryMatchInput', {
  fields: (t) => ({
    id: t.id({ required: true }),
    version: t.int({ required: true }),
    decision: t.field({ type: ReviewDecision, required: true }),
    reason: t.string({ required: true, description: 'Why: kept with the review and audited.' }),
  }),
});

const reviewSchema = z.object({ id: z.string(), version: z.number().int(), decision: z.enum(['ACKNOWLEDGED', 'DISMISSED']), reason: z.string().trim().min(1).max(2000) });

const RematchJob = builder.objectRef<{ jobId: string }>('RegistryRematchJob').implement({
  description: 'A full re-match queued on the job engine.',
  fields: (t) => ({ jobId: t.exposeID('jobId') }),
});

builder.mutationFields((t) => ({
  reviewRegistryMatch: t.field({
    type: RegistryMatchNode,
    authScopes: { regulator: true },
    description: 'Acknowledge or dismiss a 上网比对 alert you can see, with a reason. Every review is kept and audited.',
    errors: { types: UPDATE_ERRORS, result: { name: 'ReviewRegistryMatchSuccess' }, union: { name: 'ReviewRegistryMatchResult' } },
    args: { input: t.arg({ type: ReviewRegistryMatchInput, required: true }) },
    resolve: async (_root, args, ctx) => {
      const issues = new IssueList();
      const parsed = collectInput(reviewSchema, args.input, issues);
      const target = localId(args.input.id, ['RegistryMatch'], 'id', issues);
      issues.throwIfAny();
      const input = parsed!;
      return ctx.db.transaction().execute(async (trx) => {
        const current = await trx.selectFrom('registry_match').select(['id', 'version']).where('id', '=', target!.id).where(visibleTo(ctx.viewer, 'registry_match')).executeTakeFirst();
        if (!current) return issues.throwNotFound(input.id);
        if (current.version !== input.version) throw new VersionConflictError(input.version, current.version);
        const actor = actorOf(ctx.viewer);
        await trx
          .insertInto('registry_match_review')
          .values({ match_id: current.id, decision: input.decision, reason: input.reason, actor, jurisdictions: jurisdictionsOf(ctx.viewer) })
          .execute();
        await writeAudit(trx, ctx, { operation: 'REVIEW_REGISTRY_MATCH', entityType: 'RegistryMatch', entityIds: [current.id] });
        return trx
          .updateTable('registry_match')
          .set((eb) => ({ status: input.decision, review_reason: input.reason, reviewed_by: actor, reviewed_at: new Date(), version: eb('version', '+', 1), updated_at: new Date() }))
          .where('id', '=', current.id)
          .where('version', '=', input.version)
          .returningAll()
          .executeTakeFirstOrThrow();
      });
    },
  }),
  rematchRegistry: t.field({
    type: RematchJob,
    authScopes: { administrator: true },
    description: 'Queues a full 上网比对 of every case (administrators): it gives the same alerts and flags as incremental matching, never duplicates.',
    errors: { types: WRITE_ERRORS, result: { name: 'RematchRegistrySuccess' }, union: { name: 'RematchRegistryResult' } },
    resolve: async (_root, _args, ctx) => ({ jobId: await enqueueRegistryMatch(ctx.db, { full: true }) }),
  }),
}));
