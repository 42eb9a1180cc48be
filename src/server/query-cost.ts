import {
  getNamedType,
  getNullableType,
  getOperationAST,
  GraphQLError,
  Kind,
  valueFromAST,
  type DocumentNode,
  type FieldNode,
  type GraphQLField,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { DEFAULT_PAGE_SIZE } from '../graphql/pagination.js';
import { coercedVariables } from './coerced-variables.js';

/**
 * What an operation may cost the hub, computed with its variables, so that a page size or a list
 * of ids passed as a variable counts as much as one written in the document. The shape follows
 * GraphQL Armor's cost: a leaf costs 1, an object 2 plus 1.5 times its selections, times how many
 * items the field answers with: `first`/`last` (the default page when a connection is given
 * neither) and the length of `nodes(ids:)`. Fragments count where they are spread.
 */
const SCALAR_COST = 1;
const OBJECT_COST = 2;
const DEPTH_FACTOR = 1.5;

function argumentValue(field: GraphQLField<unknown, unknown>, node: FieldNode, name: string, variables: () => Record<string, unknown>): unknown {
  const definition = field.args.find((a) => a.name === name);
  const given = node.arguments?.find((a) => a.name.value === name);
  if (!definition || !given) return undefined;
  return valueFromAST(given.value, definition.type, referencesVariables(given.value) ? variables() : undefined);
}

const referencesVariables = (value: ValueNode): boolean =>
  value.kind === Kind.VARIABLE ||
  (value.kind === Kind.LIST && value.values.some(referencesVariables)) ||
  (value.kind === Kind.OBJECT && value.fields.some((f) => referencesVariables(f.value)));

/** How many items `field` answers with, as far as its arguments say. */
function multiplier(field: GraphQLField<unknown, unknown>, node: FieldNode, variables: () => Record<string, unknown>): number {
  const first = argumentValue(field, node, 'first', variables);
  const last = argumentValue(field, node, 'last', variables);
  const size = typeof first === 'number' ? first : typeof last === 'number' ? last : undefined;
  if (size !== undefined) return Math.max(size, 1);
  if (field.args.some((a) => a.name === 'first')) return DEFAULT_PAGE_SIZE;
  const ids = argumentValue(field, node, 'ids', variables);
  if (Array.isArray(ids)) return Math.max(ids.length, 1);
  return 1;
}

/**
 * Costs of operations whose multipliers are all written in the document: the same on every
 * request, so computed once per parsed operation (Yoga keeps one per distinct document text).
 */
const fixedCosts = new WeakMap<OperationDefinitionNode, number>();

export function operationCost(schema: GraphQLSchema, document: DocumentNode, operationName: string | null | undefined, rawVariables?: Record<string, unknown> | null): number {
  const operation = getOperationAST(document, operationName);
  if (!operation) return 0;
  const fixed = fixedCosts.get(operation);
  if (fixed !== undefined) return fixed;
  let coerced: Record<string, unknown> | undefined;
  // Coerced only when a multiplier is a variable; otherwise the cost is the operation's own.
  const variables = () => (coerced ??= coercedVariables(schema, operation, rawVariables).coerced ?? {});
  const fragments = new Map(document.definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d] as const] : [])));
  const root = schema.getRootType(operation.operation);
  if (!root) return 0;

  const selectionCost = (selectionSet: SelectionSetNode, parent: string, spreading: ReadonlySet<string>): number => {
    let total = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        total += fieldCost(selection, parent, spreading);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        total += selectionCost(selection.selectionSet, selection.typeCondition?.name.value ?? parent, spreading);
      } else {
        const fragment = fragments.get(selection.name.value);
        // A cycle is refused by validation before this runs; do not loop if one slips through.
        if (fragment && !spreading.has(fragment.name.value)) {
          total += selectionCost(fragment.selectionSet, fragment.typeCondition.name.value, new Set([...spreading, fragment.name.value]));
        }
      }
    }
    return total;
  };

  const fieldCost = (node: FieldNode, parent: string, spreading: ReadonlySet<string>): number => {
    if (node.name.value.startsWith('__')) return 0;
    const parentType = schema.getType(parent);
    const field = parentType && 'getFields' in parentType ? (parentType.getFields() as Record<string, GraphQLField<unknown, unknown>>)[node.name.value] : undefined;
    if (!node.selectionSet || !field) return SCALAR_COST;
    const named = getNamedType(getNullableType(field.type));
    const children = selectionCost(node.selectionSet, named.name, spreading);
    return (OBJECT_COST + DEPTH_FACTOR * children) * multiplier(field, node, variables);
  };

  const cost = selectionCost(operation.selectionSet, root.name, new Set());
  if (coerced === undefined) fixedCosts.set(operation, cost);
  return cost;
}

/** Refuses an operation whose cost (see operationCost) exceeds `maxCost`, without saying the limit. */
export function useQueryCost(maxCost: number): Plugin {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const cost = operationCost(args.schema, args.document, args.operationName, args.variableValues as Record<string, unknown> | null | undefined);
      if (cost > maxCost) {
        setResultAndStopExecution({ errors: [new GraphQLError('Query validation error.', { extensions: { code: 'QUERY_TOO_EXPENSIVE' } })] });
      }
    },
  };
}
