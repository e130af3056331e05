import { performance } from "node:perf_hooks";
import { BrokenCircuitError } from "cockatiel";
import { Pool, errors as undiciErrors, type Dispatcher } from "undici";
import type { z } from "zod";
import { authorizationHeader, type OmniAuth } from "./auth.js";
import { decodeAnswer } from "./decodeAnswer.js";
import { decodeHttpError, OmniHttpError, OmniUnavailableError } from "./errors.js";
import { formatOmniDate } from "../domain/omniDate.js";
import { encodeJsonBody } from "./jsonBody.js";
import type { WirePushRequest } from "./pushWire.js";
import { createResiliencePolicies, type ResiliencePolicies } from "./resilience.js";
import { routeTemplateOf, type OmniRoute, type OTHER_ROUTE } from "./routes.js";
import type {
  LogsQuery,
  ReportsQuery,
  WireAdvancedRequest,
  WireScenarioRequest,
  WireTextRequest,
} from "./wire.js";
import { ANSWERS } from "./wireSchemas.js";

export interface OmniClientOptions {
  baseUrl: string;
  auth: OmniAuth;
  /**
   * Deadline for each phase of an upstream call: connecting (at most 5 s), the answer's headers,
   * each body chunk. Also the longest a read may take with its retries.
   */
  timeoutMs: number;
  connections: number;
  userAgent?: string;
  /**
   * The connection pool to the upstream's origin, shared by every client (tenant) of that origin;
   * the caller closes it. Without one, the client opens and closes its own.
   */
  pool?: Pool;
  /** Told of every attempt, and of every call the open breaker refused (metrics). */
  onCall?: (call: UpstreamCall) => void;
}

/** One upstream attempt as an observer sees it: nothing in it names a key, an id or a query. */
export interface UpstreamCall {
  method: string;
  route: OmniRoute | typeof OTHER_ROUTE;
  /** The HTTP status, or why no answer came: no answer in time, no connection, breaker open. */
  status: number | "timeout" | "connection" | "circuit_open";
  /** From sending to the whole body read; unset when nothing was sent (breaker open). */
  seconds?: number;
}

type Query = Record<string, string | number | boolean | undefined>;

interface CallOptions<S extends z.ZodType> {
  /** What the answer must be; nothing reads it before this schema has. */
  answer: S;
  query?: Query;
  body?: unknown;
  /** Reads may be retried; writes never are (a retried send can text the customer twice). */
  idempotent: boolean;
}

/** A small SDK over the OMNI REST API: one pool, one request builder, one error decoder. */
export class OmniClient {
  private readonly pool: Pool;
  private readonly ownsPool: boolean;
  private readonly origin: string;
  private readonly basePath: string;
  private readonly authorization: string;
  private readonly policies: ResiliencePolicies;

  constructor(private readonly options: OmniClientOptions) {
    const url = new URL(options.baseUrl);
    this.origin = url.origin;
    this.basePath = url.pathname.replace(/\/$/, "");
    this.authorization = authorizationHeader(options.auth);
    this.ownsPool = !options.pool;
    this.pool = options.pool ?? createUpstreamPool(this.origin, options);
    this.policies = createResiliencePolicies({ readDeadlineMs: options.timeoutMs });
  }

  get circuitOpen(): boolean {
    return this.policies.isOpen();
  }

  listScenarios(query: { isDefault?: boolean; limit?: number; page?: number } = {}) {
    return this.call("GET", "/omni/1/scenarios", {
      answer: ANSWERS.scenarios,
      query,
      idempotent: true,
    }).then((r) => r.scenarios);
  }

  getScenario(key: string) {
    return this.call("GET", `/omni/1/scenarios/${encodeURIComponent(key)}`, {
      answer: ANSWERS.scenario,
      idempotent: true,
    });
  }

  createScenario(body: WireScenarioRequest) {
    return this.call("POST", "/omni/1/scenarios", {
      answer: ANSWERS.scenario,
      body,
      idempotent: false,
    });
  }

  updateScenario(key: string, body: WireScenarioRequest) {
    return this.call("PUT", `/omni/1/scenarios/${encodeURIComponent(key)}`, {
      answer: ANSWERS.scenario,
      body,
      idempotent: false,
    });
  }

  sendAdvanced(body: WireAdvancedRequest) {
    return this.call("POST", "/omni/1/advanced", {
      answer: ANSWERS.sendResponse,
      body,
      idempotent: false,
    });
  }

  sendText(body: WireTextRequest) {
    return this.call("POST", "/omni/1/text", {
      answer: ANSWERS.sendResponse,
      body,
      idempotent: false,
    });
  }

  /**
   * Fetch-once upstream: whatever this returns is never handed out again. Each report is still
   * raw: the intake judges them one by one (reports/storableReports.ts).
   */
  drainReports(query: ReportsQuery = {}) {
    return this.call("GET", "/omni/1/reports", {
      answer: ANSWERS.reports,
      query: { ...query },
      // Not retried: a retry after a lost response would skip the reports that response carried.
      idempotent: false,
    }).then((r) => r.results);
  }

  sendPush(body: WirePushRequest) {
    return this.call("POST", "/push/3/messages", {
      answer: ANSWERS.pushResponse,
      body,
      idempotent: false,
    });
  }

  pushStatistics(bulkId: string) {
    return this.call("GET", "/push/1/statistics", {
      answer: ANSWERS.pushStatistics,
      query: { bulkId },
      idempotent: true,
    });
  }

  /** Fetch-once, like drainReports: push reports never show up on the OMNI endpoint. */
  drainPushReports(query: { bulkId?: string; limit?: number } = {}) {
    return this.call("GET", "/push/1/reports", {
      answer: ANSWERS.reports,
      query: { ...query },
      idempotent: false,
    }).then((r) => r.results);
  }

  logs(query: LogsQuery) {
    return this.call("GET", "/omni/1/logs", {
      answer: ANSWERS.logs,
      query: {
        from: query.from,
        to: query.to,
        bulkId: query.bulkId?.join(","),
        messageId: query.messageId?.join(","),
        generalStatus: query.generalStatus,
        channel: query.channel,
        sentSince: query.sentSince && formatOmniDate(query.sentSince),
        sentUntil: query.sentUntil && formatOmniDate(query.sentUntil),
        limit: query.limit,
      },
      idempotent: true,
    }).then((r) => r.results);
  }

  close(): Promise<void> {
    return this.ownsPool ? this.pool.close() : Promise.resolve();
  }

  private async call<S extends z.ZodType>(
    method: Dispatcher.HttpMethod,
    path: string,
    options: CallOptions<S>,
  ): Promise<z.output<S>> {
    const body = options.body === undefined ? undefined : encodeJsonBody(options.body);
    const request: Dispatcher.RequestOptions = {
      method,
      path: this.basePath + path + toQueryString(options.query),
      headers: {
        authorization: this.authorization,
        accept: "application/json",
        "user-agent": this.options.userAgent ?? "omni-gateway",
        ...(body === undefined ? {} : { "content-type": "application/json" }),
      },
      body,
    };
    try {
      return await (options.idempotent
        ? this.policies.read((signal) =>
            this.once(signal ? { ...request, signal } : request, path, options.answer),
          )
        : this.policies.write(() => this.once(request, path, options.answer)));
    } catch (error) {
      if (error instanceof BrokenCircuitError) {
        this.observe(method, path, "circuit_open");
        throw new OmniUnavailableError("CIRCUIT_OPEN", "too many recent upstream failures", true);
      }
      throw error;
    }
  }

  /**
   * One attempt; `path` names the endpoint in errors, without the base URL or the query. A
   * malformed answer fails the attempt like an unreadable one: a read may try again.
   */
  private async once<S extends z.ZodType>(
    request: Dispatcher.RequestOptions,
    path: string,
    answer: S,
  ): Promise<z.output<S>> {
    // The pool's connect, headers and body timeouts bound every phase of the call. A per-call
    // AbortSignal.timeout did the same at ~0.3 ms of CPU per request on Node 20 (measured with
    // bench/run.mjs), since each keeps a timer and its signal alive for the whole deadline; so
    // only retries, which are rare, carry one (the end of their read's deadline).
    const started = performance.now();
    let response: Dispatcher.ResponseData;
    try {
      response = await this.pool.request(request);
    } catch (error) {
      const failure = toUnavailable(error);
      const timedOut = failure instanceof OmniUnavailableError && failure.reason === "TIMEOUT";
      this.observe(request.method, path, timedOut ? "timeout" : "connection", started);
      throw failure;
    }
    let body: unknown;
    try {
      body = await readJson(response);
    } finally {
      this.observe(request.method, path, response.statusCode, started);
    }
    if (response.statusCode >= 400) {
      const retryAfter = response.headers["retry-after"];
      throw decodeHttpError(
        response.statusCode,
        body,
        typeof retryAfter === "string" ? retryAfter : undefined,
      );
    }
    if (body === undefined)
      throw new OmniUnavailableError("BAD_RESPONSE", `${request.method} ${path}: empty body`);
    return decodeAnswer(answer, body, `${request.method} ${routeTemplateOf(path)}`);
  }

  private observe(method: string, path: string, status: UpstreamCall["status"], started?: number) {
    this.options.onCall?.({
      method,
      route: routeTemplateOf(path),
      status,
      seconds: started === undefined ? undefined : (performance.now() - started) / 1000,
    });
  }
}

/** One pool per upstream origin: connect, header and body deadlines bound every call on it. */
export function createUpstreamPool(
  origin: string,
  options: Pick<OmniClientOptions, "connections" | "timeoutMs">,
): Pool {
  return new Pool(origin, {
    connections: options.connections,
    connect: { timeout: Math.min(5_000, options.timeoutMs) },
    headersTimeout: options.timeoutMs,
    bodyTimeout: options.timeoutMs,
    keepAliveTimeout: 4_000,
    // A logs page of 1000 rows is well under this; anything larger is not OMNI talking.
    maxResponseSize: 16 * 1024 * 1024,
  });
}

function toQueryString(query: Query | undefined): string {
  if (!query) return "";
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    if (value !== undefined && value !== "") params.set(name, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : "";
}

async function readJson(response: Dispatcher.ResponseData): Promise<unknown> {
  let text: string;
  try {
    text = await response.body.text();
  } catch (error) {
    throw toUnavailable(error);
  }
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    if (response.statusCode >= 400) return undefined;
    throw new OmniUnavailableError(
      "BAD_RESPONSE",
      `status ${response.statusCode}: body is not JSON`,
    );
  }
}

/** Connection failures: the request was never written, so OMNI cannot have acted on it. */
const CONNECT_CODES = new Set(["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN"]);

/**
 * Keeps only the error class and code: undici messages can quote the URL. Marks failures of
 * the connect phase, which a send may safely repeat, apart from those after the request left.
 */
function toUnavailable(error: unknown): OmniUnavailableError | OmniHttpError {
  if (error instanceof OmniHttpError || error instanceof OmniUnavailableError) return error;
  if (error instanceof undiciErrors.ConnectTimeoutError) {
    return new OmniUnavailableError("TIMEOUT", "no connection within the deadline", true);
  }
  const name = error instanceof Error ? error.name : "Error";
  if (
    name === "TimeoutError" ||
    name === "AbortError" ||
    error instanceof undiciErrors.HeadersTimeoutError ||
    error instanceof undiciErrors.BodyTimeoutError
  ) {
    return new OmniUnavailableError("TIMEOUT", "no answer within the deadline");
  }
  const code = (error as { code?: unknown }).code;
  return typeof code === "string"
    ? new OmniUnavailableError("NETWORK", code, CONNECT_CODES.has(code))
    : new OmniUnavailableError("NETWORK", name);
}
