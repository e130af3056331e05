import { Router } from "express";
import { z } from "zod";
import { isMsisdn } from "../../domain/address.js";
import type { AccountRegistry } from "../accounts.js";
import type { SandboxClock } from "../clock.js";
import { contactChannelsSchema, type ContactStore } from "../contacts.js";
import { notFound } from "../errors.js";
import { jsonBody, oneParam } from "../http.js";
import type { WebhookStats } from "../notifier.js";
import type { RequestStats } from "../stats.js";
import { validated } from "../validation.js";

const advanceSchema = z
  .object({
    ms: z.number().nonnegative(),
    seconds: z.number().nonnegative(),
    minutes: z.number().nonnegative(),
    hours: z.number().nonnegative(),
  })
  .partial()
  .refine(
    (b) => Object.values(b).some((v) => v !== undefined),
    "give ms, seconds, minutes or hours",
  );

const speedSchema = z.object({ speed: z.number().nonnegative() });
const contactBodySchema = z.object({ channels: contactChannelsSchema });
const contactParamsSchema = z.object({
  phoneNumber: z
    .string()
    .refine(isMsisdn, "must be an international number without +, 7 to 15 digits"),
});

/** A request without a body is one with an empty body. */
const parse = <S extends z.ZodType>(schema: S, body: unknown) => validated(schema, body ?? {});

/**
 * Sandbox controls under /sandbox/: no authentication, JSON in and out. Clock, contacts and stats
 * are the whole sandbox's; what belongs to an account takes `?account=<id>` (default the first),
 * and an unknown id is 404 on every route, so a typo never silently lands on the first account.
 */
export function adminRoutes(deps: {
  accounts: AccountRegistry;
  contacts: ContactStore;
  clock: SandboxClock;
  stats: RequestStats;
}): Router {
  const { accounts, contacts, clock, stats } = deps;
  const router = Router();
  router.use("/sandbox", jsonBody, (req, _res, next) => {
    accounts.select(req.query.account);
    next();
  });

  router.get("/sandbox/health", (_req, res) => {
    res.json({ status: "UP" });
  });

  router.get("/sandbox/clock", (_req, res) => {
    res.json({ now: new Date(clock.now()).toISOString(), speed: clock.speed });
  });

  router.put("/sandbox/clock", (req, res) => {
    clock.setSpeed(parse(speedSchema, req.body).speed);
    res.json({ now: new Date(clock.now()).toISOString(), speed: clock.speed });
  });

  router.post("/sandbox/clock/advance", (req, res) => {
    const b = parse(advanceSchema, req.body);
    const ms =
      (b.ms ?? 0) +
      (b.seconds ?? 0) * 1_000 +
      (b.minutes ?? 0) * 60_000 +
      (b.hours ?? 0) * 3_600_000;
    clock.advance(Math.round(ms));
    res.json({ now: new Date(clock.now()).toISOString() });
  });

  router.get("/sandbox/contacts", (_req, res) => {
    res.json({ contacts: contacts.list() });
  });

  router.get("/sandbox/contacts/:phoneNumber", (req, res) => {
    const contact = contacts.get(req.params.phoneNumber);
    if (!contact) throw notFound();
    res.json(contact);
  });

  router.put("/sandbox/contacts/:phoneNumber", (req, res) => {
    const { phoneNumber } = validated(contactParamsSchema, req.params);
    const { channels } = parse(contactBodySchema, req.body);
    res.json(contacts.put({ phoneNumber, channels }));
  });

  router.delete("/sandbox/contacts/:phoneNumber", (req, res) => {
    if (!contacts.delete(req.params.phoneNumber)) throw notFound();
    res.status(204).end();
  });

  router.get("/sandbox/accounts", (_req, res) => {
    res.json({ accounts: accounts.list().map((account) => account.summary) });
  });

  router.get("/sandbox/stats", (_req, res) => {
    res.json({
      requests: stats.snapshot(),
      byAccount: stats.byAccount(),
      webhooks: webhookTotals(accounts.list().map((a) => a.state.notifier.stats())),
    });
  });

  router.post("/sandbox/stats/reset", (_req, res) => {
    stats.reset();
    res.json({ requests: stats.snapshot(), byAccount: stats.byAccount() });
  });

  // Contacts are the world's: only a reset of everything takes them back to the seed.
  router.post("/sandbox/reset", (req, res) => {
    if (oneParam(req.query.account)) {
      accounts.select(req.query.account).reset();
    } else {
      contacts.reset();
      for (const account of accounts.list()) account.reset();
    }
    res.json({ status: "RESET" });
  });

  return router;
}

function webhookTotals(all: readonly WebhookStats[]): WebhookStats {
  return all.reduce(
    (sum, one) => ({
      delivered: sum.delivered + one.delivered,
      failed: sum.failed + one.failed,
      retrying: sum.retrying + one.retrying,
    }),
    { delivered: 0, failed: 0, retrying: 0 },
  );
}
