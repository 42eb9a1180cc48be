import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../db/schema.generated.js';
import { actorOf, jurisdictionsOf, type Viewer } from './viewer.js';

/** What the append-only audit log records: who, in what role, with which key, did what to which ids. */
/** `OVERRIDE`: a regulator set a rule aside for one record, giving a reason. */
/** `ABANDON_RANDOM_INSPECTION_PLAN`: a 双随机 plan given up, which could otherwise hide a draw that did not suit. */
export type AuditOperation = 'READ_PERSONAL_INFORMATION' | 'API_KEY_USE' | 'EXPORT' | 'REVIEW_REGISTRY_MATCH' | 'OVERRIDE' | 'ABANDON_RANDOM_INSPECTION_PLAN';

export interface AuditEvent {
  operation: AuditOperation;
  entityType?: string;
  entityIds?: readonly string[];
}

export interface AuditContext {
  viewer: Viewer;
  requestId: string;
  graphqlOperation?: string | null;
}

export function auditRow(context: AuditContext, event: AuditEvent) {
  const { viewer } = context;
  return {
    actor: actorOf(viewer),
    role: viewer.kind,
    api_key_id: viewer.kind === 'PROVINCIAL_SYSTEM' ? viewer.apiKeyId : null,
    jurisdictions: jurisdictionsOf(viewer),
    operation: event.operation,
    graphql_operation: context.graphqlOperation ?? null,
    entity_type: event.entityType ?? null,
    entity_ids: [...(event.entityIds ?? [])],
    request_id: context.requestId,
  };
}

export async function writeAudit(db: Kysely<DB> | Transaction<DB>, context: AuditContext, event: AuditEvent): Promise<void> {
  await db.insertInto('audit_log').values(auditRow(context, event)).execute();
}
