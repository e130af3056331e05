import { Router } from "express";
import type { Database } from "../store/Database.js";
import { intakeHealth } from "../store/reports/intakeCounts.js";
import type { Tenants } from "./tenants/Tenants.js";

export interface ProbeSources {
  tenants: Tenants;
  db: Database;
  /** True once shutdown has begun. */
  draining: () => boolean;
}

/**
 * `/health` (liveness, with what an operator wants to see) and `/ready` (readiness). Upstream
 * health comes from each tenant's breaker, never from calling OMNI per probe.
 */
export function probes({ tenants, db, draining }: ProbeSources): Router {
  const router = Router();
  router.get("/health", async (_req, res) => {
    res.json({
      status: "ok",
      details: {
        upstream: Object.fromEntries(
          tenants.all().map((t) => [t.id, t.client.circuitOpen ? "circuit open" : "closed"]),
        ),
        // Per tenant: reports quarantined, messages reconciled from the logs.
        intake: await intakeHealth(
          db,
          tenants.all().map(({ id }) => id),
        ),
      },
    });
  });
  // Readiness is local state only: an Infobip outage is every replica's, and taking them all
  // out of the load balancer would turn typed errors into transport errors for every caller.
  router.get("/ready", async (_req, res) => {
    if (draining()) {
      res.status(503).json({ status: "draining" });
      return;
    }
    try {
      await db.query("SELECT 1");
      res.json({ status: "ready" });
    } catch {
      res.status(503).json({ status: "unavailable", database: "unreachable" });
    }
  });
  return router;
}
