import { performance } from "node:perf_hooks";
import type { ApolloServerPlugin, GraphQLResponse } from "@apollo/server";
import { getOperationAST, GraphQLError, type GraphQLFormattedError } from "graphql";
import type { GatewayContext } from "../../graphql/context.js";
import type { GatewayMetrics } from "./GatewayMetrics.js";

/** Codes are ours and Apollo's, upper snake case; anything else is not let mint a series. */
const ERROR_CODE = /^[A-Z][A-Z0-9_]{0,63}$/;

/**
 * Counts every GraphQL request over HTTP and times those that reach the request pipeline. The
 * ones refused before it (authentication failed in the context function, a malformed or CSRF
 * request) are counted with operation type `unknown`; they have no pipeline to time.
 */
export const graphqlMetrics = (metrics: GatewayMetrics): ApolloServerPlugin<GatewayContext> => ({
  async requestDidStart() {
    const started = performance.now();
    return {
      async willSendResponse({ operation, document, request, response }) {
        // A document that failed validation still says what it is.
        const type =
          operation?.operation ??
          (document && getOperationAST(document, request.operationName)?.operation);
        metrics.graphqlRequest(
          { operationType: type ?? "unknown", errorCode: codeOf(firstErrorOf(response)) },
          (performance.now() - started) / 1000,
        );
      },
    };
  },
  async contextCreationDidFail({ error }) {
    metrics.graphqlRequest({
      operationType: "unknown",
      errorCode: refusalCodeOf(error, "INTERNAL_SERVER_ERROR"),
    });
  },
  async invalidRequestWasReceived({ error }) {
    metrics.graphqlRequest({
      operationType: "unknown",
      errorCode: refusalCodeOf(error, "BAD_REQUEST"),
    });
  },
});

function firstErrorOf(response: GraphQLResponse): GraphQLFormattedError | undefined {
  const { body } = response;
  const errors = body.kind === "single" ? body.singleResult.errors : body.initialResult.errors;
  return errors?.[0];
}

/** Apollo answers a refusal without a code of its own with `fallback`. */
function refusalCodeOf(error: Error, fallback: string): string {
  return error instanceof GraphQLError && error.extensions.code !== undefined
    ? codeOf(error)
    : fallback;
}

function codeOf(error: Pick<GraphQLFormattedError, "extensions"> | undefined): string {
  if (!error) return "none";
  const code = error.extensions?.code;
  return typeof code === "string" && ERROR_CODE.test(code) ? code : "OTHER";
}
