import type { InstitutionRow, LicenseRow, PractitionerRow, RegionRow, RegistrationRow } from '../db/rows.js';
import { findInstitutionsByIds } from '../modules/institutions/institutions.queries.js';
import { findLicensesByIds } from '../modules/licenses/licenses.queries.js';
import { findPractitionersByIds } from '../modules/practitioners/practitioners.queries.js';
import { regionsByCodes } from '../modules/regions/region-catalogue.js';
import { findRegistrationsByIds } from '../modules/registrations/registrations.queries.js';
import { builder } from './builder.js';

/**
 * The graph's node types, declared here and implemented by their modules, so that modules can
 * point at each other (an institution's registrations, a registration's practitioner) without
 * importing each other. Every node is loaded in batches per request.
 */
export const RegionNode = builder.loadableNodeRef<RegionRow, string, string>('Region', {
  id: { resolve: (row) => row.code },
  load: (codes: string[], ctx) => regionsByCodes(ctx.db, codes),
  sort: (row) => row.code,
});

export const InstitutionNode = builder.loadableNodeRef<InstitutionRow, string, string>('Institution', {
  id: { resolve: (row) => row.id },
  load: (ids: string[], ctx) => findInstitutionsByIds(ctx.scoped, ids),
  sort: (row) => row.id,
});

export const PractitionerNode = builder.loadableNodeRef<PractitionerRow, string, string>('Practitioner', {
  id: { resolve: (row) => row.id },
  load: (ids: string[], ctx) => findPractitionersByIds(ctx.scoped, ids),
  sort: (row) => row.id,
});

export const RegistrationNode = builder.loadableNodeRef<RegistrationRow, string, string>('PracticeRegistration', {
  id: { resolve: (row) => row.id },
  load: (ids: string[], ctx) => findRegistrationsByIds(ctx.scoped, ids),
  sort: (row) => row.id,
});

export const LicenseNode = builder.loadableNodeRef<LicenseRow, string, string>('License', {
  id: { resolve: (row) => row.id },
  load: (ids: string[], ctx) => findLicensesByIds(ctx.scoped, ids),
  sort: (row) => row.id,
});
