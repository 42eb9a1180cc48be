import {
  getOperationAST,
  GraphQLError,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  TypeInfo,
  valueFromAST,
  visit,
  visitWithTypeInfo,
  type ArgumentNode,
  type DocumentNode,
  type GraphQLInputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { hasUnstorableCharacters } from '../domain/text.js';
import { coercedVariables } from './coerced-variables.js';
import { MAX_PAGE_SIZE } from '../graphql/pagination.js';

/** The most items any list argument may hold (`nodes(ids:)`, filters, inputs), as many as a page. */
export const MAX_LIST_ITEMS = MAX_PAGE_SIZE;

/** What a JSON scalar holds is checked by its field, except for text PostgreSQL cannot store. */
const FREE_FORM_SCALARS = new Set(['JSON']);

function checkValue(value: unknown, type: GraphQLInputType, path: string, problems: string[]): void {
  if (value == null) return;
  if (isNonNullType(type)) return checkValue(value, type.ofType, path, problems);
  if (isListType(type)) {
    if (!Array.isArray(value)) return checkValue(value, type.ofType, path, problems);
    if (value.length > MAX_LIST_ITEMS) problems.push(`${path} holds more than ${MAX_LIST_ITEMS} items`);
    value.slice(0, MAX_LIST_ITEMS).forEach((item, i) => checkValue(item, type.ofType, `${path}[${i}]`, problems));
    return;
  }
  if (isInputObjectType(type)) {
    const fields = type.getFields();
    for (const [name, item] of Object.entries(value as Record<string, unknown>)) {
      const field = fields[name];
      if (field) checkValue(item, field.type, `${path}.${name}`, problems);
    }
    return;
  }
  if (isScalarType(type) && FREE_FORM_SCALARS.has(type.name)) return checkFreeForm(value, path, problems);
  if (typeof value === 'string' && hasUnstorableCharacters(value)) problems.push(`${path} contains a NUL character or an unpaired surrogate`);
}

function checkFreeForm(value: unknown, path: string, problems: string[]): void {
  if (typeof value === 'string') {
    if (hasUnstorableCharacters(value)) problems.push(`${path} contains a NUL character or an unpaired surrogate`);
  } else if (Array.isArray(value)) {
    value.forEach((item, i) => checkFreeForm(item, `${path}[${i}]`, problems));
  } else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) checkFreeForm(item, `${path}.${key}`, problems);
  }
}

/** An argument written in an operation, with what it expects: the part of the walk that does not depend on variables. */
interface WrittenArgument {
  node: ArgumentNode;
  type: GraphQLInputType;
  label: string;
}

/** Numbers, booleans and enums can neither be too long nor hold unstorable text. */
function mayBreakBounds(type: GraphQLInputType): boolean {
  const named = isNonNullType(type) ? type.ofType : type;
  return !(isEnumType(named) || (isScalarType(named) && ['Int', 'Float', 'Boolean'].includes(named.name)));
}

/**
 * The arguments of an operation worth checking, found by one walk with type information per
 * operation: parsed documents are cached and reused across requests, so each request only checks
 * the values. Keyed by the operation's node, which belongs to one cached document of one schema.
 */
const writtenArguments = new WeakMap<OperationDefinitionNode, WrittenArgument[]>();

function argumentsOf(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode): WrittenArgument[] {
  const known = writtenArguments.get(operation);
  if (known) return known;
  const found: WrittenArgument[] = [];
  const typeInfo = new TypeInfo(schema);
  // Fragments the operation spreads are walked too: the whole document, as validation does.
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      OperationDefinition: (node) => (node === operation ? undefined : false),
      Argument(node) {
        const argument = typeInfo.getArgument();
        if (argument && mayBreakBounds(argument.type)) found.push({ node, type: argument.type, label: `${typeInfo.getFieldDef()?.name ?? 'directive'}(${argument.name})` });
      },
    }),
  );
  writtenArguments.set(operation, found);
  return found;
}

/**
 * What is wrong with the arguments of an operation, as written and with its variables: lists
 * longer than MAX_LIST_ITEMS, and text PostgreSQL would refuse (NUL) or silently alter (unpaired
 * surrogates). Empty when nothing is.
 */
export function argumentProblems(schema: GraphQLSchema, document: DocumentNode, operationName: string | null | undefined, rawVariables: Record<string, unknown> | null | undefined): string[] {
  const operation = getOperationAST(document, operationName);
  if (!operation) return [];
  const written = argumentsOf(schema, document, operation);
  if (written.length === 0) return [];
  const coerced = coercedVariables(schema, operation, rawVariables);
  // Variables that do not coerce are reported by execution itself, with their path.
  if (coerced.errors) return [];
  const problems: string[] = [];
  for (const { node, type, label } of written) checkValue(valueFromAST(node.value, type, coerced.coerced), type, label, problems);
  return problems;
}

/**
 * Refuses, before anything runs, an operation whose arguments break the bounds every input
 * shares (see argumentProblems), with a BAD_USER_INPUT error per problem.
 */
export function useArgumentGuard(): Plugin {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const problems = argumentProblems(args.schema, args.document, args.operationName, args.variableValues as Record<string, unknown> | null | undefined);
      if (problems.length > 0) {
        setResultAndStopExecution({ errors: problems.map((problem) => new GraphQLError(`Bad input: ${problem}`, { extensions: { code: 'BAD_USER_INPUT' } })) });
      }
    },
  };
}
