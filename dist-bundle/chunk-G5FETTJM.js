import {
  __name
} from "./chunk-SHUYVCID.js";

// dist/omni/routes.js
var OMNI_ROUTES = [
  "/omni/1/scenarios",
  "/omni/1/scenarios/{key}",
  "/omni/1/advanced",
  "/omni/1/text",
  "/omni/1/reports",
  "/omni/1/logs",
  "/push/3/messages",
  "/push/1/statistics",
  "/push/1/reports"
];
var OTHER_ROUTE = "other";
var matchers = OMNI_ROUTES.map((route) => ({
  route,
  // A suffix match: the upstream base URL may carry a path prefix of its own.
  pattern: new RegExp(`${route.replace(/\{[^}]+\}/g, "[^/]+")}$`)
}));
function routeTemplateOf(path) {
  const query = path.indexOf("?");
  const bare = query === -1 ? path : path.slice(0, query);
  for (const { route, pattern } of matchers)
    if (pattern.test(bare))
      return route;
  return OTHER_ROUTE;
}
__name(routeTemplateOf, "routeTemplateOf");

export {
  OTHER_ROUTE,
  routeTemplateOf
};
