import type { ApolloServerPlugin } from "@apollo/server";
import { GraphQLError, Kind } from "graphql";
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
      async didResolveOperation({ operation, contextValue }) {
        if (!routerSecretSet || contextValue.viaRouter || !operation) return;
        const asked = operation.selectionSet.selections.some(
          (selection) => selection.kind === Kind.FIELD && ROUTER_FIELDS.has(selection.name.value),
        );
        if (!asked) return;
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
