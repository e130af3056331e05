import type { Server } from "node:http";
import {
  GraphQLError,
  parse,
  validate,
  type DocumentNode,
  type GraphQLFormattedError,
  type GraphQLSchema,
} from "graphql";
import { CloseCode } from "graphql-ws";
import { useServer } from "graphql-ws/use/ws";
import { WebSocketServer } from "ws";
import type { Principal } from "../domain/principal.js";
import type { GatewayContext } from "../graphql/context.js";
import { AuthenticationError } from "./auth/AuthenticationError.js";
import type { AuthRequest } from "./auth/authenticator.js";

export interface SubscriptionServerOptions {
  httpServer: Server;
  path: string;
  schema: GraphQLSchema;
  /** The same verifier as over HTTP; throws AuthenticationError. */
  authenticate(request: AuthRequest): Promise<Principal>;
  context: (principal: Principal) => GatewayContext;
  formatError: (formatted: GraphQLFormattedError, raw: unknown) => GraphQLFormattedError;
  /** Largest message a client may send; subscribe messages are small. */
  maxPayloadBytes: number;
  /** The parser token cap of the HTTP path, so a nesting bomb fails here too. */
  maxTokens: number;
}

/** Subscriptions one socket may hold at once; each one holds a feed listener. */
const MAX_SUBSCRIPTIONS_PER_SOCKET = 20;

/** Longest wait setTimeout takes; a token valid for longer is checked again then. */
const MAX_TIMER_MS = 2 ** 31 - 1;

/** What the socket learned at `connection_init`. */
type SocketAuth = {
  principal?: Principal;
  expiry?: NodeJS.Timeout;
};

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
  const server = useServer<Record<string, unknown> | undefined, SocketAuth>(
    {
      schema: options.schema,
      // Authenticated once per socket, at connection_init, with the same verifier as over HTTP;
      // the credential travels in connectionParams (browsers cannot set headers on a websocket),
      // the router's secret in the upgrade request's headers.
      onConnect: async (ctx) => {
        const { socket, request } = ctx.extra;
        let principal: Principal;
        try {
          principal = await options.authenticate({
            headers: { ...request.headers, ...headersOf(ctx.connectionParams) },
          });
        } catch (error) {
          const reason = error instanceof AuthenticationError ? error.message : "Unauthorized";
          socket.close(CloseCode.Unauthorized, closeReason(reason));
          return false;
        }
        ctx.extra.principal = principal;
        if (principal.expiresAt) {
          const left = principal.expiresAt.getTime() - Date.now();
          ctx.extra.expiry = setTimeout(
            () => socket.close(CloseCode.Unauthorized, "Token expired"),
            Math.min(Math.max(left, 0), MAX_TIMER_MS),
          );
          ctx.extra.expiry.unref();
        }
        return true;
      },
      onClose: (ctx) => clearTimeout(ctx.extra.expiry),
      context: (ctx) => options.context(ctx.extra.principal!),
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

/**
 * Credentials a client put in connectionParams, as the headers they stand for: either flat
 * (`{ "authorization": "Bearer …" }`, as Apollo Sandbox sends them) or under `headers`.
 */
function headersOf(params: Record<string, unknown> | undefined): Record<string, string> {
  if (!params) return {};
  const nested = params.headers;
  const source =
    typeof nested === "object" && nested !== null ? (nested as Record<string, unknown>) : params;
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(source)) {
    const lower = name.toLowerCase();
    if (typeof value === "string" && CREDENTIAL_HEADERS.has(lower)) headers[lower] = value;
  }
  return headers;
}

const CREDENTIAL_HEADERS = new Set(["authorization", "x-api-key", "router-authorization"]);

/** A close reason is at most 123 bytes. */
function closeReason(text: string): string {
  return Buffer.byteLength(text) <= 123 ? text : `${text.slice(0, 100)}…`;
}
