import { REGISTRATION_STATUSES, SITE_KINDS, PRACTICE_CATEGORIES } from '../../domain/catalog.js';
import type { PractitionerRow } from '../../db/rows.js';
import { builder } from '../../graphql/builder.js';
import { joinedRow } from '../../graphql/child-pages.js';
import { reads } from '../../graphql/selected-columns.js';
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
      // registration sees him: he is read without re-checking scope — joined to a page of
      // registrations when the page read them, otherwise in one batch for the request.
      extensions: { columns: ['practitioner_id'], joins: { table: 'practitioner', column: 'practitioner_id' } },
      resolve: (r, _args, ctx) =>
        joinedRow<PractitionerRow>(r, 'practitioner') ??
        ctx.loader('practitioner-of-visible-registration', (ids: readonly string[]) => findPractitionersOfVisibleRegistrations(ctx.db, ids)).load(r.practitioner_id),
    }),
    institution: t.field({ ...reads('institution_id'), type: InstitutionNode, resolve: (r) => r.institution_id }),
    siteKind: t.field({ ...reads('site_kind'), type: SiteKind, resolve: (r) => r.site_kind as keyof typeof SITE_KINDS }),
    practiceCategory: t.field({ ...reads('practice_category'), type: PracticeCategory, nullable: true, resolve: (r) => r.practice_category as keyof typeof PRACTICE_CATEGORIES | null }),
    practiceScope: t.exposeString('practice_scope', { nullable: true, description: '执业范围, e.g. 内科专业' }),
    validFrom: t.field({ ...reads('valid_from'), type: 'Date', resolve: (r) => r.valid_from }),
    validUntil: t.field({ ...reads('valid_until'), type: 'Date', nullable: true, resolve: (r) => r.valid_until }),
    status: t.field({ ...reads('status'), type: RegistrationStatus, resolve: (r) => r.status as keyof typeof REGISTRATION_STATUSES }),
    version: t.exposeInt('version'),
    updatedAt: t.field({ ...reads('updated_at'), type: 'DateTime', resolve: (r) => r.updated_at }),
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
