import { DEFAULT_TENANT, type Principal } from "../../domain/principal.js";
import { createApiKeyCheck } from "./apiKeys.js";
import { AuthenticationError } from "./AuthenticationError.js";
import type { AuthSettings } from "./authSettings.js";
import { presentedCredential, type RequestHeaders } from "./credentials.js";
import { FORWARDED_CLAIMS_EXTENSION, forwardedIdentity } from "./forwardedIdentity.js";
import { anonymousPrincipal } from "./principal.js";
import { createRouterSecretCheck } from "./routerSecret.js";

/** One HTTP request, websocket connection or operation: its headers and GraphQL `extensions`. */
export interface AuthRequest {
  headers: RequestHeaders;
  extensions?: Record<string, unknown>;
}

export interface Authenticator {
  /** The principal of one request, or an AuthenticationError naming the check that failed. */
  authenticate(request: AuthRequest): Promise<Principal>;
  /** True when no caller authentication is configured: everyone is `anonymous` with every scope. */
  readonly open: boolean;
  /** Whether ROUTER_SECRET is set, so `_service` and `_entities` are kept for the router. */
  readonly routerSecretSet: boolean;
  /** Whether ROUTER_SECRET is set and these headers carry it. */
  fromRouter(headers: RequestHeaders): boolean;
}

/**
 * The authenticator for these settings. The order of the checks is the policy:
 *
 * 1. With ROUTER_SECRET, a request without it is refused, unless AUTH_ALLOW_DIRECT lets other
 *    callers in with their own credential (Apollo: only the router should reach a subgraph).
 * 2. Identity forwarded in `extensions.jwt` is trusted only from the router, and its claims are
 *    still checked for time, issuer and audience.
 * 3. A Bearer token or API key is verified, whoever sends it; a failure is a refusal, never a
 *    fallback to a weaker identity.
 * 4. A router request with no identity we can check is the router itself, with
 *    ROUTER_DEFAULT_SCOPES; a credential we are not configured to check is ignored there,
 *    because routers often pass on the client's Authorization header meant for themselves.
 */
export async function createAuthenticator(settings: AuthSettings): Promise<Authenticator> {
  const { tokens, signingKeys, apiKeys, router } = settings;
  if (signingKeys && !tokens) throw new Error("Signing keys need token rules (issuer, audience).");
  const open = !signingKeys && !apiKeys && !router;
  // jose (some 46 modules) loads only where tokens or claims are checked: a gateway behind a
  // router's shared secret, or taking API keys only, starts without it.
  const claimChecks = tokens ? await import("./forwardedClaims.js") : undefined;
  const jwt =
    signingKeys && tokens
      ? (await import("./jwtVerifier.js")).createJwtVerifier(signingKeys, tokens)
      : undefined;
  const apiKey = apiKeys ? createApiKeyCheck(apiKeys) : undefined;
  const fromRouter = router ? createRouterSecretCheck(router.secret) : () => false;
  const routerScopes: ReadonlySet<string> = new Set(router?.defaultScopes);
  const accepted = [
    jwt && "Authorization: Bearer <JWT>",
    apiKey && "Authorization: ApiKey <key> or X-Api-Key",
  ]
    .filter(Boolean)
    .join(", or ");

  return {
    open,
    routerSecretSet: router !== undefined,
    fromRouter,
    async authenticate({ headers, extensions }) {
      if (open) return anonymousPrincipal();
      const viaRouter = fromRouter(headers);
      if (router && !viaRouter && !router.allowDirect) {
        throw new AuthenticationError(
          "ROUTER_SECRET_REQUIRED",
          "This subgraph answers the router only: Router-Authorization is missing or wrong.",
        );
      }

      const forwarded = forwardedIdentity(extensions);
      if (forwarded) {
        if (!viaRouter) {
          throw new AuthenticationError(
            "FORWARDED_CLAIMS_REFUSED",
            `extensions.${FORWARDED_CLAIMS_EXTENSION} is accepted from the router only (Router-Authorization).`,
          );
        }
        if (forwarded.kind === "token") {
          if (!jwt) {
            throw new AuthenticationError(
              "FORWARDED_CLAIMS_REFUSED",
              "A forwarded token cannot be checked: no signing keys are configured.",
            );
          }
          return jwt.verify(forwarded.token);
        }
        if (!tokens || !claimChecks) {
          throw new AuthenticationError(
            "FORWARDED_CLAIMS_REFUSED",
            "Forwarded claims cannot be checked: AUTH_ISSUER and AUTH_AUDIENCE are not set.",
          );
        }
        return claimChecks.principalFromForwardedClaims(forwarded.claims, tokens);
      }

      const credential = presentedCredential(headers);
      if (credential?.kind === "bearer" && jwt) return jwt.verify(credential.token);
      if (credential?.kind === "apiKey" && apiKey) return apiKey(credential.key);
      if (viaRouter) {
        return {
          subject: "router",
          tenant: DEFAULT_TENANT,
          scopes: routerScopes,
          method: "router",
        };
      }
      if (credential) {
        throw new AuthenticationError(
          "UNSUPPORTED_CREDENTIALS",
          `This credential is not accepted here; send ${accepted}.`,
        );
      }
      throw new AuthenticationError(
        "MISSING_CREDENTIALS",
        `Authentication required: send ${accepted}.`,
      );
    },
  };
}
