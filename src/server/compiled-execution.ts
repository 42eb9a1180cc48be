import { useGraphQlJit } from '@envelop/graphql-jit';
import type { Plugin } from 'graphql-yoga';
import {
  getNamedType,
  getOperationAST,
  isInputObjectType,
  isNonNullType,
  typeFromAST,
  type DocumentNode,
  type GraphQLInputObjectType,
  type GraphQLSchema,
} from 'graphql';
import type { Logger } from 'pino';
import { coercedVariables } from './coerced-variables.js';

/**
 * Input objects that hold, at any depth, a non-null field with a default (`direction:
 * SortDirection! = ASC`). The compiler's own variable coercion treats such a field as required
 * when it is omitted, where the specification fills in the default; operations taking one of
 * these as a variable are interpreted instead.
 */
function inputsWithRequiredDefaults(schema: GraphQLSchema): Set<string> {
  const affected = new Set<string>();
  const visiting = new Set<string>();
  const check = (type: GraphQLInputObjectType): boolean => {
    if (affected.has(type.name)) return true;
    if (visiting.has(type.name)) return false;
    visiting.add(type.name);
    const hit = Object.values(type.getFields()).some((field) => {
      if (isNonNullType(field.type) && field.defaultValue !== undefined) return true;
      const named = getNamedType(field.type);
      return isInputObjectType(named) && check(named);
    });
    if (hit) affected.add(type.name);
    return hit;
  };
  for (const type of Object.values(schema.getTypeMap())) if (isInputObjectType(type)) check(type);
  return affected;
}

/**
 * Queries compiled once to plain JavaScript (graphql-jit): a list of thousands of fields executes
 * in a fraction of the interpreter's time. Mutations, which return a handful of fields, and the
 * operations the compiler would coerce wrongly keep graphql-js. Variables of compiled queries are
 * first checked by graphql-js, so a bad one is reported exactly as the interpreter reports it
 * (`Variable "$filter" got invalid value "NOPE" at "filter.categories[0]"…`).
 */
export function useCompiledQueries(schema: GraphQLSchema, logger: Logger) {
  const unsafeInputs = inputsWithRequiredDefaults(schema);
  const decisions = new WeakMap<DocumentNode, Map<string, boolean>>();
  const compilable = (document: DocumentNode, operationName?: string | null) => {
    const operation = getOperationAST(document, operationName);
    if (!operation || operation.operation !== 'query') return false;
    return !(operation.variableDefinitions ?? []).some((definition) => {
      const type = typeFromAST(schema, definition.type as never);
      return type !== undefined && unsafeInputs.has(getNamedType(type).name);
    });
  };
  const isCompiled = (document: DocumentNode, operationName?: string | null) => {
    let byOperation = decisions.get(document);
    if (!byOperation) decisions.set(document, (byOperation = new Map()));
    let decision = byOperation.get(operationName ?? '');
    if (decision === undefined) byOperation.set(operationName ?? '', (decision = compilable(document, operationName)));
    return decision;
  };
  const checkVariables: Plugin = {
    onExecute({ args, setResultAndStopExecution }) {
      if (!isCompiled(args.document, args.operationName)) return;
      const operation = getOperationAST(args.document, args.operationName);
      if (!operation) return;
      const coerced = coercedVariables(args.schema, operation, args.variableValues);
      if (coerced.errors) setResultAndStopExecution({ errors: coerced.errors });
    },
  };
  const compile = useGraphQlJit(
    {},
    {
      enableIf: ({ document, operationName }) => isCompiled(document, operationName),
      onError: (result) => logger.warn({ errors: result.errors }, 'query not compiled; interpreted instead'),
    },
  );
  return [checkVariables, compile] as const;
}
