import { UpstreamBudgetExceeded } from "../../graphql/cost/UpstreamBudgetExceeded.js";
import { OmniClient } from "../../omni/OmniClient.js";
import { beneathScenarioCache } from "../../omni/scenarioCache.js";

/** Every method of the client is an upstream call, except these. */
const NOT_CALLS = new Set<PropertyKey>(["constructor", "close"]);
const METHODS = new Set<PropertyKey>(
  Object.getOwnPropertyNames(OmniClient.prototype).filter((name) => !NOT_CALLS.has(name)),
);

/**
 * The tenant's shared client as one request sees it: the first `max` calls go through, the
 * others fail with UpstreamBudgetExceeded without being made. It is made for each request in the
 * context factory, so loaders built on it count too; background work (report intake, its
 * drains, reconciliation) uses the shared client and has no such budget. It sits under the
 * tenant's scenario cache: a scenario the cache answers costs no call.
 */
export function withUpstreamBudget(client: OmniClient, max: number): OmniClient {
  return beneathScenarioCache(client, (upstream) => counting(upstream, max));
}

function counting(client: OmniClient, max: number): OmniClient {
  let calls = 0;
  return new Proxy(client, {
    get(target, property) {
      const value: unknown = Reflect.get(target, property, target);
      if (typeof value !== "function" || !METHODS.has(property)) return value;
      return (...args: unknown[]) => {
        calls += 1;
        if (calls > max) return Promise.reject(new UpstreamBudgetExceeded(max, calls));
        return (value as (...args: unknown[]) => unknown).apply(target, args);
      };
    },
  });
}
