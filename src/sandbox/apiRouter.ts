import { Router, type Request } from "express";
import type { Account } from "./accounts.js";
import type { Gate } from "./auth.js";
import { notFound } from "./errors.js";
import { jsonBody } from "./http.js";
import { scopesOf } from "./scopes.js";
import type { RequestStats } from "./stats.js";

export interface Reply {
  status?: number;
  body: unknown;
}

export type ApiRoute = (
  method: "get" | "post" | "put",
  path: string,
  handle: (req: Request, account: Account) => Reply,
) => void;

/**
 * A router for the authenticated API routes (OMNI, Push, SMS): every route is counted under its
 * template (`GET /omni/1/scenarios/{scenarioKey}`), even when authentication then refuses it, so
 * tests and the benchmark see every call the gateway made. The handler gets the caller's account,
 * whose state it works on.
 */
export function apiRouter(deps: { stats: RequestStats; gate: Gate }): {
  router: Router;
  route: ApiRoute;
  /** Unknown paths under the prefix: counted and authenticated like the rest, then 404. */
  refuseUnknown: (prefix: string) => void;
} {
  const router = Router();
  const accounts = new WeakMap<Request, Account>();
  const route: ApiRoute = (method, path, handle) => {
    const template = `${method.toUpperCase()} ${path.replace(/:(\w+)/g, "{$1}")}`;
    const scopes = scopesOf(template);
    router[method](
      path,
      (req, _res, next) => {
        deps.stats.count(template);
        accounts.set(req, deps.gate(req, template, scopes));
        next();
      },
      jsonBody,
      (req, res) => {
        const reply = handle(req, accounts.get(req)!);
        res.status(reply.status ?? 200).json(reply.body);
      },
    );
  };
  const refuseUnknown = (prefix: string) => {
    router.use(prefix, (req) => {
      // One key for every unknown path: a stats entry per path a client made up would grow
      // without bound.
      const template = `${req.method} ${prefix}/{unknown}`;
      deps.stats.count(template);
      deps.gate(req, template);
      throw notFound();
    });
  };
  return { router, route, refuseUnknown };
}
