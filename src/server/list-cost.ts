import {
  GraphQLError,
  Kind,
  getNamedType,
  getNullableType,
  isCompositeType,
  isListType,
  type FieldNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../graphql/pagination.js';

/**
 * The number of values a query can make the hub resolve, whatever the shape of the query and
 * whatever the resolvers. Armor's cost multiplies only by literal `first`/`last`: a list without
 * them (`Region.children`, a license's validations) counts once however long it is, so
 * `region { parent { children { parent { children … } } } }` passed while resolving millions of
 * regions. Here every list multiplies what is selected inside it:
 *
 * - a connection by its page size: the literal `first`/`last`, the default page when neither is
 *   given; a size from a variable (or `nodes(ids: $ids)`) is not known while validating and
 *   counts as one here — the variable-aware cost (`query-cost.ts`) counts it at its real size
 *   when the operation runs; a connection's `edges` and `nodes` are its page, not a second
 *   multiplication;
 * - any other list of objects by what it can hold: `LIST_SIZES` for lists that grow with the
 *   register or with time (a city's counties, a subject's events), `UNPAGED_LIST_SIZE` for
 *   the others (a license's validations, a rule's thresholds), which hold a few items;
 * - a list of scalars or enum values as one value.
 */
export const UNPAGED_LIST_SIZE = 5;
const LIST_SIZES: Record<string, number> = {
  'Query.provinces': 34,
  'Region.children': 40,
  'Query.overdueDisclosures': MAX_PAGE_SIZE,
  'RandomInspectionPlan.targets': MAX_PAGE_SIZE,
  'ScoreRuleSet.items': 50,
  'Institution.disclosures': 20,
  'Institution.scoreEvents': 20,
  'Practitioner.scoreEvents': 20,
  'Institution.creditHistory': 20,
  'ScoreWindowStatus.events': 20,
};

/**
 * Estimated values resolved above which a query is rejected: about three times the heaviest
 * first-party operation (a subject's score status with its cycles, windows and events, ≈ 75,000;
 * a page of 100 institutions with registrations, licenses and validations, ≈ 63,000), far below
 * what a walk of nested lists reaches (a 13-level region walk: ≈ 10¹⁰). A test keeps every
 * first-party operation and benchmark query inside it.
 */
export const MAX_RESOLVED_VALUES = 250_000;

const PAGE_ARGUMENTS = new Set(['first', 'last']);

function pageSize(node: FieldNode, field: GraphQLField<unknown, unknown>): number | undefined {
  const pageArgs = field.args.filter((arg) => PAGE_ARGUMENTS.has(arg.name));
  if (pageArgs.length === 0) return undefined;
  let size: number | undefined;
  for (const arg of node.arguments ?? []) {
    if (!PAGE_ARGUMENTS.has(arg.name.value)) continue;
    const value = arg.value.kind === Kind.INT ? Number(arg.value.value) : arg.value.kind === Kind.VARIABLE ? 1 : undefined;
    if (value !== undefined) size = Math.max(size ?? 0, value);
  }
  return size ?? DEFAULT_PAGE_SIZE;
}

/** `nodes(ids:)`: as many as the ids written; one for a variable (counted at its real length when it runs). */
function idsCount(node: FieldNode): number {
  const ids = node.arguments?.find((arg) => arg.name.value === 'ids')?.value;
  return ids?.kind === Kind.LIST ? ids.values.length : 1;
}

function listFactor(node: FieldNode, field: GraphQLField<unknown, unknown>, parent: GraphQLCompositeType): number {
  if (parent.name === 'Query' && field.name === 'nodes') return idsCount(node);
  const paged = pageSize(node, field);
  if (paged !== undefined) return paged;
  // A connection's page was counted at the connection field.
  if (parent.name.endsWith('Connection') && (field.name === 'edges' || field.name === 'nodes')) return 1;
  if (!isListType(getNullableType(field.type)) || !isCompositeType(getNamedType(field.type))) return 1;
  return LIST_SIZES[`${parent.name}.${field.name}`] ?? UNPAGED_LIST_SIZE;
}

/** Values resolved by `selections` on `type`, for `multiplier` parent values. Fragments count where they are spread. */
export function resolvedValues(context: Pick<ValidationContext, 'getFragment'>, schema: GraphQLSchema, type: GraphQLCompositeType, selections: SelectionSetNode, multiplier: number, spreading = new Set<string>()): number {
  let total = 0;
  for (const selection of selections.selections) {
    if (selection.kind === Kind.FIELD) {
      if (selection.name.value.startsWith('__')) continue;
      // Unions have no fields of their own (only __typename, skipped above).
      const field = 'getFields' in type ? type.getFields()[selection.name.value] : undefined;
      if (!field) continue; // reported by the field validation rule
      const count = multiplier * listFactor(selection, field, type);
      total += count;
      const inner = getNamedType(field.type);
      if (selection.selectionSet && isCompositeType(inner)) total += resolvedValues(context, schema, inner, selection.selectionSet, count, spreading);
    } else {
      const fragment = selection.kind === Kind.INLINE_FRAGMENT ? selection : context.getFragment(selection.name.value);
      if (!fragment) continue;
      const name = selection.kind === Kind.FRAGMENT_SPREAD ? selection.name.value : undefined;
      if (name && spreading.has(name)) continue; // a cycle, reported by NoFragmentCycles
      const condition = fragment.typeCondition ? schema.getType(fragment.typeCondition.name.value) : type;
      if (!condition || !isCompositeType(condition)) continue;
      if (name) spreading.add(name);
      total += resolvedValues(context, schema, condition, fragment.selectionSet, multiplier, spreading);
      if (name) spreading.delete(name);
    }
    if (total > MAX_RESOLVED_VALUES * 1_000) return total; // far over: no need to finish counting
  }
  return total;
}

/** Rejects an operation that could resolve more than `max` values; the message does not state the limit. */
export function listCostRule(max = MAX_RESOLVED_VALUES): ValidationRule {
  return (context) => ({
    OperationDefinition(operation) {
      const schema = context.getSchema();
      const root = operation.operation === 'query' ? schema.getQueryType() : operation.operation === 'mutation' ? schema.getMutationType() : schema.getSubscriptionType();
      if (!root) return;
      if (resolvedValues(context, schema, root, operation.selectionSet, 1) > max) {
        context.reportError(new GraphQLError('Query validation error: the query could return too many values. Select fewer nested lists, or smaller pages.', { nodes: [operation] }));
      }
    },
  });
}
