import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import express, { type ErrorRequestHandler } from "express";
import { accountsOf, AccountRegistry, type SandboxAccount } from "./accounts.js";
import { gate } from "./auth.js";
import { SandboxClock } from "./clock.js";
import { ContactStore } from "./contacts.js";
import type { SandboxCredentials } from "./credentials.js";
import { ApiError, generalError, notFound, badRequest } from "./errors.js";
import { adminRoutes } from "./routes/admin.js";
import { omniRoutes } from "./routes/omni.js";
import { smsRoutes } from "./routes/sms.js";
import { pushRoutes } from "./routes/push.js";
import { deviceRoutes } from "./push/deviceRoutes.js";
import { DEFAULT_SEED, type SandboxSeed } from "./seed.js";
import { RequestStats } from "./stats.js";

export interface SandboxOptions {
  /** 0 (the default) picks a free port. */
  port?: number;
  host?: string;
  /** Each with its own credentials and state; the admin routes default to the first. */
  accounts?: SandboxAccount[];
  /** Shorthand for one account with id "default". Give exactly one of accounts and credentials. */
  credentials?: SandboxCredentials;
  /** Sandbox ms per real ms, default 1; 0 freezes the clock so only advances move it. */
  clockSpeed?: number;
  startAt?: Date;
  /**
   * The seed of every account that brings none. Contacts are the world's: this seed's, then
   * those of the accounts' own seeds (a phone listed twice keeps the later entry).
   */
  seed?: SandboxSeed;
  logger?: (line: string) => void;
}

export interface RunningSandbox {
  /** Base URL without a trailing slash, e.g. http://127.0.0.1:34567. */
  url: string;
  close(): Promise<void>;
}

interface BodyParserError {
  type?: string;
  status?: number;
}

/** Throws on a bad configuration (see accounts.ts) before it listens. */
export async function startSandbox(options: SandboxOptions): Promise<RunningSandbox> {
  const log = options.logger ?? (() => {});
  const accountOptions = accountsOf(options);
  const seed = options.seed ?? DEFAULT_SEED;
  const clock = new SandboxClock(options.startAt?.getTime() ?? Date.now(), options.clockSpeed ?? 1);
  const contacts = new ContactStore([
    ...(seed.contacts ?? []),
    ...accountOptions.flatMap((account) => account.seed?.contacts ?? []),
  ]);
  const accounts = new AccountRegistry(accountOptions, { seed, clock, contacts, log });
  const stats = new RequestStats(accounts.list().map((account) => account.id));
  const api = { clock, stats, gate: gate({ accounts, stats }) };

  const app = express();
  app.disable("x-powered-by");
  app.set("etag", false);
  app.use(omniRoutes(api));
  app.use(smsRoutes(api));
  app.use(pushRoutes(api));
  app.use(adminRoutes({ accounts, contacts, clock, stats }));
  app.use(deviceRoutes(accounts));
  app.use(() => {
    throw notFound();
  });
  const onError: ErrorRequestHandler = (error: unknown, req, res, _next) => {
    const parserError = error as BodyParserError;
    const apiError =
      error instanceof ApiError
        ? error
        : parserError.type === "entity.parse.failed"
          ? badRequest({ body: ["malformed JSON"] })
          : parserError.type === "entity.too.large"
            ? new ApiError(413, "BAD_REQUEST", "Request entity too large")
            : generalError();
    if (apiError.status >= 500)
      log(`sandbox ${req.method} ${req.originalUrl} failed: ${String(error)}`);
    res.status(apiError.status).set(apiError.headers).json(apiError.toBody());
  };
  app.use(onError);

  const host = options.host ?? "127.0.0.1";
  // A logs query for 1000 message ids is a ~40 KB URL; Node's default 16 KB header limit would
  // answer 431 where Infobip's documented 1000-id batch should work.
  const server = createServer({ maxHeaderSize: 64 * 1024 }, app).listen(options.port ?? 0, host);
  await new Promise<void>((resolve, reject) => {
    server.once("listening", resolve);
    server.once("error", reject);
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://${host.includes(":") ? `[${host}]` : host}:${port}`;
  log(`OMNI sandbox listening on ${url}`);

  return {
    url,
    close: async () => {
      clock.stop();
      for (const account of accounts.list()) account.state.notifier.stop();
      server.closeAllConnections();
      await new Promise<void>((resolve, reject) =>
        server.close((error) => (error ? reject(error) : resolve())),
      );
    },
  };
}
