import type { Kysely, Selectable, Transaction } from 'kysely';
import { z } from 'zod';
import { auditedPersonalInformation } from '../../auth/personal-information.js';
import { mayWriteIn, visibleTo } from '../../auth/scope.js';
import { actorOf } from '../../auth/viewer.js';
import { countRows } from '../../db/count.js';
import type { DB } from '../../db/schema.generated.js';
import { todayInChina } from '../../domain/today.js';
import { builder } from '../../graphql/builder.js';
import { countedConnection } from '../../graphql/connection-options.js';
import { dateSchema } from '../../graphql/date-order.js';
import { UPDATE_ERRORS, VersionConflictError, WRITE_ERRORS } from '../../graphql/errors.js';
import { RegionNode } from '../../graphql/nodes.js';
import { keysetConnection } from '../../graphql/pagination.js';
import { collectInput, IssueList, localId, wellFormedFields } from '../../graphql/validate.js';
import type { RequestContext } from '../../server/context.js';
import { existingRegionCodes, regionCodeRange } from '../regions/regions.queries.js';
import { isAnyOf } from '../../db/any-of.js';

export type SentinelPointRow = Selectable<DB['sentinel_point']>;

export const SentinelPointKind = builder.enumType('SentinelPointKind', {
  values: {
    VILLAGE_CLINIC: { description: '村卫生室' },
    PHARMACY: { description: '药店' },
    COMMUNITY: { description: '社区 (居委会、村委会)' },
    SCHOOL: { description: '学校' },
    HEALTH_CENTRE: { description: '乡镇卫生院、社区卫生服务中心' },
    OTHER: { description: '其他' },
  } as const,
});

export const SentinelPointNode = builder.loadableNodeRef<SentinelPointRow, string, string>('SentinelPoint', {
  id: { resolve: (p) => p.id },
  load: (ids: string[], ctx) => ctx.scoped.from('sentinel_point').selectAll().where(isAnyOf('id', ids)).execute(),
  sort: (p) => p.id,
});

const contactPhone = (ctx: RequestContext) =>
  auditedPersonalInformation(ctx, { table: 'sentinel_point', entityType: 'SentinelPoint', columns: ['contact_phone'] as const });

SentinelPointNode.implement({
  description: '非法行医监测哨点: a monitoring point with a contact person that reports clues. Seen by the regulators of its region, and by the point’s own account.',
  fields: (t) => ({
    name: t.exposeString('name'),
    region: t.field({ type: RegionNode, resolve: (p) => p.region_code }),
    kind: t.field({ type: SentinelPointKind, resolve: (p) => p.kind as 'OTHER' }),
    address: t.exposeString('address', { nullable: true }),
    contactName: t.exposeString('contact_name', { description: '联系人 (专职或兼职)' }),
    contactPhone: t.string({
      nullable: true,
      description: '联系电话 — personal information: regulators only, inside their jurisdiction; each read is audited.',
      authScopes: { regulator: true },
      resolve: async (p, _args, ctx) => (await contactPhone(ctx).load(p.id))?.contact_phone ?? null,
    }),
    activeFrom: t.field({ type: 'Date', resolve: (p) => p.active_from }),
    activeUntil: t.field({ type: 'Date', nullable: true, resolve: (p) => p.active_until }),
    active: t.boolean({ description: 'In its active period today.', resolve: (p) => p.active_from <= todayInChina() && (p.active_until === null || p.active_until >= todayInChina()) }),
    version: t.exposeInt('version'),
  }),
});

const pointsIn = (ctx: RequestContext, regionCode: string | null | undefined) => {
  let q = ctx.scoped.from('sentinel_point');
  if (regionCode) {
    const [low, high] = regionCodeRange(regionCode);
    q = q.where('sentinel_point.region_code', '>=', low).where('sentinel_point.region_code', '<=', high);
  }
  return q;
};

builder.queryFields((t) => ({
  sentinelPoints: t.connection(
    {
      type: SentinelPointNode,
      description: '监测哨点 of a region (sub-regions included) that the viewer may see, by name.',
      args: { regionCode: t.arg.string() },
      resolve: (_root, args, ctx) =>
        keysetConnection<SentinelPointRow>(pointsIn(ctx, args.regionCode).selectAll('sentinel_point'), {
          order: { column: 'sentinel_point.name', kind: 'text', direction: 'asc' },
          idColumn: 'sentinel_point.id',
          args,
          count: () => countRows(pointsIn(ctx, args.regionCode)),
        }),
    },
    countedConnection('SentinelPointConnection'),
  ),
}));

const text = (max: number) => z.string().trim().min(1).max(max);
const pointSchema = z
  .object({
    name: text(200),
    regionCode: z.string().regex(/^\d{6}$/),
    kind: z.enum(['VILLAGE_CLINIC', 'PHARMACY', 'COMMUNITY', 'SCHOOL', 'HEALTH_CENTRE', 'OTHER']),
    address: text(500).nullish(),
    contactName: text(100),
    contactPhone: z.string().regex(/^(1\d{10}|0\d{2,3}-?\d{7,8})$/, { message: 'must be a mobile (11 digits) or a fixed line with its area code' }).nullish(),
    activeFrom: dateSchema,
    activeUntil: dateSchema.nullish(),
  })
  .superRefine((p, ctx) => {
    if (p.activeUntil && p.activeUntil < p.activeFrom) ctx.addIssue({ code: 'custom', path: ['activeUntil'], message: 'ends before it starts', params: { code: 'DATES_OUT_OF_ORDER' } });
  });

const pointFields = (t: any) => ({
  name: t.string({ required: true }),
  regionCode: t.string({ required: true }),
  kind: t.field({ type: SentinelPointKind, required: true }),
  address: t.string(),
  contactName: t.string({ required: true }),
  contactPhone: t.string(),
  activeFrom: t.field({ type: 'Date', required: true }),
  activeUntil: t.field({ type: 'Date' }),
});
const RegisterSentinelPointInput = builder.inputType('RegisterSentinelPointInput', { fields: (t) => pointFields(t) });
const UpdateSentinelPointInput = builder.inputType('UpdateSentinelPointInput', {
  description: 'The point as it now stands (e.g. an end to its active period), with the version you read.',
  fields: (t) => ({ id: t.id({ required: true }), version: t.int({ required: true }), ...pointFields(t) }),
});

/** The region must exist and lie in the regulator's jurisdiction (unless its format is wrong already). */
async function checkRegion(db: Kysely<DB> | Transaction<DB>, ctx: RequestContext, regionCode: string | undefined, issues: IssueList) {
  if (!regionCode) return;
  if (!(await existingRegionCodes(db, [regionCode])).has(regionCode)) issues.add('regionCode', 'NOT_FOUND', 'no such region');
  else if (!mayWriteIn(ctx.viewer, regionCode)) issues.add('regionCode', 'OUT_OF_JURISDICTION', 'outside your jurisdiction');
}

const columns = (p: z.output<typeof pointSchema>) => ({
  name: p.name, region_code: p.regionCode, kind: p.kind, address: p.address ?? null, contact_name: p.contactName,
  contact_phone: p.contactPhone ?? null, active_from: p.activeFrom, active_until: p.activeUntil ?? null,
});

builder.mutationFields((t) => ({
  registerSentinelPoint: t.field({
    type: SentinelPointNode,
    authScopes: { regulator: true },
    errors: { types: WRITE_ERRORS, result: { name: 'RegisterSentinelPointSuccess' }, union: { name: 'RegisterSentinelPointResult' } },
    args: { input: t.arg({ type: RegisterSentinelPointInput, required: true }) },
    resolve: async (_root, args, ctx) => {
      const issues = new IssueList();
      const parsed = collectInput(pointSchema, args.input, issues);
      await checkRegion(ctx.db, ctx, (parsed ?? wellFormedFields(pointSchema, args.input, issues)).regionCode, issues);
      issues.throwIfAny();
      const input = parsed!;
      return ctx.db.insertInto('sentinel_point').values({ ...columns(input), recorded_by: actorOf(ctx.viewer) }).returningAll().executeTakeFirstOrThrow();
    },
  }),
  updateSentinelPoint: t.field({
    type: SentinelPointNode,
    authScopes: { regulator: true },
    errors: { types: UPDATE_ERRORS, result: { name: 'UpdateSentinelPointSuccess' }, union: { name: 'UpdateSentinelPointResult' } },
    args: { input: t.arg({ type: UpdateSentinelPointInput, required: true }) },
    resolve: async (_root, args, ctx) => {
      const { id, version, ...fields } = args.input;
      const issues = new IssueList();
      const parsed = collectInput(pointSchema, fields, issues);
      const target = localId(String(id), ['SentinelPoint'], 'id', issues);
      return ctx.db.transaction().execute(async (trx) => {
        await checkRegion(trx, ctx, (parsed ?? wellFormedFields(pointSchema, fields, issues)).regionCode, issues);
        const current = target ? await trx.selectFrom('sentinel_point').select(['id', 'version']).where('id', '=', target.id).where(visibleTo(ctx.viewer, 'sentinel_point')).executeTakeFirst() : undefined;
        if (!current) return issues.throwNotFound(String(id));
        issues.throwIfAny();
        const input = parsed!;
        if (current.version !== version) throw new VersionConflictError(version, current.version);
        return trx
          .updateTable('sentinel_point')
          .set((eb) => ({ ...columns(input), version: eb('version', '+', 1), updated_at: new Date() }))
          .where('id', '=', current.id)
          .returningAll()
          .executeTakeFirstOrThrow();
      });
    },
  }),
}));
