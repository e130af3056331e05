import { describe, expect, it } from "vitest";
import { OMNI_ROUTES, OTHER_ROUTE, routeTemplateOf } from "../../src/omni/routes.js";

describe("the route template of an upstream path", () => {
  it("replaces ids by their placeholder and drops the query string", () => {
    expect(routeTemplateOf("/omni/1/scenarios/A3F8C2D1E0B94B7C")).toBe("/omni/1/scenarios/{key}");
    expect(routeTemplateOf("/omni/1/scenarios?isDefault=true&page=0")).toBe("/omni/1/scenarios");
    expect(routeTemplateOf("/omni/1/logs?messageId=a,b,c&limit=1000")).toBe("/omni/1/logs");
  });

  it("names every route it knows by itself", () => {
    for (const route of OMNI_ROUTES) {
      expect(routeTemplateOf(route.replace("{key}", "KEY-1"))).toBe(route);
    }
  });

  it("matches behind a base URL's own path prefix", () => {
    expect(routeTemplateOf("/infobip/omni/1/advanced")).toBe("/omni/1/advanced");
  });

  it("names anything else other, so a stray path never becomes a name of its own", () => {
    for (const path of [
      "/",
      "/omni/1/scenarios/KEY/steps",
      "/omni/2/advanced",
      "/sms/2/text/advanced?secret=x",
      "/omni/1/advanced/extra",
    ]) {
      expect(routeTemplateOf(path)).toBe(OTHER_ROUTE);
    }
  });
});
