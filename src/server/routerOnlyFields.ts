import type { ApolloServerPlugin } from "@apollo/server";
import {
  GraphQLError,
  Kind,
  type DocumentNode,
  type FragmentDefinitionNode,
  type SelectionSetNode,
} from "graphql";
import type { GatewayContext } from "../graphql/context.js";

/** The fields only a router needs: the whole SDL, and entity lookups by reference. */
const ROUTER_FIELDS = new Set(["_service", "_entities"]);

/**
 * With a router secret configured, `_service` and `_entities` answer only requests that carry it,
 * even when direct callers are let in with their own credentials (AUTH_ALLOW_DIRECT): Apollo's
 * advice is that these fields are for the router, and the SDL maps the whole graph.
 */
export const routerOnlyFields = (routerSecretSet: boolean): ApolloServerPlugin<GatewayContext> => ({
  async requestDidStart() {
    return {
      async didResolveOperation({ operation, document, contextValue }) {
        if (!routerSecretSet || contextValue.viaRouter || !operation) return;
        if (!asksFor(operation.selectionSet, fragmentsOf(document), new Set())) return;
        throw new GraphQLError("_service and _entities answer only the router.", {
          extensions: {
            code: "UNAUTHENTICATED",
            reason: "ROUTER_SECRET_REQUIRED",
            http: { status: 401 },
          },
        });
      },
    };
  },
});

function fragmentsOf(document: DocumentNode): Map<string, FragmentDefinitionNode> {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) {
      fragments.set(definition.name.value, definition);
    }
  }
  return fragments;
}

/** Root fields, looking through inline fragments and spreads, as execution would. */
function asksFor(
  selectionSet: SelectionSetNode,
  fragments: ReadonlyMap<string, FragmentDefinitionNode>,
  visited: Set<string>,
): boolean {
  return selectionSet.selections.some((selection) => {
    if (selection.kind === Kind.FIELD) return ROUTER_FIELDS.has(selection.name.value);
    if (selection.kind === Kind.INLINE_FRAGMENT) {
      return asksFor(selection.selectionSet, fragments, visited);
    }
    const name = selection.name.value;
    const fragment = fragments.get(name);
    if (!fragment || visited.has(name)) return false;
    visited.add(name);
    return asksFor(fragment.selectionSet, fragments, visited);
  });
}
