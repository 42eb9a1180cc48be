import type { Selectable } from 'kysely';
import type { DB } from '../../db/schema.generated.js';
import { builder } from '../../graphql/builder.js';
import { childConnectionField, childConnectionType } from '../../graphql/child-connection.js';
import { InstitutionNode, RegionNode } from '../../graphql/nodes.js';
import { RegulatedSubject, loadSubject } from '../../graphql/subject.js';
import { InspectionNode } from '../inspections/inspections.schema.js';
import { PenaltyNode } from '../penalties/penalties.schema.js';
import { isAnyOf } from '../../db/any-of.js';

export type ComplaintRow = Selectable<DB['complaint']>;

export const ComplaintChannel = builder.enumType('ComplaintChannel', {
  values: {
    HOTLINE_12320: { description: '12320卫生热线' },
    WEB: { description: '网站' },
    WECHAT: { description: '微信' },
    LETTER: { description: '来信' },
    VISIT: { description: '来访' },
  } as const,
});

export const ComplaintStatus = builder.enumType('ComplaintStatus', {
  values: {
    RECEIVED: { description: '已受理' },
    TRANSFERRED: { description: '已转办' },
    INVESTIGATING: { description: '调查处理中' },
    CLOSED: { description: '已办结' },
  } as const,
});

export const ComplaintNode = builder.loadableNodeRef<ComplaintRow, string, string>('Complaint', {
  id: { resolve: (c) => c.id },
  load: (ids: string[], ctx) => ctx.scoped.from('complaint').selectAll().where(isAnyOf('id', ids)).execute(),
  sort: (c) => c.id,
});

ComplaintNode.implement({
  description: '投诉举报: received through 12320, the web, WeChat, letters or visits. Regulators only.',
  fields: (t) => ({
    channel: t.field({ type: ComplaintChannel, resolve: (c) => c.channel as 'WEB' }),
    receivedOn: t.field({ type: 'Date', resolve: (c) => c.received_on }),
    region: t.field({ type: RegionNode, description: 'Where it was received.', resolve: (c) => c.region_code }),
    category: t.exposeString('category'),
    summary: t.exposeString('summary'),
    subject: t.field({
      type: RegulatedSubject,
      nullable: true,
      resolve: (c, _args, ctx) => (c.subject_institution_id || c.subject_practitioner_id ? loadSubject(ctx, c) : null),
    }),
    status: t.field({ type: ComplaintStatus, resolve: (c) => c.status as 'RECEIVED' }),
    transferredTo: t.exposeString('transferred_to', { nullable: true, description: '转办单位' }),
    outcome: t.exposeString('outcome', { nullable: true, description: '处理结果' }),
    substantiated: t.exposeBoolean('substantiated', { nullable: true, description: '是否属实' }),
    closedOn: t.field({ type: 'Date', nullable: true, resolve: (c) => c.closed_on }),
    inspection: t.field({ type: InspectionNode, nullable: true, resolve: (c) => c.inspection_id }),
    penalty: t.field({ type: PenaltyNode, nullable: true, resolve: (c) => c.penalty_id }),
    version: t.exposeInt('version'),
  }),
});

const ComplaintConnection = childConnectionType('ComplaintConnection', ComplaintNode);

builder.objectFields(InstitutionNode, (t) => ({
  complaints: childConnectionField(t, { connection: ComplaintConnection, table: 'complaint', parentColumn: 'subject_institution_id', description: '投诉举报 about this institution (regulators only).' }),
}));
