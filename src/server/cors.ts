import cors, { type CorsOptions } from "cors";

/**
 * Which browser pages on other origins may call the GraphQL path (README, "CORS"). Without a
 * policy no CORS header is sent, so only same-origin pages (the embedded Apollo Sandbox) can read
 * answers.
 */
export interface CorsPolicy {
  /** Exact origins, as browsers send them in `Origin`; nothing else matches. */
  origins: readonly string[];
  /** Whether pages may send cookies and HTTP authentication along (`credentials: "include"`). */
  credentials: boolean;
}

export const CORS_METHODS = ["GET", "POST", "OPTIONS"] as const;

/**
 * What a GraphQL client in a browser sends beyond the CORS-safelisted headers (Accept included).
 * A preflight asking for anything else is not granted it, and the browser sends nothing.
 * Left out on purpose: `x-api-key` (API keys belong to servers, not pages),
 * `router-authorization` (the router's), and `apollo-query-plan-experimental` and
 * `apollo-federation-include-trace` (only gateways and routers act on them).
 */
export const CORS_ALLOWED_HEADERS = [
  // `application/json` is not a safelisted content type: every Apollo Client or Sandbox POST.
  "content-type",
  // Caller authentication from a page: `Bearer <JWT>`.
  "authorization",
  // The headers Apollo Server's CSRF prevention accepts on GET and multipart requests.
  "apollo-require-preflight",
  "x-apollo-operation-name",
  // Apollo Client's client awareness (its `name` and `version` options).
  "apollographql-client-name",
  "apollographql-client-version",
] as const;

/**
 * Saves a preflight per operation in an interactive session, while a removed header or origin
 * stops being honoured by cached preflights within minutes (browsers cap it at 2 h anyway).
 */
export const CORS_MAX_AGE_SECONDS = 600;

/**
 * The `cors` package's options for a policy. Origins are matched exactly against the list, and
 * every answer carries `Vary: Origin`, so no cache hands one origin's answer to another.
 */
export function corsOptions(policy: CorsPolicy): CorsOptions {
  return {
    origin: [...policy.origins],
    credentials: policy.credentials,
    methods: CORS_METHODS.join(", "),
    allowedHeaders: CORS_ALLOWED_HEADERS.join(", "),
    maxAge: CORS_MAX_AGE_SECONDS,
    // Preflights end here: Apollo Server would answer OPTIONS with 400.
    preflightContinue: false,
    optionsSuccessStatus: 204,
  };
}

/**
 * A connect-style handler for the policy; node:http's own request and response are enough, so it
 * serves plain HTTP servers as well as express.
 */
export function corsHandler(policy: CorsPolicy): ReturnType<typeof cors> {
  return cors(corsOptions(policy));
}

const WEB_SCHEME = /^https?:$/;
// Other schemes (capacitor://localhost, chrome-extension://<id>) are sent as written.
const OTHER_ORIGIN = /^[a-z][a-z0-9+.-]*:\/\/(\[[0-9a-f:.]+\]|[a-z0-9.-]+)(:[0-9]{1,5})?$/;

/**
 * Why an entry of CORS_ORIGINS would never equal a browser's `Origin`, or undefined when it can.
 * Patterns are refused rather than read: an allow-list is only as safe as its exact entries.
 */
export function originProblem(entry: string): string | undefined {
  const shape = `"${entry}" is not an origin (scheme://host[:port], no path, wildcard or pattern)`;
  if (entry.includes("*")) return shape;
  let url: URL | undefined;
  try {
    url = new URL(entry);
  } catch {
    return shape;
  }
  if (!WEB_SCHEME.test(url.protocol)) return OTHER_ORIGIN.test(entry) ? undefined : shape;
  if (url.origin === entry) return undefined;
  return `"${entry}" never matches: browsers send "${url.origin}"`;
}
