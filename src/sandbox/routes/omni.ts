import { randomUUID } from "node:crypto";
import type { Router } from "express";
import { z } from "zod";
import { STATUS, STATUS_GROUPS } from "../../domain/status.js";
import { apiRouter, type Reply } from "../apiRouter.js";
import type { Gate } from "../auth.js";
import type { SandboxClock } from "../clock.js";
import { badRequest, notFound } from "../errors.js";
import { queryLogs } from "../logs.js";
import {
  booleanParam,
  channelParam,
  dateParam,
  enumParam,
  intParam,
  listParam,
  stringParam,
} from "../queryParams.js";
import { RETENTION_MS } from "../retention.js";
import { parseScenarioInput } from "../scenarios.js";
import { sendRequestParsers, type SendRequest } from "../sendRequest.js";
import type { SandboxState } from "../state.js";
import type { RequestStats } from "../stats.js";
import { validated } from "../validation.js";

const scenariosQuery = z.object({
  isDefault: booleanParam,
  limit: intParam({ min: 0, fallback: 100 }),
  page: intParam({ min: 0, fallback: 0 }),
});

const reportsQuery = z.object({
  limit: intParam({ min: 0, max: 1000, fallback: 50 }),
  channel: channelParam,
  bulkId: stringParam,
  messageId: stringParam,
});

const logsQuery = z.object({
  limit: intParam({ min: 0, max: 1000, fallback: 50 }),
  channel: channelParam,
  generalStatus: enumParam(["ACCEPTED", ...STATUS_GROUPS] as const),
  sentSince: dateParam,
  sentUntil: dateParam,
  from: stringParam,
  to: stringParam,
  mcc: stringParam,
  mnc: stringParam,
  bulkId: listParam,
  messageId: listParam,
});

/** The OMNI REST API: same paths, bodies, status codes and error envelope as Infobip's. */
export function omniRoutes(deps: { clock: SandboxClock; stats: RequestStats; gate: Gate }): Router {
  const { clock } = deps;
  const { router, route, refuseUnknown } = apiRouter(deps);
  const parse = sendRequestParsers(() => clock.now());

  route("get", "/omni/1/scenarios", (req, { state }) => {
    const { isDefault, limit, page } = validated(scenariosQuery, req.query);
    return {
      body: {
        scenarios: state.scenarios.list({
          ...(isDefault !== undefined ? { isDefault } : {}),
          limit,
          page,
        }),
      },
    };
  });

  route("post", "/omni/1/scenarios", (req, { state }) => ({
    status: 201,
    body: state.scenarios.create(parseScenarioInput(req.body)),
  }));

  route("get", "/omni/1/scenarios/:scenarioKey", (req, { state }) => {
    const scenario = state.scenarios.get(String(req.params.scenarioKey));
    if (!scenario) throw notFound();
    return { body: scenario };
  });

  route("put", "/omni/1/scenarios/:scenarioKey", (req, { state }) => {
    const key = String(req.params.scenarioKey);
    if (!state.scenarios.get(key)) throw notFound();
    return { body: state.scenarios.replace(key, parseScenarioInput(req.body)) };
  });

  const send = (state: SandboxState, request: SendRequest): Reply => {
    const scenario =
      request.scenarioKey !== undefined
        ? state.scenarios.get(request.scenarioKey)
        : state.scenarios.getDefault();
    if (!scenario) {
      throw badRequest({
        scenarioKey: [
          request.scenarioKey !== undefined
            ? "scenario not found"
            : "no default scenario: pass scenarioKey or create a default scenario",
        ],
      });
    }
    const several = request.destinations.length > 1;
    const bulkId = request.bulkId ?? (several ? randomUUID() : undefined);
    const messages = state.engine.send(request, scenario!.flow, bulkId, clock.now());
    return {
      body: {
        ...(several ? { bulkId } : {}),
        messages: messages.map((m) => ({
          to: m.to,
          status: STATUS.PENDING_ENROUTE,
          messageId: m.messageId,
        })),
      },
    };
  };

  route("post", "/omni/1/advanced", (req, { state }) => send(state, parse.advanced(req.body)));
  route("post", "/omni/1/text", (req, { state }) => send(state, parse.text(req.body)));

  route("get", "/omni/1/reports", (req, { state }) => {
    const { limit, channel, bulkId, messageId } = validated(reportsQuery, req.query);
    state.forgetExpired(clock.now());
    return {
      body: {
        results: state.reports.take({
          ...(bulkId !== undefined ? { bulkId } : {}),
          ...(messageId !== undefined ? { messageId } : {}),
          ...(channel !== undefined ? { channel } : {}),
          limit,
        }),
      },
    };
  });

  route("get", "/omni/1/logs", (req, { state }) => {
    const { bulkId, messageId, ...filters } = validated(logsQuery, req.query);
    const now = clock.now();
    state.forgetExpired(now);
    return {
      body: {
        results: queryLogs(state.messages, {
          ...filters,
          bulkIds: bulkId,
          messageIds: messageId,
          keptSince: now - RETENTION_MS,
        }),
      },
    };
  });

  refuseUnknown("/omni");

  return router;
}
