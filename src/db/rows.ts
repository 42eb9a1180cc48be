import type { Selectable } from 'kysely';
import type { DB } from './schema.generated.js';

/** Row shapes as read from the database (generated column types, selected form). */
export type RegionRow = Selectable<DB['region']>;
export type InstitutionRow = Selectable<DB['institution']>;
export type PractitionerRow = Selectable<DB['practitioner']>;
export type RegistrationRow = Selectable<DB['practice_registration']>;
export type LicenseRow = Selectable<DB['license']>;
export type LicenseValidationRow = Selectable<DB['license_validation']>;
