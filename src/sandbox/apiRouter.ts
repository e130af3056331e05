import { Router, type Request, type RequestHandler } from "express";
import { jsonBody } from "./http.js";
import type { RequestStats } from "./stats.js";

export interface Reply {
  status?: number;
  body: unknown;
}

export type ApiRoute = (
  method: "get" | "post" | "put",
  path: string,
  handle: (req: Request) => Reply,
) => void;

/**
 * A router for the authenticated API routes (OMNI, Push, SMS): every route is counted under its
 * template (`GET /omni/1/scenarios/{scenarioKey}`), even when authentication then refuses it, so
 * tests and the benchmark see every call the gateway made.
 */
export function apiRouter(deps: { stats: RequestStats; auth: RequestHandler }): {
  router: Router;
  route: ApiRoute;
} {
  const router = Router();
  const route: ApiRoute = (method, path, handle) => {
    const template = `${method.toUpperCase()} ${path.replace(/:(\w+)/g, "{$1}")}`;
    router[method](
      path,
      (_req, _res, next) => {
        deps.stats.count(template);
        next();
      },
      deps.auth,
      jsonBody,
      (req, res) => {
        const reply = handle(req);
        res.status(reply.status ?? 200).json(reply.body);
      },
    );
  };
  return { router, route };
}
