import { OTHER_ROUTE, routeTemplateOf } from "../../omni/routes.js";

/**
 * The routes this process serves besides OMNI's (which the sandbox serves too): the gateway's
 * and the sandbox's admin routes. Listed here rather than imported from the modules that serve
 * them, because tracing starts before those (and express) may be loaded.
 */
const OWN_ROUTES = [
  "/graphql",
  "/health",
  "/ready",
  "/metrics",
  "/webhooks/omni/reports",
  "/webhooks/omni/reports/{tenant}",
  "/sms/1/preview",
  "/sandbox/health",
  "/sandbox/clock",
  "/sandbox/clock/advance",
  "/sandbox/contacts",
  "/sandbox/contacts/{phoneNumber}",
  "/sandbox/accounts",
  "/sandbox/stats",
  "/sandbox/stats/reset",
  "/sandbox/reset",
  "/sandbox/devices",
  "/sandbox/devices/{pushRegistrationId}",
] as const;

const matchers = OWN_ROUTES.map((route) => ({
  route,
  pattern: new RegExp(`^${route.replace(/\{[^}]+\}/g, "[^/]+")}$`),
}));

/**
 * The route template of a request path this process sends or serves (query string ignored), or
 * undefined for any other path: a span is then named by its method alone and records no path,
 * so an unknown path can never carry an id or a secret into a span.
 */
export function httpRouteOf(path: string): string | undefined {
  const upstream = routeTemplateOf(path);
  if (upstream !== OTHER_ROUTE) return upstream;
  const query = path.indexOf("?");
  const bare = query === -1 ? path : path.slice(0, query);
  return matchers.find(({ pattern }) => pattern.test(bare))?.route;
}
