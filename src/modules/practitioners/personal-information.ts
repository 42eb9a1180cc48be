import { auditedPersonalInformation } from '../../auth/personal-information.js';
import type { RequestContext } from '../../server/context.js';

/** A practitioner's ID number and phone, read for regulators inside their jurisdiction and audited. */
export const personalInformationLoader = (ctx: RequestContext) =>
  auditedPersonalInformation(ctx, { table: 'practitioner', entityType: 'Practitioner', columns: ['id_number', 'phone'] as const });
