import { getVariableValues, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';

type Coerced = ReturnType<typeof getVariableValues>;

/**
 * A request's variables coerced once for every check that runs before execution (the argument
 * guard, the cost limit, compiled queries' variable check): each is handed the same variables
 * object. Requests without variables share one coercion per operation. The hub has one schema, so
 * the operation's node (of one cached document) and the variables object are the whole key.
 */
const byVariables = new WeakMap<object, WeakMap<OperationDefinitionNode, Coerced>>();
const withoutVariables = new WeakMap<OperationDefinitionNode, Coerced>();

export function coercedVariables(schema: GraphQLSchema, operation: OperationDefinitionNode, raw: Record<string, unknown> | null | undefined): Coerced {
  let cache = withoutVariables;
  if (raw) {
    const forRequest = byVariables.get(raw);
    if (forRequest) cache = forRequest;
    else byVariables.set(raw, (cache = new WeakMap()));
  }
  let coerced = cache.get(operation);
  if (!coerced) cache.set(operation, (coerced = getVariableValues(schema, operation.variableDefinitions ?? [], raw ?? {})));
  return coerced;
}
