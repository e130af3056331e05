import type { Server } from "node:http";
import {
  getOperationAST,
  GraphQLError,
  parse,
  specifiedRules,
  validate,
  type DocumentNode,
  type GraphQLFormattedError,
  type GraphQLSchema,
  type ValidationRule,
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
  /** The HTTP path's shape limits (depth, aliases, directives), so the socket is no way round. */
  validationRules: readonly ValidationRule[];
}

/** Subscriptions one socket may hold at once; each one holds a feed listener. */
const MAX_SUBSCRIPTIONS_PER_SOCKET = 20;

/** Longest wait setTimeout takes (24.8 days); a token valid for longer is closed then. */
const MAX_TIMER_MS = 2 ** 31 - 1;

/** RFC 6455 "Try Again Later": the gateway could not check the credential, the caller is fine. */
const TRY_AGAIN_LATER = 1013;

/** What the socket learned at `connection_init`. */
type SocketAuth = {
  principal?: Principal;
  expiry?: NodeJS.Timeout;
  closed?: boolean;
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
      // the credential travels in connectionParams (browsers cannot set headers on a websocket)
      // or in the upgrade request's headers (routers).
      onConnect: async (ctx) => {
        const { socket, request } = ctx.extra;
        let principal: Principal;
        try {
          principal = await options.authenticate({
            headers: { ...request.headers, ...headersOf(ctx.connectionParams) },
          });
          // An unknown tenant is refused here, not at its first subscribe.
          options.context(principal);
        } catch (error) {
          if (error instanceof AuthenticationError) {
            const code = error.status === 503 ? TRY_AGAIN_LATER : CloseCode.Unauthorized;
            socket.close(code, closeReason(error.message));
          } else {
            socket.close(CloseCode.Forbidden, "The caller's tenant is not configured.");
          }
          return false;
        }
        // The socket may have gone while the credential was checked (a JWKS fetch takes time):
        // no timer for it then, or it would hold the socket until the token expires.
        if (ctx.extra.closed) return false;
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
      onClose: (ctx) => {
        ctx.extra.closed = true;
        clearTimeout(ctx.extra.expiry);
      },
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
        // Queries and mutations go over HTTP, through every plugin and limit there; the socket
        // is for subscriptions, as Apollo Router uses it.
        if (getOperationAST(document, payload.operationName)?.operation !== "subscription") {
          return [
            new GraphQLError("Only subscriptions are served over the websocket; use HTTP.", {
              extensions: { code: "BAD_REQUEST" },
            }),
          ];
        }
        const invalid = validate(options.schema, document, [
          ...specifiedRules,
          ...options.validationRules,
        ]);
        if (invalid.length) {
          return invalid.map(
            (error) =>
              new GraphQLError(error.message, {
                nodes: error.nodes,
                extensions: { ...error.extensions, code: "GRAPHQL_VALIDATION_FAILED" },
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
