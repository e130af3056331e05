import type { Server } from "node:http";
import type { GraphQLFormattedError, GraphQLSchema } from "graphql";
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
}

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
      onError: (_ctx, _id, _payload, errors) => format(errors),
      onNext: (_ctx, _id, _payload, _args, result) =>
        result.errors ? { ...result, errors: format(result.errors) } : undefined,
    },
    wss,
  );
  // dispose closes every socket and the WebSocketServer too.
  return { close: async () => server.dispose() };
}
