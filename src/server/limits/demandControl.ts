import type { ApolloServerPlugin } from "@apollo/server";
import type { GraphQLSchema, OperationDefinitionNode, DocumentNode } from "graphql";
import { estimateCost } from "../../graphql/cost/estimateCost.js";
import {
  entityFieldsOf,
  fragmentsOf,
  representationsOf,
  typenameOf,
  withDefaults,
  type Variables,
} from "../../graphql/cost/selections.js";
import type { GatewayContext } from "../../graphql/context.js";
import { DEFAULT_LIST_SIZE, type RequestLimits } from "./limits.js";
import { refusal } from "./refusal.js";

/**
 * Refuses an operation over its limits once it is parsed and validated, before any resolver runs
 * and so before any upstream call: first the `_entities` bounds, then the estimated cost.
 */
export const demandControl = (limits: RequestLimits): ApolloServerPlugin<GatewayContext> => ({
  async requestDidStart() {
    return {
      async didResolveOperation({ schema, document, operation, request }) {
        if (!operation) return;
        const variables = request.variables ?? {};
        checkEntities(document, operation, variables, limits);
        checkCost(schema, document, operation, variables, limits);
      },
    };
  },
});

function checkEntities(
  document: DocumentNode,
  operation: OperationDefinitionNode,
  given: Variables,
  limits: RequestLimits,
): void {
  const variables = withDefaults(operation, given);
  const representations = entityFieldsOf(operation, fragmentsOf(document), variables).flatMap(
    (field) => representationsOf(field, variables),
  );
  if (representations.length > limits.entityReferences) {
    throw refusal(
      "ENTITY_LIMIT_EXCEEDED",
      `Entity references limit of ${limits.entityReferences} exceeded, found ${representations.length}. Split the batch.`,
      { name: "entityReferences", measured: representations.length, max: limits.entityReferences },
    );
  }
  const keys = new Set<unknown>();
  for (const representation of representations) {
    if (typenameOf(representation) === "Scenario") {
      keys.add((representation as { key?: unknown }).key);
    }
  }
  if (keys.size > limits.entityScenarioKeys) {
    throw refusal(
      "ENTITY_LIMIT_EXCEEDED",
      `Distinct scenario keys limit of ${limits.entityScenarioKeys} exceeded, found ${keys.size}: each is an upstream read of its own. Split the batch.`,
      { name: "entityScenarioKeys", measured: keys.size, max: limits.entityScenarioKeys },
    );
  }
}

function checkCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Variables,
  limits: RequestLimits,
): void {
  const estimated = estimateCost(schema, document, operation, variables, {
    defaultListSize: DEFAULT_LIST_SIZE,
  });
  if (estimated <= limits.cost) return;
  throw refusal(
    "COST_ESTIMATED_TOO_EXPENSIVE",
    `Cost limit of ${limits.cost} exceeded, estimated ${estimated}. Ask for fewer items (a smaller limit) or fewer fields.`,
    { name: "cost", measured: estimated, max: limits.cost },
    // Apollo Router's and Hive Gateway's shape for the same refusal.
    { cost: { estimated, max: limits.cost } },
  );
}
