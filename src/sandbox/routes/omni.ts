import { randomUUID } from "node:crypto";
import type { Router } from "express";
import { isChannel, type Channel } from "../../domain/channel.js";
import { parseOmniDate } from "../../domain/omniDate.js";
import { STATUS, STATUS_GROUPS } from "../../domain/status.js";
import { apiRouter, type Reply } from "../apiRouter.js";
import type { Gate } from "../auth.js";
import type { SandboxClock } from "../clock.js";
import { Issues, notFound } from "../errors.js";
import { booleanParam, intParam, listParam, oneParam } from "../http.js";
import { queryLogs } from "../logs.js";
import { parseScenarioInput } from "../scenarios.js";
import { parseAdvancedRequest, parseTextRequest, type SendRequest } from "../sendRequest.js";
import type { SandboxState } from "../state.js";
import type { RequestStats } from "../stats.js";

const GENERAL_STATUSES = ["ACCEPTED", ...STATUS_GROUPS];

/** The OMNI REST API: same paths, bodies, status codes and error envelope as Infobip's. */
export function omniRoutes(deps: { clock: SandboxClock; stats: RequestStats; gate: Gate }): Router {
  const { clock } = deps;
  const { router, route, refuseUnknown } = apiRouter(deps);

  route("get", "/omni/1/scenarios", (req, { state }) => {
    const issues = new Issues();
    const isDefault = booleanParam(req.query.isDefault, "isDefault", issues);
    const limit = intParam(req.query.limit, "limit", { min: 0, fallback: 100 }, issues);
    const page = intParam(req.query.page, "page", { min: 0, fallback: 0 }, issues);
    issues.throwIfAny();
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
      const issues = new Issues();
      issues.add(
        "scenarioKey",
        request.scenarioKey !== undefined
          ? "scenario not found"
          : "no default scenario: pass scenarioKey or create a default scenario",
      );
      issues.throwIfAny();
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

  route("post", "/omni/1/advanced", (req, { state }) =>
    send(state, parseAdvancedRequest(req.body, clock.now())),
  );
  route("post", "/omni/1/text", (req, { state }) =>
    send(state, parseTextRequest(req.body, clock.now())),
  );

  route("get", "/omni/1/reports", (req, { state }) => {
    const issues = new Issues();
    const limit = intParam(req.query.limit, "limit", { min: 0, max: 1000, fallback: 50 }, issues);
    const channel = channelParam(req.query.channel, issues);
    const bulkId = oneParam(req.query.bulkId);
    const messageId = oneParam(req.query.messageId);
    issues.throwIfAny();
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
    const issues = new Issues();
    const q = req.query;
    const limit = intParam(q.limit, "limit", { min: 0, max: 1000, fallback: 50 }, issues);
    const channel = channelParam(q.channel, issues);
    const generalStatus = oneParam(q.generalStatus);
    if (generalStatus !== undefined && !GENERAL_STATUSES.includes(generalStatus)) {
      issues.add("generalStatus", `must be one of ${GENERAL_STATUSES.join(", ")}`);
    }
    const sentSince = dateParam(q.sentSince, "sentSince", issues);
    const sentUntil = dateParam(q.sentUntil, "sentUntil", issues);
    issues.throwIfAny();
    const optional = {
      from: oneParam(q.from),
      to: oneParam(q.to),
      mcc: oneParam(q.mcc),
      mnc: oneParam(q.mnc),
    };
    return {
      body: {
        results: queryLogs(state.messages, {
          ...Object.fromEntries(Object.entries(optional).filter(([, v]) => v !== undefined)),
          bulkIds: listParam(q.bulkId),
          messageIds: listParam(q.messageId),
          ...(generalStatus !== undefined ? { generalStatus } : {}),
          ...(channel !== undefined ? { channel } : {}),
          ...(sentSince !== undefined ? { sentSince } : {}),
          ...(sentUntil !== undefined ? { sentUntil } : {}),
          limit,
        }),
      },
    };
  });

  refuseUnknown("/omni");

  return router;
}

function channelParam(value: unknown, issues: Issues): Channel | undefined {
  const text = oneParam(value);
  if (text === undefined || text === "") return undefined;
  if (isChannel(text)) return text;
  issues.add("channel", "unknown channel");
  return undefined;
}

function dateParam(value: unknown, name: string, issues: Issues): number | undefined {
  const text = oneParam(value);
  if (text === undefined || text === "") return undefined;
  // An unencoded "+01:00" offset arrives as " 01:00" after query decoding.
  const ms = parseOmniDate(text.replace(/ (\d{2}:?\d{2})$/, "+$1")).getTime();
  if (Number.isNaN(ms)) issues.add(name, "must be a date-time like 2015-02-22T17:42:05.390+0100");
  return Number.isNaN(ms) ? undefined : ms;
}
