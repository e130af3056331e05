/**
 * The OMNI endpoints the client calls, as route templates: what a span or a metric names an
 * upstream call by. A raw path would carry scenario keys and bulk ids (unbounded label values) and
 * a query string; a template carries neither.
 */
export const OMNI_ROUTES = [
  "/omni/1/scenarios",
  "/omni/1/scenarios/{key}",
  "/omni/1/advanced",
  "/omni/1/text",
  "/omni/1/reports",
  "/omni/1/logs",
  "/push/3/messages",
  "/push/1/statistics",
  "/push/1/reports",
] as const;

export type OmniRoute = (typeof OMNI_ROUTES)[number];

/** What an unknown path is named by, so a stray call can never mint a new label value. */
export const OTHER_ROUTE = "other";

const matchers = OMNI_ROUTES.map((route) => ({
  route,
  // A suffix match: the upstream base URL may carry a path prefix of its own.
  pattern: new RegExp(`${route.replace(/\{[^}]+\}/g, "[^/]+")}$`),
}));

/** The template of an upstream request path (query string ignored), or `other`. */
export function routeTemplateOf(path: string): OmniRoute | typeof OTHER_ROUTE {
  const query = path.indexOf("?");
  const bare = query === -1 ? path : path.slice(0, query);
  for (const { route, pattern } of matchers) if (pattern.test(bare)) return route;
  return OTHER_ROUTE;
}
