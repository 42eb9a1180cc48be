import { auditedPersonalInformation, readPersonalInformation as readAudited } from '../../auth/personal-information.js';
import type { AuditContext } from '../../auth/audit.js';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.generated.js';
import type { RequestContext } from '../../server/context.js';

export { mayReadPersonalInformation } from '../../auth/personal-information.js';

export interface PersonalInformation {
  idNumber: string;
  phone: string | null;
}

const PRACTITIONER = { table: 'practitioner', entityType: 'Practitioner', columns: ['id_number', 'phone'] } as const;

/** ID numbers and phones of the practitioners among `ids` the viewer may see, the read audited. */
export async function readPersonalInformation(db: Kysely<DB>, context: AuditContext, ids: readonly string[]): Promise<Map<string, PersonalInformation>> {
  const read = await readAudited(db, context, PRACTITIONER, ids);
  return new Map([...read].map(([id, r]) => [id, { idNumber: r.id_number!, phone: r.phone }]));
}

/** The graph's loader of a practitioner's ID number and phone. */
export const personalInformationLoader = (ctx: RequestContext) => auditedPersonalInformation(ctx, PRACTITIONER);
