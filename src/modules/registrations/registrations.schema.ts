import { REGISTRATION_STATUSES, SITE_KINDS, PRACTICE_CATEGORIES } from '../../domain/catalog.js';
import { builder } from '../../graphql/builder.js';
import { childConnectionField, childConnectionType } from '../../graphql/child-connection.js';
import { enumFromCatalog } from '../../graphql/enums.js';
import { InstitutionNode, PractitionerNode, RegistrationNode } from '../../graphql/nodes.js';
import { PracticeCategory } from '../practitioners/practitioners.schema.js';
import { findPractitionersOfVisibleRegistrations } from './registrations.queries.js';

export const SiteKind = enumFromCatalog('SiteKind', SITE_KINDS, '执业地点类型: 主要执业机构 or 多点执业');
export const RegistrationStatus = enumFromCatalog('RegistrationStatus', REGISTRATION_STATUSES, '执业注册状态');

RegistrationNode.implement({
  description: '执业注册: a practitioner registered to practise at an institution, as primary site or additional site (多点执业).',
  fields: (t) => ({
    practitioner: t.field({
      type: PractitionerNode,
      // A practitioner is visible wherever one of his registrations is, so whoever sees this
      // registration sees him: he is read without re-checking scope, which at a page of
      // institutions saves a scope sub-query per practitioner.
      resolve: (r, _args, ctx) => ctx.loader('practitioner-of-visible-registration', (ids: readonly string[]) => findPractitionersOfVisibleRegistrations(ctx.db, ids)).load(r.practitioner_id),
    }),
    institution: t.field({ type: InstitutionNode, resolve: (r) => r.institution_id }),
    siteKind: t.field({ type: SiteKind, resolve: (r) => r.site_kind as keyof typeof SITE_KINDS }),
    practiceCategory: t.field({ type: PracticeCategory, nullable: true, resolve: (r) => r.practice_category as keyof typeof PRACTICE_CATEGORIES | null }),
    practiceScope: t.exposeString('practice_scope', { nullable: true, description: '执业范围, e.g. 内科专业' }),
    validFrom: t.field({ type: 'Date', resolve: (r) => r.valid_from }),
    validUntil: t.field({ type: 'Date', nullable: true, resolve: (r) => r.valid_until }),
    status: t.field({ type: RegistrationStatus, resolve: (r) => r.status as keyof typeof REGISTRATION_STATUSES }),
    version: t.exposeInt('version'),
    updatedAt: t.field({ type: 'DateTime', resolve: (r) => r.updated_at }),
  }),
});

const RegistrationConnection = childConnectionType('PracticeRegistrationConnection', RegistrationNode);

builder.objectFields(InstitutionNode, (t) => ({
  registrations: childConnectionField(t, {
    connection: RegistrationConnection,
    table: 'practice_registration',
    parentColumn: 'institution_id',
    description: 'Practitioners registered here (执业注册), primary and additional sites.',
  }),
}));

builder.objectFields(PractitionerNode, (t) => ({
  registrations: childConnectionField(t, {
    connection: RegistrationConnection,
    table: 'practice_registration',
    parentColumn: 'practitioner_id',
    description: 'Where this practitioner is registered to practise.',
  }),
}));
