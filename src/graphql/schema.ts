import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { builder } from './builder.js';
import './scalars.js';
import './errors.js';
import './node-fields.js';
import '../modules/regions/regions.schema.js';
import '../modules/institutions/institutions.schema.js';
import '../modules/institutions/institutions.mutations.js';
import '../modules/practitioners/practitioners.schema.js';
import '../modules/practitioners/practitioners.mutations.js';
import '../modules/registrations/registrations.schema.js';
import '../modules/registrations/registrations.mutations.js';
import '../modules/licenses/licenses.schema.js';
import '../modules/licenses/licenses.mutations.js';
import '../modules/audit/audit.schema.js';
import '../modules/scoring/scoring.schema.js';
import '../modules/scoring/scoring.mutations.js';
import '../modules/penalties/penalties.schema.js';
import '../modules/penalties/penalties.mutations.js';
import '../modules/inspections/inspections.schema.js';
import '../modules/inspections/inspections.mutations.js';
import '../modules/complaints/complaints.schema.js';
import '../modules/complaints/complaints.mutations.js';
import '../modules/self-regulation/self-regulation.schema.js';
import '../modules/self-regulation/self-regulation.mutations.js';
import '../modules/credit/credit.schema.js';
import '../modules/credit/credit.mutations.js';
import '../modules/credit/watchlist.js';
import '../modules/random-plans/random-plans.schema.js';
import '../modules/random-plans/random-plans.mutations.js';
import '../modules/disclosures/disclosures.schema.js';
import '../modules/disclosures/disclosures.mutations.js';
import '../modules/unlicensed-practice/cases.schema.js';
import '../modules/unlicensed-practice/cases.mutations.js';
import '../modules/registry-matching/registry-matching.schema.js';
import '../modules/registry-matching/registry-matching.mutations.js';
import '../modules/registry-matching/police-transfer.schema.js';
import '../modules/sentinel-points/points.schema.js';
import '../modules/sentinel-points/clues.schema.js';
import '../modules/sentinel-points/assessments.schema.js';
import '../modules/plugins/plugins.schema.js';
import '../modules/credit-delivery/credit-delivery.schema.js';
import '../modules/export/changes.schema.js';

/** The whole graph: every module registers its types on the builder when imported above. */
export const schema: GraphQLSchema = builder.toSchema();

/** The SDL as committed in schema/schema.graphql. */
export const printedSchema = () => `${printSchema(lexicographicSortSchema(schema))}\n`;
