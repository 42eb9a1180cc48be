import type { Selectable } from 'kysely';
import { countRows } from '../../db/count.js';
import type { DB } from '../../db/schema.generated.js';
import { builder } from '../../graphql/builder.js';
import { countedConnection } from '../../graphql/connection-options.js';
import { keysetConnection } from '../../graphql/pagination.js';

type AuditRow = Selectable<DB['audit_log']>;

const AuditOperation = builder.enumType('AuditOperation', {
  values: {
    READ_PERSONAL_INFORMATION: { description: '读取个人敏感信息' },
    API_KEY_USE: { description: 'API 密钥调用' },
    EXPORT: { description: '数据导出' },
    REVIEW_REGISTRY_MATCH: { description: '上网比对预警的确认或排除' },
    OVERRIDE: { description: '监管人员说明理由后越过规则 (e.g. 记分要求暂缓校验时仍记录校验合格; 校验位不符而确由发证机关核发的代码)' },
    ABANDON_RANDOM_INSPECTION_PLAN: { description: '放弃双随机抽查计划' },
  } as const,
});

const AuditRecord = builder.objectRef<AuditRow>('AuditRecord').implement({
  description: '审计记录: an append-only record of a read of personal information, an export, a use of an API key, or a regulator’s act that must answer for itself (a review, an override, a plan abandoned).',
  fields: (t) => ({
    at: t.field({ type: 'DateTime', resolve: (r) => r.at }),
    actor: t.exposeString('actor', { description: 'Token subject, or api-key:<id>.' }),
    role: t.exposeString('role'),
    apiKeyId: t.exposeString('api_key_id', { nullable: true }),
    jurisdictions: t.exposeStringList('jurisdictions'),
    operation: t.field({ type: AuditOperation, resolve: (r) => r.operation as 'EXPORT' }),
    graphqlOperation: t.exposeString('graphql_operation', { nullable: true }),
    entityType: t.exposeString('entity_type', { nullable: true }),
    entityIds: t.exposeStringList('entity_ids', { description: 'Database ids of the records concerned; never the personal information.' }),
    requestId: t.exposeString('request_id', { nullable: true }),
  }),
});

const AuditFilter = builder.inputType('AuditFilter', {
  fields: (t) => ({
    operations: t.field({ type: [AuditOperation] }),
    actor: t.string(),
    from: t.field({ type: 'DateTime' }),
    until: t.field({ type: 'DateTime' }),
  }),
});

builder.queryFields((t) => ({
  auditLog: t.connection(
    {
      type: AuditRecord,
      description: 'The audit log, newest first. Administrators only.',
      authScopes: { administrator: true },
      args: { filter: t.arg({ type: AuditFilter }) },
      resolve: (_root, args, ctx) => {
        const filter = args.filter ?? {};
        let query = ctx.db.selectFrom('audit_log');
        if (filter.operations?.length) query = query.where('operation', 'in', filter.operations);
        if (filter.actor) query = query.where('actor', '=', filter.actor);
        if (filter.from) query = query.where('at', '>=', filter.from);
        if (filter.until) query = query.where('at', '<', filter.until);
        const filtered = query;
        return keysetConnection<AuditRow>(filtered.selectAll('audit_log'), {
          order: { column: 'audit_log.at', kind: 'timestamptz', direction: 'desc' },
          idColumn: 'audit_log.id',
          args,
          count: () => countRows(filtered),
        });
      },
    },
    countedConnection('AuditRecordConnection'),
  ),
}));
