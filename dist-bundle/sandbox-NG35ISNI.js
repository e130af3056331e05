import {
  CHANNELS,
  CHANNEL_CONTENT_KEY,
  DELIVERY_ERROR,
  MAX_CALLBACK_DATA,
  MAX_PUSH_API_TITLE,
  MAX_PUSH_TEXT,
  NOTIFY_CONTENT_TYPES,
  PUSH_PLATFORMS,
  SEND_AT_RULES,
  SMS_LANGUAGE_CODES,
  STATUS,
  STATUS_GROUPS,
  TIME_UNITS,
  TRANSLITERATIONS,
  addressKindOf,
  checkContent,
  formatOmniDate,
  isEmailAddress,
  isMsisdn,
  isStandardAttribute,
  normaliseValidityPeriod,
  parseOmniDate,
  previewSms,
  selectDevices,
  sendAtRule,
  smsParts
} from "./chunk-JHMAMHMW.js";
import {
  __name
} from "./chunk-SHUYVCID.js";

// dist/sandbox/credentials.js
import { createHmac, randomBytes } from "node:crypto";

// dist/sandbox/scopes.js
var ROUTE_SCOPES = {
  "GET /omni/1/scenarios": ["omni-failover:manage"],
  "POST /omni/1/scenarios": ["omni-failover:manage"],
  "GET /omni/1/scenarios/{scenarioKey}": ["omni-failover:manage"],
  "PUT /omni/1/scenarios/{scenarioKey}": ["omni-failover:manage"],
  "POST /omni/1/advanced": ["message:send", "omni-failover:message:send", "omni-failover:manage"],
  "POST /omni/1/text": ["message:send", "omni-failover:message:send", "omni-failover:manage"],
  "GET /omni/1/reports": ["message:send", "omni-failover:message:send", "omni-failover:manage"],
  "GET /omni/1/logs": ["omni-failover:logs:read", "omni-failover:manage"],
  "POST /push/3/messages": [
    "message:send",
    "mobile-app-messaging:send",
    "mobile-app-messaging:manage"
  ],
  "GET /push/1/statistics": ["mobile-app-messaging:manage"],
  "GET /push/1/reports": [
    "message:send",
    "mobile-app-messaging:send",
    "mobile-app-messaging:manage"
  ],
  "POST /sms/1/preview": ["sms:manage"]
};
var KNOWN_SCOPES = [
  "message:send",
  "inbound-message:read",
  "omni-failover:manage",
  "omni-failover:message:send",
  "omni-failover:logs:read",
  "mobile-app-messaging:manage",
  "mobile-app-messaging:send",
  "mobile-app-messaging:logs:read",
  "mobile-app-messaging:inbound-message:read",
  "sms:manage",
  "sms:message:send",
  "sms:logs:read",
  "sms:inbound-message:read"
];
function scopesOf(template) {
  const scopes = ROUTE_SCOPES[template];
  if (!scopes)
    throw new Error(`No scope rule for sandbox route ${template} (see scopes.ts)`);
  return scopes;
}
__name(scopesOf, "scopesOf");
function allows(grant, scopes) {
  return grant === "ALL" || scopes.some((scope) => grant.has(scope));
}
__name(allows, "allows");

// dist/sandbox/credentials.js
var KNOWN = new Set(KNOWN_SCOPES);
function credentialsOf(credentials, path) {
  const found = [];
  const token = /* @__PURE__ */ __name((value, at) => {
    if (typeof value !== "string" || !/^\S+$/.test(value)) {
      throw new Error(`Sandbox ${at} must be a non-empty string without spaces`);
    }
    return value;
  }, "token");
  (credentials.apiKeys ?? []).forEach((entry, i) => {
    const at = `${path}.apiKeys[${i}]`;
    if (typeof entry === "string") {
      found.push({ scheme: "App", secret: token(entry, at), grant: "ALL", path: at });
      return;
    }
    const secret = token(entry?.key, `${at}.key`);
    if (!Array.isArray(entry.scopes))
      throw new Error(`Sandbox ${at}.scopes must be a list`);
    for (const scope of entry.scopes) {
      if (!KNOWN.has(scope)) {
        throw new Error(`Sandbox ${at}.scopes: unknown scope ${JSON.stringify(scope)}; Infobip's are ${KNOWN_SCOPES.join(", ")}`);
      }
    }
    found.push({ scheme: "App", secret, grant: new Set(entry.scopes), path: at });
  });
  (credentials.basic ?? []).forEach((entry, i) => {
    const at = `${path}.basic[${i}]`;
    if (typeof entry?.username !== "string" || !/^[^:\s]+$/.test(entry.username)) {
      throw new Error(`Sandbox ${at}.username must be non-empty, without colon or spaces`);
    }
    if (typeof entry.password !== "string" || entry.password === "") {
      throw new Error(`Sandbox ${at}.password must be a non-empty string`);
    }
    found.push({
      scheme: "Basic",
      secret: `${entry.username}:${entry.password}`,
      username: entry.username,
      grant: "ALL",
      path: at
    });
  });
  (credentials.ibssoTokens ?? []).forEach((entry, i) => {
    const at = `${path}.ibssoTokens[${i}]`;
    found.push({ scheme: "IBSSO", secret: token(entry, at), grant: "ALL", path: at });
  });
  (credentials.bearerTokens ?? []).forEach((entry, i) => {
    const at = `${path}.bearerTokens[${i}]`;
    found.push({ scheme: "Bearer", secret: token(entry, at), grant: "ALL", path: at });
  });
  return found;
}
__name(credentialsOf, "credentialsOf");
var CredentialMatcher = class {
  static {
    __name(this, "CredentialMatcher");
  }
  key = randomBytes(32);
  entries = /* @__PURE__ */ new Map();
  add(scheme, secret, value) {
    this.entries.set(this.idOf(scheme.toLowerCase(), secret), value);
  }
  match(authorization) {
    const parsed = /^(\S+)\s+(\S+)\s*$/.exec(authorization ?? "");
    if (!parsed)
      return void 0;
    const scheme = parsed[1].toLowerCase();
    const raw = parsed[2];
    const secret = scheme === "basic" ? Buffer.from(raw, "base64").toString("utf8") : raw;
    return this.entries.get(this.idOf(scheme, secret));
  }
  idOf(scheme, secret) {
    return `${scheme} ${createHmac("sha256", this.key).update(secret).digest("base64")}`;
  }
};

// dist/sandbox/errors.js
var ApiError = class extends Error {
  static {
    __name(this, "ApiError");
  }
  status;
  messageId;
  text;
  validationErrors;
  headers;
  constructor(status, messageId, text, validationErrors, headers = {}) {
    super(text);
    this.status = status;
    this.messageId = messageId;
    this.text = text;
    this.validationErrors = validationErrors;
    this.headers = headers;
  }
  toBody() {
    return {
      requestError: {
        serviceException: {
          messageId: this.messageId,
          text: this.text,
          ...this.validationErrors ? { validationErrors: this.validationErrors } : {}
        }
      }
    };
  }
};
var badRequest = /* @__PURE__ */ __name((validationErrors) => new ApiError(400, "BAD_REQUEST", "Bad request", validationErrors), "badRequest");
var unauthorized = /* @__PURE__ */ __name(() => new ApiError(401, "UNAUTHORIZED", "Unauthorized"), "unauthorized");
var forbidden = /* @__PURE__ */ __name(() => new ApiError(403, "FORBIDDEN", "Forbidden"), "forbidden");
var notFound = /* @__PURE__ */ __name(() => new ApiError(404, "NOT_FOUND", "Not found"), "notFound");
var tooManyRequests = /* @__PURE__ */ __name((retryAfterSeconds) => new ApiError(429, "TOO_MANY_REQUESTS", "Too many requests", void 0, {
  "Retry-After": String(retryAfterSeconds)
}), "tooManyRequests");
var generalError = /* @__PURE__ */ __name(() => new ApiError(500, "GENERAL_ERROR", "Something went wrong. Please contact support."), "generalError");

// dist/sandbox/http.js
import express from "express";
var BODY_LIMIT = "5mb";
var jsonBody = express.json({
  limit: BODY_LIMIT,
  type: /* @__PURE__ */ __name((req) => {
    const type = req.headers["content-type"];
    return type === void 0 || /[/+]json\b/i.test(type);
  }, "type")
});
function oneParam(value) {
  const first2 = Array.isArray(value) ? value[0] : value;
  return typeof first2 === "string" ? first2 : void 0;
}
__name(oneParam, "oneParam");

// dist/sandbox/rateLimit.js
var FixedWindowLimiter = class {
  static {
    __name(this, "FixedWindowLimiter");
  }
  limit;
  realNow;
  windowStart = Number.NEGATIVE_INFINITY;
  used = 0;
  windowMs;
  constructor(limit, realNow = () => performance.now()) {
    this.limit = limit;
    this.realNow = realNow;
    this.windowMs = limit.perSeconds * 1e3;
  }
  /** Counts one request; refused, it gives the whole seconds until the window closes (at least 1). */
  take() {
    const now = this.realNow();
    if (now >= this.windowStart + this.windowMs) {
      this.windowStart = now;
      this.used = 0;
    }
    if (this.used < this.limit.requests) {
      this.used += 1;
      return { admitted: true };
    }
    const retryAfterSeconds = Math.max(1, Math.ceil((this.windowStart + this.windowMs - now) / 1e3));
    return { admitted: false, retryAfterSeconds };
  }
  reset() {
    this.windowStart = Number.NEGATIVE_INFINITY;
    this.used = 0;
  }
};

// dist/sandbox/devices.js
import { z } from "zod";
var DEVICE_REACHES = ["ONLINE", "OFFLINE", "UNINSTALLED", "CLOUD_FAILURE"];
var customAttributesSchema = z.record(z.string().min(1), z.union([z.string(), z.boolean()])).refine((attributes) => Object.keys(attributes).every((name) => !isStandardAttribute(name)), {
  message: "a custom attribute cannot reuse a standard attribute's name"
});
var deviceInputSchema = z.object({
  applicationCode: z.string().min(1),
  primary: z.boolean().default(false),
  notificationsEnabled: z.boolean().default(true),
  externalUserId: z.string().min(1).optional(),
  phoneNumber: z.string().refine(isMsisdn, "must be an international number without +").optional(),
  email: z.string().refine(isEmailAddress, "must be an e-mail address").optional(),
  platform: z.enum(PUSH_PLATFORMS).optional(),
  sdkVersion: z.string().optional(),
  osVersion: z.string().optional(),
  deviceManufacturer: z.string().optional(),
  deviceModel: z.string().optional(),
  applicationVersion: z.string().optional(),
  osLanguage: z.string().optional(),
  deviceSecure: z.boolean().optional(),
  customAttributes: customAttributesSchema.default({}),
  reach: z.enum(DEVICE_REACHES).default("ONLINE"),
  /** Whether the user opens what is shown, so "seen" follows delivery. */
  seesNotifications: z.boolean().default(true)
});
var deviceSeedSchema = deviceInputSchema.extend({
  pushRegistrationId: z.string().min(1)
});
var DeviceStore = class {
  static {
    __name(this, "DeviceStore");
  }
  byId = /* @__PURE__ */ new Map();
  list() {
    return [...this.byId.values()];
  }
  get(pushRegistrationId) {
    return this.byId.get(pushRegistrationId);
  }
  put(device) {
    this.byId.set(device.pushRegistrationId, device);
    return device;
  }
  delete(pushRegistrationId) {
    return this.byId.delete(pushRegistrationId);
  }
  clear() {
    this.byId.clear();
  }
  values() {
    return this.byId.values();
  }
};

// dist/sandbox/engine.js
import { randomUUID } from "node:crypto";

// dist/sandbox/networks.js
var PREFIX_MCC_MNC = [
  ["385", "21901"],
  ["386", "29340"],
  ["381", "22001"],
  ["387", "21890"],
  ["41", "22801"],
  ["43", "23201"],
  ["44", "23410"],
  ["49", "26201"],
  ["33", "20801"],
  ["39", "22201"],
  ["34", "21401"],
  ["31", "20404"],
  ["7", "25001"],
  ["1", "310260"]
];
function mccMncOf(phoneNumber) {
  return PREFIX_MCC_MNC.find(([prefix]) => phoneNumber.startsWith(prefix))?.[1];
}
__name(mccMncOf, "mccMncOf");

// dist/sandbox/outcomes.js
var OUTCOME = {
  delivered: { status: STATUS.DELIVERED_TO_HANDSET, error: DELIVERY_ERROR.NO_ERROR },
  expired: { status: STATUS.EXPIRED_EXPIRED, error: DELIVERY_ERROR.EC_VALIDITY_EXPIRED },
  unreachable: {
    status: STATUS.UNDELIVERABLE_NOT_DELIVERED,
    error: DELIVERY_ERROR.EC_ABSENT_SUBSCRIBER_SM
  },
  noContent: { status: STATUS.REJECTED_NO_CONTENT, error: DELIVERY_ERROR.NO_ERROR },
  noAddress: { status: STATUS.UNDELIVERABLE_NO_DESTINATION, error: DELIVERY_ERROR.NO_ERROR },
  invalidAddress: {
    status: STATUS.REJECTED_DESTINATION,
    error: DELIVERY_ERROR.EC_INVALID_DESTINATION_ADDRESS
  }
};

// dist/sandbox/prices.js
var PRICE_EUR = {
  SMS: 0.01,
  VOICE: 0.02,
  VIBER: 0.0104,
  EMAIL: 1e-3,
  FACEBOOK: 5e-3,
  PUSH: 1e-3,
  PARSECO: 5e-3,
  VKONTAKTE: 0.0104
};
function priceOf(channel, messageCount) {
  return {
    pricePerMessage: Math.round(PRICE_EUR[channel] * messageCount * 1e6) / 1e6,
    currency: "EUR"
  };
}
__name(priceOf, "priceOf");
var FREE = { pricePerMessage: 0, currency: "EUR" };

// dist/sandbox/engine.js
var DELIVERY_DELAY_MS = 2e3;
var FailoverEngine = class {
  static {
    __name(this, "FailoverEngine");
  }
  clock;
  reachability;
  messages;
  onAttemptDone;
  constructor(clock, reachability, messages, onAttemptDone) {
    this.clock = clock;
    this.reachability = reachability;
    this.messages = messages;
    this.onAttemptDone = onAttemptDone;
  }
  send(request, flow, bulkId, now) {
    const scheduled = request.sendAt !== void 0 && request.sendAt > now;
    const messages = request.destinations.map((destination) => {
      const message = this.messages.add({
        seq: 0,
        messageId: destination.messageId ?? randomUUID(),
        bulkId,
        to: destination.to,
        flow,
        request,
        attempts: []
      });
      if (!scheduled)
        this.play(message, 0, now);
      return message;
    });
    if (scheduled) {
      this.clock.schedule(request.sendAt, (at) => {
        for (const message of messages)
          this.play(message, 0, at);
      });
    }
    return messages;
  }
  play(message, fromStep, at) {
    for (let i = fromStep; i < message.flow.length; i++) {
      const step = message.flow[i];
      const channel = step.channel;
      const content = message.request.content[channel];
      const kind = addressKindOf(channel);
      const address2 = message.to[kind];
      const text = content?.text;
      const messageCount = channel === "SMS" && text ? smsParts(text, content?.sms).parts : 1;
      const attempt = {
        message,
        step: i,
        channel,
        from: step.from,
        to: address2 ?? message.to.phoneNumber ?? message.to.emailAddress ?? "",
        text,
        sentAt: at,
        doneAt: void 0,
        status: STATUS.PENDING_ENROUTE,
        error: DELIVERY_ERROR.NO_ERROR,
        messageCount,
        price: FREE,
        mccMnc: kind === "phoneNumber" && address2 !== void 0 ? mccMncOf(address2) : void 0
      };
      message.attempts.push(attempt);
      if (!content?.hasContent) {
        this.finish(attempt, OUTCOME.noContent, at);
        continue;
      }
      if (address2 === void 0) {
        this.finish(attempt, OUTCOME.noAddress, at);
        continue;
      }
      if (!(kind === "phoneNumber" ? isMsisdn(address2) : isEmailAddress(address2))) {
        this.finish(attempt, OUTCOME.invalidAddress, at);
        continue;
      }
      const reach = this.reachability.reach(channel, address2, {
        from: step.from,
        fields: content.fields
      });
      if (typeof reach !== "string") {
        this.finish(attempt, reach, at);
        continue;
      }
      if (reach === "UNREACHABLE") {
        this.finish(attempt, OUTCOME.unreachable, at);
        continue;
      }
      attempt.price = priceOf(channel, messageCount);
      if (reach === "ONLINE") {
        this.clock.schedule(at + DELIVERY_DELAY_MS, (doneAt) => this.finish(attempt, OUTCOME.delivered, doneAt));
      } else {
        attempt.status = STATUS.PENDING_WAITING_DELIVERY;
        this.clock.schedule(at + content.validityMs, (doneAt) => {
          this.finish(attempt, OUTCOME.expired, doneAt);
          this.play(message, i + 1, doneAt);
        });
      }
      return;
    }
  }
  finish(attempt, outcome, at) {
    attempt.status = outcome.status;
    attempt.error = outcome.error;
    attempt.doneAt = at;
    this.onAttemptDone(attempt);
  }
};

// dist/sandbox/messages.js
var MessageStore = class {
  static {
    __name(this, "MessageStore");
  }
  messages = [];
  byMessageId = /* @__PURE__ */ new Map();
  byBulkId = /* @__PURE__ */ new Map();
  nextSeq = 0;
  /** Stores the message and numbers it (its `seq` is overwritten). */
  add(message) {
    message.seq = this.nextSeq++;
    this.messages.push(message);
    index(this.byMessageId, message.messageId, message);
    if (message.bulkId !== void 0)
      index(this.byBulkId, message.bulkId, message);
    return message;
  }
  all() {
    return this.messages;
  }
  withMessageIds(ids) {
    return ids.flatMap((id) => this.byMessageId.get(id) ?? []);
  }
  withBulkIds(ids) {
    return ids.flatMap((id) => this.byBulkId.get(id) ?? []);
  }
  /**
   * Forgets the oldest messages whose play is over and whose every attempt started before
   * `cutoff`. Only from the front, so a read costs what it frees: a message still playing (or
   * scheduled for later) keeps the younger ones behind it a while, and the logs hide their old
   * rows meanwhile (see queryLogs).
   */
  forgetBefore(cutoff) {
    let count = 0;
    while (count < this.messages.length && isOver(this.messages[count], cutoff))
      count++;
    if (count === 0)
      return;
    const gone = new Set(this.messages.splice(0, count));
    unindex(this.byMessageId, gone, (m) => m.messageId);
    unindex(this.byBulkId, gone, (m) => m.bulkId);
  }
  clear() {
    this.messages = [];
    this.byMessageId = /* @__PURE__ */ new Map();
    this.byBulkId = /* @__PURE__ */ new Map();
  }
};
function isOver(message, cutoff) {
  const last = message.attempts.at(-1);
  return last !== void 0 && last.doneAt !== void 0 && last.sentAt < cutoff;
}
__name(isOver, "isOver");
function unindex(map, gone, keyOf) {
  const keys = new Set([...gone].map(keyOf));
  for (const key of keys) {
    if (key === void 0)
      continue;
    const left = (map.get(key) ?? []).filter((m) => !gone.has(m));
    if (left.length)
      map.set(key, left);
    else
      map.delete(key);
  }
}
__name(unindex, "unindex");
function index(map, key, message) {
  const list = map.get(key);
  if (list)
    list.push(message);
  else
    map.set(key, [message]);
}
__name(index, "index");

// dist/sandbox/notifier.js
var MINUTE = 6e4;
var MAX_RETRIES = 5;
var BATCH_SIZE = 100;
var Notifier = class {
  static {
    __name(this, "Notifier");
  }
  clock;
  log;
  pending = /* @__PURE__ */ new Map();
  flushQueued = false;
  abort = new AbortController();
  counters = { delivered: 0, failed: 0, retrying: 0 };
  constructor(clock, log) {
    this.clock = clock;
    this.log = log;
  }
  stats() {
    return { ...this.counters };
  }
  enqueue(url, report) {
    const list = this.pending.get(url);
    if (list)
      list.push(report);
    else
      this.pending.set(url, [report]);
    if (!this.flushQueued) {
      this.flushQueued = true;
      queueMicrotask(() => this.flush());
    }
  }
  /** Drops queued reports and counters; retries already scheduled go with the clock's events. */
  clear() {
    this.pending.clear();
    Object.assign(this.counters, { delivered: 0, failed: 0, retrying: 0 });
  }
  stop() {
    this.abort.abort();
    this.pending.clear();
  }
  flush() {
    this.flushQueued = false;
    const pending = this.pending;
    this.pending = /* @__PURE__ */ new Map();
    for (const [url, reports] of pending) {
      for (let i = 0; i < reports.length; i += BATCH_SIZE) {
        void this.post(url, reports.slice(i, i + BATCH_SIZE), 0);
      }
    }
  }
  async post(url, results, retry) {
    try {
      const response = await fetch(url, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ results }),
        signal: this.abort.signal
      });
      await response.arrayBuffer();
      if (!response.ok)
        throw new Error(`HTTP ${response.status}`);
      this.counters.delivered += 1;
    } catch (error) {
      if (this.abort.signal.aborted)
        return;
      if (retry >= MAX_RETRIES) {
        this.counters.failed += 1;
        this.log(`webhook ${redacted(url)} gave up after ${retry} retries: ${String(error)}`);
        return;
      }
      this.counters.retrying += 1;
      const delay = MINUTE + MINUTE * retry * retry;
      this.clock.schedule(this.clock.now() + delay, () => {
        this.counters.retrying -= 1;
        void this.post(url, results, retry + 1);
      });
    }
  }
};
function redacted(url) {
  const { origin, pathname } = new URL(url);
  return origin + pathname;
}
__name(redacted, "redacted");

// dist/sandbox/wireDate.js
var lastMs = Number.NaN;
var lastText = "";
function wireDate(ms) {
  if (ms !== lastMs) {
    lastMs = ms;
    lastText = formatOmniDate(new Date(ms));
  }
  return lastText;
}
__name(wireDate, "wireDate");

// dist/sandbox/reports.js
function toDeliveryReport(attempt) {
  const { message } = attempt;
  return {
    bulkId: message.bulkId,
    messageId: message.messageId,
    to: attempt.to,
    sentAt: wireDate(attempt.sentAt),
    doneAt: wireDate(attempt.doneAt ?? attempt.sentAt),
    messageCount: attempt.messageCount,
    mccMnc: attempt.mccMnc,
    price: attempt.price,
    status: attempt.status,
    error: attempt.error,
    channel: attempt.channel,
    callbackData: message.request.callbackData
  };
}
__name(toDeliveryReport, "toDeliveryReport");
var ReportQueue = class {
  static {
    __name(this, "ReportQueue");
  }
  seq = 0;
  pending = /* @__PURE__ */ new Map();
  /** `at`: when the report became available (its attempt ended), in sandbox time. */
  push(report, at) {
    this.pending.set(this.seq++, { report, at });
  }
  /** Drops the reports that became available before `cutoff` and were never fetched. */
  forgetBefore(cutoff) {
    for (const [id, { at }] of this.pending)
      if (at < cutoff)
        this.pending.delete(id);
  }
  take(filter) {
    const taken = [];
    for (const [id, { report }] of this.pending) {
      if (taken.length >= filter.limit)
        break;
      if (filter.bulkId !== void 0 && report.bulkId !== filter.bulkId)
        continue;
      if (filter.messageId !== void 0 && report.messageId !== filter.messageId)
        continue;
      if (filter.channel !== void 0 && report.channel !== filter.channel)
        continue;
      taken.push(report);
      this.pending.delete(id);
    }
    return taken;
  }
  clear() {
    this.pending = /* @__PURE__ */ new Map();
  }
};

// dist/sandbox/retention.js
var RETENTION_MS = 48 * 36e5;

// dist/sandbox/push/pushEngine.js
import { randomUUID as randomUUID2 } from "node:crypto";

// dist/sandbox/push/deviceFate.js
var UNINSTALLED = {
  status: STATUS.UNDELIVERABLE_NOT_DELIVERED,
  error: DELIVERY_ERROR.EC_DEVICE_APP_UNINSTALL
};
var CLOUD_FAILURE = {
  status: STATUS.UNDELIVERABLE_NOT_DELIVERED,
  error: DELIVERY_ERROR.EC_SYS_ERROR_FROM_CLOUD
};
var NO_DEVICE = {
  status: STATUS.UNDELIVERABLE_NO_DESTINATION,
  error: DELIVERY_ERROR.NO_ERROR
};
function fateOf(device) {
  switch (device.reach) {
    case "UNINSTALLED":
      return UNINSTALLED;
    case "CLOUD_FAILURE":
      return CLOUD_FAILURE;
    case "OFFLINE":
      return "WAIT";
    case "ONLINE":
      return device.notificationsEnabled ? "DELIVER" : "WAIT";
  }
}
__name(fateOf, "fateOf");

// dist/sandbox/push/pushEngine.js
var SEEN_DELAY_MS = 6e4;
var PushEngine = class {
  static {
    __name(this, "PushEngine");
  }
  clock;
  devices;
  store;
  onDone;
  constructor(clock, devices, store, onDone) {
    this.clock = clock;
    this.devices = devices;
    this.store = store;
    this.onDone = onDone;
  }
  send(request, now) {
    const bulkId = request.bulkId ?? randomUUID2();
    const messages = [];
    for (const send of request.messages) {
      const sentAt = send.sendAt !== void 0 && send.sendAt > now ? send.sendAt : now;
      for (const destination of send.destinations) {
        const reached = selectDevices(this.devices.values(), destination.target, {
          applicationCode: send.sender,
          targetOnlyPrimaryDevices: destination.targetOnlyPrimaryDevices,
          includeNotificationsDisabledDevices: true
        });
        if (reached.length === 0) {
          const message = this.message(send, bulkId, sentAt, destination.address ?? "", {
            messageId: destination.messageId,
            sent: false
          });
          this.store.add(message);
          messages.push(message);
          this.finish(message, NO_DEVICE, now);
          continue;
        }
        for (const device of reached) {
          const message = this.message(send, bulkId, sentAt, device.pushRegistrationId, {
            messageId: reached.length === 1 ? destination.messageId : void 0,
            sent: true
          });
          this.store.add(message);
          messages.push(message);
          if (sentAt > now)
            this.clock.schedule(sentAt, (at) => this.play(message, device, send, at));
          else
            this.play(message, device, send, now);
        }
      }
    }
    return { bulkId, messages };
  }
  message(send, bulkId, sentAt, to, options) {
    return {
      messageId: options.messageId ?? randomUUID2(),
      bulkId,
      sender: send.sender,
      to,
      sent: options.sent,
      visible: send.visible,
      sentAt,
      status: STATUS.PENDING_ENROUTE,
      error: DELIVERY_ERROR.NO_ERROR,
      price: FREE,
      ...send.callbackData !== void 0 ? { callbackData: send.callbackData } : {}
    };
  }
  play(message, device, send, at) {
    const fate = fateOf(device);
    if (typeof fate !== "string") {
      this.finish(message, fate, at);
      return;
    }
    message.price = priceOf("PUSH", 1);
    if (fate === "WAIT") {
      message.status = STATUS.PENDING_WAITING_DELIVERY;
      this.clock.schedule(at + send.validityMs, (doneAt) => this.finish(message, OUTCOME.expired, doneAt));
      return;
    }
    this.clock.schedule(at + DELIVERY_DELAY_MS, (doneAt) => {
      this.finish(message, OUTCOME.delivered, doneAt);
      if (message.visible && device.seesNotifications) {
        this.clock.schedule(doneAt + SEEN_DELAY_MS, (seenAt) => {
          message.seenAt = seenAt;
        });
      }
    });
  }
  finish(message, outcome, at) {
    message.status = outcome.status;
    message.error = outcome.error;
    message.doneAt = at;
    this.onDone(message);
  }
};

// dist/sandbox/push/pushMessages.js
var PushMessageStore = class {
  static {
    __name(this, "PushMessageStore");
  }
  byBulkId = /* @__PURE__ */ new Map();
  add(message) {
    const list = this.byBulkId.get(message.bulkId);
    if (list)
      list.push(message);
    else
      this.byBulkId.set(message.bulkId, [message]);
  }
  ofBulk(bulkId) {
    return this.byBulkId.get(bulkId) ?? [];
  }
  clear() {
    this.byBulkId = /* @__PURE__ */ new Map();
  }
};

// dist/sandbox/push/pushReachability.js
var PushAwareReachability = class {
  static {
    __name(this, "PushAwareReachability");
  }
  contacts;
  devices;
  constructor(contacts, devices) {
    this.contacts = contacts;
    this.devices = devices;
  }
  reach(channel, address2, step) {
    if (channel !== "PUSH")
      return this.contacts.reach(channel, address2);
    const eligible = selectDevices(this.devices.values(), { type: "PHONE_NUMBER", phoneNumber: address2 }, {
      ...step.from !== void 0 ? { applicationCode: step.from } : {},
      targetOnlyPrimaryDevices: step.fields.targetOnlyPrimaryDevices === true,
      includeNotificationsDisabledDevices: step.fields.includeNotificationsDisabledDevices === true
    });
    const fates = eligible.map(fateOf);
    if (fates.includes("DELIVER"))
      return "ONLINE";
    if (fates.includes("WAIT"))
      return "OFFLINE";
    return fates.find((f) => typeof f !== "string") ?? "UNREACHABLE";
  }
};

// dist/sandbox/push/pushReports.js
function toPushReport(message) {
  return {
    bulkId: message.bulkId,
    messageId: message.messageId,
    to: message.to,
    sentAt: wireDate(message.sentAt),
    doneAt: wireDate(message.doneAt ?? message.sentAt),
    messageCount: 1,
    price: message.price,
    status: message.status,
    error: message.error,
    channel: "PUSH",
    callbackData: message.callbackData
  };
}
__name(toPushReport, "toPushReport");

// dist/sandbox/scenarios.js
import { randomBytes as randomBytes2 } from "node:crypto";
import { z as z2 } from "zod";

// dist/sandbox/validation.js
function validated(schema, value) {
  const result = schema.safeParse(value);
  if (result.success)
    return result.data;
  throw badRequest(validationErrorsOf(result.error));
}
__name(validated, "validated");
function validationErrorsOf(error) {
  const errors = {};
  for (const issue of error.issues)
    (errors[fieldPath(issue.path) || "body"] ??= []).push(issue.message);
  return errors;
}
__name(validationErrorsOf, "validationErrorsOf");
function fieldPath(path) {
  return path.map((key, i) => typeof key === "number" ? `[${key}]` : `${i === 0 ? "" : "."}${String(key)}`).join("");
}
__name(fieldPath, "fieldPath");
function isRecord(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
__name(isRecord, "isRecord");
function recordOrEmpty(value) {
  return isRecord(value) ? value : {};
}
__name(recordOrEmpty, "recordOrEmpty");
function nonEmpty(schema) {
  return schema.refine((value) => value.length > 0, "must not be empty");
}
__name(nonEmpty, "nonEmpty");

// dist/sandbox/scenarios.js
var stepSchema = z2.object({
  from: z2.string({ error: "must be a string" }).optional(),
  channel: z2.enum(CHANNELS, {
    error: /* @__PURE__ */ __name((issue) => issue.input == null ? "must not be null" : `must be one of ${CHANNELS.join(", ")}`, "error")
  })
}, { error: "must be an object" });
var scenarioInputSchema = z2.preprocess((body) => {
  const input = recordOrEmpty(body);
  return { ...input, default: input.default ?? input.defaultScenario };
}, z2.object({
  name: z2.string({ error: "must be a string" }).optional(),
  default: z2.boolean({ error: "must be a boolean" }).optional(),
  flow: nonEmpty(z2.array(stepSchema, { error: "must not be empty" }))
}).transform(({ name, flow, default: isDefault }) => ({
  ...name !== void 0 ? { name } : {},
  flow,
  default: isDefault === true
})));
function parseScenarioInput(body) {
  return validated(scenarioInputSchema, body);
}
__name(parseScenarioInput, "parseScenarioInput");
function newScenarioKey() {
  return randomBytes2(16).toString("hex").toUpperCase();
}
__name(newScenarioKey, "newScenarioKey");
var ScenarioStore = class {
  static {
    __name(this, "ScenarioStore");
  }
  byKey = /* @__PURE__ */ new Map();
  list(filter) {
    const all = [...this.byKey.values()].filter((s) => filter.isDefault === void 0 || s.default === filter.isDefault);
    return all.slice(filter.page * filter.limit, (filter.page + 1) * filter.limit);
  }
  get(key) {
    return this.byKey.get(key);
  }
  getDefault() {
    for (const scenario of this.byKey.values())
      if (scenario.default)
        return scenario;
    return void 0;
  }
  create(input, key = newScenarioKey()) {
    return this.put(key, input);
  }
  /** Full replacement. The scenario object is replaced, not mutated, so sends already in flight keep the flow they started with. */
  replace(key, input) {
    return this.byKey.has(key) ? this.put(key, input) : void 0;
  }
  clear() {
    this.byKey.clear();
  }
  put(key, input) {
    if (input.default) {
      for (const [otherKey, other] of this.byKey) {
        if (other.default && otherKey !== key)
          this.byKey.set(otherKey, { ...other, default: false });
      }
    }
    const scenario = { key, ...input };
    this.byKey.set(key, scenario);
    return scenario;
  }
};

// dist/sandbox/state.js
var SandboxState = class {
  static {
    __name(this, "SandboxState");
  }
  clock;
  scenarios = new ScenarioStore();
  messages = new MessageStore();
  reports = new ReportQueue();
  devices = new DeviceStore();
  pushMessages = new PushMessageStore();
  /** `/push/1/reports` is its own fetch-once queue, apart from OMNI's. */
  pushReports = new ReportQueue();
  engine;
  pushEngine;
  /** Per account, so that a reset drops only this account's queued callbacks and counters. */
  notifier;
  seed;
  constructor(seed, clock, contacts, log) {
    this.clock = clock;
    this.seed = {
      ...seed,
      scenarios: (seed.scenarios ?? []).map((s) => ({ ...s, key: s.key ?? newScenarioKey() }))
    };
    const scheduler = clock.scheduler(this);
    this.notifier = new Notifier(scheduler, log);
    this.pushEngine = new PushEngine(scheduler, this.devices, this.pushMessages, (message) => this.pushReports.push(toPushReport(message), message.doneAt ?? message.sentAt));
    const reachability = new PushAwareReachability(contacts, this.devices);
    this.engine = new FailoverEngine(scheduler, reachability, this.messages, (attempt) => {
      const report = toDeliveryReport(attempt);
      this.reports.push(report, attempt.doneAt ?? attempt.sentAt);
      const { notifyUrl, notify } = attempt.message.request;
      if (notifyUrl !== void 0 && notify)
        this.notifier.enqueue(notifyUrl, report);
    });
    this.reset();
  }
  /**
   * OMNI's logs and its reports not yet fetched are kept RETENTION_MS, then forgotten: called
   * before they are read, so what a read shows never depends on when memory was given back.
   * Push reports are the Push API's and stay until fetched.
   */
  forgetExpired(now) {
    const cutoff = now - RETENTION_MS;
    this.messages.forgetBefore(cutoff);
    this.reports.forgetBefore(cutoff);
  }
  reset() {
    this.clock.clearEvents(this);
    this.notifier.clear();
    this.messages.clear();
    this.reports.clear();
    this.scenarios.clear();
    this.devices.clear();
    this.pushMessages.clear();
    this.pushReports.clear();
    for (const s of this.seed.scenarios ?? []) {
      this.scenarios.create({ name: s.name, flow: s.flow, default: s.default ?? false }, s.key);
    }
    for (const device of this.seed.devices ?? [])
      this.devices.put(deviceSeedSchema.parse(device));
  }
};

// dist/sandbox/accounts.js
var DEFAULT_ACCOUNT_ID = "default";
var Account = class {
  static {
    __name(this, "Account");
  }
  id;
  state;
  limiter;
  summary;
  constructor(id, state, limiter, summary) {
    this.id = id;
    this.state = state;
    this.limiter = limiter;
    this.summary = summary;
  }
  /** Back to the seed, with a fresh rate-limit window so a test starts from a known budget. */
  reset() {
    this.state.reset();
    this.limiter?.reset();
  }
};
function accountsOf(options) {
  if (options.accounts !== void 0 && options.credentials !== void 0) {
    throw new Error("Sandbox options: give either accounts or credentials, not both");
  }
  if (options.credentials !== void 0) {
    return [{ id: DEFAULT_ACCOUNT_ID, credentials: options.credentials }];
  }
  if (options.accounts === void 0) {
    throw new Error("Sandbox options: give accounts (or credentials, for a single account)");
  }
  if (!Array.isArray(options.accounts) || options.accounts.length === 0) {
    throw new Error("Sandbox options: accounts must list at least one account");
  }
  return options.accounts;
}
__name(accountsOf, "accountsOf");
var AccountRegistry = class {
  static {
    __name(this, "AccountRegistry");
  }
  matcher = new CredentialMatcher();
  byId = /* @__PURE__ */ new Map();
  all = [];
  /** Throws a configuration error naming the entry (never the secret) that is wrong. */
  constructor(accounts, world) {
    const planned = accounts.map((account, i) => plan(account, i));
    checkUnique(planned);
    for (const { options, credentials } of planned) {
      const state = new SandboxState(options.seed ?? world.seed, world.clock, world.contacts, world.log);
      const limiter = options.rateLimit ? new FixedWindowLimiter(options.rateLimit) : void 0;
      const account = new Account(options.id, state, limiter, {
        id: options.id,
        credentials: credentials.map(({ scheme, grant }) => ({
          scheme,
          scopes: grant === "ALL" ? "ALL" : [...grant]
        })),
        ...options.rateLimit ? { rateLimit: { ...options.rateLimit } } : {}
      });
      for (const { scheme, secret, grant } of credentials) {
        this.matcher.add(scheme, secret, { account, grant });
      }
      this.byId.set(account.id, account);
      this.all.push(account);
    }
  }
  /** In configuration order. */
  list() {
    return this.all;
  }
  authenticate(authorization) {
    return this.matcher.match(authorization);
  }
  /** The account an admin route's `?account=` names; without one, the first. */
  select(query) {
    const id = oneParam(query);
    const account = id ? this.byId.get(id) : this.all[0];
    if (!account)
      throw notFound();
    return account;
  }
};
function plan(options, index2) {
  const path = `accounts[${index2}]`;
  if (typeof options?.id !== "string" || !/^[\w.-]+$/.test(options.id)) {
    throw new Error(`Sandbox ${path}.id must be letters, digits, "_", "-" or "."`);
  }
  if (typeof options.credentials !== "object" || options.credentials === null) {
    throw new Error(`Sandbox ${path}.credentials must be given`);
  }
  const credentials = credentialsOf(options.credentials, `${path}.credentials`);
  if (credentials.length === 0) {
    throw new Error(`Sandbox ${path} (${options.id}) has no credentials, so nobody could use it`);
  }
  const limit = options.rateLimit;
  if (limit !== void 0 && !(Number.isSafeInteger(limit.requests) && limit.requests > 0 && Number.isFinite(limit.perSeconds) && limit.perSeconds > 0)) {
    throw new Error(`Sandbox ${path}.rateLimit needs a positive whole number of requests and positive perSeconds`);
  }
  return { options, credentials, path };
}
__name(plan, "plan");
function checkUnique(planned) {
  const ids = /* @__PURE__ */ new Map();
  const owners = /* @__PURE__ */ new Map();
  for (const entry of planned) {
    const id = entry.options.id;
    const taken = ids.get(id);
    if (taken)
      throw new Error(`Sandbox ${entry.path}.id "${id}" is already the id of ${taken}`);
    ids.set(id, entry.path);
    const schemeSecrets = /* @__PURE__ */ new Set();
    for (const credential of entry.credentials) {
      const schemeSecret = `${credential.scheme} ${credential.secret}`;
      if (schemeSecrets.has(schemeSecret)) {
        throw new Error(`Sandbox ${credential.path} repeats another credential of ${entry.path}`);
      }
      schemeSecrets.add(schemeSecret);
      const owned = credential.username !== void 0 ? `user ${credential.username}` : `token ${credential.secret}`;
      const owner = owners.get(owned);
      if (owner && owner !== entry) {
        throw new Error(`Sandbox ${credential.path} is also a credential of account "${owner.options.id}"; a secret (or Basic username) must identify one account`);
      }
      owners.set(owned, entry);
    }
  }
}
__name(checkUnique, "checkUnique");

// dist/sandbox/accountsFile.js
import { readFile as readFile2 } from "node:fs/promises";
import { z as z5 } from "zod";

// dist/sandbox/seed.js
import { readFile } from "node:fs/promises";
import { z as z4 } from "zod";

// dist/sandbox/contacts.js
import { z as z3 } from "zod";
var REACHES = ["ONLINE", "OFFLINE", "UNREACHABLE"];
var PHONE_CHANNELS = ["VIBER", "FACEBOOK", "VKONTAKTE", "PARSECO", "SMS", "VOICE"];
var contactChannelsSchema = z3.partialRecord(z3.enum(PHONE_CHANNELS), z3.enum(REACHES));
var contactInputSchema = z3.object({
  phoneNumber: z3.string().refine(isMsisdn, "must be an international number without +"),
  channels: contactChannelsSchema
});
var ContactStore = class {
  static {
    __name(this, "ContactStore");
  }
  seed;
  byPhone = /* @__PURE__ */ new Map();
  constructor(seed = []) {
    this.seed = seed;
    this.reset();
  }
  list() {
    return [...this.byPhone.values()];
  }
  get(phoneNumber) {
    return this.byPhone.get(phoneNumber);
  }
  put(contact) {
    this.byPhone.set(contact.phoneNumber, contact);
    return contact;
  }
  delete(phoneNumber) {
    return this.byPhone.delete(phoneNumber);
  }
  /** Back to the seed; a phone seeded twice keeps the later entry. */
  reset() {
    this.byPhone.clear();
    for (const contact of this.seed)
      this.put(contact);
  }
  reach(channel, address2) {
    if (channel === "EMAIL")
      return "ONLINE";
    if (channel === "PUSH")
      return "UNREACHABLE";
    const explicit = this.byPhone.get(address2)?.channels[channel];
    if (explicit)
      return explicit;
    return channel === "SMS" || channel === "VOICE" ? "ONLINE" : "UNREACHABLE";
  }
};

// dist/sandbox/seed.js
var stepSchema2 = z4.object({
  from: z4.string().optional(),
  channel: z4.enum(CHANNELS)
});
var scenarioSeedSchema = z4.object({
  key: z4.string().min(1).optional(),
  name: z4.string(),
  flow: z4.array(stepSchema2).min(1),
  default: z4.boolean().optional()
});
var sandboxSeedSchema = z4.object({
  scenarios: z4.array(scenarioSeedSchema).optional(),
  contacts: z4.array(contactInputSchema).optional(),
  devices: z4.array(deviceSeedSchema).optional()
}).refine((seed) => (seed.scenarios ?? []).filter((s) => s.default).length <= 1, {
  message: "at most one scenario can be the default",
  path: ["scenarios"]
});
var DEMO_APPLICATION_CODE = "233623e3c860b49ec69a464834343481-8bj4el4a-256d-23fd-56ad-b5bc3d568b53";
var DEFAULT_SEED = {
  scenarios: [{ name: "Default SMS", flow: [{ from: "InfoSMS", channel: "SMS" }], default: true }],
  contacts: [{ phoneNumber: "41793026731", channels: { VKONTAKTE: "OFFLINE" } }],
  devices: [
    {
      pushRegistrationId: "DBE0B0B6-668E-491E-8EE8-2A3DB2C71CBE",
      applicationCode: DEMO_APPLICATION_CODE,
      primary: true,
      phoneNumber: "41793026727",
      externalUserId: "customer_21234",
      platform: "iOS",
      deviceManufacturer: "Apple",
      deviceModel: "iPhone 15",
      osLanguage: "en"
    },
    {
      pushRegistrationId: "6F1C2A3D-0B9E-4C47-9A51-3E8D7B2F4C10",
      applicationCode: DEMO_APPLICATION_CODE,
      phoneNumber: "41793026727",
      externalUserId: "customer_21234",
      platform: "Android",
      deviceManufacturer: "Samsung",
      deviceModel: "Galaxy Tab S9",
      osLanguage: "en"
    }
  ]
};
function parseSeed(value, source = "seed") {
  const result = sandboxSeedSchema.safeParse(value);
  if (!result.success) {
    throw new Error(`Invalid sandbox ${source}:
${z4.prettifyError(result.error)}`);
  }
  return result.data;
}
__name(parseSeed, "parseSeed");
async function loadSeedFile(path) {
  let text;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    throw new Error(`Cannot read sandbox seed file ${path}: ${error.message}`);
  }
  let json;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new Error(`Sandbox seed file ${path} is not JSON: ${error.message}`);
  }
  return parseSeed(json, `seed file ${path}`);
}
__name(loadSeedFile, "loadSeedFile");

// dist/sandbox/accountsFile.js
var secretSchema = z5.union([z5.string().min(1), z5.strictObject({ env: z5.string().min(1) })]);
var fileSchema = z5.array(z5.strictObject({
  id: z5.string().min(1),
  credentials: z5.strictObject({
    apiKeys: z5.array(z5.union([
      secretSchema,
      z5.strictObject({ key: secretSchema, scopes: z5.array(z5.string()) })
    ])).optional(),
    basic: z5.array(z5.strictObject({ username: z5.string().min(1), password: secretSchema })).optional(),
    ibssoTokens: z5.array(secretSchema).optional(),
    bearerTokens: z5.array(secretSchema).optional()
  }),
  seed: sandboxSeedSchema.optional(),
  rateLimit: z5.strictObject({ requests: z5.number().int().positive(), perSeconds: z5.number().positive() }).optional()
})).min(1);
async function loadAccountsFile(path, env = process.env) {
  let text;
  try {
    text = await readFile2(path, "utf8");
  } catch (error) {
    throw new Error(`Cannot read sandbox accounts file ${path}: ${error.message}`);
  }
  let json;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new Error(`Sandbox accounts file ${path} is not JSON: ${error.message}`);
  }
  const result = fileSchema.safeParse(json);
  if (!result.success) {
    throw new Error(`Invalid sandbox accounts file ${path}:
${z5.prettifyError(result.error)}`);
  }
  const missing = [];
  const reveal = /* @__PURE__ */ __name((secret, at) => {
    if (typeof secret === "string")
      return secret;
    const value = env[secret.env];
    if (!value)
      missing.push(`\u2716 environment variable ${secret.env} is not set
  \u2192 at ${at}`);
    return value ?? "";
  }, "reveal");
  const accounts = result.data.map((account, i) => {
    const at = `[${i}].credentials`;
    const { apiKeys, basic, ibssoTokens, bearerTokens } = account.credentials;
    const credentials = {
      ...apiKeys && {
        apiKeys: apiKeys.map((entry, j) => typeof entry === "object" && "key" in entry ? { key: reveal(entry.key, `${at}.apiKeys[${j}].key`), scopes: entry.scopes } : reveal(entry, `${at}.apiKeys[${j}]`))
      },
      ...basic && {
        basic: basic.map((entry, j) => ({
          username: entry.username,
          password: reveal(entry.password, `${at}.basic[${j}].password`)
        }))
      },
      ...ibssoTokens && {
        ibssoTokens: ibssoTokens.map((t, j) => reveal(t, `${at}.ibssoTokens[${j}]`))
      },
      ...bearerTokens && {
        bearerTokens: bearerTokens.map((t, j) => reveal(t, `${at}.bearerTokens[${j}]`))
      }
    };
    return { ...account, credentials };
  });
  if (missing.length > 0) {
    throw new Error(`Invalid sandbox accounts file ${path}:
${missing.join("\n")}`);
  }
  return accounts;
}
__name(loadAccountsFile, "loadAccountsFile");

// dist/sandbox/server.js
import { createServer } from "node:http";
import express2 from "express";

// dist/sandbox/auth.js
function gate(deps) {
  return (req, template, scopes) => {
    const caller = deps.accounts.authenticate(req.headers.authorization);
    if (!caller)
      throw unauthorized();
    deps.stats.countFor(caller.account.id, template);
    const turn = caller.account.limiter?.take();
    if (turn && !turn.admitted)
      throw tooManyRequests(turn.retryAfterSeconds);
    if (scopes && !allows(caller.grant, scopes))
      throw forbidden();
    return caller.account;
  };
}
__name(gate, "gate");

// dist/sandbox/eventQueue.js
var EventQueue = class {
  static {
    __name(this, "EventQueue");
  }
  heap = [];
  seq = 0;
  get size() {
    return this.heap.length;
  }
  push(event) {
    this.heap.push({ at: event.at, run: event.run, owner: event.owner, seq: this.seq++ });
    this.up(this.heap.length - 1);
  }
  peek() {
    return this.heap[0];
  }
  pop() {
    const top = this.heap[0];
    const last = this.heap.pop();
    if (top !== void 0 && last !== void 0 && this.heap.length > 0) {
      this.heap[0] = last;
      this.down(0);
    }
    return top;
  }
  clear() {
    this.heap = [];
  }
  /** Drops the owner's events; the rest keep their order, since it is carried by (at, seq). */
  removeOwnedBy(owner) {
    this.heap = this.heap.filter((entry) => entry.owner !== owner);
    for (let i = (this.heap.length >> 1) - 1; i >= 0; i--)
      this.down(i);
  }
  before(a, b) {
    return a.at < b.at || a.at === b.at && a.seq < b.seq;
  }
  up(index2) {
    const heap = this.heap;
    let i = index2;
    while (i > 0) {
      const parent = i - 1 >> 1;
      if (!this.before(heap[i], heap[parent]))
        break;
      [heap[i], heap[parent]] = [heap[parent], heap[i]];
      i = parent;
    }
  }
  down(index2) {
    const heap = this.heap;
    let i = index2;
    for (; ; ) {
      const left = 2 * i + 1;
      const right = left + 1;
      let smallest = i;
      if (left < heap.length && this.before(heap[left], heap[smallest]))
        smallest = left;
      if (right < heap.length && this.before(heap[right], heap[smallest]))
        smallest = right;
      if (smallest === i)
        return;
      [heap[i], heap[smallest]] = [heap[smallest], heap[i]];
      i = smallest;
    }
  }
};

// dist/sandbox/clock.js
var MAX_TIMEOUT_MS = 2 ** 31 - 1;
var SandboxClock = class {
  static {
    __name(this, "SandboxClock");
  }
  realNow;
  anchorSandbox;
  anchorReal;
  currentSpeed;
  queue = new EventQueue();
  timer;
  armedFor;
  draining = false;
  constructor(startAt, speed, realNow = () => performance.now()) {
    this.realNow = realNow;
    this.anchorSandbox = startAt;
    this.anchorReal = realNow();
    this.currentSpeed = speed;
  }
  now() {
    return Math.floor(this.anchorSandbox + (this.realNow() - this.anchorReal) * this.currentSpeed);
  }
  get speed() {
    return this.currentSpeed;
  }
  setSpeed(speed) {
    this.reanchor();
    this.currentSpeed = speed;
    this.rearm();
  }
  /** Moves time forward and runs everything that became due, in order, before returning. */
  advance(ms) {
    this.reanchor();
    this.anchorSandbox += ms;
    this.drain();
  }
  schedule(at, run, owner) {
    this.queue.push({ at, run, owner });
    if (!this.draining && (this.armedFor === void 0 || at < this.armedFor))
      this.rearm();
  }
  /** The same time, with every event tagged as the owner's so that clearEvents(owner) finds them. */
  scheduler(owner) {
    return {
      now: /* @__PURE__ */ __name(() => this.now(), "now"),
      schedule: /* @__PURE__ */ __name((at, run) => this.schedule(at, run, owner), "schedule")
    };
  }
  /** Forgets the owner's pending events (an account's reset), leaving the other accounts' plays. */
  clearEvents(owner) {
    this.queue.removeOwnedBy(owner);
    this.rearm();
  }
  stop() {
    this.queue.clear();
    this.disarm();
  }
  reanchor() {
    const real = this.realNow();
    this.anchorSandbox += (real - this.anchorReal) * this.currentSpeed;
    this.anchorReal = real;
  }
  drain() {
    this.draining = true;
    try {
      const target = this.now();
      for (let next = this.queue.peek(); next && next.at <= target; next = this.queue.peek()) {
        this.queue.pop();
        next.run(next.at);
      }
    } finally {
      this.draining = false;
      this.rearm();
    }
  }
  disarm() {
    if (this.timer)
      clearTimeout(this.timer);
    this.timer = void 0;
    this.armedFor = void 0;
  }
  rearm() {
    this.disarm();
    const next = this.queue.peek();
    if (!next || this.currentSpeed <= 0)
      return;
    const delay = Math.min(MAX_TIMEOUT_MS, Math.max(0, Math.ceil((next.at - this.now()) / this.currentSpeed)));
    this.armedFor = next.at;
    this.timer = setTimeout(() => this.drain(), delay);
    this.timer.unref();
  }
};

// dist/sandbox/routes/admin.js
import { Router } from "express";
import { z as z6 } from "zod";
var advanceSchema = z6.object({
  ms: z6.number().nonnegative(),
  seconds: z6.number().nonnegative(),
  minutes: z6.number().nonnegative(),
  hours: z6.number().nonnegative()
}).partial().refine((b) => Object.values(b).some((v) => v !== void 0), "give ms, seconds, minutes or hours");
var speedSchema = z6.object({ speed: z6.number().nonnegative() });
var contactBodySchema = z6.object({ channels: contactChannelsSchema });
var contactParamsSchema = z6.object({
  phoneNumber: z6.string().refine(isMsisdn, "must be an international number without +, 7 to 15 digits")
});
var parse = /* @__PURE__ */ __name((schema, body) => validated(schema, body ?? {}), "parse");
function adminRoutes(deps) {
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
    const ms = (b.ms ?? 0) + (b.seconds ?? 0) * 1e3 + (b.minutes ?? 0) * 6e4 + (b.hours ?? 0) * 36e5;
    clock.advance(Math.round(ms));
    res.json({ now: new Date(clock.now()).toISOString() });
  });
  router.get("/sandbox/contacts", (_req, res) => {
    res.json({ contacts: contacts.list() });
  });
  router.get("/sandbox/contacts/:phoneNumber", (req, res) => {
    const contact = contacts.get(req.params.phoneNumber);
    if (!contact)
      throw notFound();
    res.json(contact);
  });
  router.put("/sandbox/contacts/:phoneNumber", (req, res) => {
    const { phoneNumber } = validated(contactParamsSchema, req.params);
    const { channels } = parse(contactBodySchema, req.body);
    res.json(contacts.put({ phoneNumber, channels }));
  });
  router.delete("/sandbox/contacts/:phoneNumber", (req, res) => {
    if (!contacts.delete(req.params.phoneNumber))
      throw notFound();
    res.status(204).end();
  });
  router.get("/sandbox/accounts", (_req, res) => {
    res.json({ accounts: accounts.list().map((account) => account.summary) });
  });
  router.get("/sandbox/stats", (_req, res) => {
    res.json({
      requests: stats.snapshot(),
      byAccount: stats.byAccount(),
      webhooks: webhookTotals(accounts.list().map((a) => a.state.notifier.stats()))
    });
  });
  router.post("/sandbox/stats/reset", (_req, res) => {
    stats.reset();
    res.json({ requests: stats.snapshot(), byAccount: stats.byAccount() });
  });
  router.post("/sandbox/reset", (req, res) => {
    if (oneParam(req.query.account)) {
      accounts.select(req.query.account).reset();
    } else {
      contacts.reset();
      for (const account of accounts.list())
        account.reset();
    }
    res.json({ status: "RESET" });
  });
  return router;
}
__name(adminRoutes, "adminRoutes");
function webhookTotals(all) {
  return all.reduce((sum, one) => ({
    delivered: sum.delivered + one.delivered,
    failed: sum.failed + one.failed,
    retrying: sum.retrying + one.retrying
  }), { delivered: 0, failed: 0, retrying: 0 });
}
__name(webhookTotals, "webhookTotals");

// dist/sandbox/routes/omni.js
import { randomUUID as randomUUID3 } from "node:crypto";
import { z as z9 } from "zod";

// dist/sandbox/apiRouter.js
import { Router as Router2 } from "express";
function apiRouter(deps) {
  const router = Router2();
  const accounts = /* @__PURE__ */ new WeakMap();
  const route = /* @__PURE__ */ __name((method, path, handle) => {
    const template = `${method.toUpperCase()} ${path.replace(/:(\w+)/g, "{$1}")}`;
    const scopes = scopesOf(template);
    router[method](path, (req, _res, next) => {
      deps.stats.count(template);
      accounts.set(req, deps.gate(req, template, scopes));
      next();
    }, jsonBody, (req, res) => {
      const reply = handle(req, accounts.get(req));
      res.status(reply.status ?? 200).json(reply.body);
    });
  }, "route");
  const refuseUnknown = /* @__PURE__ */ __name((prefix) => {
    router.use(prefix, (req) => {
      const template = `${req.method} ${prefix}/{unknown}`;
      deps.stats.count(template);
      deps.gate(req, template);
      throw notFound();
    });
  }, "refuseUnknown");
  return { router, route, refuseUnknown };
}
__name(apiRouter, "apiRouter");

// dist/sandbox/logs.js
function queryLogs(store, filter) {
  const candidates = filter.messageIds.length > 0 ? unique(store.withMessageIds(filter.messageIds)) : filter.bulkIds.length > 0 ? unique(store.withBulkIds(filter.bulkIds)) : store.all();
  const bulkIds = filter.bulkIds.length > 0 ? new Set(filter.bulkIds) : void 0;
  const rows = [];
  for (const message of candidates) {
    if (bulkIds && (message.bulkId === void 0 || !bulkIds.has(message.bulkId)))
      continue;
    for (const attempt of message.attempts) {
      if (attempt.sentAt >= filter.keptSince && matches(attempt, filter))
        rows.push(attempt);
    }
  }
  rows.sort((a, b) => b.sentAt - a.sentAt || b.step - a.step || b.message.seq - a.message.seq);
  return rows.slice(0, filter.limit).map(toOmniLog);
}
__name(queryLogs, "queryLogs");
function matches(attempt, filter) {
  return (filter.from === void 0 || attempt.from === filter.from) && (filter.to === void 0 || attempt.to === filter.to) && (filter.generalStatus === void 0 || attempt.status.groupName === filter.generalStatus) && (filter.channel === void 0 || attempt.channel === filter.channel) && (filter.sentSince === void 0 || attempt.sentAt >= filter.sentSince) && (filter.sentUntil === void 0 || attempt.sentAt <= filter.sentUntil) && (filter.mcc === void 0 || attempt.mccMnc?.slice(0, 3) === filter.mcc) && (filter.mnc === void 0 || attempt.mccMnc?.slice(3) === filter.mnc);
}
__name(matches, "matches");
function unique(items) {
  return [...new Set(items)];
}
__name(unique, "unique");
function toOmniLog(attempt) {
  const { message } = attempt;
  return {
    bulkId: message.bulkId,
    messageId: message.messageId,
    to: attempt.to,
    from: attempt.from,
    text: attempt.text,
    sentAt: wireDate(attempt.sentAt),
    doneAt: attempt.doneAt === void 0 ? void 0 : wireDate(attempt.doneAt),
    messageCount: attempt.messageCount,
    mccMnc: attempt.mccMnc,
    price: attempt.price,
    status: attempt.status,
    channel: attempt.channel
  };
}
__name(toOmniLog, "toOmniLog");

// dist/sandbox/queryParams.js
import { z as z7 } from "zod";
function first(value) {
  const one = Array.isArray(value) ? value[0] : value;
  return typeof one === "string" ? one : void 0;
}
__name(first, "first");
function present(value) {
  const one = first(value);
  return one === "" ? void 0 : one;
}
__name(present, "present");
var stringParam = z7.preprocess(first, z7.string().optional());
var listParam = z7.preprocess((value) => (Array.isArray(value) ? value : [value]).filter((v) => typeof v === "string").flatMap((v) => v.split(",")).map((v) => v.trim()).filter((v) => v !== ""), z7.array(z7.string()));
function intParam(bounds) {
  const range = z7.number().refine(Number.isSafeInteger, { message: "must be an integer", abort: true }).min(bounds.min, `must be at least ${bounds.min}`);
  return z7.preprocess(present, z7.string().regex(/^-?\d+$/, "must be an integer").transform(Number).pipe(bounds.max === void 0 ? range : range.max(bounds.max, `must be at most ${bounds.max}`)).default(bounds.fallback));
}
__name(intParam, "intParam");
var booleanParam = z7.preprocess(present, z7.enum(["true", "false"], { error: "must be true or false" }).transform((text) => text === "true").optional());
var channelParam = z7.preprocess(present, z7.enum(CHANNELS, { error: "unknown channel" }).optional());
var dateParam = z7.preprocess(present, z7.string().transform((text) => parseOmniDate(text.replace(/ (\d{2}:?\d{2})$/, "+$1")).getTime()).refine((ms) => !Number.isNaN(ms), "must be a date-time like 2015-02-22T17:42:05.390+0100").optional());
function enumParam(values) {
  return z7.preprocess(first, z7.enum(values, { error: `must be one of ${values.join(", ")}` }).optional());
}
__name(enumParam, "enumParam");
var requiredParam = z7.preprocess(present, z7.string({ error: "must not be empty" }));

// dist/sandbox/sendRequest.js
import { z as z8 } from "zod";
var MUST_BE_STRING = { error: "must be a string" };
var MUST_BE_BOOLEAN = { error: "must be a boolean" };
function contentSchema(channel) {
  return z8.looseObject({
    text: z8.string(MUST_BE_STRING).optional(),
    validityPeriodTimeUnit: z8.enum(TIME_UNITS, { error: `must be one of ${TIME_UNITS.join(", ")}` }).optional(),
    ...channel === "SMS" ? smsOptionsShape : {}
  }, { error: "must be an object" }).superRefine((content, ctx) => {
    const validity = validityOf(channel, content);
    if (!validity.ok) {
      ctx.addIssue({ code: "custom", path: ["validityPeriod"], message: messageOf(validity) });
    }
    for (const violation of checkContent(channel, content)) {
      const path = violation.path.split(".").slice(1);
      ctx.addIssue({ code: "custom", path, message: violation.message });
    }
  }, { when: /* @__PURE__ */ __name((payload) => isRecord(payload.value), "when") }).transform((content) => {
    const validity = validityOf(channel, content);
    return {
      ...content.text ? { text: content.text } : {},
      validityMs: validity.ok ? validity.ms : defaultValidity(channel),
      fields: content,
      ...channel === "SMS" ? { sms: smsOptionsOf(content) } : {}
    };
  });
}
__name(contentSchema, "contentSchema");
var languageCodeSchema = z8.enum(SMS_LANGUAGE_CODES, { error: `must be one of ${SMS_LANGUAGE_CODES.join(", ")}` }).optional();
var smsOptionsShape = {
  language: z8.unknown().superRefine((language, ctx) => {
    if (!isRecord(language))
      return;
    const code = languageCodeSchema.safeParse(language.languageCode);
    for (const issue of code.error?.issues ?? []) {
      ctx.addIssue({ code: "custom", path: ["languageCode"], message: issue.message });
    }
  }).optional(),
  transliteration: z8.enum(TRANSLITERATIONS, { error: "must be a documented transliteration code" }).optional()
};
function smsOptionsOf(content) {
  const languageCode = isRecord(content.language) ? content.language.languageCode : void 0;
  const transliteration = content.transliteration;
  return {
    ...languageCode !== void 0 ? { languageCode } : {},
    ...transliteration !== void 0 ? { transliteration } : {}
  };
}
__name(smsOptionsOf, "smsOptionsOf");
function validityOf(channel, content) {
  const unit = content.validityPeriodTimeUnit;
  const period = content.validityPeriod;
  if (unit !== void 0 && !TIME_UNITS.includes(unit)) {
    return { ok: true, ms: defaultValidity(channel), clamped: false };
  }
  if (period === void 0 || period === null)
    return normaliseValidityPeriod(channel, void 0);
  const numeric = typeof period === "number" ? period : typeof period === "string" && /^\d+$/.test(period) ? Number(period) : NaN;
  return normaliseValidityPeriod(channel, numeric, unit);
}
__name(validityOf, "validityOf");
function messageOf(result) {
  switch (result.reason) {
    case "TOO_SHORT":
      return `must be at least ${result.minMs / 1e3} seconds`;
    case "TOO_LONG":
      return `must be at most ${result.maxMs / 36e5} hours`;
    case "NOT_POSITIVE_INTEGER":
      return "must be a positive integer";
  }
}
__name(messageOf, "messageOf");
function defaultValidity(channel) {
  const result = normaliseValidityPeriod(channel, void 0);
  return result.ok ? result.ms : 0;
}
__name(defaultValidity, "defaultValidity");
var optionalString = z8.string(MUST_BE_STRING).nullish();
var address = z8.string(MUST_BE_STRING).nullish();
var destinationSchema = z8.object({
  messageId: z8.string(MUST_BE_STRING).optional(),
  // The legacy documentation also shows `"to": "41793026727"`.
  to: z8.preprocess((to) => typeof to === "string" ? { phoneNumber: to } : recordOrEmpty(to), z8.object({ phoneNumber: address, emailAddress: address }))
}, { error: "must be an object" }).superRefine((destination, ctx) => {
  const to = recordOrEmpty(destination.to);
  const phoneNumber = to.phoneNumber ?? void 0;
  const emailAddress = to.emailAddress ?? void 0;
  const phoneOk = typeof phoneNumber === "string" && isMsisdn(phoneNumber);
  const emailOk = typeof emailAddress === "string" && isEmailAddress(emailAddress);
  const add = /* @__PURE__ */ __name((path, message) => ctx.addIssue({ code: "custom", path: ["to", ...path], message }), "add");
  if (phoneNumber === void 0 && emailAddress === void 0) {
    add([], "must contain phoneNumber or emailAddress");
  } else if (!phoneOk && !emailOk) {
    if (phoneNumber !== void 0) {
      add(["phoneNumber"], "must be an international number without +, 7 to 15 digits");
    }
    if (emailAddress !== void 0)
      add(["emailAddress"], "must be an e-mail address");
  }
}, { when: /* @__PURE__ */ __name((payload) => isRecord(payload.value), "when") }).transform(({ messageId, to }) => ({
  messageId,
  to: {
    phoneNumber: to.phoneNumber ?? void 0,
    emailAddress: to.emailAddress ?? void 0
  }
}));
function commonShape(now) {
  return {
    bulkId: optionalString,
    scenarioKey: optionalString,
    callbackData: z8.string(MUST_BE_STRING).refine((data) => data.length <= MAX_CALLBACK_DATA, `must be at most ${MAX_CALLBACK_DATA} characters`).nullish(),
    notifyUrl: z8.string(MUST_BE_STRING).refine(isHttpUrl, "must be an http(s) URL").nullish(),
    notifyContentType: z8.string(MUST_BE_STRING).refine((type) => NOTIFY_CONTENT_TYPES.includes(type), `must be one of ${NOTIFY_CONTENT_TYPES.join(", ")}`).nullish(),
    sendAt: z8.string(MUST_BE_STRING).transform((text) => parseOmniDate(text).getTime()).refine((ms) => !Number.isNaN(ms), {
      message: "must be a date-time like 2021-05-24T10:45:38.000+0000",
      abort: true
    }).refine((ms) => sendAtRule(ms, now()) !== "SEND_AT_TOO_FAR", SEND_AT_RULES.SEND_AT_TOO_FAR).nullish(),
    intermediateReport: z8.boolean(MUST_BE_BOOLEAN).nullish(),
    notify: z8.boolean(MUST_BE_BOOLEAN).nullish(),
    destinations: nonEmpty(z8.array(destinationSchema, { error: "must not be empty" }))
  };
}
__name(commonShape, "commonShape");
function toRequest(common2, content) {
  const { bulkId, scenarioKey, sendAt, notifyUrl, notifyContentType, callbackData } = common2;
  return {
    ...bulkId != null ? { bulkId } : {},
    ...scenarioKey != null ? { scenarioKey } : {},
    destinations: common2.destinations,
    ...sendAt != null ? { sendAt } : {},
    ...notifyUrl != null ? { notifyUrl } : {},
    ...notifyContentType != null ? { notifyContentType } : {},
    ...callbackData != null ? { callbackData } : {},
    intermediateReport: common2.intermediateReport ?? false,
    notify: common2.notify ?? true,
    content
  };
}
__name(toRequest, "toRequest");
var CONTENT_KEYS = CHANNELS.map((channel) => CHANNEL_CONTENT_KEY[channel]);
var legacyText = /* @__PURE__ */ __name((text) => typeof text === "string" && text !== "" ? text : void 0, "legacyText");
function sendRequestParsers(now) {
  const common2 = commonShape(now);
  const contentShape = {};
  for (const channel of CHANNELS) {
    contentShape[CHANNEL_CONTENT_KEY[channel]] = contentSchema(channel).nullish();
  }
  const advanced = z8.preprocess((body) => {
    const input = recordOrEmpty(body);
    if (legacyText(input.text) === void 0)
      return input;
    const filled = { ...input };
    for (const key of CONTENT_KEYS)
      filled[key] ??= {};
    return filled;
  }, z8.object({ text: z8.string(MUST_BE_STRING).optional(), ...contentShape, ...common2 }).transform((input) => {
    const commonText = legacyText(input.text);
    const content = {};
    for (const channel of CHANNELS) {
      const parsed = input[CHANNEL_CONTENT_KEY[channel]];
      if (!parsed)
        continue;
      const text2 = parsed.text ?? commonText;
      content[channel] = {
        ...parsed,
        ...text2 !== void 0 ? { text: text2 } : {},
        hasContent: hasContent(channel, text2, parsed.fields)
      };
    }
    return toRequest(input, content);
  }));
  const text = z8.preprocess(recordOrEmpty, z8.object({
    text: nonEmpty(z8.string({ error: "must not be empty" })),
    ...common2
  }).transform((input) => {
    const content = {};
    for (const channel of CHANNELS) {
      content[channel] = {
        text: input.text,
        hasContent: true,
        validityMs: defaultValidity(channel),
        fields: { text: input.text }
      };
    }
    return toRequest(input, content);
  }));
  return {
    advanced: /* @__PURE__ */ __name((body) => validated(advanced, body), "advanced"),
    text: /* @__PURE__ */ __name((body) => validated(text, body), "text")
  };
}
__name(sendRequestParsers, "sendRequestParsers");
function hasContent(channel, text, fields) {
  if (text !== void 0 && text.length > 0)
    return true;
  if (channel === "VKONTAKTE")
    return typeof fields.templateName === "string" && fields.templateName !== "";
  if (channel === "VIBER")
    return typeof fields.imageURL === "string" && fields.imageURL !== "";
  return false;
}
__name(hasContent, "hasContent");
function isHttpUrl(value) {
  try {
    const url = new URL(value);
    return url.protocol === "http:" || url.protocol === "https:";
  } catch {
    return false;
  }
}
__name(isHttpUrl, "isHttpUrl");

// dist/sandbox/routes/omni.js
var scenariosQuery = z9.object({
  isDefault: booleanParam,
  limit: intParam({ min: 0, fallback: 100 }),
  page: intParam({ min: 0, fallback: 0 })
});
var reportsQuery = z9.object({
  limit: intParam({ min: 0, max: 1e3, fallback: 50 }),
  channel: channelParam,
  bulkId: stringParam,
  messageId: stringParam
});
var logsQuery = z9.object({
  limit: intParam({ min: 0, max: 1e3, fallback: 50 }),
  channel: channelParam,
  generalStatus: enumParam(["ACCEPTED", ...STATUS_GROUPS]),
  sentSince: dateParam,
  sentUntil: dateParam,
  from: stringParam,
  to: stringParam,
  mcc: stringParam,
  mnc: stringParam,
  bulkId: listParam,
  messageId: listParam
});
function omniRoutes(deps) {
  const { clock } = deps;
  const { router, route, refuseUnknown } = apiRouter(deps);
  const parse2 = sendRequestParsers(() => clock.now());
  route("get", "/omni/1/scenarios", (req, { state }) => {
    const { isDefault, limit, page } = validated(scenariosQuery, req.query);
    return {
      body: {
        scenarios: state.scenarios.list({
          ...isDefault !== void 0 ? { isDefault } : {},
          limit,
          page
        })
      }
    };
  });
  route("post", "/omni/1/scenarios", (req, { state }) => ({
    status: 201,
    body: state.scenarios.create(parseScenarioInput(req.body))
  }));
  route("get", "/omni/1/scenarios/:scenarioKey", (req, { state }) => {
    const scenario = state.scenarios.get(String(req.params.scenarioKey));
    if (!scenario)
      throw notFound();
    return { body: scenario };
  });
  route("put", "/omni/1/scenarios/:scenarioKey", (req, { state }) => {
    const key = String(req.params.scenarioKey);
    if (!state.scenarios.get(key))
      throw notFound();
    return { body: state.scenarios.replace(key, parseScenarioInput(req.body)) };
  });
  const send = /* @__PURE__ */ __name((state, request) => {
    const scenario = request.scenarioKey !== void 0 ? state.scenarios.get(request.scenarioKey) : state.scenarios.getDefault();
    if (!scenario) {
      throw badRequest({
        scenarioKey: [
          request.scenarioKey !== void 0 ? "scenario not found" : "no default scenario: pass scenarioKey or create a default scenario"
        ]
      });
    }
    const several = request.destinations.length > 1;
    const bulkId = request.bulkId ?? (several ? randomUUID3() : void 0);
    const messages = state.engine.send(request, scenario.flow, bulkId, clock.now());
    return {
      body: {
        ...several ? { bulkId } : {},
        messages: messages.map((m) => ({
          to: m.to,
          status: STATUS.PENDING_ENROUTE,
          messageId: m.messageId
        }))
      }
    };
  }, "send");
  route("post", "/omni/1/advanced", (req, { state }) => send(state, parse2.advanced(req.body)));
  route("post", "/omni/1/text", (req, { state }) => send(state, parse2.text(req.body)));
  route("get", "/omni/1/reports", (req, { state }) => {
    const { limit, channel, bulkId, messageId } = validated(reportsQuery, req.query);
    state.forgetExpired(clock.now());
    return {
      body: {
        results: state.reports.take({
          ...bulkId !== void 0 ? { bulkId } : {},
          ...messageId !== void 0 ? { messageId } : {},
          ...channel !== void 0 ? { channel } : {},
          limit
        })
      }
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
          keptSince: now - RETENTION_MS
        })
      }
    };
  });
  refuseUnknown("/omni");
  return router;
}
__name(omniRoutes, "omniRoutes");

// dist/sandbox/routes/sms.js
import { z as z10 } from "zod";
var previewRequest = z10.preprocess(recordOrEmpty, z10.object({
  text: z10.string({ error: "must be a string" }),
  languageCode: z10.enum(SMS_LANGUAGE_CODES, { error: `must be one of ${SMS_LANGUAGE_CODES.join(", ")}` }).nullish(),
  transliteration: z10.enum(TRANSLITERATIONS, { error: `must be one of ${TRANSLITERATIONS.join(", ")}` }).nullish()
}));
function smsRoutes(deps) {
  const { router, route } = apiRouter(deps);
  route("post", "/sms/1/preview", (req) => {
    const { text, languageCode, transliteration } = validated(previewRequest, req.body);
    const preview = previewSms({
      text,
      ...languageCode ? { languageCode } : {},
      ...transliteration ? { transliteration } : {}
    });
    return {
      body: {
        originalText: preview.originalText,
        previews: preview.previews.map(({ parts: _parts, ...entry }) => entry)
      }
    };
  });
  return router;
}
__name(smsRoutes, "smsRoutes");

// dist/sandbox/routes/push.js
import { z as z12 } from "zod";

// dist/sandbox/push/pushRequest.js
import { z as z11 } from "zod";

// dist/sandbox/push/pushErrors.js
var PushApiError = class extends ApiError {
  static {
    __name(this, "PushApiError");
  }
  violations;
  constructor(status, violations) {
    super(status, `E${status}`, "Request cannot be processed.");
    this.violations = violations;
  }
  toBody() {
    return {
      errorCode: this.messageId,
      description: this.text,
      action: "Check the syntax, violations and adjust the request.",
      violations: this.violations,
      resources: []
    };
  }
};
function fromZod(error) {
  return new PushApiError(400, error.issues.map((issue) => ({
    property: fieldPath(issue.path) || "body",
    violation: issue.message
  })));
}
__name(fromZod, "fromZod");

// dist/sandbox/push/pushRequest.js
var common = {
  messageId: z11.string().min(1).optional(),
  targetOnlyPrimaryDevices: z11.boolean().optional()
};
var conditionSchema = z11.record(z11.string(), z11.union([z11.string(), z11.boolean(), z11.number()])).refine((item) => Object.keys(item).length === 1, "must name exactly one attribute").transform((item) => {
  const [attribute, value] = Object.entries(item)[0];
  return { attribute, value: typeof value === "number" ? String(value) : value };
});
var destinationSchema2 = z11.discriminatedUnion("type", [
  z11.object({ type: z11.literal("REGISTRATION"), pushRegistrationId: z11.string().min(1), ...common }),
  z11.object({ type: z11.literal("EXTERNAL_USER_ID"), externalUserId: z11.string().min(1), ...common }),
  z11.object({ type: z11.literal("PHONE_NUMBER"), phoneNumber: z11.string().min(1), ...common }),
  z11.object({ type: z11.literal("EMAIL"), email: z11.string().min(1), ...common }),
  z11.object({
    type: z11.literal("MULTIPLE"),
    $and: z11.array(conditionSchema).optional(),
    $or: z11.array(conditionSchema).optional(),
    ...common
  }).refine((d) => (d.$and?.length ?? 0) + (d.$or?.length ?? 0) > 0, {
    message: "MULTIPLE needs at least one condition in $and or $or"
  })
]);
var dateSchema = z11.string().transform((text) => parseOmniDate(text).getTime()).refine((ms) => !Number.isNaN(ms), "must be a date-time like 2026-07-23T12:55:35.086+0000");
var messageSchema = z11.object({
  sender: z11.string().min(1),
  destinations: z11.array(destinationSchema2).min(1),
  content: z11.discriminatedUnion("type", [
    z11.object({
      type: z11.literal("TEXT"),
      title: z11.string().max(MAX_PUSH_API_TITLE).optional(),
      text: z11.string().min(1).max(MAX_PUSH_TEXT)
    }),
    z11.object({
      type: z11.literal("IMAGE"),
      title: z11.string().max(MAX_PUSH_API_TITLE).optional(),
      text: z11.string().min(1).max(MAX_PUSH_TEXT),
      url: z11.string().min(1)
    })
  ]),
  options: z11.object({
    validityPeriod: z11.object({
      amount: z11.number().int().positive(),
      timeUnit: z11.enum(TIME_UNITS).optional()
    }).optional(),
    isSilent: z11.boolean().optional(),
    showMirroredPush: z11.boolean().optional(),
    sendAt: dateSchema.optional()
  }).optional(),
  webhooks: z11.object({ callbackData: z11.string().max(MAX_CALLBACK_DATA).optional() }).optional()
});
var requestSchema = z11.object({
  messages: z11.array(messageSchema).min(1),
  options: z11.object({
    schedule: z11.object({
      bulkId: z11.string().min(1).max(100).optional(),
      sendAt: dateSchema.optional()
    }).optional()
  }).optional()
});
function parsePushRequest(body) {
  const result = requestSchema.safeParse(body);
  if (!result.success)
    throw fromZod(result.error);
  const { messages, options } = result.data;
  const violations = [];
  const parsed = messages.map((message, i) => {
    const period = message.options?.validityPeriod;
    const validity = normaliseValidityPeriod("PUSH", period?.amount, period?.timeUnit);
    if (!validity.ok) {
      violations.push({
        property: `messages[${i}].options.validityPeriod`,
        violation: "must be at least 30 seconds"
      });
    }
    const sendAt = message.options?.sendAt ?? options?.schedule?.sendAt;
    const callbackData = message.webhooks?.callbackData;
    return {
      sender: message.sender,
      destinations: message.destinations.map(toDestination),
      // A silent push is not shown, except when mirrored inside the app.
      visible: message.options?.isSilent !== true || message.options.showMirroredPush === true,
      validityMs: validity.ok ? validity.ms : 0,
      ...sendAt !== void 0 ? { sendAt } : {},
      ...callbackData !== void 0 ? { callbackData } : {}
    };
  });
  if (violations.length)
    throw new PushApiError(400, violations);
  const bulkId = options?.schedule?.bulkId;
  return { ...bulkId !== void 0 ? { bulkId } : {}, messages: parsed };
}
__name(parsePushRequest, "parsePushRequest");
function toDestination(raw) {
  const shared = {
    ...raw.messageId !== void 0 ? { messageId: raw.messageId } : {},
    targetOnlyPrimaryDevices: raw.targetOnlyPrimaryDevices === true
  };
  switch (raw.type) {
    case "REGISTRATION":
      return { ...shared, target: raw, address: raw.pushRegistrationId };
    case "EXTERNAL_USER_ID":
      return { ...shared, target: raw, address: raw.externalUserId };
    case "PHONE_NUMBER":
      return { ...shared, target: raw, address: raw.phoneNumber };
    case "EMAIL":
      return { ...shared, target: raw, address: raw.email };
    case "MULTIPLE":
      return {
        ...shared,
        target: { type: "MULTIPLE", segment: { and: raw.$and ?? [], or: raw.$or ?? [] } }
      };
  }
}
__name(toDestination, "toDestination");

// dist/sandbox/push/pushStatistics.js
var REGISTRATION_ERRORS = /* @__PURE__ */ new Set([
  DELIVERY_ERROR.EC_DEVICE_APP_UNINSTALL.id,
  DELIVERY_ERROR.EC_NO_REGISTRATION_ID_FOUND.id
]);
var CLOUD_ERRORS = /* @__PURE__ */ new Set([DELIVERY_ERROR.EC_SYS_ERROR_FROM_CLOUD.id]);
function pushStatistics(messages) {
  const stats = {
    totalSent: 0,
    delivered: 0,
    seen: 0,
    errors: { registration: 0, expired: 0, cloud: 0 },
    delivery: { rate: 0, time: 0 }
  };
  for (const m of messages) {
    if (!m.sent)
      continue;
    stats.totalSent += 1;
    if (m.status.groupName === "DELIVERED") {
      stats.delivered += 1;
      stats.delivery.time = Math.max(stats.delivery.time, m.doneAt ?? 0);
    }
    if (m.seenAt !== void 0)
      stats.seen += 1;
    if (m.status.groupName === "EXPIRED")
      stats.errors.expired += 1;
    else if (REGISTRATION_ERRORS.has(m.error.id))
      stats.errors.registration += 1;
    else if (CLOUD_ERRORS.has(m.error.id))
      stats.errors.cloud += 1;
  }
  if (stats.totalSent > 0) {
    stats.delivery.rate = Math.round(stats.delivered / stats.totalSent * 1e4) / 100;
  }
  return stats;
}
__name(pushStatistics, "pushStatistics");

// dist/sandbox/routes/push.js
var statisticsQuery = z12.object({ bulkId: requiredParam });
var reportsQuery2 = z12.object({
  limit: intParam({ min: 0, max: 1e3, fallback: 50 }),
  bulkId: stringParam,
  messageId: stringParam
});
function pushRoutes(deps) {
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
          destination: m.to
        }))
      }
    };
  });
  route("get", "/push/1/statistics", (req, { state }) => {
    const { bulkId } = validated(statisticsQuery, req.query);
    return { body: pushStatistics(state.pushMessages.ofBulk(bulkId)) };
  });
  route("get", "/push/1/reports", (req, { state }) => {
    const { limit, bulkId, messageId } = validated(reportsQuery2, req.query);
    return {
      body: {
        results: state.pushReports.take({
          ...bulkId !== void 0 ? { bulkId } : {},
          ...messageId !== void 0 ? { messageId } : {},
          limit
        })
      }
    };
  });
  return router;
}
__name(pushRoutes, "pushRoutes");

// dist/sandbox/push/deviceRoutes.js
import { Router as Router3 } from "express";
function deviceRoutes(accounts) {
  const devicesOf = /* @__PURE__ */ __name((query) => accounts.select(query).state.devices, "devicesOf");
  const router = Router3();
  router.use("/sandbox/devices", jsonBody);
  router.get("/sandbox/devices", (req, res) => {
    res.json({ devices: devicesOf(req.query.account).list() });
  });
  router.get("/sandbox/devices/:pushRegistrationId", (req, res) => {
    const device = devicesOf(req.query.account).get(req.params.pushRegistrationId);
    if (!device)
      throw notFound();
    res.json(device);
  });
  router.put("/sandbox/devices/:pushRegistrationId", (req, res) => {
    const devices = devicesOf(req.query.account);
    const input = validated(deviceInputSchema, req.body ?? {});
    const device = deviceSeedSchema.parse({
      ...input,
      pushRegistrationId: req.params.pushRegistrationId
    });
    res.json(devices.put(device));
  });
  router.delete("/sandbox/devices/:pushRegistrationId", (req, res) => {
    if (!devicesOf(req.query.account).delete(req.params.pushRegistrationId))
      throw notFound();
    res.status(204).end();
  });
  return router;
}
__name(deviceRoutes, "deviceRoutes");

// dist/sandbox/stats.js
var RequestStats = class {
  static {
    __name(this, "RequestStats");
  }
  accountIds;
  counts = /* @__PURE__ */ new Map();
  perAccount = /* @__PURE__ */ new Map();
  constructor(accountIds) {
    this.accountIds = accountIds;
    this.reset();
  }
  count(route) {
    this.counts.set(route, (this.counts.get(route) ?? 0) + 1);
  }
  countFor(accountId, route) {
    const counts = this.perAccount.get(accountId);
    counts?.set(route, (counts.get(route) ?? 0) + 1);
  }
  snapshot() {
    return Object.fromEntries(this.counts);
  }
  /** Every account, the idle ones with `{}`. */
  byAccount() {
    return Object.fromEntries([...this.perAccount].map(([id, counts]) => [id, Object.fromEntries(counts)]));
  }
  reset() {
    this.counts = /* @__PURE__ */ new Map();
    this.perAccount = new Map(this.accountIds.map((id) => [id, /* @__PURE__ */ new Map()]));
  }
};

// dist/sandbox/server.js
async function startSandbox(options) {
  const log = options.logger ?? (() => {
  });
  const accountOptions = accountsOf(options);
  const seed = options.seed ?? DEFAULT_SEED;
  const clock = new SandboxClock(options.startAt?.getTime() ?? Date.now(), options.clockSpeed ?? 1);
  const contacts = new ContactStore([
    ...seed.contacts ?? [],
    ...accountOptions.flatMap((account) => account.seed?.contacts ?? [])
  ]);
  const accounts = new AccountRegistry(accountOptions, { seed, clock, contacts, log });
  const stats = new RequestStats(accounts.list().map((account) => account.id));
  const api = { clock, stats, gate: gate({ accounts, stats }) };
  const app = express2();
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
  const onError = /* @__PURE__ */ __name((error, req, res, _next) => {
    const parserError = error;
    const apiError = error instanceof ApiError ? error : parserError.type === "entity.parse.failed" ? badRequest({ body: ["malformed JSON"] }) : parserError.type === "entity.too.large" ? new ApiError(413, "BAD_REQUEST", "Request entity too large") : generalError();
    if (apiError.status >= 500)
      log(`sandbox ${req.method} ${req.originalUrl} failed: ${String(error)}`);
    res.status(apiError.status).set(apiError.headers).json(apiError.toBody());
  }, "onError");
  app.use(onError);
  const host = options.host ?? "127.0.0.1";
  const server = createServer({ maxHeaderSize: 64 * 1024 }, app).listen(options.port ?? 0, host);
  await new Promise((resolve, reject) => {
    server.once("listening", resolve);
    server.once("error", reject);
  });
  const { port } = server.address();
  const url = `http://${host.includes(":") ? `[${host}]` : host}:${port}`;
  log(`OMNI sandbox listening on ${url}`);
  return {
    url,
    close: /* @__PURE__ */ __name(async () => {
      clock.stop();
      for (const account of accounts.list())
        account.state.notifier.stop();
      server.closeAllConnections();
      await new Promise((resolve, reject) => server.close((error) => error ? reject(error) : resolve()));
    }, "close")
  };
}
__name(startSandbox, "startSandbox");
export {
  DEFAULT_ACCOUNT_ID,
  DEFAULT_SEED,
  loadAccountsFile,
  loadSeedFile,
  startSandbox
};
