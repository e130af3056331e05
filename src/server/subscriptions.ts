import type { Server } from "node:http";
import {
  GraphQLError,
  parse,
  validate,
  type DocumentNode,
  type GraphQLFormattedError,
  type GraphQLSchema,
} from "graphql";
import { useServer } from "graphql-ws/use/ws";
import { WebSocketServer } from "ws";
import type { GatewayContext } from "../graphql/context.js";

export interface SubscriptionServerOptions {
  httpServer: Server;
  path: string;
  schema: GraphQLSchema;
  context: () => GatewayContext;
  formatError: (formatted: GraphQLFormattedError, raw: unknown) => GraphQLFormattedError;
  /** Largest message a client may send; subscribe messages are small. */
  maxPayloadBytes: number;
  /** The parser token cap of the HTTP path, so a nesting bomb fails here too. */
  maxTokens: number;
}

/** Subscriptions one socket may hold at once; each one holds a feed listener. */
const MAX_SUBSCRIPTIONS_PER_SOCKET = 20;

/**
 * graphql-ws (what Apollo Router and Apollo Sandbox speak) on the GraphQL path of the same HTTP
 * server. Errors leave through the same formatter as over HTTP, so nothing internal leaks.
 */
export function serveSubscriptions(options: SubscriptionServerOptions): { close(): Promise<void> } {
  const wss = new WebSocketServer({
    server: options.httpServer,
    path: options.path,
    maxPayload: options.maxPayloadBytes,
  });
  const format = (errors: readonly { toJSON(): GraphQLFormattedError }[]) =>
    errors.map((error) => options.formatError(error.toJSON(), error));
  const server = useServer(
    {
      schema: options.schema,
      context: () => options.context(),
      // Parsed and validated here rather than by graphql-ws, which would parse without a cap.
      onSubscribe: (ctx, _id, payload) => {
        // Includes this subscription, which graphql-ws registers before asking.
        if (Object.keys(ctx.subscriptions).length > MAX_SUBSCRIPTIONS_PER_SOCKET) {
          return [
            new GraphQLError(
              `At most ${MAX_SUBSCRIPTIONS_PER_SOCKET} subscriptions per connection.`,
              { extensions: { code: "BAD_REQUEST" } },
            ),
          ];
        }
        let document: DocumentNode;
        try {
          document = parse(payload.query, { maxTokens: options.maxTokens });
        } catch (error) {
          return [
            new GraphQLError(error instanceof GraphQLError ? error.message : "Syntax error.", {
              extensions: { code: "GRAPHQL_PARSE_FAILED" },
            }),
          ];
        }
        const invalid = validate(options.schema, document);
        if (invalid.length) {
          return invalid.map(
            (error) =>
              new GraphQLError(error.message, {
                nodes: error.nodes,
                extensions: { code: "GRAPHQL_VALIDATION_FAILED" },
              }),
          );
        }
        return {
          schema: options.schema,
          document,
          operationName: payload.operationName,
          variableValues: payload.variables,
        };
      },
      onError: (_ctx, _id, _payload, errors) => format(errors),
      onNext: (_ctx, _id, _payload, _args, result) =>
        result.errors ? { ...result, errors: format(result.errors) } : undefined,
    },
    wss,
  );
  // dispose closes every socket and the WebSocketServer too.
  return { close: async () => server.dispose() };
}
