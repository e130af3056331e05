import { GraphQLError } from "graphql";
import type { AuthCheckerFn } from "type-graphql";
import type { Principal } from "../../domain/principal.js";
import type { Scope } from "../../domain/scopes.js";
import type { GatewayContext } from "../context.js";

/**
 * The subgraph's own enforcement of what the SDL declares with `@requiresScopes`: a router may
 * check first, but browsers, Studio and routers without the entitlement reach the subgraph
 * directly. `@Authorized(scope)` lists the scopes a field needs, all of them.
 */
export const authChecker: AuthCheckerFn<GatewayContext, Scope> = ({ context }, scopes) => {
  for (const scope of scopes) requireScope(context.principal, scope);
  return true;
};

/** For the places a decorator cannot reach: reference resolvers of entities. */
export function requireScope(principal: Principal, scope: Scope): void {
  if (principal.scopes.has(scope)) return;
  throw new GraphQLError(`This operation needs the scope ${scope}.`, {
    extensions: { code: "FORBIDDEN", scope },
  });
}
