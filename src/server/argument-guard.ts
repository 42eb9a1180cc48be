import {
  getOperationAST,
  getVariableValues,
  GraphQLError,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  TypeInfo,
  valueFromAST,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { hasUnstorableCharacters } from '../domain/text.js';
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

/**
 * What is wrong with the arguments of an operation, as written and with its variables: lists
 * longer than MAX_LIST_ITEMS, and text PostgreSQL would refuse (NUL) or silently alter (unpaired
 * surrogates). Empty when nothing is.
 */
export function argumentProblems(schema: GraphQLSchema, document: DocumentNode, operationName: string | null | undefined, rawVariables: Record<string, unknown>): string[] {
  const operation = getOperationAST(document, operationName);
  if (!operation) return [];
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], rawVariables);
  // Variables that do not coerce are reported by execution itself, with their path.
  if (coerced.errors) return [];
  const problems: string[] = [];
  const typeInfo = new TypeInfo(schema);
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Argument(node) {
        const argument = typeInfo.getArgument();
        const field = typeInfo.getFieldDef();
        if (!argument) return;
        const value = valueFromAST(node.value, argument.type, coerced.coerced);
        checkValue(value, argument.type, `${field?.name ?? 'directive'}(${argument.name})`, problems);
      },
    }),
  );
  return problems;
}

/**
 * Refuses, before anything runs, an operation whose arguments break the bounds every input
 * shares (see argumentProblems), with a BAD_USER_INPUT error per problem.
 */
export function useArgumentGuard(): Plugin {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const problems = argumentProblems(args.schema, args.document, args.operationName, (args.variableValues ?? {}) as Record<string, unknown>);
      if (problems.length > 0) {
        setResultAndStopExecution({ errors: problems.map((problem) => new GraphQLError(`Bad input: ${problem}`, { extensions: { code: 'BAD_USER_INPUT' } })) });
      }
    },
  };
}
