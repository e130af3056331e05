import { existsSync } from "node:fs";
import path from "node:path";
import express, { Router, type Request, type Response } from "express";
import { AuthenticationError } from "./auth/AuthenticationError.js";
import type { Authenticator } from "./auth/authenticator.js";

export const PLAYGROUND_PATH = "/playground";

export interface PlaygroundOptions {
  /** The built page (`node web/build.mjs`): index.html, app.js, style.css. */
  dir: string;
  /** The embedded sandbox, whose admin routes the page may drive through this gateway. */
  sandbox?: { adminUrl: string; accounts: readonly string[] };
}

/**
 * The sandbox's admin routes the page needs, and only those: no reset, no stats, no account
 * list. The page is same-origin only, so the gateway relays these instead of the sandbox
 * answering CORS.
 */
const RELAYED: readonly { method: string; pattern: RegExp; perAccount?: boolean }[] = [
  { method: "GET", pattern: /^\/sandbox\/clock$/ },
  { method: "PUT", pattern: /^\/sandbox\/clock$/ },
  { method: "POST", pattern: /^\/sandbox\/clock\/advance$/ },
  { method: "GET", pattern: /^\/sandbox\/contacts$/ },
  { method: "PUT", pattern: /^\/sandbox\/contacts\/[0-9]{1,20}$/ },
  { method: "DELETE", pattern: /^\/sandbox\/contacts\/[0-9]{1,20}$/ },
  { method: "GET", pattern: /^\/sandbox\/devices$/, perAccount: true },
];

const RELAY_TIMEOUT_MS = 5_000;

/**
 * The failover playground at /playground: static files under a strict Content-Security-Policy,
 * so the page can reach nothing but this origin (its GraphQL endpoint, over HTTP and websocket).
 */
export function playground(options: PlaygroundOptions, authenticator: Authenticator): Router {
  const router = Router();
  router.use(PLAYGROUND_PATH, (req, res, next) => {
    res.setHeader("Content-Security-Policy", contentSecurityPolicy(req));
    res.setHeader("X-Content-Type-Options", "nosniff");
    res.setHeader("Referrer-Policy", "no-referrer");
    res.setHeader("Cache-Control", "no-cache");
    next();
  });
  const { sandbox } = options;
  router.use(
    `${PLAYGROUND_PATH}/sandbox`,
    express.json({ limit: "16kb" }),
    async (req: Request, res: Response) => {
      const route = `/sandbox${req.path}`;
      const relayed = RELAYED.find((r) => r.method === req.method && r.pattern.test(route));
      if (!sandbox || !relayed) {
        res.status(404).json({ error: "NOT_FOUND" });
        return;
      }
      let tenant: string;
      try {
        tenant = (await authenticator.authenticate({ headers: req.headers })).tenant;
      } catch (error) {
        if (!(error instanceof AuthenticationError)) throw error;
        res.status(error.status).json({ error: error.reason });
        return;
      }
      // The sandbox's world (clock, contacts) is shared; devices are the tenant's own account's.
      if (!sandbox.accounts.includes(tenant)) {
        res.status(404).json({ error: "NOT_FOUND" });
        return;
      }
      const target = new URL(route, sandbox.adminUrl);
      if (relayed.perAccount) target.searchParams.set("account", tenant);
      const answer = await fetch(target, {
        method: req.method,
        headers: { "content-type": "application/json" },
        body:
          req.method === "GET" || req.method === "DELETE" ? undefined : JSON.stringify(req.body),
        signal: AbortSignal.timeout(RELAY_TIMEOUT_MS),
      }).catch(() => undefined);
      if (!answer) {
        res.status(502).json({ error: "SANDBOX_UNAVAILABLE" });
        return;
      }
      res.status(answer.status);
      if (answer.status === 204) res.end();
      else res.type("application/json").send(await answer.text());
    },
  );
  if (existsSync(path.join(options.dir, "index.html"))) {
    router.use(PLAYGROUND_PATH, express.static(options.dir, { index: "index.html" }));
  } else {
    // `npm run build` builds the page; a bare tsc build has none to serve.
    router.get(PLAYGROUND_PATH, (_req, res) => {
      res
        .status(404)
        .type("text/plain")
        .send("The playground is not built: run node web/build.mjs.");
    });
  }
  return router;
}

/**
 * Only this origin, and its websocket: `'self'` covers ws: and wss: in CSP level 3 browsers, the
 * explicit host for older ones. A Host header that is not a plain host[:port] gets `'self'` only.
 */
function contentSecurityPolicy(req: Request): string {
  const host = req.headers.host;
  const sockets =
    host && /^[A-Za-z0-9.-]+(:[0-9]{1,5})?$|^\[[0-9A-Fa-f:.]+\](:[0-9]{1,5})?$/.test(host)
      ? ` ws://${host} wss://${host}`
      : "";
  return [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self'",
    `connect-src 'self'${sockets}`,
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join("; ");
}
