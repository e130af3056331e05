import type { Router } from "express";
import { z } from "zod";
import { apiRouter } from "../apiRouter.js";
import type { Gate } from "../auth.js";
import type { SandboxClock } from "../clock.js";
import { parsePushRequest } from "../push/pushRequest.js";
import { pushStatistics } from "../push/pushStatistics.js";
import { intParam, requiredParam, stringParam } from "../queryParams.js";
import type { RequestStats } from "../stats.js";
import { validated } from "../validation.js";

const statisticsQuery = z.object({ bulkId: requiredParam });

const reportsQuery = z.object({
  limit: intParam({ min: 0, max: 1000, fallback: 50 }),
  bulkId: stringParam,
  messageId: stringParam,
});

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
    const { bulkId } = validated(statisticsQuery, req.query);
    return { body: pushStatistics(state.pushMessages.ofBulk(bulkId)) };
  });

  route("get", "/push/1/reports", (req, { state }) => {
    const { limit, bulkId, messageId } = validated(reportsQuery, req.query);
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
