import { randomBytes } from "node:crypto";
import express, { type ErrorRequestHandler, type Router } from "express";
import { z } from "zod";
import type { ReportIntake } from "../../intake/ReportIntake.js";
import { reportSchema } from "../../intake/reportSchema.js";
import { constantTimeMatcher } from "../auth/constantTime.js";
import type { Logger } from "../logger.js";

export const WEBHOOK_PATH = "/webhooks/omni/reports";

/** Where one tenant's reports arrive; the implicit tenant also keeps the bare WEBHOOK_PATH. */
export function webhookPathOf(tenant: string, defaultTenant: string): string {
  return tenant === defaultTenant ? WEBHOOK_PATH : `${WEBHOOK_PATH}/${encodeURIComponent(tenant)}`;
}
/** OMNI's notifyUrl cannot carry headers, so the shared secret travels as this query parameter. */
export const SECRET_PARAMETER = "secret";

/** Infobip batches up to 100 reports a call; a few KB each. */
const BODY_LIMIT = "256kb";
const MAX_RESULTS = 1_000;
const bodySchema = z.object({ results: z.array(reportSchema).max(MAX_RESULTS) });

/** A tenant that takes report webhooks: its own secret, its own intake. */
export interface WebhookTenant {
  id: string;
  secret: string;
  intake: ReportIntake;
}

/** How one webhook call ended; `refused_secret` also stands for an unknown tenant. */
export type WebhookOutcome =
  | "accepted"
  | "refused_secret"
  | "unsupported_media_type"
  | "too_large"
  | "malformed"
  | "store_failed";

export interface ReportsWebhookOptions {
  tenants: readonly WebhookTenant[];
  /** Served at the bare WEBHOOK_PATH too, as before tenants existed. */
  defaultTenant: string;
  logger: Logger;
  /**
   * Told how each call ended (metrics), with the tenant when the path names a configured one:
   * never the path as given, which anyone can make up.
   */
  onOutcome?: (outcome: WebhookOutcome, tenant: string | undefined) => void;
}

/**
 * `POST /webhooks/omni/reports/{tenant}` (and the bare path for the implicit tenant): the reports
 * OMNI pushes to a send's `notifyUrl`. It answers 200 only once every report in the body is
 * committed, so OMNI retries anything not stored; a repeat stores nothing new. A report whose
 * content the database cannot hold (U+0000, a lone surrogate) is committed to the quarantine
 * instead, so one such report never makes OMNI deliver the whole batch forever. Requests without
 * the tenant's own secret are turned away before their body is read, and an unknown tenant looks
 * exactly like a wrong secret, so one tenant's secret never stores reports for another.
 */
export function reportsWebhook(options: ReportsWebhookOptions): Router {
  const byTenant = new Map(
    options.tenants.map((tenant) => [
      tenant.id,
      { ...tenant, isSecret: constantTimeMatcher(tenant.secret) },
    ]),
  );
  const refusesEverything = constantTimeMatcher(randomBytes(32).toString("hex"));
  const tell = (outcome: WebhookOutcome, tenant: string | undefined) =>
    options.onOutcome?.(outcome, tenant);
  // Body-parser refusals (too large, not JSON) are counted here, then answered by the app.
  const countRefusedBody: ErrorRequestHandler = (error, _req, res, next) => {
    tell(
      (error as { status?: unknown })?.status === 413 ? "too_large" : "malformed",
      res.locals.tenant,
    );
    next(error);
  };
  const router = express.Router();
  router.post(
    [WEBHOOK_PATH, `${WEBHOOK_PATH}/:tenant`],
    (req, res, next) => {
      const tenant = byTenant.get(String(req.params.tenant ?? options.defaultTenant));
      const given = req.query[SECRET_PARAMETER];
      // Compared even for an unknown tenant, so timing does not tell which tenants exist.
      const isSecret = tenant?.isSecret ?? refusesEverything;
      if (typeof given !== "string" || !isSecret(given) || !tenant) {
        tell("refused_secret", tenant?.id);
        res.status(401).json({ error: "Unauthorized." });
        return;
      }
      res.locals.intake = tenant.intake;
      res.locals.tenant = tenant.id;
      if (!req.is("application/json")) {
        tell("unsupported_media_type", tenant.id);
        res.status(415).json({ error: "Reports must be application/json." });
        return;
      }
      next();
    },
    express.json({ limit: BODY_LIMIT }),
    async (req, res) => {
      // A malformed body is refused (400) rather than failing to store (503): OMNI would
      // deliver it again forever. Only the checked fields are stored.
      const body = bodySchema.safeParse(req.body);
      if (!body.success) {
        tell("malformed", res.locals.tenant);
        const [issue] = body.error.issues;
        res.status(400).json({
          error: `Expected {"results": [...]} with up to ${MAX_RESULTS} reports.`,
          ...(issue && { at: issue.path.join("."), problem: issue.message }),
        });
        return;
      }
      const { results } = body.data;
      try {
        // The body as it arrived: a quarantined report keeps the members the schema drops.
        const arrived = (req.body as { results: unknown[] }).results;
        const { stored, quarantined } = await (res.locals.intake as ReportIntake).accept(arrived);
        tell("accepted", res.locals.tenant);
        res.json({ received: results.length, stored: stored.length, quarantined });
      } catch (error) {
        options.logger.error(
          { err: error instanceof Error ? error.message : String(error) },
          "webhook reports could not be stored",
        );
        tell("store_failed", res.locals.tenant);
        // 5xx makes OMNI deliver again later, which is what an unstored report needs.
        res.status(503).json({ error: "Reports could not be stored; deliver them again." });
      }
    },
  );
  router.use(WEBHOOK_PATH, countRefusedBody);
  return router;
}
