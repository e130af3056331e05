import { readFileSync } from "node:fs";
import { useGenericAuth } from "@envelop/generic-auth";
import {
  createInlineSigningKeyProvider,
  createRemoteJwksSigningKeyProvider,
  defineConfig,
  extractFromHeader,
  Logger,
  type ExtractTokenFunction,
  type GatewayPlugin,
  type WSTransportOptions,
} from "@graphql-hive/gateway";

/**
 * Hive Gateway in front of omni (several replicas behind one URL) and the sample crm subgraph.
 * Run by `npm run supergraph` (deploy/kit.mjs) as
 *   hive-gateway supergraph <supergraph.graphql> --config-path deploy/hive/gateway.config.ts
 * Every setting below is read from the environment, so one file serves the kit and a deployment:
 *   ROUTER_SECRET                      the omni replicas' ROUTER_SECRET (required)
 *   JWT_JWKS_URL | JWT_PUBLIC_KEY_FILE the IdP's JWKS, or a PEM public key (the kit's demo IdP)
 *   JWT_ISSUER, JWT_AUDIENCE           what omni's AUTH_ISSUER and AUTH_AUDIENCE say
 *   ROUTER_MAX_COST                    demand control's limit (default 25000, omni's LIMIT_COST)
 *   LOG_LEVEL                          info by default
 * Docs: https://the-guild.dev/graphql/hive/docs/api-reference/gateway-config
 */

/** The subgraph's name in the supergraph (deploy/compose.mjs). */
const OMNI = "omni";

const env = (name: string): string => {
  const value = process.env[name];
  if (!value) throw new Error(`gateway.config.ts: set ${name}`);
  return value;
};

// Touched here so a missing secret stops the gateway at start, not at the first request.
env("ROUTER_SECRET");

/**
 * Browsers cannot set headers on a websocket: clients put `{ "authorization": "Bearer …" }` in
 * graphql-ws connectionParams, as they do against omni directly (README, "Who may do what").
 */
const fromConnectionParams: ExtractTokenFunction = ({ serverContext }) => {
  const params = (serverContext as { connectionParams?: Record<string, unknown> }).connectionParams;
  const value = params?.authorization;
  if (typeof value !== "string" || !value.startsWith("Bearer ")) return undefined;
  return { token: value.slice("Bearer ".length), prefix: "Bearer" };
};

export const gatewayConfig = defineConfig({
  // Debug logs print subgraph request headers and websocket connectionParams: the router secret
  // and tokens are masked there, so no log level can leak them.
  logging: new Logger({
    level: (process.env.LOG_LEVEL as "info" | undefined) ?? "info",
    redact: {
      paths: [
        'headers["router-authorization"]',
        "headers.authorization",
        'connectionParams["router-authorization"]',
        "connectionParams.authorization",
      ],
      censor: "[redacted]",
    },
  }),

  // Authentication at the edge. Hive verifies the token and forwards its claims to every
  // subgraph request in `extensions.jwt.payload`; omni trusts forwarded claims only together
  // with Router-Authorization, and still checks exp, nbf, iss and aud itself.
  // https://the-guild.dev/graphql/hive/docs/gateway/authorization-authentication
  jwt: {
    signingKeyProviders: [
      process.env.JWT_JWKS_URL
        ? createRemoteJwksSigningKeyProvider({ jwksUri: process.env.JWT_JWKS_URL })
        : createInlineSigningKeyProvider(readFileSync(env("JWT_PUBLIC_KEY_FILE"), "utf8")),
    ],
    tokenLookupLocations: [
      extractFromHeader({ name: "authorization", prefix: "Bearer" }),
      fromConnectionParams,
    ],
    tokenVerification: {
      issuer: env("JWT_ISSUER"),
      audience: env("JWT_AUDIENCE"),
      // omni accepts these too (AUTH_ALGORITHMS); HS* would let anyone holding the key mint tokens.
      algorithms: ["RS256", "PS256", "ES256"],
    },
    reject: { missingToken: true, invalidToken: true },
    forward: { payload: true, token: false },
  },

  // The SDL's @authenticated and @requiresScopes, enforced before planning, from the token's
  // `scope` claim (space-separated). omni checks them again: the router is a first checkpoint.
  // A plugin rather than the `genericAuth` option: plugins run after the JWT plugin, so the
  // claims are in the context when the user is resolved, on a websocket too (the option's
  // plugin runs first, and over a websocket found no claims yet).
  plugins: () => [
    // Typed with the context fields it adds, which the plugin list's type cannot name.
    useGenericAuth({
      mode: "protect-granular",
      resolveUserFn: (context: { jwt?: { payload?: Record<string, unknown> } }) =>
        context.jwt?.payload ?? null,
    }) as GatewayPlugin,
  ],

  // Apollo's "only the router may reach a subgraph": the shared secret on every HTTP request
  // to omni, and to omni only (the crm sample has no use for it).
  propagateHeaders: {
    fromClientToSubgraphs: ({ subgraphName }) =>
      subgraphName === OMNI ? { "router-authorization": env("ROUTER_SECRET") } : undefined,
  },

  // omni serves subscriptions over graphql-ws on its GraphQL path, and authenticates a socket
  // once, at connection_init, from connectionParams: the caller's token (it carries no
  // `extensions.jwt` there) and the router secret. A socket per distinct token, which is what a
  // per-caller authentication needs.
  // https://the-guild.dev/graphql/hive/docs/gateway/subscriptions
  transportEntries: {
    [OMNI]: {
      options: {
        subscriptions: {
          kind: "ws",
          options: {
            connectionParams: {
              authorization: "Bearer {context.jwt.token.value}",
              "router-authorization": "{env.ROUTER_SECRET}",
            },
          } satisfies WSTransportOptions,
        },
      },
    },
  },

  // Demand control from the SDL's @cost and @listSize (the same weights omni estimates with),
  // refusing an operation before any subgraph is called. Lists without @listSize count 10, as
  // omni counts them.
  // https://the-guild.dev/graphql/hive/docs/gateway/other-features/security/demand-control
  demandControl: {
    maxCost: Number(process.env.ROUTER_MAX_COST ?? 25_000),
    listSize: 10,
    includeExtensionMetadata: false,
  },

  // A replica that dies mid-request (a deploy, a crash) fails the requests it held. Reads are
  // retried, and the load balancer sends the retry to a live replica; sends never are, because
  // one whose answer was lost may have reached OMNI (omni's idempotency keys are the client's
  // way to retry those).
  upstreamRetry: ({ executionRequest }) =>
    executionRequest.operationType === "query"
      ? { maxRetries: 2, retryDelay: 50, retryDelayFactor: 2 }
      : undefined,
});
