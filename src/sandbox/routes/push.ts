import type { Router } from "express";
import { apiRouter } from "../apiRouter.js";
import type { Gate } from "../auth.js";
import type { SandboxClock } from "../clock.js";
import { Issues } from "../errors.js";
import { intParam, oneParam } from "../http.js";
import { parsePushRequest } from "../push/pushRequest.js";
import { pushStatistics } from "../push/pushStatistics.js";
import type { RequestStats } from "../stats.js";

/** The Mobile Push API (omni-api.md §7): send, per-bulk statistics, fetch-once reports. */
export function pushRoutes(deps: { clock: SandboxClock; stats: RequestStats; gate: Gate }): Router {
  const { clock } = deps;
  const { router, route } = apiRouter(deps);

  route("post", "/push/3/messages", (req, { state }) => {
    const { bulkId, messages } = state.pushEngine.send(parsePushRequest(req.body), clock.now());
    return {
      body: {
        bulkId,
        messages: messages.map((m) => ({
          messageId: m.messageId,
          status: m.status,
          destination: m.to,
        })),
      },
    };
  });

  route("get", "/push/1/statistics", (req, { state }) => {
    const bulkId = oneParam(req.query.bulkId);
    if (!bulkId) {
      const issues = new Issues();
      issues.add("bulkId", "must not be empty");
      issues.throwIfAny();
    }
    return { body: pushStatistics(state.pushMessages.ofBulk(bulkId!)) };
  });

  route("get", "/push/1/reports", (req, { state }) => {
    const issues = new Issues();
    const limit = intParam(req.query.limit, "limit", { min: 0, max: 1000, fallback: 50 }, issues);
    const bulkId = oneParam(req.query.bulkId);
    const messageId = oneParam(req.query.messageId);
    issues.throwIfAny();
    return {
      body: {
        results: state.pushReports.take({
          ...(bulkId !== undefined ? { bulkId } : {}),
          ...(messageId !== undefined ? { messageId } : {}),
          limit,
        }),
      },
    };
  });

  return router;
}
