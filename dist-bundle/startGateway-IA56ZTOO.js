import {
  CHANNELS,
  CHANNEL_CAPABILITIES,
  CHANNEL_CONTENT_KEY,
  DELIVERY_ERROR,
  MAX_CALLBACK_DATA,
  MAX_DESTINATIONS,
  MAX_ID_LENGTH,
  MAX_OMNI_PUSH_TITLE,
  MAX_PUSH_API_TITLE,
  MAX_PUSH_TEXT,
  SEND_AT_RULES,
  SMS_LANGUAGE_CODES,
  STATUS,
  STATUS_GROUPS,
  TIME_UNITS,
  TRANSLITERATIONS,
  addressKindOf,
  canAddress,
  checkAddress,
  checkContent,
  checkScenarioFit,
  checkSegment,
  checkSend,
  formatOmniDate,
  isEmailAddress,
  isFinal,
  isMsisdn,
  isStandardAttribute,
  normaliseValidityPeriod,
  parseOmniDate,
  previewSms,
  sendAtRule,
  sendNotices,
  smsParts,
  stepHasContent,
  stepText
} from "./chunk-JHMAMHMW.js";
import {
  routeTemplateOf
} from "./chunk-G5FETTJM.js";
import {
  constantTimeMatcher
} from "./chunk-UBEM5B7T.js";
import {
  DatabaseUnavailableError
} from "./chunk-43T7NA4Y.js";
import {
  DEFAULT_LIMITS,
  DEFAULT_LIST_SIZE,
  corsHandler,
  openDatabase
} from "./chunk-ALKT5I7G.js";
import {
  AuthenticationError
} from "./chunk-OAPOXV62.js";
import {
  DEFAULT_TENANT
} from "./chunk-4PI7FEUT.js";
import {
  localUrl
} from "./chunk-IE4LKJW5.js";
import {
  __name
} from "./chunk-SHUYVCID.js";

// dist/server/startGateway.js
import { createServer as createServer2 } from "node:http";
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginLandingPageLocalDefault, ApolloServerPluginLandingPageProductionDefault } from "@apollo/server/plugin/landingPage/default";
import { ApolloServerPluginCacheControlDisabled } from "@apollo/server/plugin/disabled";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import { expressMiddleware } from "@as-integrations/express5";
import express3 from "express";

// dist/graphql/formatError.js
import { randomUUID } from "node:crypto";
import { unwrapResolverError } from "@apollo/server/errors";

// dist/omni/errors.js
var OmniHttpError = class extends Error {
  static {
    __name(this, "OmniHttpError");
  }
  status;
  messageId;
  text;
  validationErrors;
  retryAfterSeconds;
  name = "OmniHttpError";
  constructor(status, messageId, text, validationErrors, retryAfterSeconds) {
    super(`OMNI answered ${status} ${messageId}: ${text}`);
    this.status = status;
    this.messageId = messageId;
    this.text = text;
    this.validationErrors = validationErrors;
    this.retryAfterSeconds = retryAfterSeconds;
  }
};
var OmniUnavailableError = class extends Error {
  static {
    __name(this, "OmniUnavailableError");
  }
  reason;
  beforeSend;
  name = "OmniUnavailableError";
  constructor(reason, detail, beforeSend = false) {
    super(`OMNI unavailable (${reason}): ${detail}`);
    this.reason = reason;
    this.beforeSend = beforeSend;
  }
};
var OmniRequestNotSerializable = class extends Error {
  static {
    __name(this, "OmniRequestNotSerializable");
  }
  reason;
  depth;
  path;
  name = "OmniRequestNotSerializable";
  constructor(reason, depth, path2) {
    super(reason === "TOO_DEEP" ? `The request nests ${depth} levels deep${path2 ? ` at ${path2}` : ""}, too deep to send.` : "The request holds a value that has no JSON form.");
    this.reason = reason;
    this.depth = depth;
    this.path = path2;
  }
};
function mayHaveReachedUpstream(error) {
  if (error instanceof OmniRequestNotSerializable)
    return false;
  if (error instanceof OmniHttpError)
    return error.status >= 500;
  if (error instanceof OmniUnavailableError)
    return !error.beforeSend;
  return true;
}
__name(mayHaveReachedUpstream, "mayHaveReachedUpstream");
function decodeHttpError(status, body, retryAfterHeader) {
  const exception = body?.requestError?.serviceException;
  const messageId = typeof exception?.messageId === "string" ? exception.messageId : `HTTP_${status}`;
  const text = typeof exception?.text === "string" ? exception.text : "Upstream error";
  const validationErrors = isValidationErrors(exception?.validationErrors) ? exception.validationErrors : void 0;
  return new OmniHttpError(status, messageId, text, validationErrors, parseRetryAfter(retryAfterHeader));
}
__name(decodeHttpError, "decodeHttpError");
function isValidationErrors(value) {
  return typeof value === "object" && value !== null && Object.values(value).every((v) => Array.isArray(v) && v.every((s) => typeof s === "string"));
}
__name(isValidationErrors, "isValidationErrors");
function parseRetryAfter(header, now = Date.now()) {
  if (!header)
    return void 0;
  if (/^\d+$/.test(header.trim()))
    return Number(header.trim());
  const date = Date.parse(header);
  if (Number.isNaN(date))
    return void 0;
  return Math.max(0, Math.ceil((date - now) / 1e3));
}
__name(parseRetryAfter, "parseRetryAfter");

// dist/graphql/idempotency/errors.js
var IdempotencyKeyInvalid = class extends Error {
  static {
    __name(this, "IdempotencyKeyInvalid");
  }
  maxLength;
  name = "IdempotencyKeyInvalid";
  constructor(maxLength) {
    super(`idempotencyKey must be 1 to ${maxLength} characters.`);
    this.maxLength = maxLength;
  }
};
var IdempotencyKeyReused = class extends Error {
  static {
    __name(this, "IdempotencyKeyReused");
  }
  name = "IdempotencyKeyReused";
  constructor() {
    super("This idempotencyKey was used with a different input.");
  }
};
var IdempotencyKeyInFlight = class extends Error {
  static {
    __name(this, "IdempotencyKeyInFlight");
  }
  name = "IdempotencyKeyInFlight";
  constructor() {
    super("A request with this idempotencyKey is still in progress.");
  }
};
var OutcomeUnknown = class extends Error {
  static {
    __name(this, "OutcomeUnknown");
  }
  reference;
  name = "OutcomeUnknown";
  constructor(reference, options) {
    super("The request may or may not have been carried out upstream.", options);
    this.reference = reference;
  }
};

// dist/graphql/cost/UpstreamBudgetExceeded.js
import { GraphQLError } from "graphql";
var UpstreamBudgetExceeded = class extends OmniUnavailableError {
  static {
    __name(this, "UpstreamBudgetExceeded");
  }
  max;
  measured;
  constructor(max, measured) {
    super("CIRCUIT_OPEN", `upstream call ${measured} of a request allowed ${max}`, true);
    this.max = max;
    this.measured = measured;
  }
};
function fromBudget(error) {
  if (!(error instanceof UpstreamBudgetExceeded))
    return void 0;
  const { max, measured } = error;
  return new GraphQLError(`Upstream call budget exceeded: this request needed upstream call ${measured}, and a request may make at most ${max}; nothing more was asked of the messaging provider. Ask for less in one request.`, {
    extensions: {
      code: "UPSTREAM_BUDGET_EXCEEDED",
      limit: { name: "upstreamCalls", measured, max }
    }
  });
}
__name(fromBudget, "fromBudget");

// dist/graphql/errors.js
import { GraphQLError as GraphQLError2 } from "graphql";

// dist/graphql/quota/SendQuota.js
var QuotaExceeded = class extends Error {
  static {
    __name(this, "QuotaExceeded");
  }
  window;
  limit;
  retryAfterSeconds;
  name = "QuotaExceeded";
  constructor(window, limit, retryAfterSeconds) {
    super(`The ${window} quota of ${limit} is used up.`);
    this.window = window;
    this.limit = limit;
    this.retryAfterSeconds = retryAfterSeconds;
  }
};
var SendQuota = class {
  static {
    __name(this, "SendQuota");
  }
  store;
  tenant;
  limits;
  onRefused;
  constructor(store, tenant, limits, onRefused) {
    this.store = store;
    this.tenant = tenant;
    this.limits = limits;
    this.onRefused = onRefused;
  }
  /** Charges one send of `messages` messages, or throws QuotaExceeded and charges nothing. */
  async consume(messages) {
    const decision = await this.store.consume(this.tenant, this.limits, messages);
    if (decision.allowed)
      return;
    this.onRefused?.(decision.window);
    throw new QuotaExceeded(decision.window, decision.limit, decision.retryAfterSeconds);
  }
  usage() {
    return this.store.usage(this.tenant, this.limits);
  }
};

// dist/graphql/errors.js
var PUBLIC_CODES = /* @__PURE__ */ new Set([
  "BAD_USER_INPUT",
  "UNAUTHENTICATED",
  "FORBIDDEN",
  "NOT_FOUND",
  "RATE_LIMITED",
  "UPSTREAM_UNAVAILABLE",
  "SERVICE_UNAVAILABLE",
  "IDEMPOTENCY_KEY_REUSED",
  "IDEMPOTENCY_KEY_IN_FLIGHT",
  "GRAPHQL_PARSE_FAILED",
  "GRAPHQL_VALIDATION_FAILED",
  "BAD_REQUEST",
  "OPERATION_RESOLUTION_FAILURE",
  "PERSISTED_QUERY_NOT_FOUND",
  "PERSISTED_QUERY_NOT_SUPPORTED",
  "COST_ESTIMATED_TOO_EXPENSIVE",
  "ENTITY_LIMIT_EXCEEDED"
]);
var SUMMARISED_VIOLATIONS = 10;
var LISTED_VIOLATIONS = 100;
function underArgument(items, prefix = "input") {
  return items.map((item) => ({ ...item, path: prefix ? `${prefix}.${item.path}` : item.path }));
}
__name(underArgument, "underArgument");
function badUserInput(violations, prefix = "input") {
  const named = underArgument(violations.slice(0, LISTED_VIOLATIONS), prefix);
  const more = violations.length - SUMMARISED_VIOLATIONS;
  const summary = named.slice(0, SUMMARISED_VIOLATIONS).map((v) => `${v.path}: ${v.message}`).concat(more > 0 ? [`\u2026 and ${more} more.`] : []).join(" ");
  return new GraphQLError2(`Invalid input. ${summary}`, {
    extensions: { code: "BAD_USER_INPUT", field: named[0]?.path, violations: named }
  });
}
__name(badUserInput, "badUserInput");
function notFound(what, field) {
  return new GraphQLError2(`${what} not found${field ? ` (${field})` : ""}.`, {
    extensions: { code: "NOT_FOUND", ...field && { field } }
  });
}
__name(notFound, "notFound");
function fromUpstream(error) {
  if (error instanceof OmniUnavailableError) {
    return new GraphQLError2("The messaging provider is unavailable. Try again later.", {
      extensions: { code: "UPSTREAM_UNAVAILABLE", upstream: { reason: error.reason } }
    });
  }
  const upstream = { status: error.status, messageId: error.messageId };
  switch (true) {
    case error.status === 400:
      return new GraphQLError2(`The messaging provider rejected the request: ${error.text}`, {
        extensions: {
          code: "BAD_USER_INPUT",
          upstream,
          violations: Object.entries(error.validationErrors ?? {}).flatMap(([path2, messages]) => messages.map((message) => ({ path: path2, rule: "UPSTREAM", message })))
        }
      });
    case error.status === 401:
      return new GraphQLError2("The gateway's credentials were rejected by the messaging provider.", {
        extensions: { code: "UNAUTHENTICATED", upstream }
      });
    case error.status === 403:
      return new GraphQLError2("The gateway's credentials lack the scope for this operation.", {
        extensions: { code: "FORBIDDEN", upstream }
      });
    case error.status === 404:
      return new GraphQLError2("Not found at the messaging provider.", {
        extensions: { code: "NOT_FOUND", upstream }
      });
    case error.status === 429:
      return new GraphQLError2("The messaging provider is throttling requests. Try again later.", {
        extensions: { code: "RATE_LIMITED", upstream, retryAfter: error.retryAfterSeconds }
      });
    default:
      return new GraphQLError2("The messaging provider failed to answer. Try again later.", {
        extensions: { code: "UPSTREAM_UNAVAILABLE", upstream }
      });
  }
}
__name(fromUpstream, "fromUpstream");
function fromUnsendable(error) {
  if (!(error instanceof OmniRequestNotSerializable))
    return void 0;
  return new GraphQLError2(`Invalid input. ${error.message}`, {
    extensions: { code: "BAD_USER_INPUT", rule: error.reason }
  });
}
__name(fromUnsendable, "fromUnsendable");
function fromIdempotency(error) {
  if (error instanceof IdempotencyKeyInvalid) {
    return new GraphQLError2(error.message, {
      extensions: { code: "BAD_USER_INPUT", field: "idempotencyKey" }
    });
  }
  if (error instanceof IdempotencyKeyReused) {
    return new GraphQLError2(`${error.message} Use a new key for a new request.`, {
      extensions: { code: "IDEMPOTENCY_KEY_REUSED" }
    });
  }
  if (error instanceof IdempotencyKeyInFlight) {
    return new GraphQLError2(`${error.message} Retry after it has finished.`, {
      extensions: { code: "IDEMPOTENCY_KEY_IN_FLIGHT" }
    });
  }
  if (!(error instanceof OutcomeUnknown))
    return void 0;
  return new GraphQLError2("The request may or may not have been accepted by the messaging provider. Do not resend; look it up by the ids in `reference`.", {
    extensions: { code: "UPSTREAM_UNAVAILABLE", outcome: "UNKNOWN", reference: error.reference }
  });
}
__name(fromIdempotency, "fromIdempotency");
function fromDatabase(error) {
  if (!(error instanceof DatabaseUnavailableError))
    return void 0;
  return new GraphQLError2("The gateway's storage is unavailable. Try again shortly.", {
    extensions: { code: "SERVICE_UNAVAILABLE", retryable: true }
  });
}
__name(fromDatabase, "fromDatabase");
function fromQuota(error) {
  if (!(error instanceof QuotaExceeded))
    return void 0;
  const { window, limit, retryAfterSeconds } = error;
  return new GraphQLError2(retryAfterSeconds === void 0 ? `This send is larger than the whole ${window} quota of ${limit} messages; split it.` : `The ${window} quota of ${limit} is used up; nothing was sent. Retry after ${retryAfterSeconds} s.`, {
    extensions: { code: "RATE_LIMITED", quota: { window, limit }, retryAfter: retryAfterSeconds }
  });
}
__name(fromQuota, "fromQuota");

// dist/graphql/formatError.js
function createFormatError(logUnexpected) {
  return (formatted, raw) => {
    const error = unwrapResolverError(raw);
    const budget = fromBudget(error);
    if (budget)
      return withoutStack({ ...formatted, ...pick(budget) });
    if (isUpstream(error)) {
      return withoutStack({ ...formatted, ...pick(fromUpstream(error)) });
    }
    const known2 = fromQuota(error) ?? fromDatabase(error) ?? fromUnsendable(error);
    if (known2)
      return withoutStack({ ...formatted, ...pick(known2) });
    const idempotency = fromIdempotency(error);
    if (idempotency) {
      const answer2 = withoutStack({ ...formatted, ...pick(idempotency) });
      if (error instanceof OutcomeUnknown && error.cause !== void 0 && !isUpstream(error.cause)) {
        const errorId2 = randomUUID();
        logUnexpected({ errorId: errorId2, error: error.cause });
        return { ...answer2, extensions: { ...answer2.extensions, errorId: errorId2 } };
      }
      return answer2;
    }
    const code = formatted.extensions?.code;
    if (typeof code === "string" && PUBLIC_CODES.has(code))
      return withoutStack(formatted);
    const errorId = randomUUID();
    logUnexpected({ errorId, error });
    return {
      message: "Internal server error.",
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: "INTERNAL_SERVER_ERROR", errorId }
    };
  };
}
__name(createFormatError, "createFormatError");
function isUpstream(error) {
  return error instanceof OmniHttpError || error instanceof OmniUnavailableError;
}
__name(isUpstream, "isUpstream");
function pick(error) {
  return { message: error.message, extensions: error.extensions };
}
__name(pick, "pick");
function withoutStack(formatted) {
  if (!formatted.extensions || !("stacktrace" in formatted.extensions))
    return formatted;
  const { stacktrace: _stacktrace, ...extensions } = formatted.extensions;
  return { ...formatted, extensions };
}
__name(withoutStack, "withoutStack");

// dist/graphql/schema.js
import "reflect-metadata";
import { buildSubgraphSchema } from "@apollo/subgraph";
import { printSchemaWithDirectives } from "@graphql-tools/utils";
import { parse } from "graphql";
import { DateTimeResolver as DateTimeResolver14 } from "graphql-scalars";
import { buildSchema, createResolversMap } from "type-graphql";

// dist/graphql/auth/authChecker.js
import { GraphQLError as GraphQLError3 } from "graphql";
var authChecker = /* @__PURE__ */ __name(({ context }, scopes) => {
  for (const scope of scopes)
    requireScope(context.principal, scope);
  return true;
}, "authChecker");
function requireScope(principal, scope) {
  if (principal.scopes.has(scope))
    return;
  throw new GraphQLError3(`This operation needs the scope ${scope}.`, {
    extensions: { code: "FORBIDDEN", scope }
  });
}
__name(requireScope, "requireScope");

// dist/graphql/bulk/Bulk.js
import { Directive as Directive2, Field as Field4, Float as Float2, ID, Int as Int3, ObjectType as ObjectType4 } from "type-graphql";

// dist/graphql/common/Price.js
import { Field, Float, ObjectType } from "type-graphql";

// dist/graphql/common/Shareable.js
import { Directive } from "type-graphql";
function Shareable() {
  return Directive("@shareable");
}
__name(Shareable, "Shareable");

// dist/graphql/common/Price.js
var __decorate = function(decorators, target, key, desc) {
  var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
  if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
  else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
  return c > 3 && r && Object.defineProperty(target, key, r), r;
};
var __metadata = function(k, v) {
  if (typeof Reflect === "object" && typeof Reflect.metadata === "function") return Reflect.metadata(k, v);
};
var Price = class Price2 {
  static {
    __name(this, "Price");
  }
  pricePerMessage;
  currency;
};
__decorate([
  Field(() => Float, {
    description: "The price of one message, in currency (OMNI's pricePerMessage)."
  }),
  __metadata("design:type", Number)
], Price.prototype, "pricePerMessage", void 0);
__decorate([
  Field({ description: "ISO 4217 code, or UNKNOWN." }),
  __metadata("design:type", String)
], Price.prototype, "currency", void 0);
Price = __decorate([
  Shareable(),
  ObjectType({ description: "What OMNI charged for an attempt (OMNI's price object)." })
], Price);

// dist/graphql/bulk/ChannelCount.js
import { Field as Field2, Int, ObjectType as ObjectType2 } from "type-graphql";

// dist/graphql/common/enums.js
import { registerEnumType } from "type-graphql";
function enumOf(values) {
  return Object.fromEntries(values.map((v) => [v, v]));
}
__name(enumOf, "enumOf");
var Channel = enumOf(CHANNELS);
registerEnumType(Channel, {
  name: "Channel",
  description: "An OMNI channel a scenario step can use (OMNI's channel). EMAIL steps go to a destination's emailAddress, every other channel to its phoneNumber.",
  valuesConfig: {
    SMS: {
      description: "A text message; not limited in length, billed per part (see previewSms)."
    },
    VOICE: { description: "A phone call that reads the text out (text to speech)." },
    VIBER: {
      description: "A Viber message: text up to 1000 characters, an image, a button; validity 35 s to 14 days."
    },
    EMAIL: { description: "An e-mail, with a subject." },
    FACEBOOK: {
      description: "A Facebook Messenger message, up to 1000 characters. Only OMNI's legacy API has it."
    },
    PUSH: {
      description: "A push notification to the person's app installations, up to 4000 characters; the step's sender is the application code."
    },
    PARSECO: {
      description: "A Parseco chat message, not limited in length. Only OMNI's legacy API has it."
    },
    VKONTAKTE: { description: "A VKontakte message: a text, or a template with its data." }
  }
});
var StatusGroup = enumOf(STATUS_GROUPS);
registerEnumType(StatusGroup, {
  name: "StatusGroup",
  description: "The general status of a message or attempt: OMNI's status groupName (groupId 1 to 5). Every value but PENDING is final.",
  valuesConfig: {
    PENDING: { description: "Group 1: sent or accepted, the outcome not known yet." },
    UNDELIVERABLE: {
      description: "Group 2: could not be delivered; the operator or the device turned it down."
    },
    DELIVERED: { description: "Group 3: delivered, to the handset or to the operator." },
    EXPIRED: {
      description: "Group 4: the validity period ran out without a delivery confirmation."
    },
    REJECTED: {
      description: "Group 5: refused before delivery, e.g. blocked destination, unknown sender or not enough credit."
    }
  }
});
var TimeUnit = enumOf(TIME_UNITS);
registerEnumType(TimeUnit, {
  name: "TimeUnit",
  description: "Unit of a validity period (OMNI's validityPeriodTimeUnit).",
  valuesConfig: {
    SECONDS: { description: "Seconds." },
    MINUTES: { description: "Minutes; the unit when none is given." },
    HOURS: { description: "Hours." }
  }
});

// dist/graphql/bulk/ChannelCount.js
var __decorate2 = function(decorators, target, key, desc) {
  var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
  if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
  else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
  return c > 3 && r && Object.defineProperty(target, key, r), r;
};
var __metadata2 = function(k, v) {
  if (typeof Reflect === "object" && typeof Reflect.metadata === "function") return Reflect.metadata(k, v);
};
var ChannelCount = class ChannelCount2 {
  static {
    __name(this, "ChannelCount");
  }
  channel;
  attempts;
  delivered;
};
__decorate2([
  Field2(() => Channel, { description: "The channel counted." }),
  __metadata2("design:type", String)
], ChannelCount.prototype, "channel", void 0);
__decorate2([
  Field2(() => Int, { description: "Attempts on this channel that have ended." }),
  __metadata2("design:type", Number)
], ChannelCount.prototype, "attempts", void 0);
__decorate2([
  Field2(() => Int, { description: "Of those, how many delivered." }),
  __metadata2("design:type", Number)
], ChannelCount.prototype, "delivered", void 0);
ChannelCount = __decorate2([
  Shareable(),
  ObjectType2({ description: "Finished attempts of a bulk on one channel." })
], ChannelCount);

// dist/graphql/bulk/StatusCount.js
import { Field as Field3, Int as Int2, ObjectType as ObjectType3 } from "type-graphql";
var __decorate3 = function(decorators, target, key, desc) {
  var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
  if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
  else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
  return c > 3 && r && Object.defineProperty(target, key, r), r;
};
var __metadata3 = function(k, v) {
  if (typeof Reflect === "object" && typeof Reflect.metadata === "function") return Reflect.metadata(k, v);
};
var StatusCount = class StatusCount2 {
  static {
    __name(this, "StatusCount");
  }
  status;
  count;
};
__decorate3([
  Field3(() => StatusGroup, { description: "The current status counted." }),
  __metadata3("design:type", String)
], StatusCount.prototype, "status", void 0);
__decorate3([
  Field3(() => Int2, { description: "Messages of the bulk at that status now." }),
  __metadata3("design:type", Number)
], StatusCount.prototype, "count", void 0);
StatusCount = __decorate3([
  Shareable(),
  ObjectType3({ description: "How many messages of a bulk stand at one status." })
], StatusCount);

// dist/graphql/bulk/Bulk.js
var __decorate4 = function(decorators, target, key, desc) {
  var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
  if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
  else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
  return c > 3 && r && Object.defineProperty(target, key, r), r;
};
var __metadata4 = function(k, v) {
  if (typeof Reflect === "object" && typeof Reflect.metadata === "function") return Reflect.metadata(k, v);
};
var Bulk_1;
var Bulk = Bulk_1 = class Bulk2 {
  static {
    __name(this, "Bulk");
  }
  bulkId;
  messageCount;
  byStatus;
  byChannel;
  totalPrice;
  deliveryRate;
  /** A bulk the gateway holds no message of: nothing counted, rather than 0 ÷ 0. */
  static empty(bulkId) {
    return Object.assign(new Bulk_1(), {
      bulkId,
      messageCount: 0,
      byStatus: [],
      byChannel: [],
      totalPrice: [],
      deliveryRate: 0
    });
  }
  /** Every message has one current status, so the status counts add up to the bulk's messages. */
  static fromSummary(summary) {
    const delivered = summary.byStatus.find((s) => s.status === "DELIVERED")?.count ?? 0;
    const messageCount = summary.byStatus.reduce((sum, s) => sum + s.count, 0);
    return Object.assign(new Bulk_1(), {
      bulkId: summary.bulkId,
      messageCount,
      byStatus: summary.byStatus,
      byChannel: summary.byChannel,
      totalPrice: summary.totalPrice,
      deliveryRate: messageCount ? delivered / messageCount : 0
    });
  }
};
__decorate4([
  Field4(() => ID, { description: "The send's bulkId (OMNI's bulkId): the caller's or OMNI's." }),
  __metadata4("design:type", String)
], Bulk.prototype, "bulkId", void 0);
__decorate4([
  Field4(() => Int3, {
    description: "Messages of the bulk, one per destination, that the gateway sent or holds a report of."
  }),
  __metadata4("design:type", Number)
], Bulk.prototype, "messageCount", void 0);
__decorate4([
  Field4(() => [StatusCount], { description: "Messages by their current status." }),
  __metadata4("design:type", Array)
], Bulk.prototype, "byStatus", void 0);
__decorate4([
  Field4(() => [ChannelCount], { description: "Finished attempts, one entry per channel used." }),
  __metadata4("design:type", Array)
], Bulk.prototype, "byChannel", void 0);
__decorate4([
  Field4(() => [Price], { description: "One entry per currency: every attempt's price \xD7 parts." }),
  __metadata4("design:type", Array)
], Bulk.prototype, "totalPrice", void 0);
__decorate4([
  Field4(() => Float2, { description: "Delivered messages \xF7 messages, 0 to 1." }),
  __metadata4("design:type", Number)
], Bulk.prototype, "deliveryRate", void 0);
Bulk = Bulk_1 = __decorate4([
  Directive2(`@key(fields: "bulkId")`),
  ObjectType4({ description: "Delivery statistics of one bulk, over every channel." })
], Bulk);

// dist/graphql/bulk/BulkResolver.js
import { Arg, Ctx, ID as ID2, Query, Resolver } from "type-graphql";

// dist/graphql/common/drainBeforeRead.js
async function drainBeforeRead(ctx) {
  await ctx.intake.drain().catch(ctx.reportError);
}
__name(drainBeforeRead, "drainBeforeRead");

// dist/graphql/auth/decorators.js
import { Authorized, Directive as Directive3, UseMiddleware } from "type-graphql";

// dist/domain/inputHygiene.js
var MAX_ID_LENGTH2 = 200;
var MAX_INPUT_DEPTH = 16;
var MAX_CUSTOM_PAYLOAD_BYTES = 4096;
var MAX_CUSTOM_PAYLOAD_DEPTH = 8;
var ID_FIELDS = /* @__PURE__ */ new Set(["messageId", "bulkId", "messageIds", "bulkIds"]);
var JSON_FIELDS = /* @__PURE__ */ new Set(["customPayload"]);
var UNSAFE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
function hasUnsafeCharacter(text) {
  return UNSAFE.test(text);
}
__name(hasUnsafeCharacter, "hasUnsafeCharacter");
function inputViolations(path2, value, ids = true) {
  const violations = [];
  walk({ path: path2, key: lastKey(path2), value, depth: 0, ids }, violations);
  return violations;
}
__name(inputViolations, "inputViolations");
function walk({ path: path2, key, value, depth, ids }, out) {
  if (typeof value === "string") {
    if (hasUnsafeCharacter(value)) {
      out.push({
        path: path2,
        rule: "UNSAFE_CHARACTER",
        message: `${path2} must not contain U+0000 or an unpaired surrogate.`
      });
    }
    if (ids && ID_FIELDS.has(key) && value.length > MAX_ID_LENGTH2) {
      out.push({
        path: path2,
        rule: "TOO_LONG",
        message: `${path2} is ${value.length} characters; ids take at most ${MAX_ID_LENGTH2}.`
      });
    }
    return;
  }
  if (typeof value !== "object" || value === null || value instanceof Date || value instanceof URL) {
    return;
  }
  if (depth >= MAX_INPUT_DEPTH) {
    out.push({
      path: path2,
      rule: "TOO_DEEP",
      message: `${path2} nests deeper than ${MAX_INPUT_DEPTH} levels.`
    });
    return;
  }
  if (JSON_FIELDS.has(key) && !Array.isArray(value)) {
    const problem = jsonProblem(value);
    if (problem) {
      out.push({ path: path2, ...problem });
      return;
    }
  }
  if (Array.isArray(value)) {
    value.forEach((item, index) => walk({ path: `${path2}[${index}]`, key, value: item, depth: depth + 1, ids }, out));
    return;
  }
  for (const [name, item] of Object.entries(value)) {
    walk({ path: `${path2}.${name}`, key: name, value: item, depth: depth + 1, ids }, out);
  }
}
__name(walk, "walk");
function jsonProblem(value) {
  if (depthOf(value, 0) > MAX_CUSTOM_PAYLOAD_DEPTH) {
    return {
      rule: "JSON_TOO_DEEP",
      message: `customPayload nests deeper than ${MAX_CUSTOM_PAYLOAD_DEPTH} levels.`
    };
  }
  const bytes = new TextEncoder().encode(JSON.stringify(value)).length;
  if (bytes > MAX_CUSTOM_PAYLOAD_BYTES) {
    return {
      rule: "JSON_TOO_LARGE",
      message: `customPayload is ${bytes} bytes as JSON; at most ${MAX_CUSTOM_PAYLOAD_BYTES}.`
    };
  }
  return void 0;
}
__name(jsonProblem, "jsonProblem");
function depthOf(value, depth) {
  if (typeof value !== "object" || value === null)
    return depth;
  if (depth > MAX_CUSTOM_PAYLOAD_DEPTH)
    return depth;
  let deepest2 = depth + 1;
  for (const item of Object.values(value)) {
    deepest2 = Math.max(deepest2, depthOf(item, depth + 1));
    if (deepest2 > MAX_CUSTOM_PAYLOAD_DEPTH)
      break;
  }
  return deepest2;
}
__name(depthOf, "depthOf");
function lastKey(path2) {
  return path2.slice(path2.lastIndexOf(".") + 1);
}
__name(lastKey, "lastKey");

// dist/graphql/common/inputHygiene.js
var InputHygiene = /* @__PURE__ */ __name(({ args }, next) => {
  const violations = Object.entries(args).flatMap(([name, value]) => inputViolations(name, value, name !== "input"));
  if (violations.length)
    throw badUserInput(violations, "");
  return next();
}, "InputHygiene");

// dist/graphql/auth/decorators.js
function RequiresScope(scope) {
  return operation(Directive3(`@requiresScopes(scopes: [["${scope}"]])`), Authorized(scope));
}
__name(RequiresScope, "RequiresScope");
function Authenticated() {
  return operation(Directive3("@authenticated"), Authorized());
}
__name(Authenticated, "Authenticated");
function operation(declare, enforce) {
  const hygiene = UseMiddleware(InputHygiene);
  return (target, key, descriptor) => {
    declare(target, key, descriptor);
    enforce(target, key, descriptor);
    hygiene(target, key, descriptor);
  };
}
__name(operation, "operation");

// dist/graphql/bulk/BulkResolver.js
var __decorate5 = function(decorators, target, key, desc) {
  var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
  if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
  else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
  return c > 3 && r && Object.defineProperty(target, key, r), r;
};
var __metadata5 = function(k, v) {
  if (typeof Reflect === "object" && typeof Reflect.metadata === "function") return Reflect.metadata(k, v);
};
var __param = function(paramIndex, decorator) {
  return function(target, key) {
    decorator(target, key, paramIndex);
  };
};
var BulkResolver = class BulkResolver2 {
  static {
    __name(this, "BulkResolver");
  }
  bulk(ctx, bulkId) {
    return findBulk(ctx, bulkId);
  }
};
__decorate5([
  RequiresScope("messages:read"),
  Query(() => Bulk, {
    nullable: true,
    description: "Delivery statistics of a bulk the gateway sent or holds reports of."
  }),
  __param(0, Ctx()),
  __param(1, Arg("bulkId", () => ID2, { description: "The bulkId a send returned or a report carries." })),
  __metadata5("design:type", Function),
  __metadata5("design:paramtypes", [Object, String]),
  __metadata5("design:returntype", Promise)
], BulkResolver.prototype, "bulk", null);
BulkResolver = __decorate5([
  Resolver(() => Bulk)
], BulkResolver);
async function findBulk(ctx, bulkId) {
  await drainBeforeRead(ctx);
  const summary = await ctx.reports.bulk(bulkId);
  return summary ? Bulk.fromSummary(summary) : null;
}
__name(findBulk, "findBulk");

// dist/domain/scenarioKey.js
var SCENARIO_KEY = /^[0-9A-F]{32}$/;
function isScenarioKey(value) {
  return SCENARIO_KEY.test(value);
}
__name(isScenarioKey, "isScenarioKey");

// dist/graphql/common/representation.js
var ENTITY_KEYS = {
  Message: { field: "messageId" },
  Scenario: { field: "key", format: isScenarioKey },
  Bulk: { field: "bulkId" },
  PushBulk: { field: "bulkId" }
};
function checkRepresentationsFirst(schema) {
  const entities = schema.getQueryType()?.getFields()._entities;
  const resolve = entities?.resolve;
  if (!entities || !resolve)
    throw new Error("The subgraph schema has no _entities resolver.");
  entities.resolve = (source, args, context, info) => {
    const violations = representationViolations(args.representations);
    if (violations.length)
      throw badUserInput(violations, "");
    return resolve(source, args, context, info);
  };
  return schema;
}
__name(checkRepresentationsFirst, "checkRepresentationsFirst");
function representationViolations(representations) {
  if (!Array.isArray(representations))
    return [];
  return representations.flatMap((representation, index) => {
    const path2 = `representations[${index}]`;
    const problem = problemOf(representation);
    return problem ? [{ path: path2, rule: "MALFORMED_REPRESENTATION", message: `${path2}: ${problem}` }] : [];
  });
}
__name(representationViolations, "representationViolations");
function problemOf(representation) {
  if (typeof representation !== "object" || representation === null)
    return "not an object.";
  const fields = representation;
  const typename = fields.__typename;
  const entity = typeof typename === "string" ? ENTITY_KEYS[typename] : void 0;
  if (!entity)
    return `__typename must be one of ${Object.keys(ENTITY_KEYS).join(", ")}.`;
  const value = fields[entity.field];
  if (typeof value !== "string")
    return `${typename} references need ${entity.field} as a string.`;
  if (value.length === 0 || value.length > MAX_ID_LENGTH2) {
    return `${entity.field} takes 1 to ${MAX_ID_LENGTH2} characters.`;
  }
  if (hasUnsafeCharacter(value)) {
    return `${entity.field} must not contain U+0000 or an unpaired surrogate.`;
  }
  if (entity.format && !entity.format(value))
    return `${entity.field} is malformed.`;
  return void 0;
}
__name(problemOf, "problemOf");

// dist/graphql/describeRootTypes.js
function describeRootTypes(schema) {
  const query = schema.getQueryType();
  const mutation = schema.getMutationType();
  const subscription = schema.getSubscriptionType();
  if (query) {
    query.description = "Reads: messages, reports and bulks, scenarios, push statistics, channel limits, SMS previews and send plans, quotas. None of them sends anything.";
  }
  if (mutation) {
    mutation.description = "Sends (over a scenario's steps, or as a push) and scenario changes. Every send is checked in full first; a failed check sends nothing.";
  }
  if (subscription) {
    subscription.description = "Delivery reports of a message or bulk as the gateway stores them.";
  }
}
__name(describeRootTypes, "describeRootTypes");

// dist/graphql/history/HistoryResolver.js
import { Arg as Arg2, Args, Ctx as Ctx2, Directive as Directive5, Query as Query2, Resolver as Resolver2 } from "type-graphql";

// dist/store/reports/History.js
var MESSAGE_KEY = ["timestamp", "text"];
var REPORT_KEY = ["timestamp", "text", "text", "integer"];
var BULK_KEY = ["timestamp", "text"];

// dist/graphql/common/limits.js
var MAX_FILTER_IDS = 1e3;
function checkRange(path2, value, min, max = Number.POSITIVE_INFINITY) {
  if (value >= min && value <= max)
    return [];
  const bounds = max === Number.POSITIVE_INFINITY ? `${min} or more` : `between ${min} and ${max}`;
  return [{ path: path2, rule: "RANGE", message: `${path2} must be ${bounds}.` }];
}
__name(checkRange, "checkRange");
function checkIdCount(path2, ids) {
  return (ids?.length ?? 0) > MAX_FILTER_IDS ? [{ path: path2, rule: "TOO_MANY", message: `${path2} takes at most ${MAX_FILTER_IDS} ids.` }] : [];
}
__name(checkIdCount, "checkIdCount");

// dist/graphql/message/Message.js
import { Directive as Directive4, Field as Field6, ID as ID3, ObjectType as ObjectType6 } from "type-graphql";

// dist/graphql/common/Destination.js
import { Field as Field5, ObjectType as ObjectType5 } from "type-graphql";

// dist/graphql/scalars/addressScalar.js
import { GraphQLError as GraphQLError4, GraphQLScalarType, Kind } from "graphql";
function addressScalar({ name, description, rule }) {
  const notAString = /* @__PURE__ */ __name((nodes) => new GraphQLError4(`${name} cannot represent a non string value.`, {
    nodes,
    extensions: { code: "BAD_USER_INPUT", rule }
  }), "notAString");
  return new GraphQLScalarType({
    name,
    description,
    serialize: /* @__PURE__ */ __name((value) => String(value), "serialize"),
    parseValue: /* @__PURE__ */ __name((value) => {
      if (typeof value !== "string")
        throw notAString();
      return value;
    }, "parseValue"),
    parseLiteral: /* @__PURE__ */ __name((ast) => {
      if (ast.kind !== Kind.STRING)
        throw notAString([ast]);
      return ast.value;
    }, "parseLiteral")
  });
}
__name(addressScalar, "addressScalar");

// dist/graphql/scalars/EmailAddress.js
var EmailAddress = addressScalar({
  name: "EmailAddress",
  description: "An e-mail address: the HTML standard's valid e-mail address (https://html.spec.whatwg.org/multipage/input.html#valid-e-mail-address) with a dotted domain, at most 254 characters. An input takes any string: one in another format is refused with the input's other problems, in one BAD_USER_INPUT whose violations name its field with rule EMAIL_FORMAT.",
  rule: "EMAIL_FORMAT"
});

// dist/graphql/scalars/Msisdn.js
var Msisdn = addressScalar({
  name: "Msisdn",
  description: "A mobile number in international format without '+' or leading zeros, 7 to 15 digits (e.g. 41793026727). An input takes any string: one in another format is refused with the input's other problems, in one BAD_USER_INPUT whose violations name its field with rule MSISDN_FORMAT.",
  rule: "MSISDN_FORMAT"
});

// dist/graphql/common/Destination.js
var __decorate6 = function(decorators, target, key, desc) {
  var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
  if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
  else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
  return c > 3 && r && Object.defineProperty(target, key, r), r;
};
var __metadata6 = function(k, v) {
  if (typeof Reflect === "object" && typeof Reflect.metadata === "function") return Reflect.metadata(k, v);
};
var Destination = class Destination2 {
  static {
    __name(this, "Destination");
  }
  phoneNumber;
  emailAddress;
};
__decorate6([
  Field5(() => Msisdn, {
    nullable: true,
    description: "Where every step but EMAIL sends; null when the destination has no phone number."
  }),
  __metadata6("design:type", String)
], Destination.prototype, "phoneNumber", void 0);
__decorate6([
  Field5(() => EmailAddress, {
    nullable: true,
    description: "Where EMAIL steps send; null when the destination has no e-mail address."
  }),
  __metadata6("design:type", String)
], Destination.prototype, "emailAddress", void 0);
Destination = __decorate6([
  Shareable(),
  ObjectType5({ description: "Where a message goes." })
], Destination);

// dist/graphql/message/Message.js
var __decorate7 = function(decorators, target, key, desc) {
  var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
  if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
  else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
  return c > 3 && r && Object.defineProperty(target, key, r), r;
};
var __metadata7 = function(k, v) {
  if (typeof Reflect === "object" && typeof Reflect.metadata === "function") return Reflect.metadata(k, v);
};
var Message_1;
var Message = Message_1 = class Message2 {
  static {
    __name(this, "Message");
  }
  messageId;
  bulkId;
  to;
  /** The status OMNI answered the send with, used until logs know the message. */
  acceptedStatus;
  static of(fields) {
    return Object.assign(new Message_1(), fields);
  }
};
__decorate7([
  Field6(() => ID3, {
    description: "OMNI's messageId: the one the send gave, or the UUID the gateway assigned."
  }),
  __metadata7("design:type", String)
], Message.prototype, "messageId", void 0);
__decorate7([
  Field6({
    nullable: true,
    description: "The message's bulk (OMNI's bulkId), set when the send had several destinations; null otherwise."
  }),
  __metadata7("design:type", String)
], Message.prototype, "bulkId", void 0);
__decorate7([
  Field6(() => Destination, {
    nullable: true,
    description: "The destination's addresses: the send's, else those OMNI's logs show; null when neither knows the message."
  }),
  __metadata7("design:type", Destination)
], Message.prototype, "to", void 0);
Message = Message_1 = __decorate7([
  Directive4(`@key(fields: "messageId")`),
  ObjectType6({
    description: "A message to one destination, followed through the steps of its scenario. Other subgraphs can reference it by messageId."
  })
], Message);

// dist/graphql/report/Report.js
import { DateTimeResolver } from "graphql-scalars";
import { Field as Field9, ID as ID4, Int as Int6, ObjectType as ObjectType9 } from "type-graphql";

// dist/graphql/common/DeliveryError.js
import { Field as Field7, Int as Int4, ObjectType as ObjectType7 } from "type-graphql";
var __decorate8 = function(decorators, target, key, desc) {
  var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
  if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
  else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
  return c > 3 && r && Object.defineProperty(target, key, r), r;
};
var __metadata8 = function(k, v) {
  if (typeof Reflect === "object" && typeof Reflect.metadata === "function") return Reflect.metadata(k, v);
};
var DeliveryError = class DeliveryError2 {
  static {
    __name(this, "DeliveryError");
  }
  groupId;
  groupName;
  id;
  name;
  description;
  permanent;
};
__decorate8([
  Field7(() => Int4, {
    description: "The number of groupName: 0 OK, 1 HANDSET_ERRORS, 2 USER_ERRORS, 3 OPERATOR_ERRORS."
  }),
  __metadata8("design:type", Number)
], DeliveryError.prototype, "groupId", void 0);
__decorate8([
  Field7({ description: "OK, HANDSET_ERRORS, USER_ERRORS or OPERATOR_ERRORS." }),
  __metadata8("design:type", String)
], DeliveryError.prototype, "groupName", void 0);
__decorate8([
  Field7(() => Int4, { description: "Infobip's error id; 0 is NO_ERROR." }),
  __metadata8("design:type", Number)
], DeliveryError.prototype, "id", void 0);
__decorate8([
  Field7({ description: "e.g. NO_ERROR, EC_ABSENT_SUBSCRIBER." }),
  __metadata8("design:type", String)
], DeliveryError.prototype, "name", void 0);
__decorate8([
  Field7({ description: "Infobip's wording, e.g. Absent Subscriber." }),
  __metadata8("design:type", String)
], DeliveryError.prototype, "description", void 0);
__decorate8([
  Field7({ description: "True when retrying can never succeed." }),
  __metadata8("design:type", Boolean)
], DeliveryError.prototype, "permanent", void 0);
DeliveryError = __decorate8([
  Shareable(),
  ObjectType7({
    description: "Why an attempt failed, from Infobip's error catalogue (NO_ERROR when it did not)."
  })
], DeliveryError);

// dist/graphql/common/Status.js
import { Field as Field8, Int as Int5, ObjectType as ObjectType8 } from "type-graphql";
var __decorate9 = function(decorators, target, key, desc) {
  var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
  if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
  else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
  return c > 3 && r && Object.defineProperty(target, key, r), r;
};
var __metadata9 = function(k, v) {
  if (typeof Reflect === "object" && typeof Reflect.metadata === "function") return Reflect.metadata(k, v);
};
var Status = class Status2 {
  static {
    __name(this, "Status");
  }
  groupName;
  groupId;
  id;
  name;
  description;
};
__decorate9([
  Field8(() => StatusGroup, { description: "The general status." }),
  __metadata9("design:type", String)
], Status.prototype, "groupName", void 0);
__decorate9([
  Field8(() => Int5, { description: "The number of groupName: 1 PENDING to 5 REJECTED." }),
  __metadata9("design:type", Number)
], Status.prototype, "groupId", void 0);
__decorate9([
  Field8(() => Int5, { description: "Infobip's status id, e.g. 7 for PENDING_ENROUTE." }),
  __metadata9("design:type", Number)
], Status.prototype, "id", void 0);
__decorate9([
  Field8({ description: "e.g. PENDING_ENROUTE, DELIVERED_TO_HANDSET." }),
  __metadata9("design:type", String)
], Status.prototype, "name", void 0);
__decorate9([
  Field8({ description: "Infobip's wording, e.g. Message delivered to handset." }),
  __metadata9("design:type", String)
], Status.prototype, "description", void 0);
Status = __decorate9([
  Shareable(),
  ObjectType8({ description: "Status of a message or attempt, from Infobip's status catalogue." })
], Status);

// dist/graphql/report/Report.js
var __decorate10 = function(decorators, target, key, desc) {
  var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
  if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
  else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
  return c > 3 && r && Object.defineProperty(target, key, r), r;
};
var __metadata10 = function(k, v) {
  if (typeof Reflect === "object" && typeof Reflect.metadata === "function") return Reflect.metadata(k, v);
};
var Report_1;
var Report = Report_1 = class Report2 {
  static {
    __name(this, "Report");
  }
  messageId;
  bulkId;
  to;
  channel;
  sentAt;
  doneAt;
  messageCount;
  mccMnc;
  price;
  status;
  error;
  callbackData;
  static fromStored(stored) {
    return Object.assign(new Report_1(), {
      ...stored,
      sentAt: parseOmniDate(stored.sentAt),
      doneAt: parseOmniDate(stored.doneAt)
    });
  }
};
__decorate10([
  Field9(() => ID4, { description: "The message the attempt belongs to (OMNI's messageId)." }),
  __metadata10("design:type", String)
], Report.prototype, "messageId", void 0);
__decorate10([
  Field9({
    nullable: true,
    description: "The message's bulk (OMNI's bulkId); null when it was sent alone."
  }),
  __metadata10("design:type", String)
], Report.prototype, "bulkId", void 0);
__decorate10([
  Field9({ description: "The address the attempt went to." }),
  __metadata10("design:type", String)
], Report.prototype, "to", void 0);
__decorate10([
  Field9(() => Channel, { description: "The attempt's channel (OMNI's channel)." }),
  __metadata10("design:type", String)
], Report.prototype, "channel", void 0);
__decorate10([
  Field9(() => DateTimeResolver, { description: "When the attempt started (OMNI's sentAt)." }),
  __metadata10("design:type", Date)
], Report.prototype, "sentAt", void 0);
__decorate10([
  Field9(() => DateTimeResolver, {
    description: "When the attempt reached this status (OMNI's doneAt)."
  }),
  __metadata10("design:type", Date)
], Report.prototype, "doneAt", void 0);
__decorate10([
  Field9(() => Int6, {
    description: "Messages OMNI billed for the attempt (OMNI's messageCount), e.g. an SMS's parts."
  }),
  __metadata10("design:type", Number)
], Report.prototype, "messageCount", void 0);
__decorate10([
  Field9({
    nullable: true,
    description: "Mobile country and network code of the network reached, e.g. 22801 (OMNI's mccMnc); null when OMNI gives none, as for e-mail."
  }),
  __metadata10("design:type", String)
], Report.prototype, "mccMnc", void 0);
__decorate10([
  Field9(() => Price, {
    nullable: true,
    description: "What the attempt cost (OMNI's price); null when the report has no price."
  }),
  __metadata10("design:type", Price)
], Report.prototype, "price", void 0);
__decorate10([
  Field9(() => Status, { description: "The attempt's outcome (OMNI's status)." }),
  __metadata10("design:type", Status)
], Report.prototype, "status", void 0);
__decorate10([
  Field9(() => DeliveryError, {
    nullable: true,
    description: "Why the attempt failed (OMNI's error), NO_ERROR when it did not; null when the report has none."
  }),
  __metadata10("design:type", DeliveryError)
], Report.prototype, "error", void 0);
__decorate10([
  Field9({
    nullable: true,
    description: "The callbackData the send gave, handed back by OMNI; null when it gave none."
  }),
  __metadata10("design:type", String)
], Report.prototype, "callbackData", void 0);
Report = Report_1 = __decorate10([
  ObjectType9({ description: "The delivery report of one finished attempt of a message." })
], Report);

// dist/graphql/history/BulkFilter.js
import { DateTimeResolver as DateTimeResolver2 } from "graphql-scalars";
import { Field as Field10, InputType } from "type-graphql";
var __decorate11 = function(decorators, target, key, desc) {
  var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
  if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
  else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
  return c > 3 && r && Object.defineProperty(target, key, r), r;
};
var __metadata11 = function(k, v) {
  if (typeof Reflect === "object" && typeof Reflect.metadata === "function") return Reflect.metadata(k, v);
};
var BulkFilter = class BulkFilter2 {
  static {
    __name(this, "BulkFilter");
  }
  sentSince;
  sentUntil;
};
__decorate11([
  Field10(() => DateTimeResolver2, {
    nullable: true,
    description: "The bulk's first message sent at or after (by the gateway's clock)."
  }),
  __metadata11("design:type", Date)
], BulkFilter.prototype, "sentSince", void 0);
__decorate11([
  Field10(() => DateTimeResolver2, { nullable: true, description: "Sent at or before." }),
  __metadata11("design:type", Date)
], BulkFilter.prototype, "sentUntil", void 0);
BulkFilter = __decorate11([
  InputType({ description: "Filters over the bulks the gateway keeps." })
], BulkFilter);

// dist/graphql/history/connectionOf.js
import { Field as Field12, ObjectType as ObjectType11 } from "type-graphql";

// dist/graphql/history/PageInfo.js
import { Field as Field11, ObjectType as ObjectType10 } from "type-graphql";
var __decorate12 = function(decorators, target, key, desc) {
  var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
  if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
  else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
  return c > 3 && r && Object.defineProperty(target, key, r), r;
};
var __metadata12 = function(k, v) {
  if (typeof Reflect === "object" && typeof Reflect.metadata === "function") return Reflect.metadata(k, v);
};
var PageInfo = class PageInfo2 {
  static {
    __name(this, "PageInfo");
  }
  hasNextPage;
  hasPreviousPage;
  startCursor;
  endCursor;
};
__decorate12([
  Field11({
    description: "More edges follow this page (with `first`: read them `after` endCursor)."
  }),
  __metadata12("design:type", Boolean)
], PageInfo.prototype, "hasNextPage", void 0);
__decorate12([
  Field11({
    description: "Edges precede this page (with `last`: read them `before` startCursor)."
  }),
  __metadata12("design:type", Boolean)
], PageInfo.prototype, "hasPreviousPage", void 0);
__decorate12([
  Field11(() => String, { nullable: true, description: "The cursor of the page's first edge." }),
  __metadata12("design:type", Object)
], PageInfo.prototype, "startCursor", void 0);
__decorate12([
  Field11(() => String, { nullable: true, description: "The cursor of the page's last edge." }),
  __metadata12("design:type", Object)
], PageInfo.prototype, "endCursor", void 0);
PageInfo = __decorate12([
  Shareable(),
  ObjectType10({ description: "Where a page of a connection lies in the whole list." })
], PageInfo);

// dist/graphql/history/connectionOf.js
var __decorate13 = function(decorators, target, key, desc) {
  var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
  if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
  else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
  return c > 3 && r && Object.defineProperty(target, key, r), r;
};
var __metadata13 = function(k, v) {
  if (typeof Reflect === "object" && typeof Reflect.metadata === "function") return Reflect.metadata(k, v);
};
function connectionOf(node, name, description) {
  let EdgeType = class EdgeType {
    static {
      __name(this, "EdgeType");
    }
    cursor;
    node;
  };
  __decorate13([
    Field12({
      description: "Opaque: pass it as `after` or `before` to read on from this edge."
    }),
    __metadata13("design:type", String)
  ], EdgeType.prototype, "cursor", void 0);
  __decorate13([
    Field12(() => node, { description: `The ${name} itself.` }),
    __metadata13("design:type", Object)
  ], EdgeType.prototype, "node", void 0);
  EdgeType = __decorate13([
    ObjectType11(`${name}Edge`, { description: `One ${name} of a page, and where it lies.` })
  ], EdgeType);
  let ConnectionType = class ConnectionType {
    static {
      __name(this, "ConnectionType");
    }
    edges;
    pageInfo;
  };
  __decorate13([
    Field12(() => [EdgeType], {
      description: "This page, in the connection's order; empty when nothing (more) matches."
    }),
    __metadata13("design:type", Array)
  ], ConnectionType.prototype, "edges", void 0);
  __decorate13([
    Field12(() => PageInfo, { description: "Where this page lies, and the cursors to read on." }),
    __metadata13("design:type", PageInfo)
  ], ConnectionType.prototype, "pageInfo", void 0);
  ConnectionType = __decorate13([
    ObjectType11(`${name}Connection`, { description })
  ], ConnectionType);
  return ConnectionType;
}
__name(connectionOf, "connectionOf");

// dist/graphql/history/cursor.js
var MAX_CURSOR_LENGTH = 2e3;
var TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;
var MAX_TEXT = 1e3;
var CONTROL = /[\u0000-\u001f]/;
function encodeCursor(kind, key) {
  return Buffer.from(JSON.stringify([kind.tag, ...key])).toString("base64url");
}
__name(encodeCursor, "encodeCursor");
function decodeCursor(kind, cursor) {
  if (cursor.length === 0 || cursor.length > MAX_CURSOR_LENGTH)
    return void 0;
  const bytes = Buffer.from(cursor, "base64url");
  if (bytes.toString("base64url") !== cursor)
    return void 0;
  let parsed;
  try {
    parsed = JSON.parse(bytes.toString("utf8"));
  } catch {
    return void 0;
  }
  if (!Array.isArray(parsed) || parsed.length !== kind.key.length + 1)
    return void 0;
  const [tag, ...key] = parsed;
  if (tag !== kind.tag)
    return void 0;
  return kind.key.every((part, i) => fits(part, key[i])) ? key : void 0;
}
__name(decodeCursor, "decodeCursor");
function fits(part, value) {
  switch (part) {
    case "timestamp":
      return typeof value === "string" && TIMESTAMP.test(value) && !Number.isNaN(Date.parse(value));
    case "text":
      return typeof value === "string" && value.length <= MAX_TEXT && !CONTROL.test(value);
    case "integer":
      return Number.isSafeInteger(value) && Math.abs(value) <= 2 ** 31 - 1;
  }
}
__name(fits, "fits");

// dist/graphql/history/PageArgs.js
import { ArgsType, Field as Field13, Int as Int7 } from "type-graphql";
var __decorate14 = function(decorators, target, key, desc) {
  var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
  if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
  else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
  return c > 3 && r && Object.defineProperty(target, key, r), r;
};
var __metadata14 = function(k, v) {
  if (typeof Reflect === "object" && typeof Reflect.metadata === "function") return Reflect.metadata(k, v);
};
var DEFAULT_PAGE_SIZE = 50;
var MAX_PAGE_SIZE = 500;
var CONNECTION_SIZE = `@listSize(assumedSize: ${DEFAULT_PAGE_SIZE}, slicingArguments: ["first", "last"], sizedFields: ["edges"], requireOneSlicingArgument: false)`;
var PageArgs = class PageArgs2 {
  static {
    __name(this, "PageArgs");
  }
  first;
  after;
  last;
  before;
};
__decorate14([
  Field13(() => Int7, {
    nullable: true,
    description: `The first edges after \`after\` (newest first), 1 to ${MAX_PAGE_SIZE}; ${DEFAULT_PAGE_SIZE} when neither first nor last is given.`
  }),
  __metadata14("design:type", Object)
], PageArgs.prototype, "first", void 0);
__decorate14([
  Field13(() => String, { nullable: true, description: "A cursor: edges after it." }),
  __metadata14("design:type", Object)
], PageArgs.prototype, "after", void 0);
__decorate14([
  Field13(() => Int7, {
    nullable: true,
    description: `The last edges before \`before\`, 1 to ${MAX_PAGE_SIZE}: for walking back to newer edges.`
  }),
  __metadata14("design:type", Object)
], PageArgs.prototype, "last", void 0);
__decorate14([
  Field13(() => String, { nullable: true, description: "A cursor: edges before it." }),
  __metadata14("design:type", Object)
], PageArgs.prototype, "before", void 0);
PageArgs = __decorate14([
  ArgsType()
], PageArgs);
function pageRequest(args, kind) {
  const violations = [];
  const { first, last } = args;
  if (first != null)
    violations.push(...checkRange("first", first, 1, MAX_PAGE_SIZE));
  if (last != null)
    violations.push(...checkRange("last", last, 1, MAX_PAGE_SIZE));
  if (first != null && last != null) {
    violations.push({
      path: "last",
      rule: "CONFLICT",
      message: "Give first or last, not both: first reads on after a cursor, last back before one."
    });
  }
  const cursor = /* @__PURE__ */ __name((name) => {
    const given = args[name];
    if (given == null)
      return void 0;
    const key = decodeCursor(kind, given);
    if (!key) {
      violations.push({
        path: name,
        rule: "CURSOR",
        message: `${name} is not a cursor of ${kind.field}: pass an edge's cursor (or pageInfo's startCursor or endCursor) that ${kind.field} returned.`
      });
    }
    return key;
  }, "cursor");
  const after = cursor("after");
  const before = cursor("before");
  if (violations.length)
    throw badUserInput(violations, "");
  return {
    size: first ?? last ?? DEFAULT_PAGE_SIZE,
    forward: last == null,
    ...after && { after },
    ...before && { before }
  };
}
__name(pageRequest, "pageRequest");

// dist/graphql/history/SentMessageFilter.js
import { DateTimeResolver as DateTimeResolver3 } from "graphql-scalars";
import { Field as Field14, InputType as InputType2 } from "type-graphql";
var __decorate15 = function(decorators, target, key, desc) {
  var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
  if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
  else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
  return c > 3 && r && Object.defineProperty(target, key, r), r;
};
var __metadata15 = function(k, v) {
  if (typeof Reflect === "object" && typeof Reflect.metadata === "function") return Reflect.metadata(k, v);
};
var SentMessageFilter = class SentMessageFilter2 {
  static {
    __name(this, "SentMessageFilter");
  }
  statusGroup;
  channel;
  destination;
  bulkId;
  sentSince;
  sentUntil;
  callbackData;
};
__decorate15([
  Field14(() => StatusGroup, { nullable: true, description: "The message's current status." }),
  __metadata15("design:type", String)
], SentMessageFilter.prototype, "statusGroup", void 0);
__decorate15([
  Field14(() => Channel, {
    nullable: true,
    description: "The channel of the attempt behind the current status (a message with no report yet has none)."
  }),
  __metadata15("design:type", String)
], SentMessageFilter.prototype, "channel", void 0);
__decorate15([
  Field14({
    nullable: true,
    description: "A phone number or email address: the send's, or that of any attempt."
  }),
  __metadata15("design:type", String)
], SentMessageFilter.prototype, "destination", void 0);
__decorate15([
  Field14({ nullable: true, description: "The bulk the message was sent in (OMNI `bulkId`)." }),
  __metadata15("design:type", String)
], SentMessageFilter.prototype, "bulkId", void 0);
__decorate15([
  Field14(() => DateTimeResolver3, {
    nullable: true,
    description: "Sent at or after (by the gateway's clock: when it sent or first heard of the message)."
  }),
  __metadata15("design:type", Date)
], SentMessageFilter.prototype, "sentSince", void 0);
__decorate15([
  Field14(() => DateTimeResolver3, { nullable: true, description: "Sent at or before." }),
  __metadata15("design:type", Date)
], SentMessageFilter.prototype, "sentUntil", void 0);
__decorate15([
  Field14({ nullable: true, description: "The callbackData the send gave." }),
  __metadata15("design:type", String)
], SentMessageFilter.prototype, "callbackData", void 0);
SentMessageFilter = __decorate15([
  InputType2({ description: "Filters over the messages the gateway keeps; all given must match." })
], SentMessageFilter);

// dist/graphql/history/StoredReportFilter.js
import { DateTimeResolver as DateTimeResolver4 } from "graphql-scalars";
import { Field as Field15, ID as ID5, InputType as InputType3 } from "type-graphql";
var __decorate16 = function(decorators, target, key, desc) {
  var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
  if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
  else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
  return c > 3 && r && Object.defineProperty(target, key, r), r;
};
var __metadata16 = function(k, v) {
  if (typeof Reflect === "object" && typeof Reflect.metadata === "function") return Reflect.metadata(k, v);
};
var StoredReportFilter = class StoredReportFilter2 {
  static {
    __name(this, "StoredReportFilter");
  }
  statusGroup;
  channel;
  destination;
  bulkId;
  messageIds;
  sentSince;
  sentUntil;
  callbackData;
};
__decorate16([
  Field15(() => StatusGroup, { nullable: true, description: "The report's status group." }),
  __metadata16("design:type", String)
], StoredReportFilter.prototype, "statusGroup", void 0);
__decorate16([
  Field15(() => Channel, { nullable: true, description: "The channel the attempt used." }),
  __metadata16("design:type", String)
], StoredReportFilter.prototype, "channel", void 0);
__decorate16([
  Field15({ nullable: true, description: "The address the attempt went to." }),
  __metadata16("design:type", String)
], StoredReportFilter.prototype, "destination", void 0);
__decorate16([
  Field15({ nullable: true, description: "The bulk the message was sent in (OMNI `bulkId`)." }),
  __metadata16("design:type", String)
], StoredReportFilter.prototype, "bulkId", void 0);
__decorate16([
  Field15(() => [ID5], {
    nullable: true,
    description: "Only these messages (OMNI `messageId`), at most 1000."
  }),
  __metadata16("design:type", Array)
], StoredReportFilter.prototype, "messageIds", void 0);
__decorate16([
  Field15(() => DateTimeResolver4, {
    nullable: true,
    description: "The attempt started at or after (its sentAt)."
  }),
  __metadata16("design:type", Date)
], StoredReportFilter.prototype, "sentSince", void 0);
__decorate16([
  Field15(() => DateTimeResolver4, {
    nullable: true,
    description: "The attempt started at or before."
  }),
  __metadata16("design:type", Date)
], StoredReportFilter.prototype, "sentUntil", void 0);
__decorate16([
  Field15({ nullable: true, description: "The callbackData the send gave, exactly." }),
  __metadata16("design:type", String)
], StoredReportFilter.prototype, "callbackData", void 0);
StoredReportFilter = __decorate16([
  InputType3({ description: "Filters over the stored delivery reports; all given must match." })
], StoredReportFilter);

// dist/graphql/history/storedMessages.js
import DataLoader from "dataloader";
var BATCH = 1e3;
var loaders = /* @__PURE__ */ new WeakMap();
function storedMessages(ctx) {
  let loader = loaders.get(ctx);
  if (!loader) {
    loader = new DataLoader(async (ids) => {
      const found = await ctx.reports.history.messagesById(ids);
      return ids.map((id) => found.get(id));
    }, { maxBatchSize: BATCH });
    loaders.set(ctx, loader);
  }
  return loader;
}
__name(storedMessages, "storedMessages");

// dist/graphql/history/HistoryResolver.js
var __decorate17 = function(decorators, target, key, desc) {
  var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
  if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
  else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
  return c > 3 && r && Object.defineProperty(target, key, r), r;
};
var __metadata17 = function(k, v) {
  if (typeof Reflect === "object" && typeof Reflect.metadata === "function") return Reflect.metadata(k, v);
};
var __param2 = function(paramIndex, decorator) {
  return function(target, key) {
    decorator(target, key, paramIndex);
  };
};
var MessageConnection = connectionOf(Message, "Message", "A page of the messages the gateway keeps, newest first.");
var ReportConnection = connectionOf(Report, "Report", "A page of the stored delivery reports, latest outcome first.");
var BulkConnection = connectionOf(Bulk, "Bulk", "A page of the bulks the gateway keeps, newest first.");
var MESSAGES = { tag: "message", field: "sentMessages", key: MESSAGE_KEY };
var REPORTS = { tag: "report", field: "storedReports", key: REPORT_KEY };
var BULKS = { tag: "bulk", field: "bulks", key: BULK_KEY };
var HistoryResolver = class HistoryResolver2 {
  static {
    __name(this, "HistoryResolver");
  }
  async sentMessages(ctx, page, filter) {
    const request = pageRequest(page, MESSAGES);
    await drainBeforeRead(ctx);
    const found = await ctx.reports.history.messages(filter ?? {}, request);
    const records = storedMessages(ctx);
    return connection(MESSAGES, found, (stored) => {
      records.prime(stored.messageId, stored);
      return messageOf(stored);
    });
  }
  async storedReports(ctx, page, filter) {
    const violations = checkIdCount("messageIds", filter?.messageIds);
    if (violations.length)
      throw badUserInput(violations, "filter");
    const request = pageRequest(page, REPORTS);
    await drainBeforeRead(ctx);
    const found = await ctx.reports.history.reports(filter ?? {}, request);
    return connection(REPORTS, found, Report.fromStored);
  }
  async bulks(ctx, page, filter) {
    const request = pageRequest(page, BULKS);
    await drainBeforeRead(ctx);
    const found = await ctx.reports.history.bulks(filter ?? {}, request);
    const totals = await ctx.reports.history.bulkTotals(found.rows.map((r) => r.item.bulkId));
    return connection(BULKS, found, ({ bulkId }) => {
      const summary = totals.get(bulkId);
      return summary ? Bulk.fromSummary(summary) : Bulk.empty(bulkId);
    });
  }
};
__decorate17([
  RequiresScope("messages:read"),
  Directive5(CONNECTION_SIZE),
  Query2(() => MessageConnection, {
    description: "The messages the gateway sent (or holds reports of), newest first, from its own store: still there after OMNI's logs have forgotten them."
  }),
  __param2(0, Ctx2()),
  __param2(1, Args()),
  __param2(2, Arg2("filter", () => SentMessageFilter, {
    nullable: true,
    description: "Which sent messages; none: all of the tenant's."
  })),
  __metadata17("design:type", Function),
  __metadata17("design:paramtypes", [
    Object,
    PageArgs,
    SentMessageFilter
  ]),
  __metadata17("design:returntype", Promise)
], HistoryResolver.prototype, "sentMessages", null);
__decorate17([
  RequiresScope("reports:read"),
  Directive5(CONNECTION_SIZE),
  Query2(() => ReportConnection, {
    description: "Stored delivery reports, the latest outcome (doneAt) first, one per finished attempt."
  }),
  __param2(0, Ctx2()),
  __param2(1, Args()),
  __param2(2, Arg2("filter", () => StoredReportFilter, {
    nullable: true,
    description: "Which reports; none: all of the tenant's."
  })),
  __metadata17("design:type", Function),
  __metadata17("design:paramtypes", [
    Object,
    PageArgs,
    StoredReportFilter
  ]),
  __metadata17("design:returntype", Promise)
], HistoryResolver.prototype, "storedReports", null);
__decorate17([
  RequiresScope("messages:read"),
  Directive5(CONNECTION_SIZE),
  Query2(() => BulkConnection, {
    description: "The bulks the gateway sent (or holds reports of), newest first, each with its delivery statistics."
  }),
  __param2(0, Ctx2()),
  __param2(1, Args()),
  __param2(2, Arg2("filter", () => BulkFilter, {
    nullable: true,
    description: "Which bulks; none: all of the tenant's."
  })),
  __metadata17("design:type", Function),
  __metadata17("design:paramtypes", [
    Object,
    PageArgs,
    BulkFilter
  ]),
  __metadata17("design:returntype", Promise)
], HistoryResolver.prototype, "bulks", null);
HistoryResolver = __decorate17([
  Resolver2()
], HistoryResolver);
function connection(kind, page, node) {
  const edges = page.rows.map(({ key, item }) => ({
    cursor: encodeCursor(kind, key),
    node: node(item)
  }));
  return {
    edges,
    pageInfo: {
      hasNextPage: page.hasNext,
      hasPreviousPage: page.hasPrevious,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null
    }
  };
}
__name(connection, "connection");
function messageOf(stored) {
  const address = stored.destination;
  return Message.of({
    messageId: stored.messageId,
    bulkId: stored.bulkId,
    to: address === void 0 ? void 0 : isMsisdn(address) ? { phoneNumber: address } : isEmailAddress(address) ? { emailAddress: address } : void 0
  });
}
__name(messageOf, "messageOf");

// dist/graphql/history/MessageRecordResolver.js
import { DateTimeResolver as DateTimeResolver5 } from "graphql-scalars";
import { Ctx as Ctx3, FieldResolver, Resolver as Resolver3, Root } from "type-graphql";
var __decorate18 = function(decorators, target, key, desc) {
  var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
  if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
  else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
  return c > 3 && r && Object.defineProperty(target, key, r), r;
};
var __metadata18 = function(k, v) {
  if (typeof Reflect === "object" && typeof Reflect.metadata === "function") return Reflect.metadata(k, v);
};
var __param3 = function(paramIndex, decorator) {
  return function(target, key) {
    decorator(target, key, paramIndex);
  };
};
var MessageRecordResolver = class MessageRecordResolver2 {
  static {
    __name(this, "MessageRecordResolver");
  }
  async sentAt(message, ctx) {
    return (await storedMessages(ctx).load(message.messageId))?.sentAt;
  }
  async callbackData(message, ctx) {
    return (await storedMessages(ctx).load(message.messageId))?.callbackData;
  }
};
__decorate18([
  FieldResolver(() => DateTimeResolver5, {
    nullable: true,
    description: "When the gateway sent the message, or first heard of it (a report of a message sent elsewhere); null when its store holds no record of it."
  }),
  __param3(0, Root()),
  __param3(1, Ctx3()),
  __metadata18("design:type", Function),
  __metadata18("design:paramtypes", [Message, Object]),
  __metadata18("design:returntype", Promise)
], MessageRecordResolver.prototype, "sentAt", null);
__decorate18([
  FieldResolver(() => String, {
    nullable: true,
    description: "The callbackData the send gave, which OMNI hands back in every report."
  }),
  __param3(0, Root()),
  __param3(1, Ctx3()),
  __metadata18("design:type", Function),
  __metadata18("design:paramtypes", [Message, Object]),
  __metadata18("design:returntype", Promise)
], MessageRecordResolver.prototype, "callbackData", null);
MessageRecordResolver = __decorate18([
  Resolver3(() => Message)
], MessageRecordResolver);

// dist/graphql/message/MessageResolver.js
import { Arg as Arg3, Ctx as Ctx4, Directive as Directive6, FieldResolver as FieldResolver2, ID as ID7, Query as Query3, Resolver as Resolver4, Root as Root2 } from "type-graphql";

// dist/omni/wire.js
var MAX_PAGE = 1e3;

// dist/graphql/cost/weights.js
var UPSTREAM_CALL = "@cost(weight: 500)";
var ONE_PAGE = `@listSize(assumedSize: ${MAX_PAGE})`;
var ONE_PER_CHANNEL = `@listSize(assumedSize: ${CHANNELS.length})`;
var SLICED_BY_LIMIT = `@listSize(slicingArguments: ["limit"])`;

// dist/graphql/message/Attempt.js
import { DateTimeResolver as DateTimeResolver6 } from "graphql-scalars";
import { Field as Field16, Int as Int8, ObjectType as ObjectType12 } from "type-graphql";
var __decorate19 = function(decorators, target, key, desc) {
  var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
  if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
  else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
  return c > 3 && r && Object.defineProperty(target, key, r), r;
};
var __metadata19 = function(k, v) {
  if (typeof Reflect === "object" && typeof Reflect.metadata === "function") return Reflect.metadata(k, v);
};
var Attempt = class Attempt2 {
  static {
    __name(this, "Attempt");
  }
  channel;
  from;
  to;
  text;
  status;
  error;
  sentAt;
  doneAt;
  messageCount;
  mccMnc;
  price;
};
__decorate19([
  Field16(() => Channel, { description: "The step's channel." }),
  __metadata19("design:type", String)
], Attempt.prototype, "channel", void 0);
__decorate19([
  Field16({
    nullable: true,
    description: "The sender used on this channel (unknown while only the report is known)."
  }),
  __metadata19("design:type", String)
], Attempt.prototype, "from", void 0);
__decorate19([
  Field16({
    description: "The address the step sent to (OMNI's to): a phone number, e-mail address or push registration."
  }),
  __metadata19("design:type", String)
], Attempt.prototype, "to", void 0);
__decorate19([
  Field16({
    nullable: true,
    description: "The text the step sent (OMNI's logs); null while only the report is known."
  }),
  __metadata19("design:type", String)
], Attempt.prototype, "text", void 0);
__decorate19([
  Field16(() => Status, {
    description: "Where the attempt stands: its stored report's status, else that of OMNI's logs."
  }),
  __metadata19("design:type", Status)
], Attempt.prototype, "status", void 0);
__decorate19([
  Field16(() => DeliveryError, {
    nullable: true,
    description: "Why the attempt failed, from its delivery report; null until one is stored."
  }),
  __metadata19("design:type", DeliveryError)
], Attempt.prototype, "error", void 0);
__decorate19([
  Field16(() => DateTimeResolver6, { description: "When the step started (OMNI's sentAt)." }),
  __metadata19("design:type", Date)
], Attempt.prototype, "sentAt", void 0);
__decorate19([
  Field16(() => DateTimeResolver6, {
    nullable: true,
    description: "When the attempt reached its status (OMNI's doneAt); null while OMNI has none."
  }),
  __metadata19("design:type", Date)
], Attempt.prototype, "doneAt", void 0);
__decorate19([
  Field16(() => Int8, {
    description: "Messages OMNI billed for the attempt (OMNI's messageCount), e.g. an SMS's parts."
  }),
  __metadata19("design:type", Number)
], Attempt.prototype, "messageCount", void 0);
__decorate19([
  Field16({
    nullable: true,
    description: "Mobile country and network code of the network reached, e.g. 22801 (OMNI's mccMnc); null when OMNI gives none, as for e-mail."
  }),
  __metadata19("design:type", String)
], Attempt.prototype, "mccMnc", void 0);
__decorate19([
  Field16(() => Price, {
    nullable: true,
    description: "What the attempt cost (OMNI's price); null until OMNI reports one."
  }),
  __metadata19("design:type", Price)
], Attempt.prototype, "price", void 0);
Attempt = __decorate19([
  ObjectType12({
    description: "One scenario step tried for a message, from OMNI's logs and the stored delivery reports."
  })
], Attempt);

// dist/graphql/message/attempts.js
function toAttempts(logs, reports) {
  const unmatched = reports.map((report) => ({ report, sentAt: omniTime(report.sentAt) }));
  const take = /* @__PURE__ */ __name((match) => {
    const taken = [];
    for (let i = 0; i < unmatched.length; ) {
      if (match(unmatched[i]))
        taken.push(unmatched.splice(i, 1)[0].report);
      else
        i += 1;
    }
    return taken;
  }, "take");
  const ordered = [...logs].reverse().map((log) => ({ log, sentAt: omniTime(log.sentAt) })).sort((a, b) => a.sentAt - b.sentAt);
  const exact = ordered.map(({ log, sentAt }) => take((r) => r.report.channel === log.channel && r.sentAt === sentAt));
  const fromLogs2 = ordered.map(({ log, sentAt }, i) => {
    const matched = exact[i].length ? exact[i] : take((r) => r.report.channel === log.channel);
    return merge(log, sentAt, mostAdvanced(matched));
  });
  const fromReports = groupByAttempt(unmatched).map((group) => fromReport(mostAdvanced(group)));
  return [...fromLogs2, ...fromReports].sort((a, b) => a.sentAt.getTime() - b.sentAt.getTime());
}
__name(toAttempts, "toAttempts");
function deliveredInLogs(logs) {
  return logs.findLast((log) => log.status.groupName === "DELIVERED")?.status;
}
__name(deliveredInLogs, "deliveredInLogs");
function deliveredVia(attempts) {
  return attempts.find((a) => a.status.groupName === "DELIVERED")?.channel;
}
__name(deliveredVia, "deliveredVia");
function currentStatus(attempts) {
  return (attempts.find((a) => a.status.groupName === "DELIVERED") ?? attempts.at(-1))?.status;
}
__name(currentStatus, "currentStatus");
function finalReport(attempts, reports) {
  const last = attempts.at(-1);
  if (!last)
    return reports.at(-1);
  if (!isFinal(last.status))
    return void 0;
  return reports.findLast((r) => r.channel === last.channel && isFinal(r.status));
}
__name(finalReport, "finalReport");
var omniTime = /* @__PURE__ */ __name((value) => parseOmniDate(value).getTime(), "omniTime");
function merge(log, sentAt, report) {
  const reportWins = report && (isFinal(report.status) || !isFinal(log.status));
  const doneAt = report?.doneAt ?? log.doneAt;
  return {
    channel: log.channel,
    from: log.from,
    to: log.to,
    text: log.text,
    status: reportWins ? report.status : log.status,
    error: report?.error,
    sentAt: new Date(sentAt),
    doneAt: doneAt ? parseOmniDate(doneAt) : void 0,
    messageCount: log.messageCount,
    mccMnc: log.mccMnc ?? report?.mccMnc,
    price: report?.price ?? log.price
  };
}
__name(merge, "merge");
function fromReport(report) {
  return {
    channel: report.channel,
    to: report.to,
    status: report.status,
    error: report.error,
    sentAt: parseOmniDate(report.sentAt),
    doneAt: parseOmniDate(report.doneAt),
    messageCount: report.messageCount,
    mccMnc: report.mccMnc,
    price: report.price
  };
}
__name(fromReport, "fromReport");
function groupByAttempt(reports) {
  const groups = /* @__PURE__ */ new Map();
  for (const { report, sentAt } of reports) {
    const key = `${report.channel}|${sentAt}`;
    const group = groups.get(key);
    if (group)
      group.push(report);
    else
      groups.set(key, [report]);
  }
  return [...groups.values()];
}
__name(groupByAttempt, "groupByAttempt");
function mostAdvanced(reports) {
  if (reports.length <= 1)
    return reports[0];
  return reports.reduce((best, r) => {
    if (isFinal(r.status) !== isFinal(best.status))
      return isFinal(r.status) ? r : best;
    return omniTime(r.doneAt) >= omniTime(best.doneAt) ? r : best;
  });
}
__name(mostAdvanced, "mostAdvanced");

// dist/graphql/message/MessageFilter.js
import { DateTimeResolver as DateTimeResolver7 } from "graphql-scalars";
import { Field as Field17, ID as ID6, InputType as InputType4, Int as Int9 } from "type-graphql";
var __decorate20 = function(decorators, target, key, desc) {
  var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
  if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
  else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
  return c > 3 && r && Object.defineProperty(target, key, r), r;
};
var __metadata20 = function(k, v) {
  if (typeof Reflect === "object" && typeof Reflect.metadata === "function") return Reflect.metadata(k, v);
};
var MessageFilter = class MessageFilter2 {
  static {
    __name(this, "MessageFilter");
  }
  bulkIds;
  messageIds;
  generalStatus;
  channel;
  sentSince;
  sentUntil;
  limit;
};
__decorate20([
  Field17(() => [String], {
    nullable: true,
    description: `Messages of these bulks (OMNI's bulkId), at most ${MAX_FILTER_IDS}.`
  }),
  __metadata20("design:type", Array)
], MessageFilter.prototype, "bulkIds", void 0);
__decorate20([
  Field17(() => [ID6], {
    nullable: true,
    description: `These messages only (OMNI's messageId), at most ${MAX_FILTER_IDS}.`
  }),
  __metadata20("design:type", Array)
], MessageFilter.prototype, "messageIds", void 0);
__decorate20([
  Field17(() => StatusGroup, {
    nullable: true,
    description: "Matches messages with an attempt in this status."
  }),
  __metadata20("design:type", String)
], MessageFilter.prototype, "generalStatus", void 0);
__decorate20([
  Field17(() => Channel, {
    nullable: true,
    description: "Matches messages with an attempt on this channel."
  }),
  __metadata20("design:type", String)
], MessageFilter.prototype, "channel", void 0);
__decorate20([
  Field17(() => DateTimeResolver7, {
    nullable: true,
    description: "Attempts sent at this time or later (OMNI's sentSince)."
  }),
  __metadata20("design:type", Date)
], MessageFilter.prototype, "sentSince", void 0);
__decorate20([
  Field17(() => DateTimeResolver7, {
    nullable: true,
    description: "Attempts sent at this time or earlier (OMNI's sentUntil)."
  }),
  __metadata20("design:type", Date)
], MessageFilter.prototype, "sentUntil", void 0);
__decorate20([
  Field17(() => Int9, {
    defaultValue: 50,
    description: "Log rows to read, 1 to 1000 (one per attempt)."
  }),
  __metadata20("design:type", Number)
], MessageFilter.prototype, "limit", void 0);
MessageFilter = __decorate20([
  InputType4({ description: "Filters over OMNI's message logs." })
], MessageFilter);

// dist/graphql/message/MessageResolver.js
var __decorate21 = function(decorators, target, key, desc) {
  var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
  if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
  else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
  return c > 3 && r && Object.defineProperty(target, key, r), r;
};
var __metadata21 = function(k, v) {
  if (typeof Reflect === "object" && typeof Reflect.metadata === "function") return Reflect.metadata(k, v);
};
var __param4 = function(paramIndex, decorator) {
  return function(target, key) {
    decorator(target, key, paramIndex);
  };
};
var MessageResolver = class MessageResolver2 {
  static {
    __name(this, "MessageResolver");
  }
  message(ctx, messageId) {
    return findMessage(ctx, messageId);
  }
  async messages(ctx, filter) {
    const limit = filter?.limit ?? 50;
    const violations = [
      ...checkRange("limit", limit, 1, MAX_PAGE),
      ...checkIdCount("messageIds", filter?.messageIds),
      ...checkIdCount("bulkIds", filter?.bulkIds)
    ];
    if (violations.length)
      throw badUserInput(violations, "filter");
    const rows = await ctx.client.logs({
      bulkId: filter?.bulkIds,
      messageId: filter?.messageIds,
      generalStatus: filter?.generalStatus,
      channel: filter?.channel,
      sentSince: filter?.sentSince,
      sentUntil: filter?.sentUntil,
      limit
    });
    const byId = /* @__PURE__ */ new Map();
    for (const row of rows) {
      const list = byId.get(row.messageId);
      if (list)
        list.push(row);
      else
        byId.set(row.messageId, [row]);
    }
    if (rows.length < limit && !filter?.channel && !filter?.generalStatus) {
      for (const [id, logs] of byId)
        ctx.loaders.logsByMessageId.prime(id, logs);
    }
    return [...byId.keys()].map((messageId) => Message.of({ messageId }));
  }
  async bulkId(message, ctx) {
    if (message.bulkId)
      return message.bulkId;
    const logs = await ctx.loaders.logsByMessageId.load(message.messageId);
    return logs.find((log) => log.bulkId)?.bulkId;
  }
  async to(message, ctx) {
    if (message.to)
      return message.to;
    const logs = await ctx.loaders.logsByMessageId.load(message.messageId);
    if (logs.length === 0)
      return void 0;
    const destination = {};
    for (const { to } of logs) {
      if (isEmailAddress(to))
        destination.emailAddress = to;
      else
        destination.phoneNumber = to;
    }
    return destination;
  }
  async status(message, ctx) {
    if (message.acceptedStatus)
      return message.acceptedStatus;
    const delivered = deliveredInLogs(await ctx.loaders.logsByMessageId.load(message.messageId));
    if (delivered)
      return delivered;
    const attempts = await loadAttempts(ctx, message.messageId, false);
    return currentStatus(attempts);
  }
  async deliveredVia(message, ctx) {
    return deliveredVia(await loadAttempts(ctx, message.messageId, true));
  }
  async channel(message, ctx) {
    const attempts = await loadAttempts(ctx, message.messageId, false);
    return attempts.at(-1)?.channel;
  }
  attempts(message, ctx) {
    return loadAttempts(ctx, message.messageId, true);
  }
  async report(message, ctx) {
    await drainBeforeRead(ctx);
    const [attempts, reports] = await Promise.all([
      loadAttempts(ctx, message.messageId, false),
      ctx.loaders.reportsByMessageId.load(message.messageId)
    ]);
    const report = finalReport(attempts, reports);
    return report && Report.fromStored(report);
  }
  async reports(message, ctx) {
    await drainBeforeRead(ctx);
    const reports = await ctx.loaders.reportsByMessageId.load(message.messageId);
    return reports.map(Report.fromStored);
  }
};
__decorate21([
  RequiresScope("messages:read"),
  Query3(() => Message, {
    nullable: true,
    description: "A message by its id; null when neither OMNI's logs nor the gateway's stored reports know it."
  }),
  __param4(0, Ctx4()),
  __param4(1, Arg3("messageId", () => ID7, { description: "OMNI's messageId, as the send returned it." })),
  __metadata21("design:type", Function),
  __metadata21("design:paramtypes", [Object, String]),
  __metadata21("design:returntype", Promise)
], MessageResolver.prototype, "message", null);
__decorate21([
  RequiresScope("messages:read"),
  Directive6(ONE_PAGE),
  Query3(() => [Message], { description: "Messages from OMNI's logs, newest first." }),
  __param4(0, Ctx4()),
  __param4(1, Arg3("filter", () => MessageFilter, {
    nullable: true,
    description: "Which of OMNI's log rows to read (its /omni/1/logs query); without it, the latest 50."
  })),
  __metadata21("design:type", Function),
  __metadata21("design:paramtypes", [Object, MessageFilter]),
  __metadata21("design:returntype", Promise)
], MessageResolver.prototype, "messages", null);
__decorate21([
  FieldResolver2(() => String, { nullable: true }),
  __param4(0, Root2()),
  __param4(1, Ctx4()),
  __metadata21("design:type", Function),
  __metadata21("design:paramtypes", [Message, Object]),
  __metadata21("design:returntype", Promise)
], MessageResolver.prototype, "bulkId", null);
__decorate21([
  FieldResolver2(() => Destination, { nullable: true }),
  __param4(0, Root2()),
  __param4(1, Ctx4()),
  __metadata21("design:type", Function),
  __metadata21("design:paramtypes", [Message, Object]),
  __metadata21("design:returntype", Promise)
], MessageResolver.prototype, "to", null);
__decorate21([
  FieldResolver2(() => Status, {
    nullable: true,
    description: "DELIVERED once an attempt delivered; otherwise the status of the latest attempt. In a send's result, the status OMNI accepted the message with. Null while no attempt is known."
  }),
  __param4(0, Root2()),
  __param4(1, Ctx4()),
  __metadata21("design:type", Function),
  __metadata21("design:paramtypes", [Message, Object]),
  __metadata21("design:returntype", Promise)
], MessageResolver.prototype, "status", null);
__decorate21([
  FieldResolver2(() => Channel, {
    nullable: true,
    description: "The channel that delivered the message; null until one has."
  }),
  __param4(0, Root2()),
  __param4(1, Ctx4()),
  __metadata21("design:type", Function),
  __metadata21("design:paramtypes", [Message, Object]),
  __metadata21("design:returntype", Promise)
], MessageResolver.prototype, "deliveredVia", null);
__decorate21([
  FieldResolver2(() => Channel, {
    nullable: true,
    description: "The channel of the latest attempt; null while no attempt is known."
  }),
  __param4(0, Root2()),
  __param4(1, Ctx4()),
  __metadata21("design:type", Function),
  __metadata21("design:paramtypes", [Message, Object]),
  __metadata21("design:returntype", Promise)
], MessageResolver.prototype, "channel", null);
__decorate21([
  Directive6(ONE_PER_CHANNEL),
  FieldResolver2(() => [Attempt], {
    description: "The failover timeline: each scenario step tried so far, oldest first, with its outcome, error and price."
  }),
  __param4(0, Root2()),
  __param4(1, Ctx4()),
  __metadata21("design:type", Function),
  __metadata21("design:paramtypes", [Message, Object]),
  __metadata21("design:returntype", Promise)
], MessageResolver.prototype, "attempts", null);
__decorate21([
  FieldResolver2(() => Report, {
    nullable: true,
    description: "The report of the final outcome; null until the last attempt has ended."
  }),
  __param4(0, Root2()),
  __param4(1, Ctx4()),
  __metadata21("design:type", Function),
  __metadata21("design:paramtypes", [Message, Object]),
  __metadata21("design:returntype", Promise)
], MessageResolver.prototype, "report", null);
__decorate21([
  Directive6(ONE_PER_CHANNEL),
  FieldResolver2(() => [Report], {
    description: "Every stored report of the message, one per finished attempt, oldest first."
  }),
  __param4(0, Root2()),
  __param4(1, Ctx4()),
  __metadata21("design:type", Function),
  __metadata21("design:paramtypes", [Message, Object]),
  __metadata21("design:returntype", Promise)
], MessageResolver.prototype, "reports", null);
MessageResolver = __decorate21([
  Resolver4(() => Message)
], MessageResolver);
async function loadAttempts(ctx, messageId, fresh) {
  const [logs, reports] = await Promise.all([
    ctx.loaders.logsByMessageId.load(messageId),
    (fresh ? drainBeforeRead(ctx) : Promise.resolve()).then(() => ctx.loaders.reportsByMessageId.load(messageId))
  ]);
  return toAttempts(logs, reports);
}
__name(loadAttempts, "loadAttempts");
async function findMessage(ctx, messageId) {
  const [logs, reports] = await Promise.all([
    ctx.loaders.logsByMessageId.load(messageId),
    ctx.loaders.reportsByMessageId.load(messageId)
  ]);
  return logs.length || reports.length ? Message.of({ messageId }) : null;
}
__name(findMessage, "findMessage");

// dist/graphql/message/SendResolver.js
import { randomUUID as randomUUID2 } from "node:crypto";
import { Arg as Arg4, Ctx as Ctx5, Directive as Directive7, Mutation, Resolver as Resolver5 } from "type-graphql";

// dist/graphql/message/SendAdvancedInput.js
import { DateTimeResolver as DateTimeResolver8, URLResolver as URLResolver3 } from "graphql-scalars";
import { Field as Field27, ID as ID8, InputType as InputType14 } from "type-graphql";

// dist/graphql/message/content/ChannelContentInput.js
import { Field as Field18, InputType as InputType5, Int as Int10 } from "type-graphql";
var __decorate22 = function(decorators, target, key, desc) {
  var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
  if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
  else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
  return c > 3 && r && Object.defineProperty(target, key, r), r;
};
var __metadata22 = function(k, v) {
  if (typeof Reflect === "object" && typeof Reflect.metadata === "function") return Reflect.metadata(k, v);
};
var ChannelContentInput = class ChannelContentInput2 {
  static {
    __name(this, "ChannelContentInput");
  }
  text;
  validityPeriod;
  validityPeriodTimeUnit;
};
__decorate22([
  Field18({
    nullable: true,
    description: "What this channel's steps send instead of the input's text (OMNI's text): at most 1000 characters on Viber and Facebook, 4000 on push, unlimited elsewhere."
  }),
  __metadata22("design:type", String)
], ChannelContentInput.prototype, "text", void 0);
__decorate22([
  Field18(() => Int10, {
    nullable: true,
    description: "How long this step may take before the next one runs: at least 30 s, at most 48 h (longer is clamped to 48 h); Viber 35 s to 14 days."
  }),
  __metadata22("design:type", Number)
], ChannelContentInput.prototype, "validityPeriod", void 0);
__decorate22([
  Field18(() => TimeUnit, { nullable: true, description: "Defaults to MINUTES." }),
  __metadata22("design:type", String)
], ChannelContentInput.prototype, "validityPeriodTimeUnit", void 0);
ChannelContentInput = __decorate22([
  InputType5({
    description: "Content of a channel that carries plain text (Facebook, Parseco), and what every channel's content has."
  })
], ChannelContentInput);

// dist/graphql/message/content/EmailContentInput.js
import { Field as Field19, InputType as InputType6 } from "type-graphql";
var __decorate23 = function(decorators, target, key, desc) {
  var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
  if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
  else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
  return c > 3 && r && Object.defineProperty(target, key, r), r;
};
var __metadata23 = function(k, v) {
  if (typeof Reflect === "object" && typeof Reflect.metadata === "function") return Reflect.metadata(k, v);
};
var EmailContentInput = class EmailContentInput2 extends ChannelContentInput {
  static {
    __name(this, "EmailContentInput");
  }
  subject;
};
__decorate23([
  Field19({ nullable: true, description: "The e-mail's subject line (OMNI's email.subject)." }),
  __metadata23("design:type", String)
], EmailContentInput.prototype, "subject", void 0);
EmailContentInput = __decorate23([
  InputType6({ description: "Content of EMAIL steps: a text and a subject." })
], EmailContentInput);

// dist/graphql/message/content/PushContentInput.js
import { JSONObjectResolver } from "graphql-scalars";
import { Field as Field21, InputType as InputType8 } from "type-graphql";

// dist/graphql/message/content/PushNotificationOptionsInput.js
import { URLResolver } from "graphql-scalars";
import { Field as Field20, InputType as InputType7, Int as Int11, registerEnumType as registerEnumType2 } from "type-graphql";
var __decorate24 = function(decorators, target, key, desc) {
  var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
  if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
  else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
  return c > 3 && r && Object.defineProperty(target, key, r), r;
};
var __metadata24 = function(k, v) {
  if (typeof Reflect === "object" && typeof Reflect.metadata === "function") return Reflect.metadata(k, v);
};
var InAppStyle;
(function(InAppStyle2) {
  InAppStyle2["MODAL"] = "MODAL";
  InAppStyle2["BANNER"] = "BANNER";
})(InAppStyle || (InAppStyle = {}));
registerEnumType2(InAppStyle, {
  name: "InAppStyle",
  description: "MODAL: a dialog for actionable messages; BANNER: a standard banner view.",
  valuesConfig: {
    MODAL: {
      description: "A pop-up over part of the screen, for messages that need the user's attention; may have Dismiss and Open buttons."
    },
    BANNER: { description: "A small banner over the app's content that closes by itself." }
  }
});
var MirroredPushTimeUnit;
(function(MirroredPushTimeUnit2) {
  MirroredPushTimeUnit2["MINUTES"] = "MINUTES";
  MirroredPushTimeUnit2["HOURS"] = "HOURS";
})(MirroredPushTimeUnit || (MirroredPushTimeUnit = {}));
registerEnumType2(MirroredPushTimeUnit, {
  name: "MirroredPushTimeUnit",
  description: "Unit of mirroredPushExpirationPeriod: the docs allow only minutes or hours.",
  valuesConfig: {
    MINUTES: { description: "Minutes." },
    HOURS: { description: "Hours." }
  }
});
var TapActionType;
(function(TapActionType2) {
  TapActionType2["WEB_VIEW_URL"] = "WEB_VIEW_URL";
  TapActionType2["OPEN_URL_IN_BROWSER"] = "OPEN_URL_IN_BROWSER";
  TapActionType2["DEEP_LINK"] = "DEEP_LINK";
})(TapActionType || (TapActionType = {}));
registerEnumType2(TapActionType, {
  name: "TapActionType",
  description: "WEB_VIEW_URL opens the resource in a web view inside the app, OPEN_URL_IN_BROWSER in the device browser, DEEP_LINK opens a screen of the app.",
  valuesConfig: {
    WEB_VIEW_URL: { description: "Opens the resource, a URL, in a web view inside the app." },
    OPEN_URL_IN_BROWSER: { description: "Opens the resource, a URL, in the device's browser." },
    DEEP_LINK: {
      description: "Opens the app's screen that the resource, a deep link path, names."
    }
  }
});
var TapActionInput = class TapActionInput2 {
  static {
    __name(this, "TapActionInput");
  }
  type;
  resource;
};
__decorate24([
  Field20(() => TapActionType, { description: "What the tap opens." }),
  __metadata24("design:type", String)
], TapActionInput.prototype, "type", void 0);
__decorate24([
  Field20({ description: "The URL, or the deep link path, to open." }),
  __metadata24("design:type", String)
], TapActionInput.prototype, "resource", void 0);
TapActionInput = __decorate24([
  InputType7({
    description: "What happens when the user taps the primary button of the in-app notification."
  })
], TapActionInput);
var PushNotificationOptionsInput = class PushNotificationOptionsInput2 {
  static {
    __name(this, "PushNotificationOptionsInput");
  }
  title;
  vibrationEnabled;
  soundEnabled;
  soundName;
  badge;
  contentUrl;
  category;
  inAppStyle;
  isSilent;
  webViewUrl;
  inboxTopic;
  showMirroredPush;
  mirroredPushStyle;
  mirroredPushExpirationPeriod;
  mirroredPushExpirationTimeUnit;
  mirroredPushDismissTitle;
  mirroredPushOpenTitle;
  onTapButtonAction;
};
__decorate24([
  Field20({
    nullable: true,
    description: "Shown in the notification; defaults to the application name. Up to 45 characters."
  }),
  __metadata24("design:type", String)
], PushNotificationOptionsInput.prototype, "title", void 0);
__decorate24([
  Field20({ nullable: true, description: "Android only. Defaults to true." }),
  __metadata24("design:type", Boolean)
], PushNotificationOptionsInput.prototype, "vibrationEnabled", void 0);
__decorate24([
  Field20({ nullable: true, description: "Defaults to true." }),
  __metadata24("design:type", Boolean)
], PushNotificationOptionsInput.prototype, "soundEnabled", void 0);
__decorate24([
  Field20({
    nullable: true,
    description: "A sound file bundled in the app (at most 30 s), e.g. notification_sound.wav; needs soundEnabled not false."
  }),
  __metadata24("design:type", String)
], PushNotificationOptionsInput.prototype, "soundName", void 0);
__decorate24([
  Field20(() => Int11, { nullable: true, description: "Badge counter (iOS only)." }),
  __metadata24("design:type", Number)
], PushNotificationOptionsInput.prototype, "badge", void 0);
__decorate24([
  Field20(() => URLResolver, {
    nullable: true,
    description: "Image shown in the notification (rich push)."
  }),
  __metadata24("design:type", URL)
], PushNotificationOptionsInput.prototype, "contentUrl", void 0);
__decorate24([
  Field20({
    nullable: true,
    description: "Category id for an actionable notification, e.g. mm_accept_decline (Accept & Decline)."
  }),
  __metadata24("design:type", String)
], PushNotificationOptionsInput.prototype, "category", void 0);
__decorate24([
  Field20(() => InAppStyle, {
    nullable: true,
    description: "How an actionable notification shows inside the app (OMNI's inAppStyle)."
  }),
  __metadata24("design:type", String)
], PushNotificationOptionsInput.prototype, "inAppStyle", void 0);
__decorate24([
  Field20({
    nullable: true,
    description: "Not shown on the lock screen nor in the notification center: delivers data, or only the in-app notification."
  }),
  __metadata24("design:type", Boolean)
], PushNotificationOptionsInput.prototype, "isSilent", void 0);
__decorate24([
  Field20(() => URLResolver, {
    nullable: true,
    description: "Web page to open inside the app (web view)."
  }),
  __metadata24("design:type", URL)
], PushNotificationOptionsInput.prototype, "webViewUrl", void 0);
__decorate24([
  Field20({
    nullable: true,
    description: "Case-sensitive inbox topic to save the message to; OMNI rejects the send if the topic does not exist."
  }),
  __metadata24("design:type", String)
], PushNotificationOptionsInput.prototype, "inboxTopic", void 0);
__decorate24([
  Field20({ nullable: true, description: "Also show the notification inside the app." }),
  __metadata24("design:type", Boolean)
], PushNotificationOptionsInput.prototype, "showMirroredPush", void 0);
__decorate24([
  Field20(() => InAppStyle, {
    nullable: true,
    description: "Show the in-app notification as a banner or a modal pop-up."
  }),
  __metadata24("design:type", String)
], PushNotificationOptionsInput.prototype, "mirroredPushStyle", void 0);
__decorate24([
  Field20(() => Int11, {
    nullable: true,
    description: "How long after sending the in-app notification may still be shown."
  }),
  __metadata24("design:type", Number)
], PushNotificationOptionsInput.prototype, "mirroredPushExpirationPeriod", void 0);
__decorate24([
  Field20(() => MirroredPushTimeUnit, {
    nullable: true,
    description: "Unit of mirroredPushExpirationPeriod, which it needs."
  }),
  __metadata24("design:type", String)
], PushNotificationOptionsInput.prototype, "mirroredPushExpirationTimeUnit", void 0);
__decorate24([
  Field20({ nullable: true, description: "Text of the Dismiss button (MODAL style only)." }),
  __metadata24("design:type", String)
], PushNotificationOptionsInput.prototype, "mirroredPushDismissTitle", void 0);
__decorate24([
  Field20({ nullable: true, description: "Text of the Open button (MODAL style only)." }),
  __metadata24("design:type", String)
], PushNotificationOptionsInput.prototype, "mirroredPushOpenTitle", void 0);
__decorate24([
  Field20(() => TapActionInput, {
    nullable: true,
    description: "Action of the primary button of the in-app notification."
  }),
  __metadata24("design:type", TapActionInput)
], PushNotificationOptionsInput.prototype, "onTapButtonAction", void 0);
PushNotificationOptionsInput = __decorate24([
  InputType7({
    description: "How the device alerts the user: every option of the notification options tables in push-sms-example.md and mobile-push-api.md. Also used by sendPush."
  })
], PushNotificationOptionsInput);

// dist/graphql/message/content/PushContentInput.js
var __decorate25 = function(decorators, target, key, desc) {
  var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
  if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
  else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
  return c > 3 && r && Object.defineProperty(target, key, r), r;
};
var __metadata25 = function(k, v) {
  if (typeof Reflect === "object" && typeof Reflect.metadata === "function") return Reflect.metadata(k, v);
};
var PushContentInput = class PushContentInput2 extends ChannelContentInput {
  static {
    __name(this, "PushContentInput");
  }
  customPayload;
  notificationOptions;
  targetOnlyPrimaryDevices;
  includeNotificationsDisabledDevices;
};
__decorate25([
  Field21(() => JSONObjectResolver, {
    nullable: true,
    description: `Free data delivered to the app with the push (OMNI's customPayload): at most ${MAX_CUSTOM_PAYLOAD_BYTES} bytes as JSON, ${MAX_CUSTOM_PAYLOAD_DEPTH} levels deep.`
  }),
  __metadata25("design:type", Object)
], PushContentInput.prototype, "customPayload", void 0);
__decorate25([
  Field21(() => PushNotificationOptionsInput, {
    nullable: true,
    description: `How the device shows and signals the push (OMNI's notificationOptions); title up to ${MAX_OMNI_PUSH_TITLE} characters.`
  }),
  __metadata25("design:type", PushNotificationOptionsInput)
], PushContentInput.prototype, "notificationOptions", void 0);
__decorate25([
  Field21({
    nullable: true,
    description: "Only the person's devices marked primary get the push; by default all of them do."
  }),
  __metadata25("design:type", Boolean)
], PushContentInput.prototype, "targetOnlyPrimaryDevices", void 0);
__decorate25([
  Field21({
    nullable: true,
    description: "Also send to devices whose user turned notifications off; by default they are left out."
  }),
  __metadata25("design:type", Boolean)
], PushContentInput.prototype, "includeNotificationsDisabledDevices", void 0);
PushContentInput = __decorate25([
  InputType8({
    description: `Content of PUSH steps: a notification of up to ${MAX_PUSH_TEXT} characters to the app installations of the destination's person.`
  })
], PushContentInput);

// dist/graphql/message/content/SmsContentInput.js
import { Field as Field22, InputType as InputType9, registerEnumType as registerEnumType3 } from "type-graphql";
var __decorate26 = function(decorators, target, key, desc) {
  var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
  if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
  else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
  return c > 3 && r && Object.defineProperty(target, key, r), r;
};
var __metadata26 = function(k, v) {
  if (typeof Reflect === "object" && typeof Reflect.metadata === "function") return Reflect.metadata(k, v);
};
var SmsLanguageCode = enumOf(SMS_LANGUAGE_CODES);
registerEnumType3(SmsLanguageCode, {
  name: "SmsLanguageCode",
  description: "National language table for GSM-7 encoding: TR, ES, PT, AUTODETECT (the cheapest of them) or NONE. A single part then holds 155 characters, 149 per concatenated part.",
  valuesConfig: {
    NONE: { description: "No national table: the default GSM-7 alphabet, or UCS-2." },
    TR: { description: "The Turkish table (\xE7, \u011F, \u0131, \u0130, \u015F stay GSM-7)." },
    ES: { description: "The Spanish table." },
    PT: { description: "The Portuguese table." },
    AUTODETECT: {
      description: "Whichever of TR, ES and PT needs the fewest parts, used only when the default alphabet cannot carry the text."
    }
  }
});
var Transliteration = enumOf(TRANSLITERATIONS);
registerEnumType3(Transliteration, {
  name: "Transliteration",
  description: "Replaces characters outside GSM-7 before the text is counted and sent, to save message parts.",
  valuesConfig: {
    NONE: { description: "The text is sent as written." },
    ALL: { description: "GREEK, CYRILLIC and NON_UNICODE together." },
    BALTIC: { description: "Latvian and Lithuanian letters, e.g. \u0101, \u0113, \u0123, \u0137, \u0173, to base letters." },
    CENTRAL_EUROPEAN: {
      description: "Czech, Polish, Slovak, Hungarian and similar letters, e.g. \u0105, \u010D, \u0142, \u0151, to base letters."
    },
    COLOMBIAN: { description: "Accented \xE1, \xED, \xF3, \xFA to plain vowels." },
    CYRILLIC: { description: "Russian Cyrillic to Latin letters." },
    GREEK: { description: "Greek to GSM-7's Greek capitals and look-alike Latin letters." },
    NON_UNICODE: {
      description: "Every Latin letter with a diacritic GSM-7 lacks to its base letter, and curly quotes and dashes to plain ones."
    },
    PORTUGUESE: {
      description: "Portuguese letters GSM-7 lacks, e.g. \xE3, \xF5, \xEA, \xE7, to base letters."
    },
    SERBIAN_CYRILLIC: { description: "Serbian Cyrillic to Latin letters." },
    TURKISH: { description: "Turkish letters GSM-7 lacks, e.g. \xE7, \u011F, \u0131, \u015F, to base letters." },
    BULGARIAN_CYRILLIC: { description: "Bulgarian Cyrillic to Latin letters." }
  }
});
var SmsLanguageInput = class SmsLanguageInput2 {
  static {
    __name(this, "SmsLanguageInput");
  }
  languageCode;
};
__decorate26([
  Field22(() => SmsLanguageCode, { description: "The table (OMNI's languageCode)." }),
  __metadata26("design:type", String)
], SmsLanguageInput.prototype, "languageCode", void 0);
SmsLanguageInput = __decorate26([
  InputType9({ description: "The national language table of an SMS (OMNI's sms.language)." })
], SmsLanguageInput);
var SmsContentInput = class SmsContentInput2 extends ChannelContentInput {
  static {
    __name(this, "SmsContentInput");
  }
  language;
  transliteration;
};
__decorate26([
  Field22(() => SmsLanguageInput, {
    nullable: true,
    description: "Encodes Turkish, Spanish or Portuguese letters in GSM-7 rather than UCS-2: 155 characters a part, 149 when concatenated."
  }),
  __metadata26("design:type", SmsLanguageInput)
], SmsContentInput.prototype, "language", void 0);
__decorate26([
  Field22(() => Transliteration, {
    nullable: true,
    description: "Replaces characters GSM-7 lacks before sending (OMNI's sms.transliteration)."
  }),
  __metadata26("design:type", String)
], SmsContentInput.prototype, "transliteration", void 0);
SmsContentInput = __decorate26([
  InputType9({
    description: "Content of SMS steps. The text is not limited in length but billed per part: 160 GSM-7 characters in one, 153 each when concatenated (see previewSms)."
  })
], SmsContentInput);

// dist/graphql/message/content/ViberContentInput.js
import { URLResolver as URLResolver2 } from "graphql-scalars";
import { Field as Field23, InputType as InputType10 } from "type-graphql";
var __decorate27 = function(decorators, target, key, desc) {
  var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
  if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
  else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
  return c > 3 && r && Object.defineProperty(target, key, r), r;
};
var __metadata27 = function(k, v) {
  if (typeof Reflect === "object" && typeof Reflect.metadata === "function") return Reflect.metadata(k, v);
};
var ViberContentInput = class ViberContentInput2 extends ChannelContentInput {
  static {
    __name(this, "ViberContentInput");
  }
  imageURL;
  buttonText;
  buttonURL;
  isPromotional;
  trackingData;
};
__decorate27([
  Field23(() => URLResolver2, {
    nullable: true,
    description: "An image to show, up to 1000 characters (OMNI's imageURL); with it, text may be left out."
  }),
  __metadata27("design:type", URL)
], ViberContentInput.prototype, "imageURL", void 0);
__decorate27([
  Field23({
    nullable: true,
    description: "The button's label, up to 30 characters (OMNI's buttonText); needs buttonURL."
  }),
  __metadata27("design:type", String)
], ViberContentInput.prototype, "buttonText", void 0);
__decorate27([
  Field23(() => URLResolver2, {
    nullable: true,
    description: "Where the button leads, up to 1000 characters (OMNI's buttonURL); needs buttonText."
  }),
  __metadata27("design:type", URL)
], ViberContentInput.prototype, "buttonURL", void 0);
__decorate27([
  Field23({
    nullable: true,
    description: "Sends a promotional rather than a transactional message (OMNI's isPromotional)."
  }),
  __metadata27("design:type", Boolean)
], ViberContentInput.prototype, "isPromotional", void 0);
__decorate27([
  Field23({
    nullable: true,
    description: "Your data for Viber's tracking, up to 100 characters (OMNI's trackingData)."
  }),
  __metadata27("design:type", String)
], ViberContentInput.prototype, "trackingData", void 0);
ViberContentInput = __decorate27([
  InputType10({
    description: "Content of VIBER steps: text up to 1000 characters, an image, a button. Validity is 35 s to 14 days; a longer one is refused, not clamped."
  })
], ViberContentInput);

// dist/graphql/message/content/VKontakteContentInput.js
import { JSONObjectResolver as JSONObjectResolver2 } from "graphql-scalars";
import { Field as Field24, InputType as InputType11 } from "type-graphql";
var __decorate28 = function(decorators, target, key, desc) {
  var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
  if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
  else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
  return c > 3 && r && Object.defineProperty(target, key, r), r;
};
var __metadata28 = function(k, v) {
  if (typeof Reflect === "object" && typeof Reflect.metadata === "function") return Reflect.metadata(k, v);
};
var VKontakteContentInput = class VKontakteContentInput2 extends ChannelContentInput {
  static {
    __name(this, "VKontakteContentInput");
  }
  templateName;
  templateData;
};
__decorate28([
  Field24({
    nullable: true,
    description: "A VKontakte template to send (OMNI's templateName); with it, text may be left out."
  }),
  __metadata28("design:type", String)
], VKontakteContentInput.prototype, "templateName", void 0);
__decorate28([
  Field24(() => JSONObjectResolver2, {
    nullable: true,
    description: "Values for the template's placeholders (OMNI's templateData)."
  }),
  __metadata28("design:type", Object)
], VKontakteContentInput.prototype, "templateData", void 0);
VKontakteContentInput = __decorate28([
  InputType11({ description: "Content of VKONTAKTE steps: a text, or a template and its data." })
], VKontakteContentInput);

// dist/graphql/message/content/VoiceContentInput.js
import { Field as Field25, InputType as InputType12 } from "type-graphql";
var __decorate29 = function(decorators, target, key, desc) {
  var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
  if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
  else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
  return c > 3 && r && Object.defineProperty(target, key, r), r;
};
var __metadata29 = function(k, v) {
  if (typeof Reflect === "object" && typeof Reflect.metadata === "function") return Reflect.metadata(k, v);
};
var VoiceContentInput = class VoiceContentInput2 extends ChannelContentInput {
  static {
    __name(this, "VoiceContentInput");
  }
  language;
};
__decorate29([
  Field25({ nullable: true, description: "Language the text is read in, e.g. en." }),
  __metadata29("design:type", String)
], VoiceContentInput.prototype, "language", void 0);
VoiceContentInput = __decorate29([
  InputType12({ description: "Content of VOICE steps: a text read out in a phone call." })
], VoiceContentInput);

// dist/graphql/message/DestinationInput.js
import { Field as Field26, InputType as InputType13 } from "type-graphql";
var __decorate30 = function(decorators, target, key, desc) {
  var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
  if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
  else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
  return c > 3 && r && Object.defineProperty(target, key, r), r;
};
var __metadata30 = function(k, v) {
  if (typeof Reflect === "object" && typeof Reflect.metadata === "function") return Reflect.metadata(k, v);
};
var ToInput = class ToInput2 {
  static {
    __name(this, "ToInput");
  }
  phoneNumber;
  emailAddress;
};
__decorate30([
  Field26(() => Msisdn, {
    nullable: true,
    description: "Used by every step but EMAIL (OMNI's to.phoneNumber)."
  }),
  __metadata30("design:type", String)
], ToInput.prototype, "phoneNumber", void 0);
__decorate30([
  Field26(() => EmailAddress, {
    nullable: true,
    description: "Used by EMAIL steps (OMNI's to.emailAddress)."
  }),
  __metadata30("design:type", String)
], ToInput.prototype, "emailAddress", void 0);
ToInput = __decorate30([
  InputType13({
    description: "The addresses of one destination (OMNI's to). A step whose address is missing is skipped, with a STEP_SKIPPED notice."
  })
], ToInput);
var DestinationInput = class DestinationInput2 {
  static {
    __name(this, "DestinationInput");
  }
  messageId;
  to;
};
__decorate30([
  Field26({
    nullable: true,
    description: `Your id for the message (OMNI's messageId), up to ${MAX_ID_LENGTH} characters and unique in the send; the gateway assigns a UUID when omitted, so a lost answer can be reconciled.`
  }),
  __metadata30("design:type", String)
], DestinationInput.prototype, "messageId", void 0);
__decorate30([
  Field26(() => ToInput, { description: "At least one address." }),
  __metadata30("design:type", ToInput)
], DestinationInput.prototype, "to", void 0);
DestinationInput = __decorate30([
  InputType13({ description: "One recipient of a send: one message, to its addresses." })
], DestinationInput);

// dist/graphql/message/SendAdvancedInput.js
var __decorate31 = function(decorators, target, key, desc) {
  var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
  if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
  else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
  return c > 3 && r && Object.defineProperty(target, key, r), r;
};
var __metadata31 = function(k, v) {
  if (typeof Reflect === "object" && typeof Reflect.metadata === "function") return Reflect.metadata(k, v);
};
var SendAdvancedInput = class SendAdvancedInput2 {
  static {
    __name(this, "SendAdvancedInput");
  }
  scenarioKey;
  bulkId;
  destinations;
  text;
  sms;
  voice;
  viber;
  facebook;
  email;
  push;
  parseco;
  vKontakte;
  sendAt;
  notifyUrl;
  notifyContentType;
  callbackData;
  intermediateReport;
  idempotencyKey;
};
__decorate31([
  Field27(() => ID8, { nullable: true, description: "Defaults to the default scenario." }),
  __metadata31("design:type", String)
], SendAdvancedInput.prototype, "scenarioKey", void 0);
__decorate31([
  Field27({
    nullable: true,
    description: `Your id for the send (OMNI's bulkId), up to ${MAX_ID_LENGTH} characters; OMNI assigns one to a send to several destinations.`
  }),
  __metadata31("design:type", String)
], SendAdvancedInput.prototype, "bulkId", void 0);
__decorate31([
  Field27(() => [DestinationInput], {
    description: `Who gets the message: 1 to ${MAX_DESTINATIONS} destinations, one message each.`
  }),
  __metadata31("design:type", Array)
], SendAdvancedInput.prototype, "destinations", void 0);
__decorate31([
  Field27({
    nullable: true,
    description: "Sent by every step whose channel object has no text of its own (the docs' top-level text)."
  }),
  __metadata31("design:type", String)
], SendAdvancedInput.prototype, "text", void 0);
__decorate31([
  Field27(() => SmsContentInput, {
    nullable: true,
    description: "What SMS steps send (OMNI's sms); only with an SMS step in the scenario."
  }),
  __metadata31("design:type", SmsContentInput)
], SendAdvancedInput.prototype, "sms", void 0);
__decorate31([
  Field27(() => VoiceContentInput, {
    nullable: true,
    description: "What VOICE steps read out (OMNI's voice); only with a VOICE step in the scenario."
  }),
  __metadata31("design:type", VoiceContentInput)
], SendAdvancedInput.prototype, "voice", void 0);
__decorate31([
  Field27(() => ViberContentInput, {
    nullable: true,
    description: "What VIBER steps send (OMNI's viber); only with a VIBER step in the scenario."
  }),
  __metadata31("design:type", ViberContentInput)
], SendAdvancedInput.prototype, "viber", void 0);
__decorate31([
  Field27(() => ChannelContentInput, {
    nullable: true,
    description: "What FACEBOOK steps send (OMNI's facebook), text up to 1000 characters; only with a FACEBOOK step in the scenario."
  }),
  __metadata31("design:type", ChannelContentInput)
], SendAdvancedInput.prototype, "facebook", void 0);
__decorate31([
  Field27(() => EmailContentInput, {
    nullable: true,
    description: "What EMAIL steps send (OMNI's email); only with an EMAIL step in the scenario."
  }),
  __metadata31("design:type", EmailContentInput)
], SendAdvancedInput.prototype, "email", void 0);
__decorate31([
  Field27(() => PushContentInput, {
    nullable: true,
    description: "What PUSH steps send (OMNI's push); only with a PUSH step in the scenario."
  }),
  __metadata31("design:type", PushContentInput)
], SendAdvancedInput.prototype, "push", void 0);
__decorate31([
  Field27(() => ChannelContentInput, {
    nullable: true,
    description: "What PARSECO steps send (OMNI's parseco); only with a PARSECO step in the scenario."
  }),
  __metadata31("design:type", ChannelContentInput)
], SendAdvancedInput.prototype, "parseco", void 0);
__decorate31([
  Field27(() => VKontakteContentInput, {
    nullable: true,
    description: "What VKONTAKTE steps send (OMNI's vKontakte); only with a VKONTAKTE step in the scenario."
  }),
  __metadata31("design:type", VKontakteContentInput)
], SendAdvancedInput.prototype, "vKontakte", void 0);
__decorate31([
  Field27(() => DateTimeResolver8, {
    nullable: true,
    description: "Delays the first step; less than 180 days ahead."
  }),
  __metadata31("design:type", Date)
], SendAdvancedInput.prototype, "sendAt", void 0);
__decorate31([
  Field27(() => URLResolver3, { nullable: true, description: "Where OMNI posts delivery reports." }),
  __metadata31("design:type", URL)
], SendAdvancedInput.prototype, "notifyUrl", void 0);
__decorate31([
  Field27({ nullable: true, description: "application/json or application/xml." }),
  __metadata31("design:type", String)
], SendAdvancedInput.prototype, "notifyContentType", void 0);
__decorate31([
  Field27({ nullable: true, description: "Returned in delivery reports; up to 4000 characters." }),
  __metadata31("design:type", String)
], SendAdvancedInput.prototype, "callbackData", void 0);
__decorate31([
  Field27({ nullable: true, description: "Also report intermediate statuses." }),
  __metadata31("design:type", Boolean)
], SendAdvancedInput.prototype, "intermediateReport", void 0);
__decorate31([
  Field27({
    nullable: true,
    description: "Makes retries safe: for 24 h, a repeat with the same key and input returns the first result and sends nothing."
  }),
  __metadata31("design:type", String)
], SendAdvancedInput.prototype, "idempotencyKey", void 0);
SendAdvancedInput = __decorate31([
  InputType14({
    description: "Content per channel; each step of the scenario uses its channel's content. Checked before anything is sent: every step needs content, every channel object needs a step, and each field its documented limits; planSend shows the resulting failover timeline without sending."
  })
], SendAdvancedInput);

// dist/graphql/message/sendAdvancedToCheck.js
function sendAdvancedToCheck(input) {
  const content = {};
  for (const channel of CHANNELS) {
    const channelContent = input[CHANNEL_CONTENT_KEY[channel]];
    if (channelContent)
      content[channel] = channelContent;
  }
  return {
    bulkId: input.bulkId,
    destinations: input.destinations,
    content,
    commonText: input.text,
    sendAt: input.sendAt,
    callbackData: input.callbackData,
    notifyContentType: input.notifyContentType
  };
}
__name(sendAdvancedToCheck, "sendAdvancedToCheck");

// dist/graphql/message/SendResult.js
import { Field as Field29, ObjectType as ObjectType14 } from "type-graphql";

// dist/graphql/message/Notice.js
import { Field as Field28, ObjectType as ObjectType13 } from "type-graphql";
var __decorate32 = function(decorators, target, key, desc) {
  var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
  if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
  else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
  return c > 3 && r && Object.defineProperty(target, key, r), r;
};
var __metadata32 = function(k, v) {
  if (typeof Reflect === "object" && typeof Reflect.metadata === "function") return Reflect.metadata(k, v);
};
var Notice = class Notice2 {
  static {
    __name(this, "Notice");
  }
  path;
  rule;
  message;
};
__decorate32([
  Field28({ description: "The input field concerned, e.g. input.sms.validityPeriod." }),
  __metadata32("design:type", String)
], Notice.prototype, "path", void 0);
__decorate32([
  Field28({ description: "Stable code, e.g. VALIDITY_CLAMPED or STEP_SKIPPED." }),
  __metadata32("design:type", String)
], Notice.prototype, "rule", void 0);
__decorate32([
  Field28({ description: "What happens, in a sentence for people; compare rule in code." }),
  __metadata32("design:type", String)
], Notice.prototype, "message", void 0);
Notice = __decorate32([
  Shareable(),
  ObjectType13({
    description: "Something the send does differently from what the input says, without being an error: a validity period clamped to 48 h, a step a destination skips for want of an address."
  })
], Notice);

// dist/graphql/message/SendResult.js
var __decorate33 = function(decorators, target, key, desc) {
  var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
  if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
  else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
  return c > 3 && r && Object.defineProperty(target, key, r), r;
};
var __metadata33 = function(k, v) {
  if (typeof Reflect === "object" && typeof Reflect.metadata === "function") return Reflect.metadata(k, v);
};
var SendResult = class SendResult2 {
  static {
    __name(this, "SendResult");
  }
  bulkId;
  messages;
  notices = [];
};
__decorate33([
  Field29({
    nullable: true,
    description: "The send's bulkId (OMNI's bulkId), the caller's or OMNI's; null when the send had one destination, as OMNI then returns none."
  }),
  __metadata33("design:type", String)
], SendResult.prototype, "bulkId", void 0);
__decorate33([
  Field29(() => [Message], { description: "One per destination, in input order." }),
  __metadata33("design:type", Array)
], SendResult.prototype, "messages", void 0);
__decorate33([
  Field29(() => [Notice], {
    description: "What OMNI will do differently from what the input says; empty when nothing."
  }),
  __metadata33("design:type", Array)
], SendResult.prototype, "notices", void 0);
SendResult = __decorate33([
  ObjectType14({ description: "What OMNI answered a send with, and what it will do differently." })
], SendResult);

// dist/graphql/message/SendTextInput.js
import { Field as Field30, ID as ID9, InputType as InputType15 } from "type-graphql";
var __decorate34 = function(decorators, target, key, desc) {
  var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
  if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
  else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
  return c > 3 && r && Object.defineProperty(target, key, r), r;
};
var __metadata34 = function(k, v) {
  if (typeof Reflect === "object" && typeof Reflect.metadata === "function") return Reflect.metadata(k, v);
};
var SendTextInput = class SendTextInput2 {
  static {
    __name(this, "SendTextInput");
  }
  scenarioKey;
  bulkId;
  destinations;
  text;
  idempotencyKey;
};
__decorate34([
  Field30(() => ID9, { nullable: true, description: "Defaults to the default scenario." }),
  __metadata34("design:type", String)
], SendTextInput.prototype, "scenarioKey", void 0);
__decorate34([
  Field30({
    nullable: true,
    description: `Your id for the send (OMNI's bulkId), up to ${MAX_ID_LENGTH} characters; OMNI assigns one to a send to several destinations.`
  }),
  __metadata34("design:type", String)
], SendTextInput.prototype, "bulkId", void 0);
__decorate34([
  Field30(() => [DestinationInput], {
    description: `Who gets the message: 1 to ${MAX_DESTINATIONS} destinations, one message each.`
  }),
  __metadata34("design:type", Array)
], SendTextInput.prototype, "destinations", void 0);
__decorate34([
  Field30({
    description: "Sent by every step of the scenario (OMNI's text); not empty, and at most 1000 characters for Viber and Facebook steps, 4000 for push."
  }),
  __metadata34("design:type", String)
], SendTextInput.prototype, "text", void 0);
__decorate34([
  Field30({
    nullable: true,
    description: "Makes retries safe: for 24 h, a repeat with the same key and input returns the first result and sends nothing."
  }),
  __metadata34("design:type", String)
], SendTextInput.prototype, "idempotencyKey", void 0);
SendTextInput = __decorate34([
  InputType15({ description: "One text for every step of the scenario." })
], SendTextInput);

// dist/graphql/idempotency/fingerprint.js
import { createHash } from "node:crypto";
function fingerprint(operation2, input) {
  return createHash("sha256").update(operation2).update("\0").update(canonical(JSON.parse(JSON.stringify(input ?? null)))).digest("hex");
}
__name(fingerprint, "fingerprint");
function canonical(value) {
  if (Array.isArray(value))
    return `[${value.map(canonical).join(",")}]`;
  if (value && typeof value === "object") {
    const entries = Object.entries(value).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0);
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}
__name(canonical, "canonical");

// dist/graphql/idempotency/idempotent.js
var MAX_KEY_LENGTH = 255;
async function idempotent(options, call) {
  if (call.key === void 0)
    return runOnce(call);
  const { key } = call;
  const tell = /* @__PURE__ */ __name((outcome) => options.onOutcome?.(outcome), "tell");
  if (key.length === 0 || key.length > MAX_KEY_LENGTH) {
    tell("invalid");
    throw new IdempotencyKeyInvalid(MAX_KEY_LENGTH);
  }
  const { store, leaseMs } = options;
  const claim = await store.claim(key, fingerprint(call.operation, call.input), call.refs, leaseMs);
  switch (claim.kind) {
    case "reused":
      tell("conflict");
      throw new IdempotencyKeyReused();
    case "inFlight":
      tell("in_progress");
      throw new IdempotencyKeyInFlight();
    case "done":
      tell("replayed");
      return call.fromJson(claim.result);
    case "unknown": {
      const found = await call.reconcile(claim.refs);
      if (found === void 0) {
        tell("outcome_unknown");
        throw new OutcomeUnknown(claim.refs);
      }
      tell("reconciled");
      await store.complete(key, call.toJson(found)).catch(options.onError);
      return found;
    }
    case "claimed":
      tell("new");
      break;
  }
  let result;
  try {
    result = await runOnce(call);
  } catch (error) {
    const settle = error instanceof OutcomeUnknown ? store.markUnknown(key) : store.release(key);
    await settle.catch(options.onError);
    throw error;
  }
  await store.complete(key, call.toJson(result)).catch(options.onError);
  return result;
}
__name(idempotent, "idempotent");
async function runOnce(call) {
  try {
    return await call.run();
  } catch (error) {
    if (mayHaveBeenSent(error))
      throw new OutcomeUnknown(call.refs, { cause: error });
    throw error;
  }
}
__name(runOnce, "runOnce");
function mayHaveBeenSent(error) {
  if (error instanceof QuotaExceeded || error instanceof DatabaseUnavailableError)
    return false;
  return mayHaveReachedUpstream(error);
}
__name(mayHaveBeenSent, "mayHaveBeenSent");

// dist/graphql/message/trackedSend.js
function tracked(ctx, call) {
  const { idempotencyKey, ...request } = call.input;
  return idempotent(ctx.idempotency, {
    key: idempotencyKey,
    operation: call.operation,
    input: request,
    refs: call.refs,
    run: /* @__PURE__ */ __name(async () => {
      await ctx.quota.consume(call.messages);
      const result = await call.run();
      ctx.writesBeforeAnswer.add(ctx.reports.recordSent(call.accepted(result)).catch(ctx.reportError));
      return result;
    }, "run"),
    reconcile: call.reconcile,
    toJson: call.toJson,
    fromJson: call.fromJson
  });
}
__name(tracked, "tracked");
function trackedSend(ctx, operation2, input, destinations, run) {
  return tracked(ctx, {
    operation: operation2,
    input,
    refs: destinations.flatMap((d) => d.messageId ? [d.messageId] : []),
    messages: destinations.length,
    run,
    accepted: /* @__PURE__ */ __name((result) => result.messages.flatMap((m) => m.acceptedStatus ? [
      {
        messageId: m.messageId,
        bulkId: result.bulkId,
        to: m.to?.phoneNumber ?? m.to?.emailAddress ?? "",
        status: m.acceptedStatus,
        callbackData: input.callbackData
      }
    ] : []), "accepted"),
    reconcile: /* @__PURE__ */ __name((messageIds) => fromLogs(ctx, messageIds), "reconcile"),
    toJson: /* @__PURE__ */ __name((result) => result, "toJson"),
    fromJson: /* @__PURE__ */ __name((json) => {
      const stored = json;
      return Object.assign(new SendResult(), {
        bulkId: stored.bulkId ?? void 0,
        messages: stored.messages.map((m) => Message.of(m))
      });
    }, "fromJson")
  });
}
__name(trackedSend, "trackedSend");
async function fromLogs(ctx, messageIds) {
  if (messageIds.length === 0)
    return void 0;
  const logs = await ctx.client.logs({ messageId: [...messageIds], limit: MAX_PAGE });
  if (logs.length === 0)
    return void 0;
  const firstAttempt = /* @__PURE__ */ new Map();
  for (const log of logs)
    firstAttempt.set(log.messageId, log);
  const bulkId = logs.find((log) => log.bulkId)?.bulkId;
  return Object.assign(new SendResult(), {
    bulkId,
    messages: messageIds.map((messageId) => {
      const log = firstAttempt.get(messageId);
      return Message.of({
        messageId,
        bulkId,
        to: log && (isEmailAddress(log.to) ? { emailAddress: log.to } : { phoneNumber: log.to }),
        acceptedStatus: log?.status
      });
    })
  });
}
__name(fromLogs, "fromLogs");

// dist/graphql/message/scenarioFlow.js
async function loadScenarioFlow(ctx, scenarioKey) {
  try {
    const scenario = scenarioKey ? await ctx.loaders.scenarioByKey.load(scenarioKey) : await ctx.loaders.defaultScenario();
    if (scenario)
      return { key: scenarioKey || scenario.key, flow: scenario.flow };
    if (scenarioKey)
      throw notFound("Scenario", "input.scenarioKey");
    return void 0;
  } catch (error) {
    if (error instanceof OmniHttpError && (error.status === 403 || error.status === 404)) {
      return void 0;
    }
    throw error;
  }
}
__name(loadScenarioFlow, "loadScenarioFlow");

// dist/graphql/message/validateSend.js
async function validateSend(ctx, scenarioKey, send2, extra = []) {
  const own = [...checkSend(send2, ctx.now), ...extra];
  if (own.length)
    throw badUserInput(own);
  const scenario = await loadScenarioFlow(ctx, scenarioKey);
  if (!scenario)
    return { notices: underArgument(sendNotices(send2)) };
  const fit = checkScenarioFit(send2, scenario.flow);
  if (fit.length)
    throw badUserInput(fit);
  return { scenario, notices: underArgument(sendNotices(send2, scenario.flow)) };
}
__name(validateSend, "validateSend");

// dist/graphql/message/SendResolver.js
var __decorate35 = function(decorators, target, key, desc) {
  var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
  if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
  else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
  return c > 3 && r && Object.defineProperty(target, key, r), r;
};
var __metadata35 = function(k, v) {
  if (typeof Reflect === "object" && typeof Reflect.metadata === "function") return Reflect.metadata(k, v);
};
var __param5 = function(paramIndex, decorator) {
  return function(target, key) {
    decorator(target, key, paramIndex);
  };
};
var SendResolver = class SendResolver2 {
  static {
    __name(this, "SendResolver");
  }
  async sendText(ctx, input) {
    const { notices } = await validateSend(ctx, input.scenarioKey, {
      bulkId: input.bulkId,
      destinations: input.destinations,
      content: {},
      commonText: input.text
    }, input.text.trim() ? [] : [{ path: "text", rule: "REQUIRED", message: "text must not be empty." }]);
    const destinations = withMessageIds(input.destinations);
    const result = await trackedSend(ctx, "sendText", input, destinations, () => send(() => ctx.client.sendText({
      bulkId: input.bulkId,
      scenarioKey: input.scenarioKey,
      destinations,
      text: input.text
    })));
    return Object.assign(result, { notices });
  }
  async sendAdvanced(ctx, input) {
    const { notices } = await validateSend(ctx, input.scenarioKey, sendAdvancedToCheck(input));
    const destinations = withMessageIds(input.destinations);
    const { sendAt, idempotencyKey: _key, ...rest } = input;
    const result = await trackedSend(ctx, "sendAdvanced", input, destinations, () => send(() => ctx.client.sendAdvanced({
      ...rest,
      // A client's own notifyUrl wins; its reports then reach the gateway by polling only.
      notifyUrl: input.notifyUrl?.toString() ?? ctx.notifyUrl,
      destinations,
      sendAt: sendAt && formatOmniDate(sendAt)
    })));
    return Object.assign(result, { notices });
  }
};
__decorate35([
  RequiresScope("messages:send"),
  Directive7(UPSTREAM_CALL),
  Mutation(() => SendResult, {
    description: "Sends one text over the scenario's steps, failing over in order."
  }),
  __param5(0, Ctx5()),
  __param5(1, Arg4("input", { description: "The text, its destinations and the scenario." })),
  __metadata35("design:type", Function),
  __metadata35("design:paramtypes", [Object, SendTextInput]),
  __metadata35("design:returntype", Promise)
], SendResolver.prototype, "sendText", null);
__decorate35([
  RequiresScope("messages:send"),
  Directive7(UPSTREAM_CALL),
  Mutation(() => SendResult, {
    description: "Sends per-channel content over the scenario's steps, failing over in order."
  }),
  __param5(0, Ctx5()),
  __param5(1, Arg4("input", { description: "The content per channel, its destinations and the scenario." })),
  __metadata35("design:type", Function),
  __metadata35("design:paramtypes", [Object, SendAdvancedInput]),
  __metadata35("design:returntype", Promise)
], SendResolver.prototype, "sendAdvanced", null);
SendResolver = __decorate35([
  Resolver5()
], SendResolver);
function withMessageIds(destinations) {
  return destinations.map((d) => ({ messageId: d.messageId ?? randomUUID2(), to: { ...d.to } }));
}
__name(withMessageIds, "withMessageIds");
async function send(call) {
  const response = await call();
  return Object.assign(new SendResult(), {
    bulkId: response.bulkId,
    messages: response.messages.map((m) => Message.of({
      messageId: m.messageId,
      bulkId: response.bulkId,
      to: m.to,
      acceptedStatus: m.status
    }))
  });
}
__name(send, "send");

// dist/graphql/push/PushBulk.js
import { Directive as Directive8, Field as Field31, ID as ID10, ObjectType as ObjectType15 } from "type-graphql";
var __decorate36 = function(decorators, target, key, desc) {
  var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
  if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
  else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
  return c > 3 && r && Object.defineProperty(target, key, r), r;
};
var __metadata36 = function(k, v) {
  if (typeof Reflect === "object" && typeof Reflect.metadata === "function") return Reflect.metadata(k, v);
};
var PushBulk_1;
var PushBulk = PushBulk_1 = class PushBulk2 {
  static {
    __name(this, "PushBulk");
  }
  bulkId;
  /** What the send was answered with, shown until delivery reports replace it. */
  accepted = [];
  static of(bulkId, accepted = []) {
    return Object.assign(new PushBulk_1(), { bulkId, accepted });
  }
};
__decorate36([
  Field31(() => ID10, {
    description: "The send's bulkId: the caller's, else one the gateway made up."
  }),
  __metadata36("design:type", String)
], PushBulk.prototype, "bulkId", void 0);
PushBulk = PushBulk_1 = __decorate36([
  Directive8(`@key(fields: "bulkId")`),
  ObjectType15({
    description: "One sendPush, with its statistics and its pushes. Other subgraphs can reference it by bulkId."
  })
], PushBulk);

// dist/graphql/preview/ChannelResolver.js
import { Query as Query4, Resolver as Resolver6 } from "type-graphql";

// dist/graphql/preview/ChannelCapability.js
import { Field as Field32, Int as Int12, ObjectType as ObjectType16 } from "type-graphql";
var __decorate37 = function(decorators, target, key, desc) {
  var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
  if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
  else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
  return c > 3 && r && Object.defineProperty(target, key, r), r;
};
var __metadata37 = function(k, v) {
  if (typeof Reflect === "object" && typeof Reflect.metadata === "function") return Reflect.metadata(k, v);
};
var ChannelCapability_1;
var FieldLimit = class FieldLimit2 {
  static {
    __name(this, "FieldLimit");
  }
  field;
  maxLength;
};
__decorate37([
  Field32({ description: "Path inside the channel's content, e.g. notificationOptions.title." }),
  __metadata37("design:type", String)
], FieldLimit.prototype, "field", void 0);
__decorate37([
  Field32(() => Int12, { description: "The most characters the field takes." }),
  __metadata37("design:type", Number)
], FieldLimit.prototype, "maxLength", void 0);
FieldLimit = __decorate37([
  ObjectType16({ description: "A documented length limit on one content field." })
], FieldLimit);
var ChannelCapability = ChannelCapability_1 = class ChannelCapability2 {
  static {
    __name(this, "ChannelCapability");
  }
  channel;
  contentKey;
  maxTextLength;
  contentFields;
  fieldLimits;
  minValiditySeconds;
  maxValiditySeconds;
  defaultValiditySeconds;
  clampsValidity;
  needsPhoneNumber;
  needsEmailAddress;
  needsPushRegistration;
  billedPerPart;
  static of(capability, contentKey) {
    return Object.assign(new ChannelCapability_1(), {
      channel: capability.channel,
      contentKey,
      maxTextLength: capability.maxTextLength,
      contentFields: [...capability.contentFields],
      fieldLimits: capability.fieldLimits.map((limit) => Object.assign(new FieldLimit(), limit)),
      minValiditySeconds: capability.minValidityMs / 1e3,
      maxValiditySeconds: capability.maxValidityMs / 1e3,
      defaultValiditySeconds: capability.defaultValidityMs / 1e3,
      clampsValidity: capability.clampsValidity,
      needsPhoneNumber: capability.address === "phoneNumber",
      needsEmailAddress: capability.address === "emailAddress",
      needsPushRegistration: capability.needsPushRegistration,
      billedPerPart: capability.billedPerPart
    });
  }
};
__decorate37([
  Field32(() => Channel, { description: "The channel described." }),
  __metadata37("design:type", String)
], ChannelCapability.prototype, "channel", void 0);
__decorate37([
  Field32({ description: "The key of this channel's content object in SendAdvancedInput." }),
  __metadata37("design:type", String)
], ChannelCapability.prototype, "contentKey", void 0);
__decorate37([
  Field32(() => Int12, {
    nullable: true,
    description: "Null where no limit is documented (SMS text is billed per part instead)."
  }),
  __metadata37("design:type", Number)
], ChannelCapability.prototype, "maxTextLength", void 0);
__decorate37([
  Field32(() => [String], { description: "The fields of this channel's content object." }),
  __metadata37("design:type", Array)
], ChannelCapability.prototype, "contentFields", void 0);
__decorate37([
  Field32(() => [FieldLimit], {
    description: "Length limits on content fields other than text; empty when there are none."
  }),
  __metadata37("design:type", Array)
], ChannelCapability.prototype, "fieldLimits", void 0);
__decorate37([
  Field32(() => Int12, {
    description: "The shortest validity period a step takes, in seconds: 30, or 35 for Viber."
  }),
  __metadata37("design:type", Number)
], ChannelCapability.prototype, "minValiditySeconds", void 0);
__decorate37([
  Field32(() => Int12, {
    description: "The longest validity period, in seconds: 172800 (48 h), or 1209600 (14 days) for Viber."
  }),
  __metadata37("design:type", Number)
], ChannelCapability.prototype, "maxValiditySeconds", void 0);
__decorate37([
  Field32(() => Int12, { description: "Used when the content sets no validityPeriod." }),
  __metadata37("design:type", Number)
], ChannelCapability.prototype, "defaultValiditySeconds", void 0);
__decorate37([
  Field32({ description: "True: a longer validity is clamped to the maximum; false: refused." }),
  __metadata37("design:type", Boolean)
], ChannelCapability.prototype, "clampsValidity", void 0);
__decorate37([
  Field32({ description: "The step sends to the destination's phoneNumber." }),
  __metadata37("design:type", Boolean)
], ChannelCapability.prototype, "needsPhoneNumber", void 0);
__decorate37([
  Field32({ description: "The step sends to the destination's emailAddress." }),
  __metadata37("design:type", Boolean)
], ChannelCapability.prototype, "needsEmailAddress", void 0);
__decorate37([
  Field32({ description: "The recipient must have the app installed and registered for push." }),
  __metadata37("design:type", Boolean)
], ChannelCapability.prototype, "needsPushRegistration", void 0);
__decorate37([
  Field32({ description: "Billed per SMS part; see previewSms." }),
  __metadata37("design:type", Boolean)
], ChannelCapability.prototype, "billedPerPart", void 0);
ChannelCapability = ChannelCapability_1 = __decorate37([
  ObjectType16({
    description: "What a channel takes and allows, so a form can be built from data."
  })
], ChannelCapability);

// dist/graphql/preview/ChannelResolver.js
var __decorate38 = function(decorators, target, key, desc) {
  var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
  if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
  else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
  return c > 3 && r && Object.defineProperty(target, key, r), r;
};
var __metadata38 = function(k, v) {
  if (typeof Reflect === "object" && typeof Reflect.metadata === "function") return Reflect.metadata(k, v);
};
var ChannelResolver = class ChannelResolver2 {
  static {
    __name(this, "ChannelResolver");
  }
  channels() {
    return CHANNEL_CAPABILITIES.map((capability) => ChannelCapability.of(capability, CHANNEL_CONTENT_KEY[capability.channel]));
  }
};
__decorate38([
  Authenticated(),
  Query4(() => [ChannelCapability], {
    description: "Every channel with its documented limits; the same rules sends are checked by."
  }),
  __metadata38("design:type", Function),
  __metadata38("design:paramtypes", []),
  __metadata38("design:returntype", Array)
], ChannelResolver.prototype, "channels", null);
ChannelResolver = __decorate38([
  Resolver6()
], ChannelResolver);

// dist/graphql/preview/PreviewResolver.js
import { Arg as Arg5, Query as Query5, Resolver as Resolver7 } from "type-graphql";

// dist/graphql/preview/SmsPreview.js
import { Field as Field33, Int as Int13, ObjectType as ObjectType17, registerEnumType as registerEnumType4 } from "type-graphql";
var __decorate39 = function(decorators, target, key, desc) {
  var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
  if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
  else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
  return c > 3 && r && Object.defineProperty(target, key, r), r;
};
var __metadata39 = function(k, v) {
  if (typeof Reflect === "object" && typeof Reflect.metadata === "function") return Reflect.metadata(k, v);
};
var SmsCost_1;
var SmsEncoding;
(function(SmsEncoding2) {
  SmsEncoding2["GSM7"] = "GSM7";
  SmsEncoding2["UCS2"] = "UCS2";
})(SmsEncoding || (SmsEncoding = {}));
registerEnumType4(SmsEncoding, {
  name: "SmsEncoding",
  description: "GSM7: 160 characters in one part, 153 per part. UCS2: 70 and 67.",
  valuesConfig: {
    GSM7: {
      description: "The GSM 03.38 alphabet, where ^ { } \\ [ ] ~ | \u20AC count twice. With a national language table a part holds 155, or 149 concatenated."
    },
    UCS2: { description: "Any Unicode text, counted in UTF-16 code units." }
  }
});
var SmsCost = SmsCost_1 = class SmsCost2 {
  static {
    __name(this, "SmsCost");
  }
  encoding;
  nationalLanguage;
  units;
  messageCount;
  charactersRemaining;
  textPreview;
  static of(parts) {
    return Object.assign(new SmsCost_1(), {
      encoding: parts.encoding,
      nationalLanguage: parts.nationalLanguage,
      units: parts.units,
      messageCount: parts.parts,
      charactersRemaining: parts.charactersRemaining,
      textPreview: parts.sentText
    });
  }
};
__decorate39([
  Field33(() => SmsEncoding, { description: "GSM7 when the text fits it, else UCS2." }),
  __metadata39("design:type", String)
], SmsCost.prototype, "encoding", void 0);
__decorate39([
  Field33(() => SmsLanguageCode, {
    nullable: true,
    description: "The national language table the text needed, if any (then 155 / 149)."
  }),
  __metadata39("design:type", String)
], SmsCost.prototype, "nationalLanguage", void 0);
__decorate39([
  Field33(() => Int13, { description: "GSM-7 septets or UCS-2 code units." }),
  __metadata39("design:type", Number)
], SmsCost.prototype, "units", void 0);
__decorate39([
  Field33(() => Int13, { description: "Parts, i.e. the number of billed messages." }),
  __metadata39("design:type", Number)
], SmsCost.prototype, "messageCount", void 0);
__decorate39([
  Field33(() => Int13, { description: "Room left in the last part." }),
  __metadata39("design:type", Number)
], SmsCost.prototype, "charactersRemaining", void 0);
__decorate39([
  Field33({ description: "The text as sent, after transliteration." }),
  __metadata39("design:type", String)
], SmsCost.prototype, "textPreview", void 0);
SmsCost = SmsCost_1 = __decorate39([
  ObjectType17({ description: "How an SMS text is encoded and what it costs." })
], SmsCost);
var SmsPreviewConfiguration = class SmsPreviewConfiguration2 {
  static {
    __name(this, "SmsPreviewConfiguration");
  }
  languageCode;
  transliteration;
};
__decorate39([
  Field33(() => SmsLanguageCode, {
    nullable: true,
    description: "The language code asked for (Infobip's language.languageCode); null when none was."
  }),
  __metadata39("design:type", String)
], SmsPreviewConfiguration.prototype, "languageCode", void 0);
__decorate39([
  Field33(() => Transliteration, {
    nullable: true,
    description: "The transliteration asked for; null when none was."
  }),
  __metadata39("design:type", String)
], SmsPreviewConfiguration.prototype, "transliteration", void 0);
SmsPreviewConfiguration = __decorate39([
  Shareable(),
  ObjectType17({ description: "The options a preview was computed with; empty for the plain text." })
], SmsPreviewConfiguration);
var SmsPreviewEntry = class SmsPreviewEntry2 {
  static {
    __name(this, "SmsPreviewEntry");
  }
  textPreview;
  messageCount;
  charactersRemaining;
  configuration;
  encoding;
  nationalLanguage;
};
__decorate39([
  Field33({ description: "The text as it would be sent, after transliteration." }),
  __metadata39("design:type", String)
], SmsPreviewEntry.prototype, "textPreview", void 0);
__decorate39([
  Field33(() => Int13, { description: "SMS parts, i.e. billed messages." }),
  __metadata39("design:type", Number)
], SmsPreviewEntry.prototype, "messageCount", void 0);
__decorate39([
  Field33(() => Int13, { description: "Characters that still fit in the last part." }),
  __metadata39("design:type", Number)
], SmsPreviewEntry.prototype, "charactersRemaining", void 0);
__decorate39([
  Field33(() => SmsPreviewConfiguration, {
    description: "The options this entry was counted with; both null for the plain text."
  }),
  __metadata39("design:type", SmsPreviewConfiguration)
], SmsPreviewEntry.prototype, "configuration", void 0);
__decorate39([
  Field33(() => SmsEncoding, { description: "GSM7 when the text fits it, else UCS2." }),
  __metadata39("design:type", String)
], SmsPreviewEntry.prototype, "encoding", void 0);
__decorate39([
  Field33(() => SmsLanguageCode, {
    nullable: true,
    description: "The national language table the text needed; null when it needed none."
  }),
  __metadata39("design:type", String)
], SmsPreviewEntry.prototype, "nationalLanguage", void 0);
SmsPreviewEntry = __decorate39([
  Shareable(),
  ObjectType17({ description: "What one configuration makes of the text, and what it costs." })
], SmsPreviewEntry);
var SmsPreview = class SmsPreview2 {
  static {
    __name(this, "SmsPreview");
  }
  originalText;
  previews;
};
__decorate39([
  Field33({ description: "The text as given." }),
  __metadata39("design:type", String)
], SmsPreview.prototype, "originalText", void 0);
__decorate39([
  Field33(() => [SmsPreviewEntry], {
    description: "One entry for the plain text, and a second when a language or transliteration was asked."
  }),
  __metadata39("design:type", Array)
], SmsPreview.prototype, "previews", void 0);
SmsPreview = __decorate39([
  Shareable(),
  ObjectType17({
    description: "Infobip's /sms/1/preview answer, plus the encoding: the plain text first, then the text with the asked language or transliteration."
  })
], SmsPreview);

// dist/graphql/preview/PreviewResolver.js
var __decorate40 = function(decorators, target, key, desc) {
  var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
  if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
  else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
  return c > 3 && r && Object.defineProperty(target, key, r), r;
};
var __metadata40 = function(k, v) {
  if (typeof Reflect === "object" && typeof Reflect.metadata === "function") return Reflect.metadata(k, v);
};
var __param6 = function(paramIndex, decorator) {
  return function(target, key) {
    decorator(target, key, paramIndex);
  };
};
var PreviewResolver = class PreviewResolver2 {
  static {
    __name(this, "PreviewResolver");
  }
  previewSms(text, languageCode, transliteration) {
    const preview = previewSms({ text, languageCode, transliteration });
    return Object.assign(new SmsPreview(), {
      originalText: preview.originalText,
      previews: preview.previews.map((entry) => Object.assign(new SmsPreviewEntry(), {
        textPreview: entry.textPreview,
        messageCount: entry.messageCount,
        charactersRemaining: entry.charactersRemaining,
        configuration: Object.assign(new SmsPreviewConfiguration(), {
          languageCode: entry.configuration.language?.languageCode,
          transliteration: entry.configuration.transliteration
        }),
        encoding: entry.parts.encoding,
        nationalLanguage: entry.parts.nationalLanguage
      }))
    });
  }
};
__decorate40([
  Authenticated(),
  Query5(() => SmsPreview, {
    description: "How many SMS parts a text costs and how many characters remain, as Infobip's /sms/1/preview computes it. Computed in the gateway: nothing is sent."
  }),
  __param6(0, Arg5("text", { description: "The SMS text to count." })),
  __param6(1, Arg5("languageCode", () => SmsLanguageCode, {
    nullable: true,
    description: "A national language table to count a second preview with."
  })),
  __param6(2, Arg5("transliteration", () => Transliteration, {
    nullable: true,
    description: "A transliteration to count a second preview with."
  })),
  __metadata40("design:type", Function),
  __metadata40("design:paramtypes", [String, String, String]),
  __metadata40("design:returntype", SmsPreview)
], PreviewResolver.prototype, "previewSms", null);
PreviewResolver = __decorate40([
  Resolver7()
], PreviewResolver);

// dist/graphql/preview/SendPlanResolver.js
import { Arg as Arg6, Ctx as Ctx6, Directive as Directive10, Query as Query6, Resolver as Resolver8 } from "type-graphql";

// dist/domain/sendPlan.js
function planSend(send2, flow, now) {
  const start = (send2.sendAt ?? now).getTime();
  const sms = send2.content.SMS;
  return send2.destinations.map((destination, index) => {
    let cursor = start;
    const steps = flow.map((step, stepIndex) => {
      const { channel } = step;
      const content = send2.content[channel];
      const validity = normaliseValidityPeriod(channel, content?.validityPeriod ?? void 0, content?.validityPeriodTimeUnit ?? void 0);
      const validityMs = validity.ok ? validity.ms : 0;
      const text = stepText(send2, channel);
      const skipped = !canAddress(destination.to, channel) ? "NO_ADDRESS" : !stepHasContent(send2, channel) ? "NO_CONTENT" : void 0;
      const startsAt = cursor;
      if (!skipped)
        cursor += validityMs;
      const address = destination.to?.[addressKindOf(channel)] ?? void 0;
      return {
        index: stepIndex,
        channel,
        ...step.from !== void 0 ? { from: step.from } : {},
        ...address ? { address } : {},
        ...text !== void 0 ? { text } : {},
        ...channel === "SMS" && text !== void 0 ? {
          sms: smsParts(text, {
            languageCode: sms?.language?.languageCode,
            transliteration: sms?.transliteration ?? void 0
          })
        } : {},
        validityMs,
        ...skipped ? { skipped } : {},
        startsAt: new Date(startsAt),
        givesUpAt: new Date(cursor)
      };
    });
    return { index, to: destination.to ?? {}, steps, givesUpAt: new Date(cursor) };
  });
}
__name(planSend, "planSend");

// dist/graphql/preview/SendPlan.js
import { DateTimeResolver as DateTimeResolver9 } from "graphql-scalars";
import { Directive as Directive9, Field as Field34, Int as Int14, ObjectType as ObjectType18, registerEnumType as registerEnumType5 } from "type-graphql";
var __decorate41 = function(decorators, target, key, desc) {
  var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
  if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
  else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
  return c > 3 && r && Object.defineProperty(target, key, r), r;
};
var __metadata41 = function(k, v) {
  if (typeof Reflect === "object" && typeof Reflect.metadata === "function") return Reflect.metadata(k, v);
};
var PlannedStep_1;
var DestinationPlan_1;
var SkipReason;
(function(SkipReason2) {
  SkipReason2["NO_ADDRESS"] = "NO_ADDRESS";
  SkipReason2["NO_CONTENT"] = "NO_CONTENT";
})(SkipReason || (SkipReason = {}));
registerEnumType5(SkipReason, {
  name: "SkipReason",
  description: "Why a step fails at once and hands over without waiting: the destination lacks its address, or there is nothing to send.",
  valuesConfig: {
    NO_ADDRESS: { description: "The destination has no address for the step's channel." },
    NO_CONTENT: { description: "There is no text or other content for the step's channel." }
  }
});
var PlannedStep = PlannedStep_1 = class PlannedStep2 {
  static {
    __name(this, "PlannedStep");
  }
  index;
  channel;
  from;
  address;
  text;
  sms;
  validitySeconds;
  skipped;
  startsAt;
  givesUpAt;
  static of(step) {
    const { validityMs, sms, ...rest } = step;
    return Object.assign(new PlannedStep_1(), {
      ...rest,
      validitySeconds: Math.round(validityMs / 1e3),
      sms: sms && SmsCost.of(sms)
    });
  }
};
__decorate41([
  Field34(() => Int14, { description: "0-based position in the scenario." }),
  __metadata41("design:type", Number)
], PlannedStep.prototype, "index", void 0);
__decorate41([
  Field34(() => Channel, { description: "The step's channel." }),
  __metadata41("design:type", String)
], PlannedStep.prototype, "channel", void 0);
__decorate41([
  Field34({ nullable: true, description: "The scenario step's sender." }),
  __metadata41("design:type", String)
], PlannedStep.prototype, "from", void 0);
__decorate41([
  Field34({
    nullable: true,
    description: "The phone number or e-mail address this step sends to; null when the destination has none, and the step is skipped."
  }),
  __metadata41("design:type", String)
], PlannedStep.prototype, "address", void 0);
__decorate41([
  Field34({
    nullable: true,
    description: "The text this step sends; null when it sends none, e.g. only a Viber image."
  }),
  __metadata41("design:type", String)
], PlannedStep.prototype, "text", void 0);
__decorate41([
  Field34(() => SmsCost, { nullable: true, description: "SMS steps only: encoding and parts." }),
  __metadata41("design:type", SmsCost)
], PlannedStep.prototype, "sms", void 0);
__decorate41([
  Field34(() => Int14, { description: "The normalised validity period (clamped, default applied)." }),
  __metadata41("design:type", Number)
], PlannedStep.prototype, "validitySeconds", void 0);
__decorate41([
  Field34(() => SkipReason, {
    nullable: true,
    description: "Why the step will fail at once; null when it will be tried."
  }),
  __metadata41("design:type", String)
], PlannedStep.prototype, "skipped", void 0);
__decorate41([
  Field34(() => DateTimeResolver9, {
    description: "The latest the step starts: when every earlier step has run out its validity."
  }),
  __metadata41("design:type", Date)
], PlannedStep.prototype, "startsAt", void 0);
__decorate41([
  Field34(() => DateTimeResolver9, {
    description: "When the step gives up and the next one starts (= startsAt when skipped)."
  }),
  __metadata41("design:type", Date)
], PlannedStep.prototype, "givesUpAt", void 0);
PlannedStep = PlannedStep_1 = __decorate41([
  ObjectType18({ description: "One step of the failover for one destination." })
], PlannedStep);
var DestinationPlan = DestinationPlan_1 = class DestinationPlan2 {
  static {
    __name(this, "DestinationPlan");
  }
  index;
  to;
  steps;
  givesUpAt;
  static of(plan) {
    return Object.assign(new DestinationPlan_1(), {
      index: plan.index,
      to: Object.assign(new Destination(), {
        phoneNumber: plan.to.phoneNumber ?? void 0,
        emailAddress: plan.to.emailAddress ?? void 0
      }),
      steps: plan.steps.map((step) => PlannedStep.of(step)),
      givesUpAt: plan.givesUpAt
    });
  }
};
__decorate41([
  Field34(() => Int14, { description: "Position in input.destinations." }),
  __metadata41("design:type", Number)
], DestinationPlan.prototype, "index", void 0);
__decorate41([
  Field34(() => Destination, { description: "The destination's addresses, as given." }),
  __metadata41("design:type", Destination)
], DestinationPlan.prototype, "to", void 0);
__decorate41([
  Directive9(ONE_PER_CHANNEL),
  Field34(() => [PlannedStep], { description: "The scenario's steps, in order." }),
  __metadata41("design:type", Array)
], DestinationPlan.prototype, "steps", void 0);
__decorate41([
  Field34(() => DateTimeResolver9, {
    description: "When the last step gives up: the latest the message reaches a final status."
  }),
  __metadata41("design:type", Date)
], DestinationPlan.prototype, "givesUpAt", void 0);
DestinationPlan = DestinationPlan_1 = __decorate41([
  ObjectType18({ description: "The failover timeline of one destination." })
], DestinationPlan);
var SendPlan = class SendPlan2 {
  static {
    __name(this, "SendPlan");
  }
  scenarioKey;
  startsAt;
  destinations;
  notices;
};
__decorate41([
  Field34({ description: "The scenario the plan walks: the one named, else the default." }),
  __metadata41("design:type", String)
], SendPlan.prototype, "scenarioKey", void 0);
__decorate41([
  Field34(() => DateTimeResolver9, { description: "sendAt, or the moment of the request." }),
  __metadata41("design:type", Date)
], SendPlan.prototype, "startsAt", void 0);
__decorate41([
  Field34(() => [DestinationPlan], { description: "One per destination, in input order." }),
  __metadata41("design:type", Array)
], SendPlan.prototype, "destinations", void 0);
__decorate41([
  Field34(() => [Notice], { description: "The notices sendAdvanced would return." }),
  __metadata41("design:type", Array)
], SendPlan.prototype, "notices", void 0);
SendPlan = __decorate41([
  ObjectType18({
    description: "What sendAdvanced would do with the same input, worked out without sending anything."
  })
], SendPlan);

// dist/graphql/preview/SendPlanResolver.js
var __decorate42 = function(decorators, target, key, desc) {
  var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
  if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
  else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
  return c > 3 && r && Object.defineProperty(target, key, r), r;
};
var __metadata42 = function(k, v) {
  if (typeof Reflect === "object" && typeof Reflect.metadata === "function") return Reflect.metadata(k, v);
};
var __param7 = function(paramIndex, decorator) {
  return function(target, key) {
    decorator(target, key, paramIndex);
  };
};
var SendPlanResolver = class SendPlanResolver2 {
  static {
    __name(this, "SendPlanResolver");
  }
  // It reads the caller's scenarios (channels, senders), so it needs what reading them needs.
  async planSend(ctx, input) {
    const send2 = sendAdvancedToCheck(input);
    const { scenario, notices } = await validateSend(ctx, input.scenarioKey, send2);
    if (!scenario) {
      throw badUserInput([
        input.scenarioKey ? { path: "scenarioKey", rule: "SCENARIO_NOT_FOUND", message: "No such scenario." } : { path: "scenarioKey", rule: "NO_DEFAULT_SCENARIO", message: "No default scenario." }
      ]);
    }
    return Object.assign(new SendPlan(), {
      scenarioKey: scenario.key,
      startsAt: send2.sendAt ?? ctx.now,
      destinations: planSend(send2, scenario.flow, ctx.now).map((plan) => DestinationPlan.of(plan)),
      notices
    });
  }
};
__decorate42([
  RequiresScope("scenarios:read"),
  Directive10(UPSTREAM_CALL),
  Query6(() => SendPlan, {
    description: "A dry run of sendAdvanced: the same checks and the same BAD_USER_INPUT errors, then, per destination, the scenario's steps with their content, SMS cost and the latest time each starts and gives up, counted from sendAt or now as if nothing were delivered. Only reads the scenario; sends nothing."
  }),
  __param7(0, Ctx6()),
  __param7(1, Arg6("input", { description: "What sendAdvanced would be given." })),
  __metadata42("design:type", Function),
  __metadata42("design:paramtypes", [Object, SendAdvancedInput]),
  __metadata42("design:returntype", Promise)
], SendPlanResolver.prototype, "planSend", null);
SendPlanResolver = __decorate42([
  Resolver8()
], SendPlanResolver);

// dist/graphql/push/PushResolver.js
import { randomUUID as randomUUID3 } from "node:crypto";
import { Arg as Arg7, Ctx as Ctx7, Directive as Directive11, FieldResolver as FieldResolver3, ID as ID13, Mutation as Mutation2, Query as Query7, Resolver as Resolver9, Root as Root3 } from "type-graphql";

// dist/graphql/push/PushMessage.js
import { DateTimeResolver as DateTimeResolver10 } from "graphql-scalars";
import { Field as Field35, ID as ID11, ObjectType as ObjectType19 } from "type-graphql";
var __decorate43 = function(decorators, target, key, desc) {
  var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
  if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
  else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
  return c > 3 && r && Object.defineProperty(target, key, r), r;
};
var __metadata43 = function(k, v) {
  if (typeof Reflect === "object" && typeof Reflect.metadata === "function") return Reflect.metadata(k, v);
};
var PushMessage_1;
var PushMessage = PushMessage_1 = class PushMessage2 {
  static {
    __name(this, "PushMessage");
  }
  messageId;
  to;
  status;
  error;
  doneAt;
  static fromReport(report) {
    return Object.assign(new PushMessage_1(), {
      messageId: report.messageId,
      to: report.to,
      status: report.status,
      error: report.error,
      doneAt: parseOmniDate(report.doneAt)
    });
  }
};
__decorate43([
  Field35(() => ID11, { description: "The push's messageId, as the Push API assigned it." }),
  __metadata43("design:type", String)
], PushMessage.prototype, "messageId", void 0);
__decorate43([
  Field35({
    nullable: true,
    description: "The pushRegistrationId it went to; the destination's address when it reached no installation."
  }),
  __metadata43("design:type", String)
], PushMessage.prototype, "to", void 0);
__decorate43([
  Field35(() => Status, { description: "From the delivery report once there is one." }),
  __metadata43("design:type", Object)
], PushMessage.prototype, "status", void 0);
__decorate43([
  Field35(() => DeliveryError, {
    nullable: true,
    description: "Why the push failed, from its delivery report; null before there is one."
  }),
  __metadata43("design:type", DeliveryError)
], PushMessage.prototype, "error", void 0);
__decorate43([
  Field35(() => DateTimeResolver10, {
    nullable: true,
    description: "When the push reached its status, from its delivery report; null before there is one."
  }),
  __metadata43("design:type", Date)
], PushMessage.prototype, "doneAt", void 0);
PushMessage = PushMessage_1 = __decorate43([
  ObjectType19({ description: "One push to one installation." })
], PushMessage);

// dist/graphql/push/PushStatistics.js
import { DateTimeResolver as DateTimeResolver11 } from "graphql-scalars";
import { Field as Field36, Float as Float3, Int as Int15, ObjectType as ObjectType20 } from "type-graphql";
var __decorate44 = function(decorators, target, key, desc) {
  var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
  if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
  else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
  return c > 3 && r && Object.defineProperty(target, key, r), r;
};
var __metadata44 = function(k, v) {
  if (typeof Reflect === "object" && typeof Reflect.metadata === "function") return Reflect.metadata(k, v);
};
var PushStatistics_1;
var PushErrorCounts = class PushErrorCounts2 {
  static {
    __name(this, "PushErrorCounts");
  }
  registration;
  expired;
  cloud;
};
__decorate44([
  Field36(() => Int15, { description: "Dead registrations: the user uninstalled the app." }),
  __metadata44("design:type", Number)
], PushErrorCounts.prototype, "registration", void 0);
__decorate44([
  Field36(() => Int15, {
    description: "Validity period ran out, typically users who disabled notifications."
  }),
  __metadata44("design:type", Number)
], PushErrorCounts.prototype, "expired", void 0);
__decorate44([
  Field36(() => Int15, { description: "FCM or APNS failed to take the message." }),
  __metadata44("design:type", Number)
], PushErrorCounts.prototype, "cloud", void 0);
PushErrorCounts = __decorate44([
  Shareable(),
  ObjectType20({ description: "Why pushes of a bulk were not delivered." })
], PushErrorCounts);
var PushDelivery = class PushDelivery2 {
  static {
    __name(this, "PushDelivery");
  }
  rate;
  time;
};
__decorate44([
  Field36(() => Float3, { description: "Delivered per sent, in percent with two decimals." }),
  __metadata44("design:type", Number)
], PushDelivery.prototype, "rate", void 0);
__decorate44([
  Field36(() => DateTimeResolver11, {
    nullable: true,
    description: "When the last delivery happened; null before any."
  }),
  __metadata44("design:type", Date)
], PushDelivery.prototype, "time", void 0);
PushDelivery = __decorate44([
  Shareable(),
  ObjectType20({ description: "How well the pushes of a bulk were delivered." })
], PushDelivery);
var PushStatistics = PushStatistics_1 = class PushStatistics2 {
  static {
    __name(this, "PushStatistics");
  }
  totalSent;
  delivered;
  seen;
  errors;
  delivery;
  static fromWire(wire) {
    return Object.assign(new PushStatistics_1(), {
      ...wire,
      delivery: {
        rate: wire.delivery.rate,
        time: wire.delivery.time ? new Date(wire.delivery.time) : void 0
      }
    });
  }
};
__decorate44([
  Field36(() => Int15, { description: "Pushes handed to an installation." }),
  __metadata44("design:type", Number)
], PushStatistics.prototype, "totalSent", void 0);
__decorate44([
  Field36(() => Int15, { description: "Pushes delivered to a device." }),
  __metadata44("design:type", Number)
], PushStatistics.prototype, "delivered", void 0);
__decorate44([
  Field36(() => Int15, { description: "Delivered pushes the user has seen." }),
  __metadata44("design:type", Number)
], PushStatistics.prototype, "seen", void 0);
__decorate44([
  Field36(() => PushErrorCounts, { description: "Pushes not delivered, by cause." }),
  __metadata44("design:type", PushErrorCounts)
], PushStatistics.prototype, "errors", void 0);
__decorate44([
  Field36(() => PushDelivery, { description: "Delivery rate and time of the last delivery." }),
  __metadata44("design:type", PushDelivery)
], PushStatistics.prototype, "delivery", void 0);
PushStatistics = PushStatistics_1 = __decorate44([
  Shareable(),
  ObjectType20({ description: "Counts for one push bulk, as OMNI computes them." })
], PushStatistics);

// dist/graphql/push/pushSendRequest.js
var MAX_PUSH_DESTINATIONS = 1e3;
var DESTINATION_KINDS = [
  "pushRegistrationId",
  "externalUserId",
  "phoneNumber",
  "email",
  "segment"
];
function toPushRequest(input, bulkId, now) {
  const violations = [];
  const add = /* @__PURE__ */ __name((path2, rule, message) => violations.push({ path: path2, rule, message }), "add");
  if (!input.applicationCode.trim())
    add("applicationCode", "REQUIRED", "applicationCode must not be empty.");
  if (input.destinations.length === 0)
    add("destinations", "REQUIRED", "At least one destination is required.");
  if (input.destinations.length > MAX_PUSH_DESTINATIONS) {
    add("destinations", "TOO_MANY", `At most ${MAX_PUSH_DESTINATIONS} destinations per send.`);
  }
  const destinations = input.destinations.map((d, i) => toDestination(d, `destinations[${i}]`, violations));
  if (input.text.length < 1 || input.text.length > MAX_PUSH_TEXT)
    add("text", "LENGTH", `text must have 1 to ${MAX_PUSH_TEXT} characters.`);
  const options = input.notificationOptions ?? {};
  const { title, ...untitled } = options;
  if ((title?.length ?? 0) > MAX_PUSH_API_TITLE) {
    add("notificationOptions.title", "TOO_LONG", `title is limited to ${MAX_PUSH_API_TITLE} characters.`);
  }
  for (const v of checkContent("PUSH", { notificationOptions: untitled }))
    violations.push({ ...v, path: v.path.replace(/^push\./, "") });
  const validity = input.validityPeriod == null ? void 0 : normaliseValidityPeriod("PUSH", input.validityPeriod, input.validityPeriodTimeUnit);
  if (validity && !validity.ok)
    add("validityPeriod", validity.reason, "validityPeriod must be at least 30 seconds.");
  const sendAt = input.sendAt && sendAtRule(input.sendAt, now);
  if (sendAt)
    add("sendAt", sendAt, `sendAt ${SEND_AT_RULES[sendAt]}.`);
  if ((input.callbackData?.length ?? 0) > MAX_CALLBACK_DATA) {
    add("callbackData", "TOO_LONG", `callbackData is limited to ${MAX_CALLBACK_DATA} characters.`);
  }
  const { contentUrl, webViewUrl, inAppStyle, mirroredPushStyle, onTapButtonAction } = options;
  const tapAction = onTapButtonAction ?? (webViewUrl && { type: "WEB_VIEW_URL", resource: webViewUrl.href });
  const request = {
    messages: [
      {
        sender: input.applicationCode,
        destinations,
        content: contentUrl ? { type: "IMAGE", title, text: input.text, url: contentUrl.href } : { type: "TEXT", title, text: input.text },
        options: {
          soundEnabled: options.soundEnabled,
          soundName: options.soundName,
          vibrationEnabled: options.vibrationEnabled,
          isSilent: options.isSilent,
          badge: options.badge,
          category: options.category,
          showMirroredPush: options.showMirroredPush,
          mirroredPushStyle: mirroredPushStyle ?? inAppStyle,
          mirroredPushExpirationPeriod: options.mirroredPushExpirationPeriod,
          mirroredPushExpirationTimeUnit: options.mirroredPushExpirationTimeUnit,
          mirroredPushDismissTitle: options.mirroredPushDismissTitle,
          mirroredPushOpenTitle: options.mirroredPushOpenTitle,
          onTapButtonAction: tapAction || void 0,
          inboxTopic: options.inboxTopic,
          customPayload: input.customPayload,
          validityPeriod: input.validityPeriod == null ? void 0 : { amount: input.validityPeriod, timeUnit: input.validityPeriodTimeUnit },
          sendAt: input.sendAt && formatOmniDate(input.sendAt)
        },
        webhooks: input.callbackData === void 0 ? void 0 : { callbackData: input.callbackData }
      }
    ],
    options: { schedule: { bulkId } }
  };
  return { request, violations };
}
__name(toPushRequest, "toPushRequest");
function toDestination(input, path2, violations) {
  const kinds = DESTINATION_KINDS.filter((kind) => input[kind] != null);
  if (kinds.length !== 1) {
    violations.push({
      path: path2,
      rule: "EXACTLY_ONE_TARGET",
      message: `A destination needs exactly one of ${DESTINATION_KINDS.join(", ")}${kinds.length ? `; got ${kinds.join(" and ")}` : ""}.`
    });
  }
  violations.push(...checkAddress("phoneNumber", input.phoneNumber, `${path2}.phoneNumber`), ...checkAddress("emailAddress", input.email, `${path2}.email`));
  const common = {
    ...input.targetOnlyPrimaryDevices != null ? { targetOnlyPrimaryDevices: input.targetOnlyPrimaryDevices } : {}
  };
  if (input.pushRegistrationId != null)
    return { ...common, type: "REGISTRATION", pushRegistrationId: input.pushRegistrationId };
  if (input.externalUserId != null)
    return { ...common, type: "EXTERNAL_USER_ID", externalUserId: input.externalUserId };
  if (input.phoneNumber != null)
    return { ...common, type: "PHONE_NUMBER", phoneNumber: input.phoneNumber };
  if (input.email != null)
    return { ...common, type: "EMAIL", email: input.email };
  if (input.segment == null)
    return { ...common, type: "MULTIPLE" };
  const and = (input.segment.and ?? []).map((c, j) => toCondition(c, `${path2}.segment.and[${j}]`, violations));
  const or = (input.segment.or ?? []).map((c, j) => toCondition(c, `${path2}.segment.or[${j}]`, violations));
  violations.push(...checkSegment({ and: and.filter(isCondition), or: or.filter(isCondition) }, `${path2}.segment`));
  return {
    ...common,
    type: "MULTIPLE",
    ...and.length ? { $and: and.filter(isCondition).map(toWire) } : {},
    ...or.length ? { $or: or.filter(isCondition).map(toWire) } : {}
  };
}
__name(toDestination, "toDestination");
function toCondition(input, path2, violations) {
  const set = Object.entries(input).filter(([, value2]) => value2 != null);
  if (set.length !== 1) {
    violations.push({
      path: path2,
      rule: "EXACTLY_ONE_ATTRIBUTE",
      message: `A condition names exactly one attribute; got ${set.length}.`
    });
    return void 0;
  }
  const [name, value] = set[0];
  violations.push(...checkAddress("phoneNumber", input.phoneNumber, `${path2}.phoneNumber`), ...checkAddress("emailAddress", input.email, `${path2}.email`));
  if (name !== "custom")
    return { attribute: name, value };
  const custom = input.custom;
  if (isStandardAttribute(custom.name)) {
    violations.push({
      path: `${path2}.custom.name`,
      rule: "STANDARD_ATTRIBUTE",
      message: `${custom.name} is a standard attribute: use its own field.`
    });
  }
  return { attribute: custom.name, value: custom.value };
}
__name(toCondition, "toCondition");
var isCondition = /* @__PURE__ */ __name((c) => c !== void 0, "isCondition");
var toWire = /* @__PURE__ */ __name((c) => ({ [c.attribute]: c.value }), "toWire");

// dist/graphql/push/SendPushInput.js
import { DateTimeResolver as DateTimeResolver12, JSONObjectResolver as JSONObjectResolver3 } from "graphql-scalars";
import { Field as Field41, ID as ID12, InputType as InputType20, Int as Int16 } from "type-graphql";

// dist/graphql/push/PushDestinationInput.js
import { Field as Field40, InputType as InputType19 } from "type-graphql";

// dist/graphql/push/PushSegmentInput.js
import { Field as Field39, InputType as InputType18 } from "type-graphql";

// dist/graphql/push/PushConditionInput.js
import { Field as Field38, InputType as InputType17 } from "type-graphql";

// dist/graphql/push/PushCustomAttributeInput.js
import { Field as Field37, InputType as InputType16 } from "type-graphql";
var __decorate45 = function(decorators, target, key, desc) {
  var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
  if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
  else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
  return c > 3 && r && Object.defineProperty(target, key, r), r;
};
var __metadata45 = function(k, v) {
  if (typeof Reflect === "object" && typeof Reflect.metadata === "function") return Reflect.metadata(k, v);
};
var PushCustomAttributeInput = class PushCustomAttributeInput2 {
  static {
    __name(this, "PushCustomAttributeInput");
  }
  name;
  value;
};
__decorate45([
  Field37({ description: "Case-sensitive; must not be a standard attribute's name." }),
  __metadata45("design:type", String)
], PushCustomAttributeInput.prototype, "name", void 0);
__decorate45([
  Field37({ description: "Compared without regard to case." }),
  __metadata45("design:type", String)
], PushCustomAttributeInput.prototype, "value", void 0);
PushCustomAttributeInput = __decorate45([
  InputType16({
    description: 'An installation custom attribute set over the Mobile SDK, e.g. { name: "DeviceType", value: "personal" }.'
  })
], PushCustomAttributeInput);

// dist/graphql/push/PushPlatform.js
import { registerEnumType as registerEnumType6 } from "type-graphql";
var PushPlatform;
(function(PushPlatform2) {
  PushPlatform2["ANDROID"] = "Android";
  PushPlatform2["IOS"] = "iOS";
  PushPlatform2["HUAWEI"] = "Huawei";
})(PushPlatform || (PushPlatform = {}));
registerEnumType6(PushPlatform, {
  name: "PushPlatform",
  description: "The operating system of an app installation (the platform attribute: Android, iOS or Huawei).",
  valuesConfig: {
    ANDROID: { description: "Android devices." },
    IOS: { description: "Apple iOS devices." },
    HUAWEI: { description: "Huawei devices, with Huawei's Mobile SDK." }
  }
});

// dist/graphql/push/PushConditionInput.js
var __decorate46 = function(decorators, target, key, desc) {
  var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
  if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
  else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
  return c > 3 && r && Object.defineProperty(target, key, r), r;
};
var __metadata46 = function(k, v) {
  if (typeof Reflect === "object" && typeof Reflect.metadata === "function") return Reflect.metadata(k, v);
};
var PushConditionInput = class PushConditionInput2 {
  static {
    __name(this, "PushConditionInput");
  }
  platform;
  sdkVersion;
  osVersion;
  deviceManufacturer;
  deviceModel;
  applicationVersion;
  osLanguage;
  deviceSecure;
  notificationsEnabled;
  pushRegistrationId;
  externalUserId;
  phoneNumber;
  email;
  custom;
};
__decorate46([
  Field38(() => PushPlatform, { nullable: true, description: "The device's operating system." }),
  __metadata46("design:type", String)
], PushConditionInput.prototype, "platform", void 0);
__decorate46([
  Field38({ nullable: true, description: "Mobile SDK version." }),
  __metadata46("design:type", String)
], PushConditionInput.prototype, "sdkVersion", void 0);
__decorate46([
  Field38({ nullable: true, description: "Operating system version." }),
  __metadata46("design:type", String)
], PushConditionInput.prototype, "osVersion", void 0);
__decorate46([
  Field38({ nullable: true, description: "e.g. Apple, Samsung." }),
  __metadata46("design:type", String)
], PushConditionInput.prototype, "deviceManufacturer", void 0);
__decorate46([
  Field38({ nullable: true, description: "e.g. iPhone 6, LG-D855." }),
  __metadata46("design:type", String)
], PushConditionInput.prototype, "deviceModel", void 0);
__decorate46([
  Field38({ nullable: true, description: "Version of the app installed." }),
  __metadata46("design:type", String)
], PushConditionInput.prototype, "applicationVersion", void 0);
__decorate46([
  Field38({
    nullable: true,
    description: "The language set on the device; the app may override it."
  }),
  __metadata46("design:type", String)
], PushConditionInput.prototype, "osLanguage", void 0);
__decorate46([
  Field38({ nullable: true, description: "A passcode or biometrics is set on the device." }),
  __metadata46("design:type", Boolean)
], PushConditionInput.prototype, "deviceSecure", void 0);
__decorate46([
  Field38({ nullable: true, description: "true: only devices with notifications enabled." }),
  __metadata46("design:type", Boolean)
], PushConditionInput.prototype, "notificationsEnabled", void 0);
__decorate46([
  Field38({ nullable: true, description: "One installation of the app on one device." }),
  __metadata46("design:type", String)
], PushConditionInput.prototype, "pushRegistrationId", void 0);
__decorate46([
  Field38({ nullable: true, description: "External user ID set in the person profile." }),
  __metadata46("design:type", String)
], PushConditionInput.prototype, "externalUserId", void 0);
__decorate46([
  Field38(() => Msisdn, {
    nullable: true,
    description: "The phone number in the person profile of the installation."
  }),
  __metadata46("design:type", String)
], PushConditionInput.prototype, "phoneNumber", void 0);
__decorate46([
  Field38(() => EmailAddress, {
    nullable: true,
    description: "The e-mail address in the person profile of the installation."
  }),
  __metadata46("design:type", String)
], PushConditionInput.prototype, "email", void 0);
__decorate46([
  Field38(() => PushCustomAttributeInput, {
    nullable: true,
    description: "An installation custom attribute set over the Mobile SDK."
  }),
  __metadata46("design:type", PushCustomAttributeInput)
], PushConditionInput.prototype, "custom", void 0);
PushConditionInput = __decorate46([
  InputType17({
    description: "One attribute and the value it must have, e.g. { platform: IOS }; set exactly one field."
  })
], PushConditionInput);

// dist/graphql/push/PushSegmentInput.js
var __decorate47 = function(decorators, target, key, desc) {
  var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
  if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
  else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
  return c > 3 && r && Object.defineProperty(target, key, r), r;
};
var __metadata47 = function(k, v) {
  if (typeof Reflect === "object" && typeof Reflect.metadata === "function") return Reflect.metadata(k, v);
};
var PushSegmentInput = class PushSegmentInput2 {
  static {
    __name(this, "PushSegmentInput");
  }
  and;
  or;
};
__decorate47([
  Field39(() => [PushConditionInput], {
    nullable: true,
    description: "OMNI's $and conditions, combined as the type describes. A segment needs a condition in and or in or."
  }),
  __metadata47("design:type", Array)
], PushSegmentInput.prototype, "and", void 0);
__decorate47([
  Field39(() => [PushConditionInput], {
    nullable: true,
    description: "OMNI's $or conditions, combined as the type describes."
  }),
  __metadata47("design:type", Array)
], PushSegmentInput.prototype, "or", void 0);
PushSegmentInput = __decorate47([
  InputType18({
    description: "Devices chosen by their attributes (OMNI's MULTIPLE destination with $and / $or). Conditions of `and` on the same attribute are alternatives, different attributes must all hold; an `or` condition on an attribute `and` names adds an alternative for it, the other `or` conditions need one match. So and: [platform IOS, custom DeviceType personal], or: [custom DeviceType business] means iOS devices that are personal or business, as the docs' Example 2 describes."
  })
], PushSegmentInput);

// dist/graphql/push/PushDestinationInput.js
var __decorate48 = function(decorators, target, key, desc) {
  var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
  if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
  else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
  return c > 3 && r && Object.defineProperty(target, key, r), r;
};
var __metadata48 = function(k, v) {
  if (typeof Reflect === "object" && typeof Reflect.metadata === "function") return Reflect.metadata(k, v);
};
var PushDestinationInput = class PushDestinationInput2 {
  static {
    __name(this, "PushDestinationInput");
  }
  pushRegistrationId;
  externalUserId;
  phoneNumber;
  email;
  segment;
  targetOnlyPrimaryDevices;
};
__decorate48([
  Field40({ nullable: true, description: "One installation of the app on one device." }),
  __metadata48("design:type", String)
], PushDestinationInput.prototype, "pushRegistrationId", void 0);
__decorate48([
  Field40({ nullable: true, description: "External user ID set in the person profile." }),
  __metadata48("design:type", String)
], PushDestinationInput.prototype, "externalUserId", void 0);
__decorate48([
  Field40(() => Msisdn, {
    nullable: true,
    description: "Every installation of the person with this phone number in their profile."
  }),
  __metadata48("design:type", String)
], PushDestinationInput.prototype, "phoneNumber", void 0);
__decorate48([
  Field40(() => EmailAddress, {
    nullable: true,
    description: "Every installation of the person with this e-mail address in their profile."
  }),
  __metadata48("design:type", String)
], PushDestinationInput.prototype, "email", void 0);
__decorate48([
  Field40(() => PushSegmentInput, {
    nullable: true,
    description: "Every installation whose attributes match (OMNI's MULTIPLE destination)."
  }),
  __metadata48("design:type", PushSegmentInput)
], PushDestinationInput.prototype, "segment", void 0);
__decorate48([
  Field40({
    nullable: true,
    description: "Only the devices marked primary. By default every device the destination reaches gets the push."
  }),
  __metadata48("design:type", Boolean)
], PushDestinationInput.prototype, "targetOnlyPrimaryDevices", void 0);
PushDestinationInput = __decorate48([
  InputType19({
    description: "Who gets the push: set exactly one of pushRegistrationId (one installation), externalUserId, phoneNumber, email (every installation of that person) or segment (devices by attributes)."
  })
], PushDestinationInput);

// dist/graphql/push/SendPushInput.js
var __decorate49 = function(decorators, target, key, desc) {
  var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
  if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
  else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
  return c > 3 && r && Object.defineProperty(target, key, r), r;
};
var __metadata49 = function(k, v) {
  if (typeof Reflect === "object" && typeof Reflect.metadata === "function") return Reflect.metadata(k, v);
};
var SendPushInput = class SendPushInput2 {
  static {
    __name(this, "SendPushInput");
  }
  applicationCode;
  destinations;
  text;
  notificationOptions;
  customPayload;
  validityPeriod;
  validityPeriodTimeUnit;
  sendAt;
  callbackData;
  bulkId;
  idempotencyKey;
};
__decorate49([
  Field41({ description: "Application code (or ID) of the mobile application profile." }),
  __metadata49("design:type", String)
], SendPushInput.prototype, "applicationCode", void 0);
__decorate49([
  Field41(() => [PushDestinationInput], {
    description: `Who gets the push: 1 to ${MAX_PUSH_DESTINATIONS} destinations.`
  }),
  __metadata49("design:type", Array)
], SendPushInput.prototype, "destinations", void 0);
__decorate49([
  Field41({ description: "1 to 4000 characters." }),
  __metadata49("design:type", String)
], SendPushInput.prototype, "text", void 0);
__decorate49([
  Field41(() => PushNotificationOptionsInput, {
    nullable: true,
    description: "Title (up to 50 characters here), image (contentUrl), sound, badge, silent, and the mirrored in-app message."
  }),
  __metadata49("design:type", PushNotificationOptionsInput)
], SendPushInput.prototype, "notificationOptions", void 0);
__decorate49([
  Field41(() => JSONObjectResolver3, {
    nullable: true,
    description: `Free data delivered to the app with the push: at most ${MAX_CUSTOM_PAYLOAD_BYTES} bytes as JSON, ${MAX_CUSTOM_PAYLOAD_DEPTH} levels deep.`
  }),
  __metadata49("design:type", Object)
], SendPushInput.prototype, "customPayload", void 0);
__decorate49([
  Field41(() => Int16, { nullable: true, description: "At least 30 s; above 48 h is clamped." }),
  __metadata49("design:type", Number)
], SendPushInput.prototype, "validityPeriod", void 0);
__decorate49([
  Field41(() => TimeUnit, { nullable: true, description: "Defaults to MINUTES." }),
  __metadata49("design:type", String)
], SendPushInput.prototype, "validityPeriodTimeUnit", void 0);
__decorate49([
  Field41(() => DateTimeResolver12, { nullable: true, description: "At most 180 days ahead." }),
  __metadata49("design:type", Date)
], SendPushInput.prototype, "sendAt", void 0);
__decorate49([
  Field41({
    nullable: true,
    description: "Returned in every delivery report; up to 4000 characters."
  }),
  __metadata49("design:type", String)
], SendPushInput.prototype, "callbackData", void 0);
__decorate49([
  Field41(() => ID12, {
    nullable: true,
    description: "Defaults to one the gateway makes up, so a lost answer can still be looked up."
  }),
  __metadata49("design:type", String)
], SendPushInput.prototype, "bulkId", void 0);
__decorate49([
  Field41({
    nullable: true,
    description: "Makes retries safe: for 24 h, a repeat with the same key and input returns the first result and sends nothing."
  }),
  __metadata49("design:type", String)
], SendPushInput.prototype, "idempotencyKey", void 0);
SendPushInput = __decorate49([
  InputType20({
    description: "A push over the Mobile Push API (POST /push/3/messages), outside any scenario: no failover."
  })
], SendPushInput);

// dist/graphql/push/trackedPush.js
function trackedPush(ctx, input, bulkId, run) {
  return tracked(ctx, {
    operation: "sendPush",
    input,
    refs: [bulkId],
    messages: input.destinations.length,
    run,
    accepted: /* @__PURE__ */ __name((bulk) => bulk.accepted.flatMap((m) => m.messageId ? [{ messageId: m.messageId, bulkId: bulk.bulkId, to: m.to ?? "", status: m.status }] : []), "accepted"),
    reconcile: /* @__PURE__ */ __name(([ref]) => ref === void 0 ? Promise.resolve(void 0) : known(ctx, ref), "reconcile"),
    toJson: /* @__PURE__ */ __name((bulk) => ({
      bulkId: bulk.bulkId,
      accepted: bulk.accepted.map(({ messageId, to, status }) => ({ messageId, to, status }))
    }), "toJson"),
    fromJson: /* @__PURE__ */ __name((json) => {
      const stored = json;
      return PushBulk.of(stored.bulkId, stored.accepted.map((m) => Object.assign(new PushMessage(), {
        messageId: m.messageId,
        to: m.to ?? void 0,
        status: m.status
      })));
    }, "fromJson")
  });
}
__name(trackedPush, "trackedPush");
async function known(ctx, bulkId) {
  const statistics = await ctx.client.pushStatistics(bulkId);
  if (statistics.totalSent > 0)
    return PushBulk.of(bulkId);
  await ctx.intake.drain();
  const reports = await ctx.reports.find({ bulkId, channel: "PUSH", limit: 1 });
  return reports.length ? PushBulk.of(bulkId) : void 0;
}
__name(known, "known");

// dist/graphql/push/PushResolver.js
var __decorate50 = function(decorators, target, key, desc) {
  var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
  if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
  else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
  return c > 3 && r && Object.defineProperty(target, key, r), r;
};
var __metadata50 = function(k, v) {
  if (typeof Reflect === "object" && typeof Reflect.metadata === "function") return Reflect.metadata(k, v);
};
var __param8 = function(paramIndex, decorator) {
  return function(target, key) {
    decorator(target, key, paramIndex);
  };
};
var PushResolver = class PushResolver2 {
  static {
    __name(this, "PushResolver");
  }
  async sendPush(ctx, input) {
    const bulkId = input.bulkId ?? randomUUID3();
    const { request, violations } = toPushRequest(input, bulkId, ctx.now);
    if (violations.length)
      throw badUserInput(violations);
    return trackedPush(ctx, input, bulkId, async () => {
      const response = await ctx.client.sendPush(request);
      return PushBulk.of(response.bulkId ?? bulkId, response.messages.map((m) => Object.assign(new PushMessage(), {
        messageId: m.messageId ?? "",
        to: m.destination,
        status: m.status ?? STATUS.PENDING_ENROUTE
      })));
    });
  }
  pushBulk(bulkId) {
    return PushBulk.of(bulkId);
  }
  async pushStatistics(ctx, bulkId) {
    return PushStatistics.fromWire(await ctx.client.pushStatistics(bulkId));
  }
  async statistics(ctx, bulk) {
    return PushStatistics.fromWire(await ctx.client.pushStatistics(bulk.bulkId));
  }
  async messages(ctx, bulk) {
    await drainBeforeRead(ctx);
    const reports = await ctx.reports.find({
      bulkId: bulk.bulkId,
      channel: "PUSH",
      limit: MAX_PAGE
    });
    const reported = new Map(reports.map((r) => [r.messageId, PushMessage.fromReport(r)]));
    const accepted = bulk.accepted.map((m) => reported.get(m.messageId) ?? m);
    const known2 = new Set(accepted.map((m) => m.messageId));
    const later = [...reported.values()].filter((m) => !known2.has(m.messageId)).reverse();
    return [...accepted, ...later];
  }
};
__decorate50([
  RequiresScope("push:send"),
  Directive11(UPSTREAM_CALL),
  Mutation2(() => PushBulk, {
    description: "Sends a push notification over the Mobile Push API to installations, people or device segments."
  }),
  __param8(0, Ctx7()),
  __param8(1, Arg7("input", { description: "The push, its application and its destinations." })),
  __metadata50("design:type", Function),
  __metadata50("design:paramtypes", [Object, SendPushInput]),
  __metadata50("design:returntype", Promise)
], PushResolver.prototype, "sendPush", null);
__decorate50([
  RequiresScope("messages:read"),
  Query7(() => PushBulk, { description: "A push bulk by id; unknown ids have no messages." }),
  __param8(0, Arg7("bulkId", () => ID13, { description: "The bulkId sendPush returned." })),
  __metadata50("design:type", Function),
  __metadata50("design:paramtypes", [String]),
  __metadata50("design:returntype", PushBulk)
], PushResolver.prototype, "pushBulk", null);
__decorate50([
  RequiresScope("messages:read"),
  Directive11(UPSTREAM_CALL),
  Query7(() => PushStatistics, {
    description: "OMNI's counts for a push bulk (GET /push/1/statistics): sent, delivered, seen, failed."
  }),
  __param8(0, Ctx7()),
  __param8(1, Arg7("bulkId", () => ID13, { description: "The bulkId sendPush returned." })),
  __metadata50("design:type", Function),
  __metadata50("design:paramtypes", [Object, String]),
  __metadata50("design:returntype", Promise)
], PushResolver.prototype, "pushStatistics", null);
__decorate50([
  Directive11(UPSTREAM_CALL),
  FieldResolver3(() => PushStatistics, {
    description: "OMNI's counts for the bulk (GET /push/1/statistics), asked of OMNI on each read."
  }),
  __param8(0, Ctx7()),
  __param8(1, Root3()),
  __metadata50("design:type", Function),
  __metadata50("design:paramtypes", [Object, PushBulk]),
  __metadata50("design:returntype", Promise)
], PushResolver.prototype, "statistics", null);
__decorate50([
  Directive11(ONE_PAGE),
  FieldResolver3(() => [PushMessage], {
    description: "Each push of the bulk: its delivery report once there is one, else what the send answered."
  }),
  __param8(0, Ctx7()),
  __param8(1, Root3()),
  __metadata50("design:type", Function),
  __metadata50("design:paramtypes", [Object, PushBulk]),
  __metadata50("design:returntype", Promise)
], PushResolver.prototype, "messages", null);
PushResolver = __decorate50([
  Resolver9(() => PushBulk)
], PushResolver);

// dist/graphql/quarantine/QuarantineResolver.js
import { Arg as Arg8, Ctx as Ctx8, ID as ID15, Int as Int17, Query as Query8, Resolver as Resolver10 } from "type-graphql";

// dist/graphql/quarantine/QuarantinedReport.js
import { DateTimeResolver as DateTimeResolver13 } from "graphql-scalars";
import { Field as Field42, ID as ID14, ObjectType as ObjectType21 } from "type-graphql";

// dist/store/reports/escapeControls.js
var UNSAFE2 = /[\p{Cc}\p{Cf}\u2028\u2029]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/gu;
function escapeControls(text) {
  return text.replace(UNSAFE2, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
__name(escapeControls, "escapeControls");

// dist/graphql/quarantine/ReportSource.js
import { registerEnumType as registerEnumType7 } from "type-graphql";
var ReportSource = {
  POLL: "poll",
  WEBHOOK: "webhook",
  LOGS: "logs"
};
registerEnumType7(ReportSource, {
  name: "ReportSource",
  description: "How a report reached the gateway.",
  valuesConfig: {
    POLL: { description: "Drained from OMNI's fetch-once reports endpoint." },
    WEBHOOK: { description: "Pushed by OMNI to the gateway's report webhook." },
    LOGS: { description: "Rebuilt from OMNI's logs because the report itself never came." }
  }
});

// dist/graphql/quarantine/QuarantinedReport.js
var __decorate51 = function(decorators, target, key, desc) {
  var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
  if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
  else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
  return c > 3 && r && Object.defineProperty(target, key, r), r;
};
var __metadata51 = function(k, v) {
  if (typeof Reflect === "object" && typeof Reflect.metadata === "function") return Reflect.metadata(k, v);
};
var QuarantinedReport_1;
var PREVIEW_CHARS = 300;
var QuarantinedReport = QuarantinedReport_1 = class QuarantinedReport2 {
  static {
    __name(this, "QuarantinedReport");
  }
  id;
  messageId;
  reason;
  source;
  receivedAt;
  preview;
  static fromStored(stored) {
    const cut = stored.raw.length > PREVIEW_CHARS;
    return Object.assign(new QuarantinedReport_1(), {
      id: stored.id,
      messageId: stored.messageId === void 0 ? void 0 : escapeControls(stored.messageId),
      reason: stored.reason,
      source: stored.source,
      receivedAt: stored.receivedAt,
      preview: escapeControls(stored.raw.slice(0, PREVIEW_CHARS)) + (cut ? "\u2026" : "")
    });
  }
};
__decorate51([
  Field42(() => ID14, { description: "Pass as `before` to list the reports quarantined earlier." }),
  __metadata51("design:type", String)
], QuarantinedReport.prototype, "id", void 0);
__decorate51([
  Field42({ nullable: true, description: "The report's messageId, when it has a usable one." }),
  __metadata51("design:type", String)
], QuarantinedReport.prototype, "messageId", void 0);
__decorate51([
  Field42({ description: "What is wrong with it: the field and the problem, never its content." }),
  __metadata51("design:type", String)
], QuarantinedReport.prototype, "reason", void 0);
__decorate51([
  Field42(() => ReportSource, { description: "How the report reached the gateway." }),
  __metadata51("design:type", String)
], QuarantinedReport.prototype, "source", void 0);
__decorate51([
  Field42(() => DateTimeResolver13, { description: "When the gateway received and set it aside." }),
  __metadata51("design:type", Date)
], QuarantinedReport.prototype, "receivedAt", void 0);
__decorate51([
  Field42({
    description: `The report as JSON, cut to ${PREVIEW_CHARS} characters, with control and format characters escaped as \\uXXXX.`
  }),
  __metadata51("design:type", String)
], QuarantinedReport.prototype, "preview", void 0);
QuarantinedReport = QuarantinedReport_1 = __decorate51([
  ObjectType21({
    description: "A delivery report the gateway received but could not store because of its content; the rest of its page or webhook batch was stored."
  })
], QuarantinedReport);

// dist/graphql/quarantine/QuarantineResolver.js
var __decorate52 = function(decorators, target, key, desc) {
  var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
  if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
  else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
  return c > 3 && r && Object.defineProperty(target, key, r), r;
};
var __metadata52 = function(k, v) {
  if (typeof Reflect === "object" && typeof Reflect.metadata === "function") return Reflect.metadata(k, v);
};
var __param9 = function(paramIndex, decorator) {
  return function(target, key) {
    decorator(target, key, paramIndex);
  };
};
var MAX_LIMIT = 1e3;
var QUARANTINE_ID = /^[1-9][0-9]{0,17}$/;
var QuarantineResolver = class QuarantineResolver2 {
  static {
    __name(this, "QuarantineResolver");
  }
  async quarantinedReports(ctx, limit, before) {
    const violations = [...checkRange("limit", limit, 1, MAX_LIMIT)];
    if (before != null && !QUARANTINE_ID.test(before)) {
      violations.push({
        path: "before",
        rule: "FORMAT",
        message: "before must be the id of a quarantined report."
      });
    }
    if (violations.length)
      throw badUserInput(violations, "");
    const stored = await ctx.reports.quarantine.list({ limit, before: before ?? void 0 });
    return stored.map(QuarantinedReport.fromStored);
  }
};
__decorate52([
  RequiresScope("reports:read"),
  Query8(() => [QuarantinedReport], {
    description: "Delivery reports of the caller's tenant that could not be stored (U+0000, a lone surrogate, a malformed field), newest first, for an operator."
  }),
  __param9(0, Ctx8()),
  __param9(1, Arg8("limit", () => Int17, {
    defaultValue: 50,
    description: `Reports to return, 1 to ${MAX_LIMIT}.`
  })),
  __param9(2, Arg8("before", () => ID15, {
    nullable: true,
    description: "The id of the last report of the previous page."
  })),
  __metadata52("design:type", Function),
  __metadata52("design:paramtypes", [Object, Number, String]),
  __metadata52("design:returntype", Promise)
], QuarantineResolver.prototype, "quarantinedReports", null);
QuarantineResolver = __decorate52([
  Resolver10(() => QuarantinedReport)
], QuarantineResolver);

// dist/graphql/quota/QuotaResolver.js
import { Ctx as Ctx9, Query as Query9, Resolver as Resolver11 } from "type-graphql";

// dist/graphql/quota/QuotaUsage.js
import { Field as Field43, Int as Int18, ObjectType as ObjectType22, registerEnumType as registerEnumType8 } from "type-graphql";

// dist/domain/quota.js
var WINDOW_SECONDS = {
  messagesPerDay: 86400,
  messagesPerMinute: 60,
  sendRequestsPerSecond: 1
};
var QUOTA_WINDOWS = [
  "messagesPerDay",
  "messagesPerMinute",
  "sendRequestsPerSecond"
];
var LONGEST_WINDOW_SECONDS = Math.max(...Object.values(WINDOW_SECONDS));
function chargesFor(limits, messages) {
  if (!Number.isSafeInteger(messages) || messages < 0) {
    throw new RangeError(`A send counts a whole number of messages, not ${messages}.`);
  }
  return configuredWindows(limits).flatMap(({ window, limit }) => {
    const amount = window === "sendRequestsPerSecond" ? 1 : messages;
    return amount > 0 ? [{ window, limit, amount }] : [];
  });
}
__name(chargesFor, "chargesFor");
function configuredWindows(limits) {
  return QUOTA_WINDOWS.flatMap((window) => {
    const limit = limits[window];
    if (limit === void 0)
      return [];
    if (!Number.isSafeInteger(limit) || limit < 0) {
      throw new RangeError(`Quota ${window} must be a whole number of at least 0, not ${limit}.`);
    }
    return [{ window, limit }];
  });
}
__name(configuredWindows, "configuredWindows");
function neverFits(charges) {
  return charges.find((c) => c.amount > c.limit);
}
__name(neverFits, "neverFits");
function windowStart(window, at) {
  const length = WINDOW_SECONDS[window] * 1e3;
  return new Date(Math.floor(at.getTime() / length) * length);
}
__name(windowStart, "windowStart");
function windowEnd(window, at) {
  return new Date(windowStart(window, at).getTime() + WINDOW_SECONDS[window] * 1e3);
}
__name(windowEnd, "windowEnd");
function secondsUntilReset(window, at) {
  return Math.ceil((windowEnd(window, at).getTime() - at.getTime()) / 1e3);
}
__name(secondsUntilReset, "secondsUntilReset");
function usageOf(window, limit, used, at) {
  return {
    window,
    limit,
    used,
    // Above zero only: a limit lowered mid-window leaves more used than allowed.
    remaining: Math.max(0, limit - used),
    resetsAt: windowEnd(window, at)
  };
}
__name(usageOf, "usageOf");

// dist/graphql/quota/QuotaUsage.js
var __decorate53 = function(decorators, target, key, desc) {
  var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
  if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
  else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
  return c > 3 && r && Object.defineProperty(target, key, r), r;
};
var __metadata53 = function(k, v) {
  if (typeof Reflect === "object" && typeof Reflect.metadata === "function") return Reflect.metadata(k, v);
};
var QuotaWindow = enumOf(QUOTA_WINDOWS);
registerEnumType8(QuotaWindow, {
  name: "QuotaWindow",
  description: "A quota's window: messages (one per destination) or send requests per period.",
  valuesConfig: {
    messagesPerDay: { description: "Messages per UTC day." },
    messagesPerMinute: { description: "Messages per minute." },
    sendRequestsPerSecond: { description: "Send mutations per second." }
  }
});
var QuotaUsage = class QuotaUsage2 {
  static {
    __name(this, "QuotaUsage");
  }
  window;
  limit;
  used;
  remaining;
  resetsAt;
};
__decorate53([
  Field43(() => QuotaWindow, { description: "What the quota counts, and over which period." }),
  __metadata53("design:type", String)
], QuotaUsage.prototype, "window", void 0);
__decorate53([
  Field43(() => Int18, { description: "What the window allows." }),
  __metadata53("design:type", Number)
], QuotaUsage.prototype, "limit", void 0);
__decorate53([
  Field43(() => Int18, { description: "Used so far in the current window." }),
  __metadata53("design:type", Number)
], QuotaUsage.prototype, "used", void 0);
__decorate53([
  Field43(() => Int18, { description: "What a send may still use before the window resets." }),
  __metadata53("design:type", Number)
], QuotaUsage.prototype, "remaining", void 0);
__decorate53([
  Field43({ description: "When the current window ends and the count starts again." }),
  __metadata53("design:type", Date)
], QuotaUsage.prototype, "resetsAt", void 0);
QuotaUsage = __decorate53([
  ObjectType22({ description: "How much of one quota window the tenant has used." })
], QuotaUsage);

// dist/graphql/quota/QuotaResolver.js
var __decorate54 = function(decorators, target, key, desc) {
  var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
  if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
  else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
  return c > 3 && r && Object.defineProperty(target, key, r), r;
};
var __metadata54 = function(k, v) {
  if (typeof Reflect === "object" && typeof Reflect.metadata === "function") return Reflect.metadata(k, v);
};
var __param10 = function(paramIndex, decorator) {
  return function(target, key) {
    decorator(target, key, paramIndex);
  };
};
var QuotaResolver = class QuotaResolver2 {
  static {
    __name(this, "QuotaResolver");
  }
  async quota(ctx) {
    const usage = await ctx.quota.usage();
    return usage.map((u) => Object.assign(new QuotaUsage(), u));
  }
};
__decorate54([
  Authenticated(),
  Query9(() => [QuotaUsage], {
    description: "The caller's tenant's send quotas, one entry per configured window; empty when sends are not limited."
  }),
  __param10(0, Ctx9()),
  __metadata54("design:type", Function),
  __metadata54("design:paramtypes", [Object]),
  __metadata54("design:returntype", Promise)
], QuotaResolver.prototype, "quota", null);
QuotaResolver = __decorate54([
  Resolver11()
], QuotaResolver);

// dist/graphql/report/ReportResolver.js
import { Arg as Arg9, Ctx as Ctx10, Directive as Directive12, Query as Query10, Resolver as Resolver12 } from "type-graphql";

// dist/graphql/report/ReportFilter.js
import { Field as Field44, ID as ID16, InputType as InputType21, Int as Int19 } from "type-graphql";
var __decorate55 = function(decorators, target, key, desc) {
  var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
  if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
  else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
  return c > 3 && r && Object.defineProperty(target, key, r), r;
};
var __metadata55 = function(k, v) {
  if (typeof Reflect === "object" && typeof Reflect.metadata === "function") return Reflect.metadata(k, v);
};
var ReportFilter = class ReportFilter2 {
  static {
    __name(this, "ReportFilter");
  }
  bulkId;
  messageIds;
  channel;
  limit;
};
__decorate55([
  Field44({ nullable: true, description: "Reports of this bulk's messages (OMNI's bulkId)." }),
  __metadata55("design:type", String)
], ReportFilter.prototype, "bulkId", void 0);
__decorate55([
  Field44(() => [ID16], {
    nullable: true,
    description: `Reports of these messages (OMNI's messageId), at most ${MAX_FILTER_IDS}.`
  }),
  __metadata55("design:type", Array)
], ReportFilter.prototype, "messageIds", void 0);
__decorate55([
  Field44(() => Channel, { nullable: true, description: "Reports of attempts on this channel." }),
  __metadata55("design:type", String)
], ReportFilter.prototype, "channel", void 0);
__decorate55([
  Field44(() => Int19, { defaultValue: 50, description: "1 to 1000." }),
  __metadata55("design:type", Number)
], ReportFilter.prototype, "limit", void 0);
ReportFilter = __decorate55([
  InputType21({ description: "Filters over the stored delivery reports; all given must match." })
], ReportFilter);

// dist/graphql/report/ReportResolver.js
var __decorate56 = function(decorators, target, key, desc) {
  var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
  if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
  else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
  return c > 3 && r && Object.defineProperty(target, key, r), r;
};
var __metadata56 = function(k, v) {
  if (typeof Reflect === "object" && typeof Reflect.metadata === "function") return Reflect.metadata(k, v);
};
var __param11 = function(paramIndex, decorator) {
  return function(target, key) {
    decorator(target, key, paramIndex);
  };
};
var ReportResolver = class ReportResolver2 {
  static {
    __name(this, "ReportResolver");
  }
  async reports(ctx, filter) {
    const limit = filter?.limit ?? 50;
    const violations = [
      ...checkRange("limit", limit, 1, MAX_PAGE),
      ...checkIdCount("messageIds", filter?.messageIds)
    ];
    if (violations.length)
      throw badUserInput(violations, "filter");
    await drainBeforeRead(ctx);
    const stored = await ctx.reports.find({ ...filter, limit });
    return stored.map(Report.fromStored);
  }
};
__decorate56([
  RequiresScope("reports:read"),
  Directive12(ONE_PAGE),
  Query10(() => [Report], {
    description: "Delivery reports, newest first. Unlike OMNI's fetch-once endpoint, asking twice gives the same answer."
  }),
  __param11(0, Ctx10()),
  __param11(1, Arg9("filter", () => ReportFilter, {
    nullable: true,
    description: "Which reports; without it, the latest 50."
  })),
  __metadata56("design:type", Function),
  __metadata56("design:paramtypes", [Object, ReportFilter]),
  __metadata56("design:returntype", Promise)
], ReportResolver.prototype, "reports", null);
ReportResolver = __decorate56([
  Resolver12(() => Report)
], ReportResolver);

// dist/graphql/scenario/Scenario.js
import { Directive as Directive13, Field as Field46, ID as ID17, ObjectType as ObjectType24 } from "type-graphql";

// dist/graphql/scenario/ScenarioStep.js
import { Field as Field45, InputType as InputType22, ObjectType as ObjectType23 } from "type-graphql";
var __decorate57 = function(decorators, target, key, desc) {
  var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
  if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
  else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
  return c > 3 && r && Object.defineProperty(target, key, r), r;
};
var __metadata57 = function(k, v) {
  if (typeof Reflect === "object" && typeof Reflect.metadata === "function") return Reflect.metadata(k, v);
};
var ScenarioStep = class ScenarioStep2 {
  static {
    __name(this, "ScenarioStep");
  }
  channel;
  from;
};
__decorate57([
  Field45(() => Channel, { description: "The channel the step sends on." }),
  __metadata57("design:type", String)
], ScenarioStep.prototype, "channel", void 0);
__decorate57([
  Field45({
    nullable: true,
    description: "Sender for the channel (OMNI's from): SMS sender id, e-mail address, push application code, \u2026; null when the step names none."
  }),
  __metadata57("design:type", String)
], ScenarioStep.prototype, "from", void 0);
ScenarioStep = __decorate57([
  ObjectType23({ description: "One step of a scenario: a channel and the sender it uses." })
], ScenarioStep);
var ScenarioStepInput = class ScenarioStepInput2 {
  static {
    __name(this, "ScenarioStepInput");
  }
  channel;
  from;
};
__decorate57([
  Field45(() => Channel, { description: "The channel the step sends on." }),
  __metadata57("design:type", String)
], ScenarioStepInput.prototype, "channel", void 0);
__decorate57([
  Field45({
    nullable: true,
    description: "Sender for the channel (OMNI's from): SMS sender id, e-mail address, Viber service id, push application code, \u2026"
  }),
  __metadata57("design:type", String)
], ScenarioStepInput.prototype, "from", void 0);
ScenarioStepInput = __decorate57([
  InputType22({ description: "One step of a scenario: a channel and the sender it uses." })
], ScenarioStepInput);

// dist/graphql/scenario/Scenario.js
var __decorate58 = function(decorators, target, key, desc) {
  var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
  if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
  else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
  return c > 3 && r && Object.defineProperty(target, key, r), r;
};
var __metadata58 = function(k, v) {
  if (typeof Reflect === "object" && typeof Reflect.metadata === "function") return Reflect.metadata(k, v);
};
var Scenario_1;
var Scenario = Scenario_1 = class Scenario2 {
  static {
    __name(this, "Scenario");
  }
  key;
  name;
  flow;
  isDefault;
  /**
   * What a reference to a key OMNI does not know (another tenant's, or deleted) resolves to: no
   * steps, which no real scenario has (OMNI refuses an empty flow), so it reads as unknown.
   */
  static unknown(key) {
    return Object.assign(new Scenario_1(), { key, flow: [], isDefault: false });
  }
  static fromWire(wire) {
    return Object.assign(new Scenario_1(), {
      key: wire.key,
      name: wire.name,
      flow: wire.flow,
      isDefault: wire.default
    });
  }
};
__decorate58([
  Field46(() => ID17, { description: "32 uppercase hex characters, assigned by OMNI." }),
  __metadata58("design:type", String)
], Scenario.prototype, "key", void 0);
__decorate58([
  Field46({ nullable: true, description: "A name for people (OMNI's name); null when it has none." }),
  __metadata58("design:type", String)
], Scenario.prototype, "name", void 0);
__decorate58([
  Directive13(ONE_PER_CHANNEL),
  Field46(() => [ScenarioStep], { description: "Steps in the order they are tried." }),
  __metadata58("design:type", Array)
], Scenario.prototype, "flow", void 0);
__decorate58([
  Field46({
    description: "Sends without a scenario key use the default scenario; there is exactly one (OMNI's default)."
  }),
  __metadata58("design:type", Boolean)
], Scenario.prototype, "isDefault", void 0);
Scenario = Scenario_1 = __decorate58([
  Directive13(`@key(fields: "key")`),
  ObjectType24({
    description: "An ordered flow of channel steps; a message fails over from one to the next."
  })
], Scenario);

// dist/graphql/scenario/ScenarioResolver.js
import { Arg as Arg10, Ctx as Ctx11, Directive as Directive14, ID as ID18, Int as Int20, Mutation as Mutation3, Query as Query11, Resolver as Resolver13 } from "type-graphql";

// dist/graphql/scenario/ScenarioInput.js
import { Field as Field47, InputType as InputType23 } from "type-graphql";
var __decorate59 = function(decorators, target, key, desc) {
  var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
  if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
  else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
  return c > 3 && r && Object.defineProperty(target, key, r), r;
};
var __metadata59 = function(k, v) {
  if (typeof Reflect === "object" && typeof Reflect.metadata === "function") return Reflect.metadata(k, v);
};
var ScenarioInput = class ScenarioInput2 {
  static {
    __name(this, "ScenarioInput");
  }
  name;
  flow;
  isDefault;
};
__decorate59([
  Field47({ nullable: true, description: "A name for people (OMNI's name)." }),
  __metadata59("design:type", String)
], ScenarioInput.prototype, "name", void 0);
__decorate59([
  Field47(() => [ScenarioStepInput], { description: "At least one step." }),
  __metadata59("design:type", Array)
], ScenarioInput.prototype, "flow", void 0);
__decorate59([
  Field47({
    defaultValue: false,
    description: "Making a scenario the default clears the previous default."
  }),
  __metadata59("design:type", Boolean)
], ScenarioInput.prototype, "isDefault", void 0);
ScenarioInput = __decorate59([
  InputType23({ description: "A whole scenario; an update replaces the previous one." })
], ScenarioInput);

// dist/graphql/scenario/ScenarioResolver.js
var __decorate60 = function(decorators, target, key, desc) {
  var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
  if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
  else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
  return c > 3 && r && Object.defineProperty(target, key, r), r;
};
var __metadata60 = function(k, v) {
  if (typeof Reflect === "object" && typeof Reflect.metadata === "function") return Reflect.metadata(k, v);
};
var __param12 = function(paramIndex, decorator) {
  return function(target, key) {
    decorator(target, key, paramIndex);
  };
};
var MAX_SCENARIO_PAGE = 1e3;
function checkScenarioKey(key) {
  if (isScenarioKey(key))
    return;
  throw badUserInput([
    {
      path: "key",
      rule: "SCENARIO_KEY_FORMAT",
      message: "A scenario key is 32 uppercase hex characters."
    }
  ], "args");
}
__name(checkScenarioKey, "checkScenarioKey");
var ScenarioResolver = class ScenarioResolver2 {
  static {
    __name(this, "ScenarioResolver");
  }
  async scenarios(ctx, isDefault, limit, page) {
    const violations = [
      ...checkRange("limit", limit ?? 0, 0, MAX_SCENARIO_PAGE),
      ...checkRange("page", page ?? 0, 0)
    ];
    if (violations.length)
      throw badUserInput(violations, "args");
    const list = await ctx.client.listScenarios({ isDefault, limit, page });
    for (const scenario of list)
      ctx.loaders.scenarioByKey.prime(scenario.key, scenario);
    return list.map(Scenario.fromWire);
  }
  async scenario(ctx, key) {
    checkScenarioKey(key);
    const wire = await ctx.loaders.scenarioByKey.load(key);
    return wire && Scenario.fromWire(wire);
  }
  async defaultScenario(ctx) {
    const wire = await ctx.loaders.defaultScenario();
    return wire && Scenario.fromWire(wire);
  }
  async createScenario(ctx, input) {
    return Scenario.fromWire(await ctx.client.createScenario(toWire2(input)));
  }
  async updateScenario(ctx, key, input) {
    checkScenarioKey(key);
    return Scenario.fromWire(await ctx.client.updateScenario(key, toWire2(input)));
  }
};
__decorate60([
  RequiresScope("scenarios:read"),
  Directive14(SLICED_BY_LIMIT),
  Query11(() => [Scenario], {
    description: "Scenarios, a page at a time (OMNI gives no total count)."
  }),
  __param12(0, Ctx11()),
  __param12(1, Arg10("isDefault", {
    nullable: true,
    description: "true: only the default scenario; false: all but it; null: all."
  })),
  __param12(2, Arg10("limit", () => Int20, {
    defaultValue: 100,
    description: `Scenarios a page holds, 0 to ${MAX_SCENARIO_PAGE}.`
  })),
  __param12(3, Arg10("page", () => Int20, { defaultValue: 0, description: "The page, counted from 0." })),
  __metadata60("design:type", Function),
  __metadata60("design:paramtypes", [Object, Boolean, Number, Number]),
  __metadata60("design:returntype", Promise)
], ScenarioResolver.prototype, "scenarios", null);
__decorate60([
  RequiresScope("scenarios:read"),
  Directive14(UPSTREAM_CALL),
  Query11(() => Scenario, {
    nullable: true,
    description: "A scenario by its key; null when OMNI knows no such scenario."
  }),
  __param12(0, Ctx11()),
  __param12(1, Arg10("key", () => ID18, { description: "The scenario's key: 32 uppercase hex characters." })),
  __metadata60("design:type", Function),
  __metadata60("design:paramtypes", [Object, String]),
  __metadata60("design:returntype", Promise)
], ScenarioResolver.prototype, "scenario", null);
__decorate60([
  RequiresScope("scenarios:read"),
  Directive14(UPSTREAM_CALL),
  Query11(() => Scenario, {
    nullable: true,
    description: "The scenario used when a send names none; null when there is none yet."
  }),
  __param12(0, Ctx11()),
  __metadata60("design:type", Function),
  __metadata60("design:paramtypes", [Object]),
  __metadata60("design:returntype", Promise)
], ScenarioResolver.prototype, "defaultScenario", null);
__decorate60([
  RequiresScope("scenarios:write"),
  Directive14(UPSTREAM_CALL),
  Mutation3(() => Scenario, {
    description: "Creates a scenario (OMNI's POST /omni/1/scenarios); OMNI assigns its key."
  }),
  __param12(0, Ctx11()),
  __param12(1, Arg10("input", { description: "The new scenario." })),
  __metadata60("design:type", Function),
  __metadata60("design:paramtypes", [Object, ScenarioInput]),
  __metadata60("design:returntype", Promise)
], ScenarioResolver.prototype, "createScenario", null);
__decorate60([
  RequiresScope("scenarios:write"),
  Directive14(UPSTREAM_CALL),
  Mutation3(() => Scenario, { description: "Replaces the whole scenario." }),
  __param12(0, Ctx11()),
  __param12(1, Arg10("key", () => ID18, { description: "The key of the scenario to replace." })),
  __param12(2, Arg10("input", { description: "The scenario that replaces it." })),
  __metadata60("design:type", Function),
  __metadata60("design:paramtypes", [Object, String, ScenarioInput]),
  __metadata60("design:returntype", Promise)
], ScenarioResolver.prototype, "updateScenario", null);
ScenarioResolver = __decorate60([
  Resolver13(() => Scenario)
], ScenarioResolver);
function toWire2(input) {
  if (input.flow.length === 0) {
    throw badUserInput([
      { path: "flow", rule: "REQUIRED", message: "A scenario needs at least one step." }
    ]);
  }
  return {
    name: input.name,
    flow: input.flow.map((step) => ({
      channel: step.channel,
      ...step.from ? { from: step.from } : {}
    })),
    default: input.isDefault
  };
}
__name(toWire2, "toWire");

// dist/graphql/subscription/MessageStatusResolver.js
import { GraphQLError as GraphQLError5 } from "graphql";
import { Arg as Arg11, Ctx as Ctx12, FieldResolver as FieldResolver4, ID as ID20, Resolver as Resolver14, Root as Root4, Subscription } from "type-graphql";

// dist/graphql/subscription/MessageStatusChange.js
import { Field as Field48, ID as ID19, ObjectType as ObjectType25 } from "type-graphql";
var __decorate61 = function(decorators, target, key, desc) {
  var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
  if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
  else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
  return c > 3 && r && Object.defineProperty(target, key, r), r;
};
var __metadata61 = function(k, v) {
  if (typeof Reflect === "object" && typeof Reflect.metadata === "function") return Reflect.metadata(k, v);
};
var MessageStatusChange_1;
var MessageStatusChange = MessageStatusChange_1 = class MessageStatusChange2 {
  static {
    __name(this, "MessageStatusChange");
  }
  messageId;
  bulkId;
  report;
  status;
  deliveredVia;
  static of(change) {
    const { report, state } = change;
    return Object.assign(new MessageStatusChange_1(), {
      messageId: report.messageId,
      bulkId: report.bulkId ?? state.bulkId,
      report: Report.fromStored(report),
      status: state.status,
      deliveredVia: state.status.groupName === "DELIVERED" ? state.channel : void 0
    });
  }
};
__decorate61([
  Field48(() => ID19, { description: "The message the report is of." }),
  __metadata61("design:type", String)
], MessageStatusChange.prototype, "messageId", void 0);
__decorate61([
  Field48({ nullable: true, description: "The message's bulk; null when it was sent alone." }),
  __metadata61("design:type", String)
], MessageStatusChange.prototype, "bulkId", void 0);
__decorate61([
  Field48(() => Report, { description: "The attempt that just ended (or progressed)." }),
  __metadata61("design:type", Report)
], MessageStatusChange.prototype, "report", void 0);
__decorate61([
  Field48(() => Status, { description: "The message's status; it only ever moves forward." }),
  __metadata61("design:type", Status)
], MessageStatusChange.prototype, "status", void 0);
__decorate61([
  Field48(() => Channel, { nullable: true, description: "Set once a channel delivered." }),
  __metadata61("design:type", String)
], MessageStatusChange.prototype, "deliveredVia", void 0);
MessageStatusChange = MessageStatusChange_1 = __decorate61([
  ObjectType25({ description: "A delivery report just stored, and where its message stands now." })
], MessageStatusChange);

// dist/graphql/subscription/MessageStatusResolver.js
var __decorate62 = function(decorators, target, key, desc) {
  var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
  if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
  else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
  return c > 3 && r && Object.defineProperty(target, key, r), r;
};
var __metadata62 = function(k, v) {
  if (typeof Reflect === "object" && typeof Reflect.metadata === "function") return Reflect.metadata(k, v);
};
var __param13 = function(paramIndex, decorator) {
  return function(target, key) {
    decorator(target, key, paramIndex);
  };
};
var MessageStatusResolver = class MessageStatusResolver2 {
  static {
    __name(this, "MessageStatusResolver");
  }
  messageStatusChanged(change, _messageId, _bulkId) {
    return MessageStatusChange.of(change);
  }
  async final(change, ctx) {
    if (change.status.groupName === "DELIVERED")
      return true;
    if (!isFinal(change.report.status))
      return false;
    const logs = await ctx.client.logs({ messageId: [change.messageId], limit: MAX_PAGE });
    const started = change.report.sentAt.getTime();
    return !logs.some((log) => {
      const sentAt = parseOmniDate(log.sentAt).getTime();
      const same = log.channel === change.report.channel && sentAt === started;
      return !same && sentAt >= started;
    });
  }
};
__decorate62([
  RequiresScope("messages:read"),
  Subscription(() => MessageStatusChange, {
    description: "Each attempt of a message (or of every message of a bulk) as its report is stored, on any replica; give exactly one of messageId and bulkId.",
    // Checked before listening as well: the decorator guards each event, this the subscription.
    subscribe: /* @__PURE__ */ __name(({ args, context }) => {
      const ctx = context;
      requireScope(ctx.principal, "messages:read");
      return ctx.feed.subscribe(topicOf(args));
    }, "subscribe")
  }),
  __param13(0, Root4()),
  __param13(1, Arg11("messageId", () => ID20, { nullable: true, description: "Follow this message." })),
  __param13(2, Arg11("bulkId", () => ID20, { nullable: true, description: "Follow every message of this bulk." })),
  __metadata62("design:type", Function),
  __metadata62("design:paramtypes", [Object, String, String]),
  __metadata62("design:returntype", MessageStatusChange)
], MessageStatusResolver.prototype, "messageStatusChanged", null);
__decorate62([
  FieldResolver4(() => Boolean, {
    description: "True when no further attempt will follow: delivered, or the last step of the scenario ended."
  }),
  __param13(0, Root4()),
  __param13(1, Ctx12()),
  __metadata62("design:type", Function),
  __metadata62("design:paramtypes", [MessageStatusChange, Object]),
  __metadata62("design:returntype", Promise)
], MessageStatusResolver.prototype, "final", null);
MessageStatusResolver = __decorate62([
  Resolver14(() => MessageStatusChange)
], MessageStatusResolver);
function topicOf(args) {
  if (args.messageId !== void 0 && args.bulkId === void 0) {
    return { messageId: args.messageId };
  }
  if (args.bulkId !== void 0 && args.messageId === void 0)
    return { bulkId: args.bulkId };
  throw new GraphQLError5("Give exactly one of messageId and bulkId.", {
    extensions: { code: "BAD_USER_INPUT", field: "messageId" }
  });
}
__name(topicOf, "topicOf");

// dist/graphql/schema.js
var FEDERATION_LINK = `extend schema @link(url: "https://specs.apollo.dev/federation/v2.9", import: ["@key", "@shareable", "@authenticated", "@requiresScopes", "@cost", "@listSize"])`;
var UNUSED_PUBSUB = {
  publish: /* @__PURE__ */ __name(() => void 0, "publish"),
  subscribe: /* @__PURE__ */ __name(() => {
    throw new Error("Subscriptions read from the context's status feed.");
  }, "subscribe")
};
async function buildGatewaySchema() {
  const plain = await buildSchema({
    resolvers: [
      ScenarioResolver,
      MessageResolver,
      SendResolver,
      ReportResolver,
      BulkResolver,
      MessageStatusResolver,
      PushResolver,
      PreviewResolver,
      SendPlanResolver,
      ChannelResolver,
      QuotaResolver,
      QuarantineResolver,
      HistoryResolver,
      MessageRecordResolver
    ],
    scalarsMap: [{ type: Date, scalar: DateTimeResolver14 }],
    pubSub: UNUSED_PUBSUB,
    authChecker,
    validate: false,
    skipCheck: true
  });
  describeRootTypes(plain);
  const resolvers = createResolversMap(plain);
  resolvers.Scenario = {
    ...resolvers.Scenario,
    __resolveReference: /* @__PURE__ */ __name(async (ref, ctx) => {
      requireScope(ctx.principal, "scenarios:read");
      const wire = await ctx.loaders.scenarioByKey.load(ref.key);
      return wire ? Scenario.fromWire(wire) : Scenario.unknown(ref.key);
    }, "__resolveReference")
  };
  resolvers.Message = {
    ...resolvers.Message,
    __resolveReference: /* @__PURE__ */ __name((ref, ctx) => {
      requireScope(ctx.principal, "messages:read");
      return Message.of({ messageId: ref.messageId });
    }, "__resolveReference")
  };
  resolvers.Bulk = {
    ...resolvers.Bulk,
    __resolveReference: /* @__PURE__ */ __name(async (ref, ctx) => {
      requireScope(ctx.principal, "messages:read");
      return await findBulk(ctx, ref.bulkId) ?? Bulk.empty(ref.bulkId);
    }, "__resolveReference")
  };
  resolvers.PushBulk = {
    ...resolvers.PushBulk,
    __resolveReference: /* @__PURE__ */ __name((ref, ctx) => {
      requireScope(ctx.principal, "messages:read");
      return PushBulk.of(ref.bulkId);
    }, "__resolveReference")
  };
  return checkRepresentationsFirst(buildSubgraphSchema({
    typeDefs: parse(`${FEDERATION_LINK}
${printSchemaWithDirectives(plain)}`),
    resolvers
  }));
}
__name(buildGatewaySchema, "buildGatewaySchema");

// dist/store/IdempotencyStore.js
var KEY_TTL_HOURS = 24;
var IdempotencyStore = class {
  static {
    __name(this, "IdempotencyStore");
  }
  db;
  tenant;
  constructor(db, tenant) {
    this.db = db;
    this.tenant = tenant;
  }
  /**
   * Claims `key` for a call with `fingerprint`, or reports who holds it. An expired key is
   * claimed afresh. A claim whose holder vanished (crash) without an answer counts as unknown
   * once its lease is over.
   */
  async claim(key, fingerprint2, refs, leaseMs) {
    for (; ; ) {
      const claimed = await this.db.query(`INSERT INTO idempotency_keys AS k (tenant, key, fingerprint, state, refs, lease_until,
           expires_at)
         VALUES ($5, $1, $2, 'IN_FLIGHT', $3::jsonb, now() + $4 * interval '1 millisecond',
           now() + interval '${KEY_TTL_HOURS} hours')
         ON CONFLICT (tenant, key) DO UPDATE SET fingerprint = EXCLUDED.fingerprint, state = 'IN_FLIGHT',
           refs = EXCLUDED.refs, result = NULL, lease_until = EXCLUDED.lease_until,
           expires_at = EXCLUDED.expires_at
         WHERE k.expires_at <= now()
         RETURNING key`, [key, fingerprint2, JSON.stringify(refs), leaseMs, this.tenant]);
      if (claimed.length)
        return { kind: "claimed" };
      const [row] = await this.db.query(`SELECT fingerprint, state, refs, result, lease_until <= now() AS lease_over
         FROM idempotency_keys WHERE tenant = $2 AND key = $1 AND expires_at > now()`, [key, this.tenant]);
      if (!row)
        continue;
      return toClaim(row, fingerprint2);
    }
  }
  async complete(key, result) {
    await this.db.query("UPDATE idempotency_keys SET state = 'DONE', result = $2::jsonb WHERE tenant = $3 AND key = $1", [key, JSON.stringify(result), this.tenant]);
  }
  /** The call failed before anything was sent: the key is free for a retry. */
  async release(key) {
    await this.db.query("DELETE FROM idempotency_keys WHERE tenant = $2 AND key = $1 AND state = 'IN_FLIGHT'", [key, this.tenant]);
  }
  async markUnknown(key) {
    await this.db.query("UPDATE idempotency_keys SET state = 'UNKNOWN' WHERE tenant = $2 AND key = $1", [key, this.tenant]);
  }
};
async function deleteExpiredKeys(db) {
  const rows = await db.query("DELETE FROM idempotency_keys WHERE expires_at <= now() RETURNING key");
  return rows.length;
}
__name(deleteExpiredKeys, "deleteExpiredKeys");
function toClaim(row, fingerprint2) {
  if (row.fingerprint !== fingerprint2)
    return { kind: "reused" };
  if (row.state === "DONE")
    return { kind: "done", result: row.result };
  if (row.state === "UNKNOWN" || row.lease_over)
    return { kind: "unknown", refs: row.refs };
  return { kind: "inFlight" };
}
__name(toClaim, "toClaim");

// dist/graphql/loaders.js
import DataLoader2 from "dataloader";

// dist/omni/logsOfMessages.js
var URL_TOO_LONG = /* @__PURE__ */ new Set([414, 431]);
async function logsOfMessages(client, ids) {
  let rows;
  try {
    rows = await client.logs({ messageId: [...ids], limit: MAX_PAGE });
  } catch (error) {
    if (!(error instanceof OmniHttpError && URL_TOO_LONG.has(error.status) && ids.length > 1))
      throw error;
  }
  if (rows && (rows.length < MAX_PAGE || ids.length === 1))
    return rows;
  const middle = Math.ceil(ids.length / 2);
  const halves = await Promise.all([
    logsOfMessages(client, ids.slice(0, middle)),
    logsOfMessages(client, ids.slice(middle))
  ]);
  return halves.flat();
}
__name(logsOfMessages, "logsOfMessages");

// dist/graphql/loaders.js
function createLoaders(client, reports) {
  let defaultScenario;
  return {
    defaultScenario: /* @__PURE__ */ __name(() => defaultScenario ??= client.listScenarios({ isDefault: true, limit: 1 }).then(([scenario]) => scenario ?? null), "defaultScenario"),
    logsByMessageId: new DataLoader2((ids) => loadLogs(client, ids), { maxBatchSize: MAX_PAGE }),
    // One failed read fails its own key only (DataLoader takes an Error per key), so the
    // scenarios that were read are not thrown away with it.
    scenarioByKey: new DataLoader2((keys) => Promise.all(keys.map((key) => loadScenario(client, key).catch((error) => error instanceof Error ? error : new Error(String(error)))))),
    reportsByMessageId: new DataLoader2(async (ids) => {
      const byId = await reports.byMessageIds(ids);
      return ids.map((id) => byId.get(id) ?? []);
    }, { cache: false })
  };
}
__name(createLoaders, "createLoaders");
async function loadLogs(client, ids) {
  const rows = await logsOfMessages(client, ids);
  const byId = /* @__PURE__ */ new Map();
  for (const row of rows) {
    const list = byId.get(row.messageId);
    if (list)
      list.push(row);
    else
      byId.set(row.messageId, [row]);
  }
  return ids.map((id) => byId.get(id) ?? []);
}
__name(loadLogs, "loadLogs");
async function loadScenario(client, key) {
  try {
    return await client.getScenario(key);
  } catch (error) {
    if (error instanceof OmniHttpError && error.status === 404)
      return null;
    throw error;
  }
}
__name(loadScenario, "loadScenario");

// dist/graphql/WritesBeforeAnswer.js
var WritesBeforeAnswer = class {
  static {
    __name(this, "WritesBeforeAnswer");
  }
  writes = [];
  /** `write` must not reject: its failures are the caller's to report. */
  add(write) {
    this.writes.push(write);
  }
  async settled() {
    while (this.writes.length)
      await Promise.all(this.writes.splice(0));
  }
};

// dist/store/QuotaStore.js
var OverLimit = class extends Error {
  static {
    __name(this, "OverLimit");
  }
  charge;
  now;
  constructor(charge, now) {
    super(`quota ${charge.window} is over its limit`);
    this.charge = charge;
    this.now = now;
  }
};
var QuotaStore = class {
  static {
    __name(this, "QuotaStore");
  }
  db;
  constructor(db) {
    this.db = db;
  }
  /**
   * Charges one send of `messages` messages to every window `limits` configures, or to none if
   * any would go over. A refusal names the longest window that is full.
   */
  async consume(tenant, limits, messages) {
    const charges = chargesFor(limits, messages);
    const impossible = neverFits(charges);
    if (impossible) {
      return { allowed: false, window: impossible.window, limit: impossible.limit, never: true };
    }
    if (!charges.length)
      return { allowed: true };
    try {
      await this.db.transaction(async (tx) => {
        const now = await databaseNow(tx);
        for (const charge of charges) {
          const [row] = await tx.query(`INSERT INTO quota_usage AS u (tenant, quota, window_start, used)
             VALUES ($1, $2, $3::timestamptz, $4)
             ON CONFLICT (tenant, quota, window_start) DO UPDATE SET used = u.used + EXCLUDED.used
             RETURNING u.used`, [tenant, charge.window, windowStart(charge.window, now).toISOString(), charge.amount]);
          if (Number(row.used) > charge.limit)
            throw new OverLimit(charge, now);
        }
      });
      return { allowed: true };
    } catch (error) {
      if (!(error instanceof OverLimit))
        throw error;
      const { window, limit } = error.charge;
      return {
        allowed: false,
        window,
        limit,
        retryAfterSeconds: secondsUntilReset(window, error.now)
      };
    }
  }
  /** What is used and left in the current window of each window `limits` configures. */
  async usage(tenant, limits) {
    const windows = configuredWindows(limits);
    if (!windows.length)
      return [];
    const now = await databaseNow(this.db);
    const params = [tenant];
    const current = windows.map(({ window }) => {
      params.push(window, windowStart(window, now).toISOString());
      return `($${params.length - 1}::text, $${params.length}::timestamptz)`;
    });
    const rows = await this.db.query(`SELECT c.quota, u.used FROM (VALUES ${current.join(", ")}) AS c (quota, window_start)
       JOIN quota_usage u ON u.tenant = $1 AND u.quota = c.quota AND u.window_start = c.window_start`, params);
    const used = new Map(rows.map((r) => [r.quota, Number(r.used)]));
    return windows.map(({ window, limit }) => usageOf(window, limit, used.get(window) ?? 0, now));
  }
  /**
   * Deletes the rows of windows that are over, each by its own length, so the second-long rows
   * of a busy tenant do not pile up for a day. A quota this code no longer knows is kept for the
   * longest window.
   */
  async deleteExpired() {
    const params = [];
    const lengths = QUOTA_WINDOWS.map((window) => {
      params.push(window, WINDOW_SECONDS[window]);
      return `WHEN $${params.length - 1}::text THEN $${params.length}::int`;
    });
    params.push(LONGEST_WINDOW_SECONDS);
    const [row] = await this.db.query(`WITH swept AS (
         DELETE FROM quota_usage
         WHERE window_start + (CASE quota ${lengths.join(" ")} ELSE $${params.length}::int END)
           * interval '1 second' <= now()
         RETURNING 1
       )
       SELECT count(*)::int AS count FROM swept`, params);
    return row?.count ?? 0;
  }
};
async function databaseNow(db) {
  const [row] = await db.query("SELECT now() AS now");
  return new Date(row.now);
}
__name(databaseNow, "databaseNow");

// dist/intake/reconcileLook.js
var LOG_RETENTION_MS = 48 * 36e5;
var LAST_LOOK_BEFORE_RETENTION_MS = 36e5;
var MAX_BACKOFF_DOUBLINGS = 10;
function lookAt(message, logs, now, settings) {
  const finished = logs.filter((log) => isFinal(log.status));
  const newest = newestOf(logs);
  const delivered = finished.some((log) => log.status.groupName === "DELIVERED");
  const settled = newest !== void 0 && isFinal(newest.status) && (now >= message.finalBy || parseOmniDate(newest.doneAt ?? newest.sentAt).getTime() + settings.graceMs <= now.getTime());
  if (delivered || settled)
    return { final: true, finished };
  const lastLook = message.recordedAt.getTime() + LOG_RETENTION_MS - LAST_LOOK_BEFORE_RETENTION_MS;
  if (now.getTime() >= lastLook)
    return { final: false, next: void 0 };
  let next = now.getTime() + settings.afterMs * 2 ** Math.min(message.checks, MAX_BACKOFF_DOUBLINGS);
  const giveUpPassed = message.finalBy.getTime() + settings.graceMs;
  if (giveUpPassed > now.getTime())
    next = Math.min(next, giveUpPassed);
  return { final: false, next: new Date(Math.min(next, lastLook)) };
}
__name(lookAt, "lookAt");
function newestOf(logs) {
  let newest;
  let newestAt = -Infinity;
  for (const log of logs) {
    const at = parseOmniDate(log.sentAt).getTime();
    if (at > newestAt)
      [newest, newestAt] = [log, at];
  }
  return newest;
}
__name(newestOf, "newestOf");

// dist/intake/reportFromLog.js
function reportFromLog(log) {
  const error = errorImpliedBy(log.status);
  return {
    ...log.bulkId !== void 0 && { bulkId: log.bulkId },
    messageId: log.messageId,
    to: log.to,
    sentAt: log.sentAt,
    doneAt: log.doneAt ?? log.sentAt,
    messageCount: log.messageCount,
    ...log.mccMnc !== void 0 && { mccMnc: log.mccMnc },
    ...log.price !== void 0 && { price: log.price },
    status: log.status,
    ...error && { error },
    channel: log.channel
  };
}
__name(reportFromLog, "reportFromLog");
function errorImpliedBy(status) {
  if (status.groupName === "DELIVERED")
    return DELIVERY_ERROR.NO_ERROR;
  if (status.id === STATUS.EXPIRED_EXPIRED.id)
    return DELIVERY_ERROR.EC_VALIDITY_EXPIRED;
  return void 0;
}
__name(errorImpliedBy, "errorImpliedBy");

// dist/intake/reportSchema.js
import { z as z2 } from "zod";

// dist/omni/wireSchemas.js
import { z } from "zod";
function answer(schema) {
  return z.preprocess(withoutNulls, schema);
}
__name(answer, "answer");
function withoutNulls(value) {
  if (Array.isArray(value)) {
    for (const item of value)
      withoutNulls(item);
  } else if (typeof value === "object" && value !== null) {
    const record = value;
    for (const key in record) {
      const member = record[key];
      if (member === null)
        delete record[key];
      else if (typeof member === "object")
        withoutNulls(member);
    }
  }
  return value;
}
__name(withoutNulls, "withoutNulls");
var OMNI_DATE = /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])T(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d{1,9})?(?:Z|[+-](?:[01]\d|2[0-3]):?[0-5]\d)$/;
var omniDateSchema = z.string().regex(OMNI_DATE, "not a date");
var messageStatusSchema = z.object({
  groupId: z.number().int(),
  groupName: z.enum(STATUS_GROUPS),
  id: z.number().int(),
  name: z.string(),
  // Prose only, which some senders leave out.
  description: z.string().default("")
});
var priceSchema = z.object({ pricePerMessage: z.number(), currency: z.string() });
var stepSchema = z.object({
  from: z.string().optional(),
  channel: z.enum(CHANNELS)
});
var scenarioSchema = z.object({
  key: z.string().min(1),
  name: z.string().optional(),
  flow: z.array(stepSchema),
  default: z.boolean().default(false)
});
var toSchema = z.object({
  phoneNumber: z.string().optional(),
  emailAddress: z.string().optional()
});
var sentMessageSchema = z.object({
  // Without these the caller still has its message: `to` and the status resolve from the logs.
  to: toSchema.optional(),
  status: messageStatusSchema.optional(),
  messageId: z.string().min(1)
});
var sendResponseSchema = z.object({
  bulkId: z.string().optional(),
  messages: z.array(sentMessageSchema)
});
var logSchema = z.object({
  bulkId: z.string().optional(),
  messageId: z.string().min(1),
  to: z.string(),
  from: z.string().optional(),
  text: z.string().optional(),
  sentAt: omniDateSchema,
  doneAt: omniDateSchema.optional(),
  messageCount: z.number().int().nonnegative(),
  mccMnc: z.string().optional(),
  price: priceSchema.optional(),
  status: messageStatusSchema,
  channel: z.enum(CHANNELS)
});
var pushStatusSchema = z.union([
  messageStatusSchema,
  z.object({ groupName: z.literal("ACCEPTED") }).transform(() => void 0)
]);
var pushResponseSchema = z.object({
  bulkId: z.string().optional(),
  messages: z.array(z.object({
    messageId: z.string().optional(),
    status: pushStatusSchema.optional(),
    destination: z.string().optional()
  }))
});
var count = z.number().int();
var pushStatisticsSchema = z.object({
  totalSent: count,
  delivered: count,
  seen: count,
  errors: z.object({ registration: count, expired: count, cloud: count }),
  // When the last delivery happened, in epoch ms; 0 or absent before any.
  delivery: z.object({ rate: z.number(), time: z.number().optional() })
});
var ANSWERS = {
  scenario: answer(scenarioSchema),
  scenarios: answer(z.object({ scenarios: z.array(scenarioSchema) })),
  sendResponse: answer(sendResponseSchema),
  /**
   * The hot path: a page of 1000 rows (465 kB) decodes in 0.7 ms on Node 20, on the 2-core
   * machine of the README's figures, while JSON.parse of the same page takes 1.3 ms.
   */
  logs: answer(z.object({ results: z.array(logSchema) })),
  /**
   * Fetch-once report pages: each report is judged apart by the report schema and quarantined
   * if malformed, raw form and nulls included, rather than failing the page it came in.
   */
  reports: z.object({ results: z.array(z.unknown()) }),
  pushResponse: answer(pushResponseSchema),
  pushStatistics: answer(pushStatisticsSchema)
};

// dist/intake/reportSchema.js
var omniDate = z2.string().refine((value) => !Number.isNaN(parseOmniDate(value).getTime()), "not a date");
function optional(schema) {
  return schema.nullish().transform((value) => value ?? void 0);
}
__name(optional, "optional");
var reportSchema = z2.object({
  bulkId: optional(z2.string().max(200)),
  messageId: z2.string().min(1).max(200),
  to: z2.string().max(320),
  sentAt: omniDate,
  doneAt: omniDate,
  messageCount: z2.number().int().nonnegative(),
  mccMnc: optional(z2.string().max(20)),
  price: optional(z2.object({ pricePerMessage: z2.number().finite(), currency: z2.string().min(1).max(10) })),
  status: messageStatusSchema,
  error: optional(z2.object({
    groupId: z2.number().int(),
    groupName: z2.string(),
    id: z2.number().int(),
    name: z2.string(),
    description: z2.string(),
    permanent: z2.boolean()
  })),
  channel: z2.enum(CHANNELS),
  callbackData: optional(z2.string().max(4e3))
});

// dist/store/reports/unstorableContent.js
var LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/u;
function unstorableContent(value, path2 = []) {
  if (typeof value === "string") {
    const at = path2.length ? `${path2.join(".")}: ` : "";
    if (value.includes("\0"))
      return `${at}contains U+0000`;
    if (LONE_SURROGATE.test(value))
      return `${at}contains a lone surrogate`;
    return void 0;
  }
  if (typeof value !== "object" || value === null)
    return void 0;
  for (const [key, member] of Object.entries(value)) {
    const problem = unstorableContent(member, [...path2, key]);
    if (problem)
      return problem;
  }
  return void 0;
}
__name(unstorableContent, "unstorableContent");

// dist/intake/storableReports.js
function storableReports(arrived) {
  const sorted = { reports: [], refused: [] };
  for (const raw of arrived) {
    const parsed = reportSchema.safeParse(raw);
    if (!parsed.success) {
      const [issue] = parsed.error.issues;
      const reason = issue ? `${issue.path.join(".") || "report"}: ${issue.message}` : "malformed";
      sorted.refused.push({ raw, reason });
      continue;
    }
    const problem = unstorableContent(parsed.data);
    if (problem)
      sorted.refused.push({ raw, reason: problem });
    else
      sorted.reports.push(parsed.data);
  }
  return sorted;
}
__name(storableReports, "storableReports");

// dist/intake/Reconciler.js
var MAX_BATCHES_PER_ROUND = 10;
var Reconciler = class {
  static {
    __name(this, "Reconciler");
  }
  client;
  store;
  settings;
  onError;
  onReconciled;
  timer;
  inFlight;
  constructor(client, store, settings, onError, onReconciled) {
    this.client = client;
    this.store = store;
    this.settings = settings;
    this.onError = onError;
    this.onReconciled = onReconciled;
  }
  start() {
    this.timer = setInterval(() => {
      this.inFlight ??= this.round().catch(this.onError).finally(() => {
        this.inFlight = void 0;
      });
    }, this.settings.intervalMs);
    this.timer.unref();
  }
  async stop() {
    clearInterval(this.timer);
    await this.inFlight;
  }
  async round() {
    const queue = this.store.reconciliation;
    await queue.schedule(this.settings);
    for (let batch = 0; batch < MAX_BATCHES_PER_ROUND; batch++) {
      const claimed = await queue.claim(MAX_PAGE, this.settings.leaseMs);
      if (claimed.length === 0)
        return;
      await this.look(claimed);
      if (claimed.length < MAX_PAGE)
        return;
    }
  }
  async look(claimed) {
    const queue = this.store.reconciliation;
    const ids = claimed.map((m) => m.messageId);
    let logs;
    try {
      logs = await logsOfMessages(this.client, ids);
    } catch (error) {
      await queue.release(ids);
      throw error;
    }
    const byMessage = /* @__PURE__ */ new Map();
    for (const log of logs)
      byMessage.set(log.messageId, [...byMessage.get(log.messageId) ?? [], log]);
    const now = /* @__PURE__ */ new Date();
    const verdicts = [];
    const finished = [];
    let givenUp = 0;
    for (const message of claimed) {
      const result = lookAt(message, byMessage.get(message.messageId) ?? [], now, this.settings);
      if (result.final)
        finished.push(...result.finished);
      else if (!result.next)
        givenUp++;
      verdicts.push({
        messageId: message.messageId,
        ...!result.final && result.next && { next: result.next },
        reconciled: false
      });
    }
    const { reports, refused } = storableReports(finished.map(reportFromLog));
    const { stored } = await this.store.save(reports, { source: "logs", refused });
    const reconciled = new Set(stored.map((report) => report.messageId));
    await queue.settle(verdicts.map((v) => ({ ...v, reconciled: reconciled.has(v.messageId) })));
    if (reconciled.size > 0)
      this.onReconciled?.(reconciled.size);
    if (givenUp > 0) {
      this.onError(new Error(`${givenUp} messages have no final status in OMNI's logs within their retention; no longer looked up`));
    }
  }
};

// dist/store/reports/ChangeQueue.js
var ChangeQueue = class {
  static {
    __name(this, "ChangeQueue");
  }
  capacity;
  onClose;
  buffered = [];
  /** Readers waiting for the next change, in the order they asked. */
  waiting = [];
  done = false;
  constructor(capacity, onClose) {
    this.capacity = capacity;
    this.onClose = onClose;
  }
  push(value) {
    if (this.done)
      return;
    const resolve = this.waiting.shift();
    if (resolve) {
      resolve({ value, done: false });
      return;
    }
    this.buffered.push(value);
    if (this.buffered.length > this.capacity)
      this.buffered.shift();
  }
  next() {
    const value = this.buffered.shift();
    if (value !== void 0)
      return Promise.resolve({ value, done: false });
    if (this.done)
      return Promise.resolve({ value: void 0, done: true });
    return new Promise((resolve) => {
      this.waiting.push(resolve);
    });
  }
  return() {
    if (!this.done) {
      this.done = true;
      this.buffered.length = 0;
      for (const resolve of this.waiting.splice(0))
        resolve({ value: void 0, done: true });
      this.onClose();
    }
    return Promise.resolve({ value: void 0, done: true });
  }
  [Symbol.asyncIterator]() {
    return this;
  }
};

// dist/store/reports/reportRows.js
var REPORT_COLUMNS = "body, received_at, source";
function toStored(row) {
  return {
    ...row.body,
    receivedAt: new Date(row.received_at),
    ...row.source && { source: row.source }
  };
}
__name(toStored, "toStored");

// dist/store/reports/SqlConditions.js
var SqlConditions = class _SqlConditions {
  static {
    __name(this, "SqlConditions");
  }
  params = [];
  sql = [];
  add(condition, value) {
    this.params.push(value);
    this.sql.push(condition(`$${this.params.length}`));
  }
  copy() {
    const copy = new _SqlConditions();
    copy.params.push(...this.params);
    copy.sql.push(...this.sql);
    return copy;
  }
};

// dist/store/reports/SqlHistory.js
var MESSAGES2 = {
  from: "message_states m",
  columns: "m.message_id, m.bulk_id, m.destination, m.channel, m.status, m.callback_data, m.sent_at",
  key: [
    { column: "m.sent_at", type: "timestamptz" },
    { column: "m.message_id", type: "text" }
  ],
  toItem: toMessage
};
var REPORTS2 = {
  from: "reports r",
  columns: "r.body, r.received_at, r.source",
  key: [
    { column: "r.done_at", type: "timestamptz" },
    { column: "r.message_id", type: "text" },
    { column: "r.channel", type: "text" },
    { column: "r.status_id", type: "integer" }
  ],
  toItem: toStored
};
var BULKS2 = {
  from: "bulks b",
  columns: "b.bulk_id, b.sent_at",
  key: [
    { column: "b.sent_at", type: "timestamptz" },
    { column: "b.bulk_id", type: "text" }
  ],
  toItem: /* @__PURE__ */ __name((row) => ({ bulkId: row.bulk_id, sentAt: new Date(row.sent_at) }), "toItem")
};
function compareKey(where, listing, op, key) {
  const values = listing.key.map(({ type }, i) => {
    where.params.push(key[i]);
    return `$${where.params.length}::${type}`;
  });
  where.sql.push(`(${listing.key.map((k) => k.column).join(", ")}) ${op} (${values.join(", ")})`);
}
__name(compareKey, "compareKey");
var SqlHistory = class {
  static {
    __name(this, "SqlHistory");
  }
  db;
  tenant;
  constructor(db, tenant) {
    this.db = db;
    this.tenant = tenant;
  }
  messages(filter, page) {
    const where = this.scope("m");
    if (filter.statusGroup)
      where.add((p) => `m.status_group = ${p}`, filter.statusGroup);
    if (filter.channel)
      where.add((p) => `m.channel = ${p}`, filter.channel);
    if (filter.destination != null) {
      where.add((p) => `(m.destination = ${p} OR EXISTS (SELECT 1 FROM reports r
          WHERE r.tenant = m.tenant AND r.message_id = m.message_id AND r.destination = ${p}))`, filter.destination);
    }
    if (filter.bulkId != null)
      where.add((p) => `m.bulk_id = ${p}`, filter.bulkId);
    this.sentRange(where, "m.sent_at", filter);
    if (filter.callbackData != null) {
      where.add((p) => `m.callback_data = ${p}`, filter.callbackData);
    }
    return this.page(MESSAGES2, where, page);
  }
  reports(filter, page) {
    const where = this.scope("r");
    if (filter.statusGroup)
      where.add((p) => `r.status_group = ${p}`, filter.statusGroup);
    if (filter.channel)
      where.add((p) => `r.channel = ${p}`, filter.channel);
    if (filter.destination != null) {
      where.add((p) => `r.destination = ${p}`, filter.destination);
    }
    if (filter.bulkId != null)
      where.add((p) => `r.bulk_id = ${p}`, filter.bulkId);
    if (filter.messageIds != null) {
      where.add((p) => `r.message_id IN (SELECT jsonb_array_elements_text(${p}::jsonb))`, JSON.stringify(filter.messageIds));
    }
    this.sentRange(where, "r.sent_at", filter);
    if (filter.callbackData != null) {
      where.add((p) => `r.body->>'callbackData' = ${p}`, filter.callbackData);
    }
    return this.page(REPORTS2, where, page);
  }
  bulks(filter, page) {
    const where = this.scope("b");
    this.sentRange(where, "b.sent_at", filter);
    return this.page(BULKS2, where, page);
  }
  async messagesById(ids) {
    if (ids.length === 0)
      return /* @__PURE__ */ new Map();
    const rows = await this.db.query(`SELECT ${MESSAGES2.columns} FROM ${MESSAGES2.from}
       WHERE m.tenant = $1 AND m.message_id IN (SELECT jsonb_array_elements_text($2::jsonb))`, [this.tenant, JSON.stringify(ids)]);
    return new Map(rows.map((row) => [row.message_id, toMessage(row)]));
  }
  /** The three sums of ReportStore.bulk, for many bulks at once; byStatus in the same order. */
  async bulkTotals(ids) {
    if (ids.length === 0)
      return /* @__PURE__ */ new Map();
    const params = [this.tenant, JSON.stringify(ids)];
    const inIds = "bulk_id IN (SELECT jsonb_array_elements_text($2::jsonb))";
    const [statuses, channels, prices] = await Promise.all([
      this.db.query(`SELECT bulk_id, status_group AS status, count(*)::int AS count FROM message_states
         WHERE tenant = $1 AND ${inIds}
         GROUP BY bulk_id, status_group ORDER BY bulk_id, min(message_id)`, params),
      this.db.query(`SELECT bulk_id, channel, count(*)::int AS attempts,
           (count(*) FILTER (WHERE status_group = 'DELIVERED'))::int AS delivered
         FROM reports WHERE tenant = $1 AND ${inIds} AND status_group <> 'PENDING'
         GROUP BY bulk_id, channel ORDER BY bulk_id, channel`, params),
      this.db.query(`SELECT bulk_id, currency, sum((price_per_message * message_count)::numeric)::float8 AS total
         FROM reports WHERE tenant = $1 AND ${inIds} AND currency IS NOT NULL
           AND status_group <> 'PENDING'
         GROUP BY bulk_id, currency ORDER BY bulk_id, currency`, params)
    ]);
    const totals = /* @__PURE__ */ new Map();
    const of = /* @__PURE__ */ __name((bulkId) => {
      let entry = totals.get(bulkId);
      if (!entry) {
        entry = { bulkId, byStatus: [], byChannel: [], totalPrice: [] };
        totals.set(bulkId, entry);
      }
      return entry;
    }, "of");
    for (const { bulk_id, ...count2 } of statuses)
      of(bulk_id).byStatus.push(count2);
    for (const { bulk_id, ...count2 } of channels)
      of(bulk_id).byChannel.push(count2);
    for (const { bulk_id, currency, total } of prices) {
      of(bulk_id).totalPrice.push({ currency, pricePerMessage: total });
    }
    return totals;
  }
  scope(alias) {
    const where = new SqlConditions();
    where.add((p) => `${alias}.tenant = ${p}`, this.tenant);
    return where;
  }
  sentRange(where, column, range) {
    if (range.sentSince)
      where.add((p) => `${column} >= ${p}`, range.sentSince.toISOString());
    if (range.sentUntil)
      where.add((p) => `${column} <= ${p}`, range.sentUntil.toISOString());
  }
  /**
   * Listing order is newest first (keys descending); a backward page reads ascending from its
   * `before` and turns round. One row more than asked says whether the walk goes on; whether
   * rows lie on the far side of the bound it started from is one EXISTS more, when it had one.
   */
  async page(listing, where, request) {
    const bounded = where.copy();
    if (request.after)
      compareKey(bounded, listing, "<", request.after);
    if (request.before)
      compareKey(bounded, listing, ">", request.before);
    const direction = request.forward ? "DESC" : "ASC";
    const keys = listing.key.map(({ column, type }, i) => type === "timestamptz" ? `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS k${i}` : `${column} AS k${i}`);
    bounded.params.push(request.size + 1);
    const read = this.db.query(`SELECT ${listing.columns}, ${keys.join(", ")} FROM ${listing.from}
       WHERE ${bounded.sql.join(" AND ")}
       ORDER BY ${listing.key.map((k) => `${k.column} ${direction}`).join(", ")}
       LIMIT $${bounded.params.length}`, bounded.params);
    const start = request.forward ? request.after : request.before;
    const beyondStart = start ? this.exists(listing, where, request.forward, start) : false;
    const [rows, behind] = await Promise.all([read, beyondStart]);
    const more = rows.length > request.size;
    const taken = rows.slice(0, request.size);
    if (!request.forward)
      taken.reverse();
    return {
      rows: taken.map((row) => ({
        key: listing.key.map((_, i) => row[`k${i}`]),
        item: listing.toItem(row)
      })),
      hasNext: request.forward ? more : behind,
      hasPrevious: request.forward ? behind : more
    };
  }
  /** Whether a row lies at or beyond `bound` on the side the page turned its back on. */
  async exists(listing, where, forward, bound) {
    const beyond = where.copy();
    compareKey(beyond, listing, forward ? ">=" : "<=", bound);
    const [row] = await this.db.query(`SELECT EXISTS (SELECT 1 FROM ${listing.from} WHERE ${beyond.sql.join(" AND ")}) AS found`, beyond.params);
    return row?.found ?? false;
  }
};
function toMessage(row) {
  return {
    messageId: row.message_id,
    bulkId: row.bulk_id ?? void 0,
    destination: row.destination ?? void 0,
    channel: row.channel ?? void 0,
    status: row.status,
    callbackData: row.callback_data ?? void 0,
    sentAt: new Date(row.sent_at)
  };
}
__name(toMessage, "toMessage");

// dist/store/reports/SqlQuarantine.js
import { createHash as createHash2 } from "node:crypto";

// dist/store/reports/Quarantine.js
function refusedMessageId(refused) {
  const messageId = refused.raw?.messageId;
  return typeof messageId === "string" && messageId && !unstorableContent(messageId) ? messageId.slice(0, 200) : void 0;
}
__name(refusedMessageId, "refusedMessageId");

// dist/store/reports/SqlQuarantine.js
var MAX_RAW_CHARS = 64 * 1024;
var MAX_REASON_CHARS = 500;
var SqlQuarantine = class {
  static {
    __name(this, "SqlQuarantine");
  }
  db;
  tenant;
  constructor(db, tenant) {
    this.db = db;
    this.tenant = tenant;
  }
  async list({ limit, before }) {
    const rows = await this.db.query(`SELECT id::text AS id, message_id, reason, source, received_at, raw FROM report_quarantine
       WHERE tenant = $1 AND ($2::bigint IS NULL OR id < $2::bigint)
       ORDER BY id DESC LIMIT $3`, [this.tenant, before ?? null, limit]);
    return rows.map((row) => ({
      id: row.id,
      ...row.message_id !== null && { messageId: row.message_id },
      reason: row.reason,
      source: row.source,
      receivedAt: new Date(row.received_at),
      raw: row.raw
    }));
  }
};
async function quarantineReports(tx, tenant, source, refused) {
  if (refused.length === 0)
    return 0;
  const rows = refused.map((report) => {
    const json = JSON.stringify(report.raw) ?? "null";
    return {
      digest: createHash2("sha256").update(json).digest("hex"),
      message_id: refusedMessageId(report) ?? null,
      raw: json.length > MAX_RAW_CHARS ? `${json.slice(0, MAX_RAW_CHARS)}\u2026` : json,
      reason: escapeControls(report.reason).slice(0, MAX_REASON_CHARS)
    };
  });
  const inserted = await tx.query(`INSERT INTO report_quarantine (tenant, digest, message_id, raw, reason, source)
     SELECT $2, digest, message_id, raw, reason, $3 FROM jsonb_to_recordset($1::jsonb)
       AS q(digest text, message_id text, raw text, reason text)
     ON CONFLICT (tenant, digest) DO NOTHING
     RETURNING id`, [JSON.stringify(rows), tenant, source]);
  return inserted.length;
}
__name(quarantineReports, "quarantineReports");

// dist/store/reports/SqlReconcileQueue.js
var SqlReconcileQueue = class {
  static {
    __name(this, "SqlReconcileQueue");
  }
  db;
  tenant;
  constructor(db, tenant) {
    this.db = db;
    this.tenant = tenant;
  }
  async schedule({ afterMs, graceMs }) {
    return this.count(`UPDATE message_states SET reconcile_after = least(
         recorded_at + $2::float8 * interval '1 millisecond',
         final_by + $3::float8 * interval '1 millisecond')
       WHERE tenant = $1 AND reconcile_after = '-infinity'
       RETURNING 1`, [this.tenant, afterMs, graceMs]);
  }
  async claim(limit, leaseMs) {
    const rows = await this.db.query(`UPDATE message_states AS m
       SET reconcile_lease_until = now() + $3::float8 * interval '1 millisecond'
       FROM (
         SELECT message_id FROM message_states
         WHERE tenant = $1 AND reconcile_after > '-infinity' AND reconcile_after <= now()
           AND (reconcile_lease_until IS NULL OR reconcile_lease_until <= now())
         ORDER BY reconcile_after
         LIMIT $2
         FOR UPDATE SKIP LOCKED
       ) AS due
       WHERE m.tenant = $1 AND m.message_id = due.message_id
       RETURNING m.message_id, m.recorded_at, m.final_by, m.reconcile_checks`, [this.tenant, limit, leaseMs]);
    return rows.map((row) => ({
      messageId: row.message_id,
      recordedAt: new Date(row.recorded_at),
      finalBy: new Date(row.final_by),
      checks: row.reconcile_checks
    }));
  }
  async settle(verdicts) {
    if (verdicts.length === 0)
      return;
    await this.db.query(`UPDATE message_states AS m SET
         reconcile_after = CASE WHEN m.status_group = 'DELIVERED' THEN NULL ELSE v.next_at END,
         reconcile_checks = m.reconcile_checks + 1,
         reconcile_lease_until = NULL,
         reconciled_at = CASE WHEN v.reconciled THEN coalesce(m.reconciled_at, now())
                              ELSE m.reconciled_at END
       FROM jsonb_to_recordset($2::jsonb) AS v(message_id text, next_at timestamptz, reconciled boolean)
       WHERE m.tenant = $1 AND m.message_id = v.message_id`, [
      this.tenant,
      JSON.stringify(verdicts.map((v) => ({
        message_id: v.messageId,
        next_at: v.next?.toISOString() ?? null,
        reconciled: v.reconciled
      })))
    ]);
  }
  async release(messageIds) {
    if (messageIds.length === 0)
      return;
    await this.db.query(`UPDATE message_states SET reconcile_lease_until = NULL
       WHERE tenant = $1 AND message_id IN (SELECT jsonb_array_elements_text($2::jsonb))`, [this.tenant, JSON.stringify(messageIds)]);
  }
  async soon() {
    return this.count(`UPDATE message_states SET reconcile_after = now()
       WHERE tenant = $1 AND (reconcile_after > now() OR reconcile_after = '-infinity')
       RETURNING 1`, [this.tenant]);
  }
  /** How many rows an UPDATE touched, without sending them all back. */
  async count(update, params) {
    const [row] = await this.db.query(`WITH touched AS (${update}) SELECT count(*)::int AS n FROM touched`, params);
    return row?.n ?? 0;
  }
};

// dist/store/reports/SqlReportStore.js
var LONGEST_STEP_MS = 48 * 36e5;
var FORWARD = `(EXCLUDED.status_group = 'DELIVERED', EXCLUDED.done_at, EXCLUDED.status_group <> 'PENDING')
  > (m.status_group = 'DELIVERED', coalesce(m.done_at, '-infinity'), m.status_group <> 'PENDING')`;
var RECORDED_PER_TRANSACTION = 2500;
var SqlReportStore = class {
  static {
    __name(this, "SqlReportStore");
  }
  db;
  tenant;
  onSaved;
  channel;
  quarantine;
  reconciliation;
  history;
  constructor(db, tenant, onSaved) {
    this.db = db;
    this.tenant = tenant;
    this.onSaved = onSaved;
    this.channel = reportChannelOf(db);
    this.quarantine = new SqlQuarantine(db, tenant);
    this.reconciliation = new SqlReconcileQueue(db, tenant);
    this.history = new SqlHistory(db, tenant);
  }
  /**
   * One transaction for the batch and its refused reports. When PostgreSQL refuses the batch
   * for its data (SQLSTATE class 22: a value out of range, an encoding it cannot take), each
   * report is tried alone and only those refused that way are quarantined; any other failure
   * (the database unreachable) rejects, and the caller keeps the batch to try again.
   */
  async save(reports, options) {
    const outcome = await this.commit(reports, options);
    this.onSaved?.({
      source: options.source,
      stored: outcome.stored.length,
      quarantined: outcome.quarantined
    });
    return outcome;
  }
  async commit(reports, options) {
    const { source } = options;
    const refused = options.refused ?? [];
    if (reports.length === 0 && refused.length === 0)
      return { stored: [], quarantined: 0 };
    try {
      return await this.db.transaction(async (tx) => ({
        stored: await this.insert(tx, reports, source),
        quarantined: await quarantineReports(tx, this.tenant, source, refused)
      }));
    } catch (error) {
      if (!isDataError(error) || reports.length === 0)
        throw error;
    }
    const stored = [];
    const alsoRefused = [];
    for (const report of reports) {
      try {
        stored.push(...await this.db.transaction((tx) => this.insert(tx, [report], source)));
      } catch (error) {
        if (!isDataError(error))
          throw error;
        alsoRefused.push({ raw: report, reason: `refused by the database (${sqlStateOf(error)})` });
      }
    }
    const quarantined = await this.db.transaction((tx) => quarantineReports(tx, this.tenant, source, [...refused, ...alsoRefused]));
    return { stored, quarantined };
  }
  /**
   * A report rebuilt from the logs gives way to the real one when it comes (same attempt, same
   * key), which carries the error the logs lack; a real report is never replaced.
   */
  async insert(tx, reports, source) {
    if (reports.length === 0)
      return [];
    const rows = reports.map((r) => ({
      message_id: r.messageId,
      channel: r.channel,
      status_id: r.status.id,
      done_at: parseOmniDate(r.doneAt).toISOString(),
      status_group: r.status.groupName,
      sent_at: parseOmniDate(r.sentAt).toISOString(),
      bulk_id: r.bulkId ?? null,
      destination: r.to,
      message_count: r.messageCount,
      price_per_message: r.price?.pricePerMessage ?? null,
      currency: r.price?.currency ?? null,
      body: r
    })).sort((a, b) => compareKeys(keyOf(a), keyOf(b)));
    const inserted = await tx.query(`INSERT INTO reports AS old (tenant, message_id, channel, status_id, done_at, status_group,
         sent_at, bulk_id, destination, message_count, price_per_message, currency, body, source)
       SELECT $2, message_id, channel, status_id, done_at, status_group, sent_at, bulk_id,
         destination, message_count, price_per_message, currency, body, $3
       FROM jsonb_to_recordset($1::jsonb) AS r(message_id text, channel text, status_id integer,
         done_at timestamptz, status_group text, sent_at timestamptz, bulk_id text,
         destination text, message_count integer, price_per_message double precision,
         currency text, body jsonb)
       ON CONFLICT (tenant, message_id, channel, status_id, done_at) DO UPDATE SET
         body = EXCLUDED.body, source = EXCLUDED.source, sent_at = EXCLUDED.sent_at,
         bulk_id = EXCLUDED.bulk_id, destination = EXCLUDED.destination,
         message_count = EXCLUDED.message_count, price_per_message = EXCLUDED.price_per_message,
         currency = EXCLUDED.currency, received_at = now()
       WHERE old.source = 'logs' AND EXCLUDED.source <> 'logs'
       RETURNING ${REPORT_COLUMNS}`, [JSON.stringify(rows), this.tenant, source]);
    if (inserted.length === 0)
      return [];
    const fresh = inserted.map(toStored);
    const destinations = new Map(fresh.map((r) => [r.messageId, r.to]));
    const callbackData = new Map(fresh.flatMap((r) => r.callbackData === void 0 ? [] : [[r.messageId, r.callbackData]]));
    const ids = [...new Set(fresh.map((r) => r.messageId))].sort();
    const before = await tx.query(`SELECT message_id, bulk_id, channel, status, done_at FROM message_states
       WHERE tenant = $2 AND message_id IN (SELECT jsonb_array_elements_text($1::jsonb))
       ORDER BY message_id FOR UPDATE`, [JSON.stringify(ids), this.tenant]);
    const progress = new Map(before.map((row) => [row.message_id, { ...toState(row), doneAt: row.done_at ?? void 0 }]));
    const notices = [];
    for (const report of [...fresh].sort(byDoneAt)) {
      const current = progress.get(report.messageId);
      const candidate = {
        messageId: report.messageId,
        bulkId: report.bulkId ?? current?.bulkId,
        channel: report.channel,
        status: report.status,
        doneAt: parseOmniDate(report.doneAt)
      };
      const next = current && !isAhead(candidate, current) ? current : candidate;
      progress.set(report.messageId, next);
      const { doneAt: _doneAt, ...state } = next;
      notices.push({
        tenant: this.tenant,
        key: {
          messageId: report.messageId,
          bulkId: report.bulkId,
          channel: report.channel,
          statusId: report.status.id,
          doneAt: report.doneAt
        },
        state
      });
    }
    await tx.query(`INSERT INTO message_states AS m (tenant, message_id, bulk_id, destination, channel,
         status_group, status, done_at, callback_data)
       SELECT $2, message_id, bulk_id, destination, channel, status_group, status, done_at,
         callback_data
       FROM jsonb_to_recordset($1::jsonb) AS r(message_id text, bulk_id text, destination text,
         channel text, status_group text, status jsonb, done_at timestamptz, callback_data text)
       ORDER BY message_id
       ON CONFLICT (tenant, message_id) DO UPDATE SET
         bulk_id = coalesce(EXCLUDED.bulk_id, m.bulk_id), destination = EXCLUDED.destination,
         callback_data = coalesce(m.callback_data, EXCLUDED.callback_data),
         channel = EXCLUDED.channel, status_group = EXCLUDED.status_group,
         status = EXCLUDED.status, done_at = EXCLUDED.done_at, updated_at = now(),
         reconcile_after = CASE WHEN EXCLUDED.status_group = 'DELIVERED' THEN NULL
                                ELSE m.reconcile_after END
       WHERE ${FORWARD}`, [
      JSON.stringify(ids.map((id) => {
        const state = progress.get(id);
        return {
          message_id: id,
          bulk_id: state.bulkId ?? null,
          destination: destinations.get(id),
          channel: state.channel ?? null,
          status_group: state.status.groupName,
          status: state.status,
          done_at: state.doneAt?.toISOString() ?? null,
          callback_data: callbackData.get(id) ?? null
        };
      })),
      this.tenant
    ]);
    await recordBulks(tx, this.tenant, ids.map((id) => progress.get(id).bulkId));
    await tx.query("SELECT pg_notify($1, payload) FROM jsonb_array_elements_text($2::jsonb) AS payload", [this.channel, JSON.stringify(notices.map((n) => JSON.stringify(n)))]);
    return fresh;
  }
  /**
   * Also puts each message in the reconciliation queue (`reconcile_after` '-infinity': first
   * look not set yet), unless a report that delivered it came first, and gives its bulk a row.
   */
  async recordSent(messages) {
    if (messages.length === 0)
      return;
    await recordBulks(this.db, this.tenant, messages.map((m) => m.bulkId));
    const parts = [];
    for (let at = 0; at < messages.length; at += RECORDED_PER_TRANSACTION) {
      parts.push(messages.slice(at, at + RECORDED_PER_TRANSACTION));
    }
    await Promise.all(parts.map((part) => this.recordMessages(this.db, part)));
  }
  async recordMessages(tx, messages) {
    await tx.query(`INSERT INTO message_states AS m (tenant, message_id, bulk_id, destination, status_group,
         status, recorded_at, final_by, reconcile_after, callback_data)
       SELECT $2, message_id, bulk_id, destination, status->>'groupName', status, now(),
         coalesce(final_by, now() + $3::float8 * interval '1 millisecond'), '-infinity',
         callback_data
       FROM jsonb_to_recordset($1::jsonb)
         AS r(message_id text, bulk_id text, destination text, status jsonb, final_by timestamptz,
           callback_data text)
       ON CONFLICT (tenant, message_id) DO UPDATE SET
         recorded_at = EXCLUDED.recorded_at, final_by = EXCLUDED.final_by,
         callback_data = coalesce(m.callback_data, EXCLUDED.callback_data),
         reconcile_after = CASE WHEN m.status_group = 'DELIVERED' THEN NULL
                                ELSE EXCLUDED.reconcile_after END
       WHERE m.recorded_at IS NULL`, [
      JSON.stringify(messages.map((m) => ({
        message_id: m.messageId,
        bulk_id: m.bulkId ?? null,
        destination: m.to,
        status: m.status,
        final_by: m.finalBy?.toISOString() ?? null,
        callback_data: m.callbackData ?? null
      }))),
      this.tenant,
      LONGEST_STEP_MS
    ]);
  }
  async find(filter) {
    const where = new SqlConditions();
    where.add((n) => `tenant = ${n}`, this.tenant);
    if (filter.bulkId != null)
      where.add((n) => `bulk_id = ${n}`, filter.bulkId);
    if (filter.messageIds != null) {
      where.add((n) => `message_id IN (SELECT jsonb_array_elements_text(${n}::jsonb))`, JSON.stringify(filter.messageIds));
    }
    if (filter.channel != null)
      where.add((n) => `channel = ${n}`, filter.channel);
    const { params, sql } = where;
    params.push(filter.limit);
    const rows = await this.db.query(`SELECT ${REPORT_COLUMNS} FROM reports
       WHERE ${sql.join(" AND ")}
       ORDER BY done_at DESC, received_at DESC
       LIMIT $${params.length}`, params);
    return rows.map(toStored);
  }
  async byMessageIds(ids) {
    const result = /* @__PURE__ */ new Map();
    if (ids.length === 0)
      return result;
    const rows = await this.db.query(`SELECT ${REPORT_COLUMNS} FROM reports
       WHERE tenant = $2 AND message_id IN (SELECT jsonb_array_elements_text($1::jsonb))
       ORDER BY message_id, done_at, sent_at`, [JSON.stringify(ids), this.tenant]);
    for (const row of rows) {
      const report = toStored(row);
      const list = result.get(report.messageId);
      if (list)
        list.push(report);
      else
        result.set(report.messageId, [report]);
    }
    return result;
  }
  async statesOf(ids) {
    if (ids.length === 0)
      return /* @__PURE__ */ new Map();
    const rows = await this.db.query(`SELECT message_id, bulk_id, channel, status FROM message_states
       WHERE tenant = $2 AND message_id IN (SELECT jsonb_array_elements_text($1::jsonb))`, [JSON.stringify(ids), this.tenant]);
    return new Map(rows.map((row) => [row.message_id, toState(row)]));
  }
  async bulk(bulkId) {
    const [messages, channels, prices] = await Promise.all([
      this.db.query(`SELECT message_id, status_group FROM message_states
         WHERE tenant = $2 AND bulk_id = $1 ORDER BY message_id`, [bulkId, this.tenant]),
      this.db.query(`SELECT channel, count(*)::int AS attempts,
           (count(*) FILTER (WHERE status_group = 'DELIVERED'))::int AS delivered
         FROM reports WHERE tenant = $2 AND bulk_id = $1 AND status_group <> 'PENDING'
         GROUP BY channel ORDER BY channel`, [bulkId, this.tenant]),
      // Final reports only, the attempts byChannel counts: a price totals what those cost.
      this.db.query(`SELECT currency, sum((price_per_message * message_count)::numeric)::float8 AS total
         FROM reports WHERE tenant = $2 AND bulk_id = $1 AND currency IS NOT NULL
           AND status_group <> 'PENDING'
         GROUP BY currency ORDER BY currency`, [bulkId, this.tenant])
    ]);
    if (messages.length === 0)
      return void 0;
    const counts = /* @__PURE__ */ new Map();
    for (const m of messages)
      counts.set(m.status_group, (counts.get(m.status_group) ?? 0) + 1);
    return {
      bulkId,
      messageIds: messages.map((m) => m.message_id),
      byStatus: [...counts].map(([status, count2]) => ({ status, count: count2 })),
      byChannel: channels,
      totalPrice: prices.map((p) => ({ currency: p.currency, pricePerMessage: p.total }))
    };
  }
  async change({ key, state }) {
    const [row] = await this.db.query(`SELECT ${REPORT_COLUMNS} FROM reports
       WHERE tenant = $5 AND message_id = $1 AND channel = $2 AND status_id = $3 AND done_at = $4`, [
      key.messageId,
      key.channel,
      key.statusId,
      parseOmniDate(key.doneAt).toISOString(),
      this.tenant
    ]);
    return row && { report: toStored(row), state };
  }
};
async function recordBulks(tx, tenant, bulkIds) {
  const unique = [...new Set(bulkIds.filter((id) => id !== void 0))].sort();
  if (unique.length === 0)
    return;
  await tx.query(`INSERT INTO bulks (tenant, bulk_id)
     SELECT $1, bulk_id FROM jsonb_array_elements_text($2::jsonb) WITH ORDINALITY AS b(bulk_id, n)
     ORDER BY n
     ON CONFLICT (tenant, bulk_id) DO NOTHING`, [tenant, JSON.stringify(unique)]);
}
__name(recordBulks, "recordBulks");
function reportChannelOf(db) {
  return `${db.namespace}_report_stored`;
}
__name(reportChannelOf, "reportChannelOf");
function isAhead(next, current) {
  const rank = /* @__PURE__ */ __name((p) => [
    p.status.groupName === "DELIVERED" ? 1 : 0,
    p.doneAt?.getTime() ?? -Infinity,
    p.status.groupName === "PENDING" ? 0 : 1
  ], "rank");
  const [a, b] = [rank(next), rank(current)];
  for (let i = 0; i < a.length; i++)
    if (a[i] !== b[i])
      return a[i] > b[i];
  return false;
}
__name(isAhead, "isAhead");
function byDoneAt(a, b) {
  return parseOmniDate(a.doneAt).getTime() - parseOmniDate(b.doneAt).getTime();
}
__name(byDoneAt, "byDoneAt");
function keyOf(row) {
  return [row.message_id, row.channel, row.status_id, row.done_at];
}
__name(keyOf, "keyOf");
function compareKeys(a, b) {
  for (let i = 0; i < a.length; i++) {
    if (a[i] < b[i])
      return -1;
    if (a[i] > b[i])
      return 1;
  }
  return 0;
}
__name(compareKeys, "compareKeys");
function isDataError(error) {
  return /^22[0-9A-Z]{3}$/.test(sqlStateOf(error));
}
__name(isDataError, "isDataError");
function sqlStateOf(error) {
  const code = error?.code;
  return typeof code === "string" ? code : "";
}
__name(sqlStateOf, "sqlStateOf");
function toState(row) {
  return {
    messageId: row.message_id,
    bulkId: row.bulk_id ?? void 0,
    channel: row.channel ?? void 0,
    status: row.status
  };
}
__name(toState, "toState");

// dist/store/reports/StatusFeed.js
var QUEUE_CAPACITY = 1e3;
var StatusFeed = class {
  static {
    __name(this, "StatusFeed");
  }
  db;
  storeOf;
  onError;
  byMessage = /* @__PURE__ */ new Map();
  byBulk = /* @__PURE__ */ new Map();
  handled = Promise.resolve();
  unlisten;
  constructor(db, storeOf, onError) {
    this.db = db;
    this.storeOf = storeOf;
    this.onError = onError;
  }
  async start() {
    this.unlisten = await this.db.listen(reportChannelOf(this.db), (payload) => {
      this.handled = this.handled.then(() => this.deliver(payload)).catch(this.onError);
    });
  }
  async stop() {
    await this.unlisten?.();
    await this.handled;
    for (const queues of [...this.byMessage.values(), ...this.byBulk.values()]) {
      for (const queue of queues)
        await queue.return();
    }
  }
  forTenant(tenant) {
    return { subscribe: /* @__PURE__ */ __name((topic) => this.subscribe(tenant, topic), "subscribe") };
  }
  subscribe(tenant, topic) {
    const [index, id] = "messageId" in topic ? [this.byMessage, topicKey(tenant, topic.messageId)] : [this.byBulk, topicKey(tenant, topic.bulkId)];
    const queue = new ChangeQueue(QUEUE_CAPACITY, () => {
      const set2 = index.get(id);
      set2?.delete(queue);
      if (set2?.size === 0)
        index.delete(id);
    });
    const set = index.get(id) ?? /* @__PURE__ */ new Set();
    set.add(queue);
    index.set(id, set);
    return queue;
  }
  async deliver(payload) {
    const notice = JSON.parse(payload);
    const { key, tenant } = notice;
    const queues = [
      ...this.byMessage.get(topicKey(tenant, key.messageId)) ?? [],
      ...key.bulkId && this.byBulk.get(topicKey(tenant, key.bulkId)) || []
    ];
    if (queues.length === 0)
      return;
    const change = await this.storeOf(tenant)?.change(notice);
    if (!change)
      return;
    for (const queue of queues)
      queue.push(change);
  }
};
function topicKey(tenant, id) {
  return JSON.stringify([tenant, id]);
}
__name(topicKey, "topicKey");

// dist/server/answerAfterWrites.js
function answerAfterWrites() {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue }) {
          await contextValue.writesBeforeAnswer.settled();
        }
      };
    }
  };
}
__name(answerAfterWrites, "answerAfterWrites");

// dist/server/auth/callerErrors.js
import { GraphQLError as GraphQLError6 } from "graphql";
function unauthenticated(error) {
  if (error.status === 503) {
    return new GraphQLError6("Credentials cannot be checked right now. Try again later.", {
      extensions: { code: "UPSTREAM_UNAVAILABLE", reason: error.reason, http: { status: 503 } }
    });
  }
  return new GraphQLError6(error.message, {
    extensions: {
      code: "UNAUTHENTICATED",
      reason: error.reason,
      http: {
        status: 401,
        headers: /* @__PURE__ */ new Map([["www-authenticate", 'Bearer realm="omni-gateway"']])
      }
    }
  });
}
__name(unauthenticated, "unauthenticated");
function unknownTenant() {
  return new GraphQLError6("The caller's tenant is not configured on this gateway.", {
    extensions: { code: "FORBIDDEN", http: { status: 403 } }
  });
}
__name(unknownTenant, "unknownTenant");

// dist/server/graphqlPost.js
import { createBrotliDecompress, createGunzip, createInflate } from "node:zlib";
import { HeaderMap } from "@apollo/server";

// dist/server/jsonErrors.js
function writeRequestError(res, reportedStatus) {
  const status = typeof reportedStatus === "number" && reportedStatus >= 400 && reportedStatus < 500 ? reportedStatus : 500;
  const body = JSON.stringify({
    errors: [
      {
        message: MESSAGES3[status] ?? (status === 500 ? "Internal server error." : "Bad request."),
        extensions: { code: status === 500 ? "INTERNAL_SERVER_ERROR" : "BAD_REQUEST" }
      }
    ]
  });
  res.statusCode = status;
  res.setHeader("content-type", "application/json; charset=utf-8");
  res.setHeader("content-length", Buffer.byteLength(body));
  res.end(body);
}
__name(writeRequestError, "writeRequestError");
var MESSAGES3 = {
  400: "Malformed request body.",
  413: "Request body too large.",
  415: "Unsupported request body encoding or charset."
};
var jsonErrors = /* @__PURE__ */ __name((error, _req, res, _next) => {
  writeRequestError(res, error?.status);
}, "jsonErrors");

// dist/server/graphqlPost.js
var BodyRefused = class extends Error {
  static {
    __name(this, "BodyRefused");
  }
  status;
  constructor(status) {
    super(`request body refused with ${status}`);
    this.status = status;
  }
};
function graphqlPost(options) {
  const { path: path2, before } = options;
  const trailing = `${path2}/`;
  return (req, res) => {
    if (req.method !== "POST")
      return false;
    const url = req.url ?? "";
    const query = url.indexOf("?");
    const pathname = query === -1 ? url : url.slice(0, query);
    if (pathname !== path2 && pathname !== trailing)
      return false;
    const search = query === -1 ? "" : url.slice(query);
    const serve = /* @__PURE__ */ __name(() => {
      respond(req, res, search, options).catch((error) => {
        options.onUnexpected(error);
        if (!res.headersSent)
          writeRequestError(res, 500);
        else
          res.destroy();
      });
    }, "serve");
    if (before)
      before(req, res, serve);
    else
      serve();
    return true;
  };
}
__name(graphqlPost, "graphqlPost");
async function respond(req, res, search, { apollo, bodyLimitBytes, context }) {
  let body;
  try {
    body = await readJsonBody(req, bodyLimitBytes);
  } catch (error) {
    if (!(error instanceof BodyRefused))
      throw error;
    await drained(req);
    writeRequestError(res, error.status);
    return;
  }
  const headers = new HeaderMap();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== void 0)
      headers.set(name, Array.isArray(value) ? value.join(", ") : value);
  }
  const answer2 = await apollo.executeHTTPGraphQLRequest({
    httpGraphQLRequest: { method: "POST", headers, search, body },
    context: /* @__PURE__ */ __name(() => context(req, body), "context")
  });
  for (const [name, value] of answer2.headers)
    res.setHeader(name, value);
  res.statusCode = answer2.status ?? 200;
  if (answer2.body.kind === "complete") {
    res.setHeader("content-length", Buffer.byteLength(answer2.body.string));
    res.end(answer2.body.string);
    return;
  }
  for await (const chunk of answer2.body.asyncIterator)
    res.write(chunk);
  res.end();
}
__name(respond, "respond");
var JSON_TYPE = "application/json";
async function readJsonBody(req, limit) {
  const type = req.headers["content-type"];
  if (type === void 0)
    return void 0;
  const [essence, ...parameters] = type.split(";");
  if (essence.trim().toLowerCase() !== JSON_TYPE)
    return void 0;
  for (const parameter of parameters) {
    const [name, value] = parameter.split("=");
    if (name.trim().toLowerCase() !== "charset")
      continue;
    const charset = value?.trim().replace(/^"|"$/g, "").toLowerCase();
    if (charset !== "utf-8" && charset !== "utf8")
      throw new BodyRefused(415);
  }
  const encoding = (req.headers["content-encoding"] ?? "identity").trim().toLowerCase();
  const declared = Number(req.headers["content-length"]);
  if (encoding === "identity" && declared > limit)
    throw new BodyRefused(413);
  const text = (await readAll(decoded(req, encoding), limit)).toString("utf8");
  const first = text.search(/\S/);
  if (first === -1)
    return {};
  if (text[first] !== "{" && text[first] !== "[")
    throw new BodyRefused(400);
  try {
    return JSON.parse(text);
  } catch {
    throw new BodyRefused(400);
  }
}
__name(readJsonBody, "readJsonBody");
function decoded(req, encoding) {
  switch (encoding) {
    case "identity":
      return req;
    case "gzip":
      return req.pipe(createGunzip());
    case "deflate":
      return req.pipe(createInflate());
    case "br":
      return req.pipe(createBrotliDecompress());
    default:
      throw new BodyRefused(415);
  }
}
__name(decoded, "decoded");
function readAll(stream, limit) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    let length = 0;
    const stop = /* @__PURE__ */ __name(() => {
      stream.off("data", onData).off("end", onEnd).off("error", onError);
    }, "stop");
    const onData = /* @__PURE__ */ __name((chunk) => {
      length += chunk.length;
      if (length <= limit) {
        chunks.push(chunk);
        return;
      }
      stop();
      stream.pause();
      reject(new BodyRefused(413));
    }, "onData");
    const onEnd = /* @__PURE__ */ __name(() => {
      stop();
      resolve(chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, length));
    }, "onEnd");
    const onError = /* @__PURE__ */ __name(() => {
      stop();
      reject(new BodyRefused(400));
    }, "onError");
    stream.on("data", onData).on("end", onEnd).on("error", onError);
  });
}
__name(readAll, "readAll");
function drained(req) {
  if (req.readableEnded || req.destroyed)
    return Promise.resolve();
  return new Promise((resolve) => {
    req.unpipe();
    req.once("end", resolve).once("close", resolve).once("error", resolve);
    req.resume();
  });
}
__name(drained, "drained");

// dist/server/metrics/graphqlMetrics.js
import { performance } from "node:perf_hooks";
import { getOperationAST, GraphQLError as GraphQLError7 } from "graphql";
var ERROR_CODE = /^[A-Z][A-Z0-9_]{0,63}$/;
var graphqlMetrics = /* @__PURE__ */ __name((metrics) => ({
  async requestDidStart() {
    const started = performance.now();
    return {
      async willSendResponse({ operation: operation2, document, request, response }) {
        const type = operation2?.operation ?? (document && getOperationAST(document, request.operationName)?.operation);
        metrics.graphqlRequest({ operationType: type ?? "unknown", errorCode: codeOf(firstErrorOf(response)) }, (performance.now() - started) / 1e3);
      }
    };
  },
  async contextCreationDidFail({ error }) {
    metrics.graphqlRequest({
      operationType: "unknown",
      errorCode: refusalCodeOf(error, "INTERNAL_SERVER_ERROR")
    });
  },
  async invalidRequestWasReceived({ error }) {
    metrics.graphqlRequest({
      operationType: "unknown",
      errorCode: refusalCodeOf(error, "BAD_REQUEST")
    });
  }
}), "graphqlMetrics");
function firstErrorOf(response) {
  const { body } = response;
  const errors = body.kind === "single" ? body.singleResult.errors : body.initialResult.errors;
  return errors?.[0];
}
__name(firstErrorOf, "firstErrorOf");
function refusalCodeOf(error, fallback) {
  return error instanceof GraphQLError7 && error.extensions.code !== void 0 ? codeOf(error) : fallback;
}
__name(refusalCodeOf, "refusalCodeOf");
function codeOf(error) {
  if (!error)
    return "none";
  const code = error.extensions?.code;
  return typeof code === "string" && ERROR_CODE.test(code) ? code : "OTHER";
}
__name(codeOf, "codeOf");

// dist/server/metrics/serveMetrics.js
import { createServer } from "node:http";
var METRICS_PATH = "/metrics";
async function serveMetrics(registry, listen) {
  const server = createServer((req, res) => {
    const path2 = new URL(req.url ?? "/", "http://metrics").pathname;
    if (path2 !== METRICS_PATH) {
      res.writeHead(404, { "content-type": "text/plain" }).end("Not found.\n");
      return;
    }
    if (req.method !== "GET") {
      res.writeHead(405, { allow: "GET", "content-type": "text/plain" }).end("Use GET.\n");
      return;
    }
    registry.metrics().then((text) => res.writeHead(200, { "content-type": registry.contentType }).end(text), () => res.writeHead(500, { "content-type": "text/plain" }).end("Metrics unavailable.\n"));
  });
  server.requestTimeout = 1e4;
  server.headersTimeout = 5e3;
  await new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(listen.port, listen.host, resolve);
  });
  const { port } = server.address();
  const host = listen.host.includes(":") ? `[${listen.host}]` : listen.host;
  return {
    url: `http://${host}:${port}${METRICS_PATH}`,
    close: /* @__PURE__ */ __name(() => new Promise((resolve, reject) => {
      server.close((error) => error ? reject(error) : resolve());
      server.closeAllConnections();
    }), "close")
  };
}
__name(serveMetrics, "serveMetrics");

// dist/server/probes.js
import { Router } from "express";

// dist/store/reports/intakeCounts.js
async function intakeCounts(db, tenants) {
  const served = JSON.stringify(tenants);
  const [quarantined, reconciled] = await Promise.all([
    db.query(`SELECT tenant, count(*)::int AS n FROM report_quarantine
       WHERE tenant IN (SELECT jsonb_array_elements_text($1::jsonb)) GROUP BY tenant`, [served]),
    db.query(`SELECT tenant, count(*)::int AS n FROM message_states
       WHERE reconciled_at IS NOT NULL AND tenant IN (SELECT jsonb_array_elements_text($1::jsonb))
       GROUP BY tenant`, [served])
  ]);
  const count2 = /* @__PURE__ */ __name((rows, tenant) => rows.find((row) => row.tenant === tenant)?.n ?? 0, "count");
  return Object.fromEntries(tenants.map((tenant) => [
    tenant,
    { quarantined: count2(quarantined, tenant), reconciled: count2(reconciled, tenant) }
  ]));
}
__name(intakeCounts, "intakeCounts");
var HEALTH_QUERY_MS = 2e3;
async function intakeHealth(db, tenants) {
  let timer;
  const late = new Promise((resolve) => {
    timer = setTimeout(() => resolve("unavailable"), HEALTH_QUERY_MS);
  });
  try {
    return await Promise.race([intakeCounts(db, tenants), late]);
  } catch {
    return "unavailable";
  } finally {
    clearTimeout(timer);
  }
}
__name(intakeHealth, "intakeHealth");

// dist/server/probes.js
function probes({ tenants, db, draining }) {
  const router = Router();
  router.get("/health", async (_req, res) => {
    res.json({
      status: "ok",
      details: {
        upstream: Object.fromEntries(tenants.all().map((t) => [t.id, t.client.circuitOpen ? "circuit open" : "closed"])),
        // Per tenant: reports quarantined, messages reconciled from the logs.
        intake: await intakeHealth(db, tenants.all().map(({ id }) => id))
      }
    });
  });
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
__name(probes, "probes");

// dist/server/playground.js
import { existsSync } from "node:fs";
import path from "node:path";
import express, { Router as Router2 } from "express";
var PLAYGROUND_PATH = "/playground";
var RELAYED = [
  { method: "GET", pattern: /^\/sandbox\/clock$/ },
  { method: "PUT", pattern: /^\/sandbox\/clock$/ },
  { method: "POST", pattern: /^\/sandbox\/clock\/advance$/ },
  { method: "GET", pattern: /^\/sandbox\/contacts$/ },
  { method: "PUT", pattern: /^\/sandbox\/contacts\/[0-9]{1,20}$/ },
  { method: "DELETE", pattern: /^\/sandbox\/contacts\/[0-9]{1,20}$/ },
  { method: "GET", pattern: /^\/sandbox\/devices$/, perAccount: true }
];
var RELAY_TIMEOUT_MS = 5e3;
function playground(options, authenticator) {
  const router = Router2();
  router.use(PLAYGROUND_PATH, (req, res, next) => {
    res.setHeader("Content-Security-Policy", contentSecurityPolicy(req));
    res.setHeader("X-Content-Type-Options", "nosniff");
    res.setHeader("Referrer-Policy", "no-referrer");
    res.setHeader("Cache-Control", "no-cache");
    next();
  });
  const { sandbox } = options;
  router.use(`${PLAYGROUND_PATH}/sandbox`, express.json({ limit: "16kb" }), async (req, res) => {
    const route = `/sandbox${req.path}`;
    const relayed = RELAYED.find((r) => r.method === req.method && r.pattern.test(route));
    if (!sandbox || !relayed) {
      res.status(404).json({ error: "NOT_FOUND" });
      return;
    }
    let tenant;
    try {
      tenant = (await authenticator.authenticate({ headers: req.headers })).tenant;
    } catch (error) {
      if (!(error instanceof AuthenticationError))
        throw error;
      res.status(error.status).json({ error: error.reason });
      return;
    }
    if (!sandbox.accounts.includes(tenant)) {
      res.status(404).json({ error: "NOT_FOUND" });
      return;
    }
    const target = new URL(route, sandbox.adminUrl);
    if (relayed.perAccount)
      target.searchParams.set("account", tenant);
    const answer2 = await fetch(target, {
      method: req.method,
      headers: { "content-type": "application/json" },
      body: req.method === "GET" || req.method === "DELETE" ? void 0 : JSON.stringify(req.body),
      signal: AbortSignal.timeout(RELAY_TIMEOUT_MS)
    }).catch(() => void 0);
    if (!answer2) {
      res.status(502).json({ error: "SANDBOX_UNAVAILABLE" });
      return;
    }
    res.status(answer2.status);
    if (answer2.status === 204)
      res.end();
    else
      res.type("application/json").send(await answer2.text());
  });
  if (existsSync(path.join(options.dir, "index.html"))) {
    router.use(PLAYGROUND_PATH, express.static(options.dir, { index: "index.html" }));
  } else {
    router.get(PLAYGROUND_PATH, (_req, res) => {
      res.status(404).type("text/plain").send("The playground is not built: run node web/build.mjs.");
    });
  }
  return router;
}
__name(playground, "playground");
function contentSecurityPolicy(req) {
  const host = req.headers.host;
  const sockets = host && /^[A-Za-z0-9.-]+(:[0-9]{1,5})?$|^\[[0-9A-Fa-f:.]+\](:[0-9]{1,5})?$/.test(host) ? ` ws://${host} wss://${host}` : "";
  return [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self'",
    `connect-src 'self'${sockets}`,
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'"
  ].join("; ");
}
__name(contentSecurityPolicy, "contentSecurityPolicy");

// dist/server/routerOnlyFields.js
import { GraphQLError as GraphQLError8, Kind as Kind2 } from "graphql";
var ROUTER_FIELDS = /* @__PURE__ */ new Set(["_service", "_entities"]);
var routerOnlyFields = /* @__PURE__ */ __name((routerSecretSet) => ({
  async requestDidStart() {
    return {
      async didResolveOperation({ operation: operation2, document, contextValue }) {
        if (!routerSecretSet || contextValue.viaRouter || !operation2)
          return;
        if (!asksFor(operation2.selectionSet, fragmentsOf(document), /* @__PURE__ */ new Set()))
          return;
        throw new GraphQLError8("_service and _entities answer only the router.", {
          extensions: {
            code: "UNAUTHENTICATED",
            reason: "ROUTER_SECRET_REQUIRED",
            http: { status: 401 }
          }
        });
      }
    };
  }
}), "routerOnlyFields");
function fragmentsOf(document) {
  const fragments = /* @__PURE__ */ new Map();
  for (const definition of document.definitions) {
    if (definition.kind === Kind2.FRAGMENT_DEFINITION) {
      fragments.set(definition.name.value, definition);
    }
  }
  return fragments;
}
__name(fragmentsOf, "fragmentsOf");
function asksFor(selectionSet, fragments, visited) {
  return selectionSet.selections.some((selection) => {
    if (selection.kind === Kind2.FIELD)
      return ROUTER_FIELDS.has(selection.name.value);
    if (selection.kind === Kind2.INLINE_FRAGMENT) {
      return asksFor(selection.selectionSet, fragments, visited);
    }
    const name = selection.name.value;
    const fragment = fragments.get(name);
    if (!fragment || visited.has(name))
      return false;
    visited.add(name);
    return asksFor(fragment.selectionSet, fragments, visited);
  });
}
__name(asksFor, "asksFor");

// dist/server/subscriptions.js
import { getOperationAST as getOperationAST2, GraphQLError as GraphQLError9, parse as parse2, specifiedRules, validate } from "graphql";
import { CloseCode } from "graphql-ws";
import { useServer } from "graphql-ws/use/ws";
import { WebSocketServer } from "ws";
var MAX_SUBSCRIPTIONS_PER_SOCKET = 20;
var MAX_TIMER_MS = 2 ** 31 - 1;
var TRY_AGAIN_LATER = 1013;
function serveSubscriptions(options) {
  const wss = new WebSocketServer({
    server: options.httpServer,
    path: options.path,
    maxPayload: options.maxPayloadBytes
  });
  const format = /* @__PURE__ */ __name((errors) => errors.map((error) => options.formatError(error.toJSON(), error)), "format");
  const server = useServer({
    schema: options.schema,
    // Authenticated once per socket, at connection_init, with the same verifier as over HTTP;
    // the credential travels in connectionParams (browsers cannot set headers on a websocket)
    // or in the upgrade request's headers (routers).
    onConnect: /* @__PURE__ */ __name(async (ctx) => {
      const { socket, request } = ctx.extra;
      let principal;
      try {
        principal = await options.authenticate({
          headers: { ...request.headers, ...headersOf(ctx.connectionParams) }
        });
        options.context(principal);
      } catch (error) {
        if (error instanceof AuthenticationError) {
          const code = error.status === 503 ? TRY_AGAIN_LATER : CloseCode.Unauthorized;
          socket.close(code, closeReason(error.message));
        } else {
          socket.close(CloseCode.Forbidden, "The caller's tenant is not configured.");
        }
        return false;
      }
      if (ctx.extra.closed)
        return false;
      ctx.extra.principal = principal;
      if (principal.expiresAt) {
        const left = principal.expiresAt.getTime() - Date.now();
        ctx.extra.expiry = setTimeout(() => socket.close(CloseCode.Unauthorized, "Token expired"), Math.min(Math.max(left, 0), MAX_TIMER_MS));
        ctx.extra.expiry.unref();
      }
      return true;
    }, "onConnect"),
    onClose: /* @__PURE__ */ __name((ctx) => {
      ctx.extra.closed = true;
      clearTimeout(ctx.extra.expiry);
    }, "onClose"),
    context: /* @__PURE__ */ __name((ctx) => options.context(ctx.extra.principal), "context"),
    // Parsed and validated here rather than by graphql-ws, which would parse without a cap.
    onSubscribe: /* @__PURE__ */ __name((ctx, _id, payload) => {
      if (Object.keys(ctx.subscriptions).length > MAX_SUBSCRIPTIONS_PER_SOCKET) {
        return [
          new GraphQLError9(`At most ${MAX_SUBSCRIPTIONS_PER_SOCKET} subscriptions per connection.`, { extensions: { code: "BAD_REQUEST" } })
        ];
      }
      let document;
      try {
        document = parse2(payload.query, { maxTokens: options.maxTokens });
      } catch (error) {
        return [
          new GraphQLError9(error instanceof GraphQLError9 ? error.message : "Syntax error.", {
            extensions: { code: "GRAPHQL_PARSE_FAILED" }
          })
        ];
      }
      if (getOperationAST2(document, payload.operationName)?.operation !== "subscription") {
        return [
          new GraphQLError9("Only subscriptions are served over the websocket; use HTTP.", {
            extensions: { code: "BAD_REQUEST" }
          })
        ];
      }
      const invalid = validate(options.schema, document, [
        ...specifiedRules,
        ...options.validationRules
      ]);
      if (invalid.length) {
        return invalid.map((error) => new GraphQLError9(error.message, {
          nodes: error.nodes,
          extensions: { ...error.extensions, code: "GRAPHQL_VALIDATION_FAILED" }
        }));
      }
      return {
        schema: options.schema,
        document,
        operationName: payload.operationName,
        variableValues: payload.variables
      };
    }, "onSubscribe"),
    onError: /* @__PURE__ */ __name((_ctx, _id, _payload, errors) => format(errors), "onError"),
    onNext: /* @__PURE__ */ __name((_ctx, _id, _payload, _args, result) => result.errors ? { ...result, errors: format(result.errors) } : void 0, "onNext")
  }, wss);
  return { close: /* @__PURE__ */ __name(async () => server.dispose(), "close") };
}
__name(serveSubscriptions, "serveSubscriptions");
function headersOf(params) {
  if (!params)
    return {};
  const nested = params.headers;
  const source = typeof nested === "object" && nested !== null ? nested : params;
  const headers = {};
  for (const [name, value] of Object.entries(source)) {
    const lower = name.toLowerCase();
    if (typeof value === "string" && CREDENTIAL_HEADERS.has(lower))
      headers[lower] = value;
  }
  return headers;
}
__name(headersOf, "headersOf");
var CREDENTIAL_HEADERS = /* @__PURE__ */ new Set(["authorization", "x-api-key", "router-authorization"]);
function closeReason(text) {
  return Buffer.byteLength(text) <= 123 ? text : `${text.slice(0, 100)}\u2026`;
}
__name(closeReason, "closeReason");

// dist/omni/OmniClient.js
import { performance as performance4 } from "node:perf_hooks";
import { BrokenCircuitError } from "cockatiel";
import { Pool, errors as undiciErrors } from "undici";

// dist/omni/auth.js
function authorizationHeader(auth) {
  switch (auth.scheme) {
    case "App":
      return `App ${auth.apiKey}`;
    case "Basic":
      return `Basic ${Buffer.from(`${auth.username}:${auth.password}`).toString("base64")}`;
    case "IBSSO":
      return `IBSSO ${auth.token}`;
    case "Bearer":
      return `Bearer ${auth.token}`;
  }
}
__name(authorizationHeader, "authorizationHeader");

// dist/omni/decodeAnswer.js
function decodeAnswer(schema, body, endpoint) {
  const result = schema.safeParse(body);
  if (result.success)
    return result.data;
  const [issue] = result.error.issues;
  throw new OmniUnavailableError("BAD_RESPONSE", issue ? `${endpoint}: unexpected answer at ${pathOf(issue.path)} (${expectation(issue)})` : `${endpoint}: unexpected answer`);
}
__name(decodeAnswer, "decodeAnswer");
function pathOf(path2) {
  const text = path2.map((key, i) => typeof key === "number" ? `[${key}]` : `${i === 0 ? "" : "."}${String(key)}`).join("");
  return text || "body";
}
__name(pathOf, "pathOf");
function expectation(issue) {
  switch (issue.code) {
    case "invalid_type":
      return `expected ${issue.expected}`;
    case "invalid_value":
      return "not one of the accepted values";
    case "invalid_format":
      return "not in the expected format";
    case "too_small":
      return `below the minimum of ${String(issue.minimum)}`;
    case "invalid_union":
      return "matches none of the accepted shapes";
    default:
      return issue.code;
  }
}
__name(expectation, "expectation");

// dist/omni/jsonBody.js
var SHOWN_SEGMENTS = 6;
var SHOWN_KEY_LENGTH = 40;
function encodeJsonBody(body) {
  try {
    return JSON.stringify(body);
  } catch (error) {
    if (!(error instanceof RangeError))
      throw new OmniRequestNotSerializable("NOT_JSON");
    const { depth, path: path2 } = deepest(body);
    throw new OmniRequestNotSerializable("TOO_DEEP", depth, path2);
  }
}
__name(encodeJsonBody, "encodeJsonBody");
function deepest(root) {
  let best = { value: root, depth: 0, path: [] };
  const seen = /* @__PURE__ */ new Set();
  const pending = [best];
  for (let visit = pending.pop(); visit; visit = pending.pop()) {
    if (visit.depth > best.depth)
      best = visit;
    const { value } = visit;
    if (typeof value !== "object" || value === null || seen.has(value))
      continue;
    seen.add(value);
    for (const [key, child] of Object.entries(value)) {
      const segment = Array.isArray(value) ? `[${key}]` : key.slice(0, SHOWN_KEY_LENGTH);
      const path2 = visit.path.length < SHOWN_SEGMENTS ? [...visit.path, segment] : visit.path;
      pending.push({ value: child, depth: visit.depth + 1, path: path2 });
    }
  }
  const shown = best.path.join(".").replaceAll(".[", "[");
  return { depth: best.depth, path: best.depth > SHOWN_SEGMENTS ? `${shown}\u2026` : shown };
}
__name(deepest, "deepest");

// dist/omni/resilience.js
import { setTimeout as delay } from "node:timers/promises";
import { performance as performance3 } from "node:perf_hooks";
import { circuitBreaker, CircuitState, ExponentialBackoff, handleWhen, SamplingBreaker } from "cockatiel";

// dist/omni/retryBudget.js
import { performance as performance2 } from "node:perf_hooks";
var BUCKETS = 10;
var RetryBudget = class {
  static {
    __name(this, "RetryBudget");
  }
  options;
  now;
  buckets = Array.from({ length: BUCKETS }, () => ({
    slot: -1,
    calls: 0,
    retries: 0
  }));
  bucketMs;
  constructor(options, now = () => performance2.now()) {
    this.options = options;
    this.now = now;
    this.bucketMs = options.windowMs / BUCKETS;
  }
  /** A caller's call, which earns the client `ratio` of a retry. */
  recordCall() {
    this.current().calls++;
  }
  /** Takes one retry from the budget; false, and nothing taken, when it is spent. */
  tryRetry() {
    const slot = this.slotNow();
    let calls = 0;
    let retries = 0;
    for (const bucket of this.buckets) {
      if (slot - bucket.slot >= BUCKETS)
        continue;
      calls += bucket.calls;
      retries += bucket.retries;
    }
    if (retries >= this.options.floor + this.options.ratio * calls)
      return false;
    this.current().retries++;
    return true;
  }
  slotNow() {
    return Math.floor(this.now() / this.bucketMs);
  }
  current() {
    const slot = this.slotNow();
    const bucket = this.buckets[slot % BUCKETS];
    if (bucket.slot !== slot)
      Object.assign(bucket, { slot, calls: 0, retries: 0 });
    return bucket;
  }
};

// dist/omni/resilience.js
var DEFAULT_MAX_RETRY_AFTER_SECONDS = 5;
var READ_ATTEMPTS = 5;
var BREAKER = {
  threshold: 0.6,
  windowMs: 1e4,
  minimumCalls: 30,
  halfOpenAfterMs: 1e4
};
var RETRY_BUDGET = { ratio: 0.5, floor: 10, windowMs: 1e4 };
var BACKOFF = { initialDelay: 100, maxDelay: 2e3 };
function isTransient(error, maxRetryAfterSeconds) {
  if (error instanceof OmniHttpError) {
    if ((error.retryAfterSeconds ?? 0) > maxRetryAfterSeconds)
      return false;
    return [429, 500, 502, 503, 504].includes(error.status);
  }
  return error instanceof OmniUnavailableError && error.reason !== "CIRCUIT_OPEN";
}
__name(isTransient, "isTransient");
function isUpstreamFault(error) {
  if (error instanceof OmniHttpError)
    return error.status >= 500;
  return error instanceof OmniUnavailableError;
}
__name(isUpstreamFault, "isUpstreamFault");
function retryAfterMs(error) {
  return error instanceof OmniHttpError ? (error.retryAfterSeconds ?? 0) * 1e3 : 0;
}
__name(retryAfterMs, "retryAfterMs");
function createResiliencePolicies(options) {
  const maxRetryAfterSeconds = options.maxRetryAfterSeconds ?? DEFAULT_MAX_RETRY_AFTER_SECONDS;
  const breaker = circuitBreaker(handleWhen(isUpstreamFault), {
    halfOpenAfter: BREAKER.halfOpenAfterMs,
    breaker: new SamplingBreaker({
      threshold: BREAKER.threshold,
      duration: BREAKER.windowMs,
      minimumRps: BREAKER.minimumCalls * 1e3 / BREAKER.windowMs
    })
  });
  const budget = new RetryBudget(RETRY_BUDGET);
  const backoff = new ExponentialBackoff(BACKOFF);
  const isOpen = /* @__PURE__ */ __name(() => breaker.state === CircuitState.Open, "isOpen");
  return {
    async read(attempt) {
      budget.recordCall();
      const deadline = performance3.now() + options.readDeadlineMs;
      let wait;
      for (let attempts = 1; ; attempts++) {
        const signal = attempts === 1 ? void 0 : AbortSignal.timeout(Math.max(1, Math.ceil(deadline - performance3.now())));
        try {
          return await breaker.execute(() => attempt(signal));
        } catch (error) {
          if (attempts >= READ_ATTEMPTS || !isTransient(error, maxRetryAfterSeconds) || isOpen()) {
            throw error;
          }
          wait = wait ? wait.next(void 0) : backoff.next();
          const ms = Math.max(wait.duration, retryAfterMs(error));
          if (performance3.now() + ms >= deadline || !budget.tryRetry())
            throw error;
          await delay(ms);
        }
      }
    },
    write(attempt) {
      budget.recordCall();
      return breaker.execute(attempt);
    },
    isOpen
  };
}
__name(createResiliencePolicies, "createResiliencePolicies");

// dist/omni/OmniClient.js
var OmniClient = class {
  static {
    __name(this, "OmniClient");
  }
  options;
  pool;
  ownsPool;
  origin;
  basePath;
  authorization;
  policies;
  constructor(options) {
    this.options = options;
    const url = new URL(options.baseUrl);
    this.origin = url.origin;
    this.basePath = url.pathname.replace(/\/$/, "");
    this.authorization = authorizationHeader(options.auth);
    this.ownsPool = !options.pool;
    this.pool = options.pool ?? createUpstreamPool(this.origin, options);
    this.policies = createResiliencePolicies({ readDeadlineMs: options.timeoutMs });
  }
  get circuitOpen() {
    return this.policies.isOpen();
  }
  listScenarios(query = {}) {
    return this.call("GET", "/omni/1/scenarios", {
      answer: ANSWERS.scenarios,
      query,
      idempotent: true
    }).then((r) => r.scenarios);
  }
  getScenario(key) {
    return this.call("GET", `/omni/1/scenarios/${encodeURIComponent(key)}`, {
      answer: ANSWERS.scenario,
      idempotent: true
    });
  }
  createScenario(body) {
    return this.call("POST", "/omni/1/scenarios", {
      answer: ANSWERS.scenario,
      body,
      idempotent: false
    });
  }
  updateScenario(key, body) {
    return this.call("PUT", `/omni/1/scenarios/${encodeURIComponent(key)}`, {
      answer: ANSWERS.scenario,
      body,
      idempotent: false
    });
  }
  sendAdvanced(body) {
    return this.call("POST", "/omni/1/advanced", {
      answer: ANSWERS.sendResponse,
      body,
      idempotent: false
    });
  }
  sendText(body) {
    return this.call("POST", "/omni/1/text", {
      answer: ANSWERS.sendResponse,
      body,
      idempotent: false
    });
  }
  /**
   * Fetch-once upstream: whatever this returns is never handed out again. Each report is still
   * raw: the intake judges them one by one (reports/storableReports.ts).
   */
  drainReports(query = {}) {
    return this.call("GET", "/omni/1/reports", {
      answer: ANSWERS.reports,
      query: { ...query },
      // Not retried: a retry after a lost response would skip the reports that response carried.
      idempotent: false
    }).then((r) => r.results);
  }
  sendPush(body) {
    return this.call("POST", "/push/3/messages", {
      answer: ANSWERS.pushResponse,
      body,
      idempotent: false
    });
  }
  pushStatistics(bulkId) {
    return this.call("GET", "/push/1/statistics", {
      answer: ANSWERS.pushStatistics,
      query: { bulkId },
      idempotent: true
    });
  }
  /** Fetch-once, like drainReports: push reports never show up on the OMNI endpoint. */
  drainPushReports(query = {}) {
    return this.call("GET", "/push/1/reports", {
      answer: ANSWERS.reports,
      query: { ...query },
      idempotent: false
    }).then((r) => r.results);
  }
  logs(query) {
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
        limit: query.limit
      },
      idempotent: true
    }).then((r) => r.results);
  }
  close() {
    return this.ownsPool ? this.pool.close() : Promise.resolve();
  }
  async call(method, path2, options) {
    const body = options.body === void 0 ? void 0 : encodeJsonBody(options.body);
    const request = {
      method,
      path: this.basePath + path2 + toQueryString(options.query),
      headers: {
        authorization: this.authorization,
        accept: "application/json",
        "user-agent": this.options.userAgent ?? "omni-gateway",
        ...body === void 0 ? {} : { "content-type": "application/json" }
      },
      body
    };
    try {
      return await (options.idempotent ? this.policies.read((signal) => this.once(signal ? { ...request, signal } : request, path2, options.answer)) : this.policies.write(() => this.once(request, path2, options.answer)));
    } catch (error) {
      if (error instanceof BrokenCircuitError) {
        this.observe(method, path2, "circuit_open");
        throw new OmniUnavailableError("CIRCUIT_OPEN", "too many recent upstream failures", true);
      }
      throw error;
    }
  }
  /**
   * One attempt; `path` names the endpoint in errors, without the base URL or the query. A
   * malformed answer fails the attempt like an unreadable one: a read may try again.
   */
  async once(request, path2, answer2) {
    const started = performance4.now();
    let response;
    try {
      response = await this.pool.request(request);
    } catch (error) {
      const failure = toUnavailable(error);
      const timedOut = failure instanceof OmniUnavailableError && failure.reason === "TIMEOUT";
      this.observe(request.method, path2, timedOut ? "timeout" : "connection", started);
      throw failure;
    }
    let body;
    try {
      body = await readJson(response);
    } finally {
      this.observe(request.method, path2, response.statusCode, started);
    }
    if (response.statusCode >= 400) {
      const retryAfter = response.headers["retry-after"];
      throw decodeHttpError(response.statusCode, body, typeof retryAfter === "string" ? retryAfter : void 0);
    }
    if (body === void 0)
      throw new OmniUnavailableError("BAD_RESPONSE", `${request.method} ${path2}: empty body`);
    return decodeAnswer(answer2, body, `${request.method} ${routeTemplateOf(path2)}`);
  }
  observe(method, path2, status, started) {
    this.options.onCall?.({
      method,
      route: routeTemplateOf(path2),
      status,
      seconds: started === void 0 ? void 0 : (performance4.now() - started) / 1e3
    });
  }
};
function createUpstreamPool(origin, options) {
  return new Pool(origin, {
    connections: options.connections,
    connect: { timeout: Math.min(5e3, options.timeoutMs) },
    headersTimeout: options.timeoutMs,
    bodyTimeout: options.timeoutMs,
    keepAliveTimeout: 4e3,
    // A logs page of 1000 rows is well under this; anything larger is not OMNI talking.
    maxResponseSize: 16 * 1024 * 1024
  });
}
__name(createUpstreamPool, "createUpstreamPool");
function toQueryString(query) {
  if (!query)
    return "";
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    if (value !== void 0 && value !== "")
      params.set(name, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : "";
}
__name(toQueryString, "toQueryString");
async function readJson(response) {
  let text;
  try {
    text = await response.body.text();
  } catch (error) {
    throw toUnavailable(error);
  }
  if (!text)
    return void 0;
  try {
    return JSON.parse(text);
  } catch {
    if (response.statusCode >= 400)
      return void 0;
    throw new OmniUnavailableError("BAD_RESPONSE", `status ${response.statusCode}: body is not JSON`);
  }
}
__name(readJson, "readJson");
var CONNECT_CODES = /* @__PURE__ */ new Set(["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN"]);
function toUnavailable(error) {
  if (error instanceof OmniHttpError || error instanceof OmniUnavailableError)
    return error;
  if (error instanceof undiciErrors.ConnectTimeoutError) {
    return new OmniUnavailableError("TIMEOUT", "no connection within the deadline", true);
  }
  const name = error instanceof Error ? error.name : "Error";
  if (name === "TimeoutError" || name === "AbortError" || error instanceof undiciErrors.HeadersTimeoutError || error instanceof undiciErrors.BodyTimeoutError) {
    return new OmniUnavailableError("TIMEOUT", "no answer within the deadline");
  }
  const code = error.code;
  return typeof code === "string" ? new OmniUnavailableError("NETWORK", code, CONNECT_CODES.has(code)) : new OmniUnavailableError("NETWORK", name);
}
__name(toUnavailable, "toUnavailable");

// dist/omni/scenarioCache.js
import { performance as performance5 } from "node:perf_hooks";
var DEFAULT_MAX_ENTRIES = 1e3;
var MAX_CACHED_KEY_LENGTH = 64;
var DEFAULT_SLOT = "default";
var keySlot = /* @__PURE__ */ __name((key) => `key:${key}`, "keySlot");
var ScenarioCache = class {
  static {
    __name(this, "ScenarioCache");
  }
  ttlMs;
  maxEntries;
  now;
  entries = /* @__PURE__ */ new Map();
  reading = /* @__PURE__ */ new Map();
  /** Moves on each write, so a read that began before it never stores what it saw. */
  generation = 0;
  constructor(ttlMs, maxEntries, now) {
    this.ttlMs = ttlMs;
    this.maxEntries = maxEntries;
    this.now = now;
  }
  fresh(slot) {
    const entry = this.entries.get(slot);
    if (!entry)
      return void 0;
    this.entries.delete(slot);
    if (entry.expiresAt <= this.now())
      return void 0;
    this.entries.set(slot, entry);
    return entry.answer;
  }
  /** A fresh answer, or the one already being read, or a new read, stored when it succeeds. */
  read(slot, load) {
    const hit = this.fresh(slot);
    if (hit)
      return Promise.resolve(hit);
    const pending = this.reading.get(slot);
    if (pending)
      return pending;
    const generation = this.generation;
    const askedAt = this.now();
    const reading = Promise.resolve().then(load).then((answer2) => {
      const frozen = freezeAnswer(answer2);
      if (generation === this.generation)
        this.keep(slot, frozen, askedAt + this.ttlMs);
      return frozen;
    }).finally(() => {
      if (this.reading.get(slot) === reading)
        this.reading.delete(slot);
    });
    this.reading.set(slot, reading);
    return reading;
  }
  forget() {
    this.generation += 1;
    this.entries.clear();
    this.reading.clear();
  }
  keep(slot, answer2, expiresAt) {
    if (expiresAt <= this.now())
      return;
    this.entries.delete(slot);
    this.entries.set(slot, { answer: answer2, expiresAt });
    for (const oldest of this.entries.keys()) {
      if (this.entries.size <= this.maxEntries)
        break;
      this.entries.delete(oldest);
    }
  }
};
var layers = /* @__PURE__ */ new WeakMap();
function withScenarioCache(client, options) {
  if (options.ttlMs <= 0)
    return client;
  const cache = new ScenarioCache(options.ttlMs, options.maxEntries ?? DEFAULT_MAX_ENTRIES, options.now ?? (() => performance5.now()));
  return answering(readingThrough(client, cache), cache);
}
__name(withScenarioCache, "withScenarioCache");
function beneathScenarioCache(client, wrap) {
  const layer = layers.get(client);
  return layer ? answering(wrap(layer.below), layer.cache) : wrap(client);
}
__name(beneathScenarioCache, "beneathScenarioCache");
function answering(below, cache) {
  const answer2 = /* @__PURE__ */ __name((slot, call) => {
    const hit = slot === void 0 ? void 0 : cache.fresh(slot);
    return hit ? Promise.resolve().then(() => replay(hit)) : call();
  }, "answer");
  const top = delegating(below, {
    getScenario: /* @__PURE__ */ __name((key) => answer2(slotOfKey(key), () => below.getScenario(key)), "getScenario"),
    listScenarios: /* @__PURE__ */ __name((query) => answer2(slotOfList(query), () => below.listScenarios(query)), "listScenarios")
  });
  layers.set(top, { below, cache });
  return top;
}
__name(answering, "answering");
function readingThrough(upstream, cache) {
  const forgetAfter = /* @__PURE__ */ __name((write) => write.finally(() => cache.forget()), "forgetAfter");
  return delegating(upstream, {
    getScenario: /* @__PURE__ */ __name((key) => {
      const slot = slotOfKey(key);
      if (slot === void 0)
        return upstream.getScenario(key);
      return cache.read(slot, () => lookUp(upstream, key)).then((a) => replay(a));
    }, "getScenario"),
    listScenarios: /* @__PURE__ */ __name((query) => {
      const slot = slotOfList(query);
      if (slot === void 0)
        return upstream.listScenarios(query);
      return cache.read(slot, () => upstream.listScenarios(query).then((found) => ({ found }))).then((a) => replay(a));
    }, "listScenarios"),
    createScenario: /* @__PURE__ */ __name((body) => forgetAfter(upstream.createScenario(body)), "createScenario"),
    updateScenario: /* @__PURE__ */ __name((key, body) => forgetAfter(upstream.updateScenario(key, body)), "updateScenario")
  });
}
__name(readingThrough, "readingThrough");
function delegating(target, methods) {
  return new Proxy(target, {
    get(client, property) {
      if (Object.hasOwn(methods, property))
        return Reflect.get(methods, property);
      const value = Reflect.get(client, property, client);
      return typeof value === "function" ? value.bind(client) : value;
    }
  });
}
__name(delegating, "delegating");
function slotOfKey(key) {
  return key.length <= MAX_CACHED_KEY_LENGTH ? keySlot(key) : void 0;
}
__name(slotOfKey, "slotOfKey");
function slotOfList(query) {
  if (!query)
    return void 0;
  const { isDefault, limit, page } = query;
  return isDefault === true && limit === 1 && !page ? DEFAULT_SLOT : void 0;
}
__name(slotOfList, "slotOfList");
async function lookUp(upstream, key) {
  try {
    return { found: await upstream.getScenario(key) };
  } catch (error) {
    if (error instanceof OmniHttpError && error.status === 404)
      return { missing: error };
    throw error;
  }
}
__name(lookUp, "lookUp");
function replay(answer2) {
  if ("found" in answer2)
    return answer2.found;
  const { status, messageId, text, validationErrors, retryAfterSeconds } = answer2.missing;
  throw new OmniHttpError(status, messageId, text, validationErrors, retryAfterSeconds);
}
__name(replay, "replay");
function freezeAnswer(answer2) {
  return "found" in answer2 ? Object.freeze({ found: deepFreeze(answer2.found) }) : answer2;
}
__name(freezeAnswer, "freezeAnswer");
function deepFreeze(value) {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const member of Object.values(value))
      deepFreeze(member);
  }
  return value;
}
__name(deepFreeze, "deepFreeze");

// dist/intake/ReportIntake.js
var ReportIntake = class {
  static {
    __name(this, "ReportIntake");
  }
  client;
  store;
  onError;
  inFlight;
  timer;
  /** OMNI's reports and the Mobile Push API's come from two endpoints into the one store. */
  sources = [
    { take: /* @__PURE__ */ __name((query) => this.client.drainReports(query), "take") },
    { take: /* @__PURE__ */ __name((query) => this.client.drainPushReports(query), "take") }
  ];
  constructor(client, store, onError) {
    this.client = client;
    this.store = store;
    this.onError = onError;
  }
  drain() {
    this.inFlight ??= this.drainAll().finally(() => {
      this.inFlight = void 0;
    });
    return this.inFlight;
  }
  /**
   * Reports pushed to the webhook; once this resolves they are committed (stored or
   * quarantined) and may be acknowledged.
   */
  accept(arrived) {
    return this.save(this.sorted(arrived), "webhook");
  }
  /** Background polling, so reports are taken in even when nobody reads them. */
  start(intervalMs) {
    this.timer = setInterval(() => {
      this.drain().catch(this.onError);
    }, intervalMs);
    this.timer.unref();
  }
  async stop() {
    clearInterval(this.timer);
    await this.inFlight?.catch(() => void 0);
  }
  async drainAll() {
    await Promise.all(this.sources.map((source) => this.drainSource(source)));
  }
  async drainSource(source) {
    for (; ; ) {
      let more = true;
      if (!source.unsaved) {
        const page = await this.take(source);
        more = page.length >= MAX_PAGE;
        source.unsaved = this.sorted(page);
      }
      await this.save(source.unsaved, "poll");
      source.unsaved = void 0;
      if (!more)
        return;
    }
  }
  /**
   * A request that may have reached upstream and whose answer never arrived may have carried a
   * page that is gone for good: every message still waiting for its report is looked up in the
   * logs at the next reconciliation round.
   */
  async take(source) {
    try {
      return await source.take({ limit: MAX_PAGE });
    } catch (error) {
      if (mayHaveReachedUpstream(error)) {
        await this.store.reconciliation.soon().catch(this.onError);
      }
      throw error;
    }
  }
  async save({ reports, refused }, source) {
    const outcome = await this.store.save(reports, { source, refused });
    const byDatabase = outcome.quarantined - refused.length;
    if (byDatabase > 0) {
      this.onError(new Error(`quarantined ${byDatabase} reports the database refused`));
    }
    return outcome;
  }
  /** One line per refused report, naming only its messageId and the faulty field. */
  sorted(arrived) {
    const sorted = storableReports(arrived);
    for (const refused of sorted.refused)
      this.onError(new Error(describe(refused)));
    return sorted;
  }
};
function describe(refused) {
  const messageId = refusedMessageId(refused) ?? "(no messageId)";
  return `skipped malformed report ${messageId} at ${refused.reason} (quarantined)`;
}
__name(describe, "describe");

// dist/server/tenants/Tenants.js
var Tenants = class {
  static {
    __name(this, "Tenants");
  }
  byId = /* @__PURE__ */ new Map();
  pools = /* @__PURE__ */ new Map();
  constructor(options, db, { scenarioCacheTtlMs = 0, ...upstream }, onIntakeError, observersOf = () => ({})) {
    for (const tenant of options) {
      const origin = new URL(tenant.upstream.baseUrl).origin;
      let pool = this.pools.get(origin);
      if (!pool) {
        pool = createUpstreamPool(origin, upstream);
        this.pools.set(origin, pool);
      }
      const observers = observersOf(tenant.id);
      const client = withScenarioCache(new OmniClient({ ...tenant.upstream, ...upstream, pool, onCall: observers.onUpstreamCall }), { ttlMs: scenarioCacheTtlMs });
      const reports = new SqlReportStore(db, tenant.id, observers.onReportsSaved);
      this.byId.set(tenant.id, {
        id: tenant.id,
        client,
        reports,
        intake: new ReportIntake(client, reports, (error) => onIntakeError(tenant.id, error)),
        keys: new IdempotencyStore(db, tenant.id),
        quotas: tenant.quotas,
        webhookSecret: tenant.webhookSecret,
        webhookPublicUrl: tenant.webhookPublicUrl
      });
    }
  }
  get(id) {
    return this.byId.get(id);
  }
  all() {
    return [...this.byId.values()];
  }
  async close() {
    await Promise.all([...this.pools.values()].map((pool) => pool.close()));
  }
};

// dist/graphql/cost/estimateCost.js
import { getNamedType, getNullableType, isCompositeType, isInputObjectType, isListType, isObjectType, Kind as Kind5, valueFromASTUntyped as valueFromASTUntyped3 } from "graphql";

// dist/graphql/cost/costDirectives.js
import { Kind as Kind3, valueFromASTUntyped } from "graphql";
var COST = /* @__PURE__ */ new Set(["cost", "federation__cost"]);
var LIST_SIZE = /* @__PURE__ */ new Set(["listSize", "federation__listSize"]);
function costWeight(element) {
  const directive = directivesOf(element).find((d) => COST.has(d.name.value));
  const weight = directive && argumentsOf(directive).weight;
  return typeof weight === "number" ? weight : void 0;
}
__name(costWeight, "costWeight");
function listSizeOf(field) {
  const directive = directivesOf(field).find((d) => LIST_SIZE.has(d.name.value));
  if (!directive)
    return void 0;
  const { assumedSize, slicingArguments, sizedFields } = argumentsOf(directive);
  return {
    assumedSize: typeof assumedSize === "number" ? assumedSize : void 0,
    slicingArguments: strings(slicingArguments),
    sizedFields: strings(sizedFields)
  };
}
__name(listSizeOf, "listSizeOf");
function directivesOf(element) {
  const extensions = "extensionASTNodes" in element ? element.extensionASTNodes.flatMap((n) => n.directives ?? []) : [];
  return [...element.astNode?.directives ?? [], ...extensions];
}
__name(directivesOf, "directivesOf");
function argumentsOf(directive) {
  return Object.fromEntries((directive.arguments ?? []).map((arg) => [
    arg.name.value,
    arg.value.kind === Kind3.NULL ? void 0 : valueFromASTUntyped(arg.value)
  ]));
}
__name(argumentsOf, "argumentsOf");
function strings(value) {
  return Array.isArray(value) ? value.filter((v) => typeof v === "string") : [];
}
__name(strings, "strings");

// dist/graphql/cost/nestedSlicing.js
var NESTED_SLICING = {
  "Query.messages": ["filter.limit"],
  "Query.reports": ["filter.limit"]
};

// dist/graphql/cost/selections.js
import { Kind as Kind4, valueFromASTUntyped as valueFromASTUntyped2 } from "graphql";
function fragmentsOf2(document) {
  const fragments = /* @__PURE__ */ new Map();
  for (const definition of document.definitions) {
    if (definition.kind === Kind4.FRAGMENT_DEFINITION) {
      fragments.set(definition.name.value, definition);
    }
  }
  return fragments;
}
__name(fragmentsOf2, "fragmentsOf");
function isSkipped(selection, variables) {
  return (selection.directives ?? []).some((directive) => {
    const name = directive.name.value;
    if (name !== "skip" && name !== "include")
      return false;
    const condition = directive.arguments?.find((arg) => arg.name.value === "if");
    if (!condition)
      return false;
    const value = valueFromASTUntyped2(condition.value, variables);
    return name === "skip" ? value === true : value === false;
  });
}
__name(isSkipped, "isSkipped");
function entityFieldsOf(operation2, fragments, variables) {
  const found = [];
  const visited = /* @__PURE__ */ new Set();
  const walk2 = /* @__PURE__ */ __name((selectionSet) => {
    for (const selection of selectionSet.selections) {
      if (isSkipped(selection, variables))
        continue;
      if (selection.kind === Kind4.FIELD) {
        if (selection.name.value === "_entities")
          found.push(selection);
      } else if (selection.kind === Kind4.INLINE_FRAGMENT) {
        walk2(selection.selectionSet);
      } else if (!visited.has(selection.name.value)) {
        visited.add(selection.name.value);
        const fragment = fragments.get(selection.name.value);
        if (fragment)
          walk2(fragment.selectionSet);
      }
    }
  }, "walk");
  walk2(operation2.selectionSet);
  return found;
}
__name(entityFieldsOf, "entityFieldsOf");
function representationsOf(field, variables) {
  const argument = field.arguments?.find((arg) => arg.name.value === "representations");
  if (!argument)
    return [];
  const value = valueFromASTUntyped2(argument.value, variables);
  if (value === null || value === void 0)
    return [];
  return Array.isArray(value) ? value : [value];
}
__name(representationsOf, "representationsOf");
function typenameOf(representation) {
  if (typeof representation !== "object" || representation === null)
    return void 0;
  const { __typename } = representation;
  return typeof __typename === "string" ? __typename : void 0;
}
__name(typenameOf, "typenameOf");
function withDefaults(operation2, variables) {
  const merged = { ...variables };
  for (const definition of operation2.variableDefinitions ?? []) {
    const name = definition.variable.name.value;
    if (merged[name] === void 0 && definition.defaultValue) {
      merged[name] = valueFromASTUntyped2(definition.defaultValue);
    }
  }
  return merged;
}
__name(withDefaults, "withDefaults");

// dist/graphql/cost/estimateCost.js
var MUTATION_COST = 10;
function estimateCost(schema, document, operation2, variables, options) {
  return new Estimator(schema, fragmentsOf2(document), withDefaults(operation2, variables), options.defaultListSize).operation(operation2);
}
__name(estimateCost, "estimateCost");
var Estimator = class {
  static {
    __name(this, "Estimator");
  }
  schema;
  fragments;
  variables;
  defaultListSize;
  /** A fragment spread many times is costed once per parent type: no exponential walk. */
  fragmentCosts = /* @__PURE__ */ new Map();
  constructor(schema, fragments, variables, defaultListSize) {
    this.schema = schema;
    this.fragments = fragments;
    this.variables = variables;
    this.defaultListSize = defaultListSize;
  }
  operation(operation2) {
    const root = this.schema.getRootType(operation2.operation);
    if (!root)
      return 0;
    const base = operation2.operation === "mutation" ? MUTATION_COST : 0;
    return base + this.selections(operation2.selectionSet, root);
  }
  selections(set, parent, sized) {
    let cost = 0;
    for (const selection of set.selections) {
      if (isSkipped(selection, this.variables))
        continue;
      if (selection.kind === Kind5.FIELD) {
        cost += this.field(selection, parent, sized);
      } else if (selection.kind === Kind5.INLINE_FRAGMENT) {
        const type = selection.typeCondition ? this.schema.getType(selection.typeCondition.name.value) : parent;
        if (isCompositeType(type) && this.overlaps(type, parent)) {
          cost += this.selections(selection.selectionSet, this.narrower(type, parent), sized);
        }
      } else {
        cost += this.spread(selection.name.value, parent, sized);
      }
    }
    return cost;
  }
  spread(name, parent, sized) {
    const fragment = this.fragments.get(name);
    const type = fragment && this.schema.getType(fragment.typeCondition.name.value);
    if (!fragment || !isCompositeType(type) || !this.overlaps(type, parent))
      return 0;
    const scope = this.narrower(type, parent);
    if (sized)
      return this.selections(fragment.selectionSet, scope, sized);
    const key = `${name} ${scope.name}`;
    let cost = this.fragmentCosts.get(key);
    if (cost === void 0) {
      cost = this.selections(fragment.selectionSet, scope);
      this.fragmentCosts.set(key, cost);
    }
    return cost;
  }
  field(node, parent, sized) {
    const name = node.name.value;
    if (name.startsWith("__") || !("getFields" in parent))
      return 0;
    const definition = parent.getFields()[name];
    if (!definition)
      return 0;
    if (name === "_entities" && parent === this.schema.getQueryType())
      return this.entities(node);
    const listSize = listSizeOf(definition);
    const expected = listSize && this.expectedSize(listSize, node, definition, parent);
    const fromParent = sized?.fields.has(name) ? sized.size : void 0;
    const count2 = isListType(getNullableType(definition.type)) ? fromParent ?? expected ?? this.defaultListSize : 1;
    const type = getNamedType(definition.type);
    const weight = costWeight(definition) ?? costWeight(type) ?? (isCompositeType(type) ? 1 : 0);
    const children = node.selectionSet && isCompositeType(type) ? this.selections(node.selectionSet, type, listSize?.sizedFields.length ? { fields: new Set(listSize.sizedFields), size: expected } : void 0) : 0;
    return count2 * (weight + children) + this.arguments(node, definition);
  }
  /** Each representation costs as its own type's part of the selection. */
  entities(node) {
    const counts = /* @__PURE__ */ new Map();
    for (const representation of representationsOf(node, this.variables)) {
      const typename = typenameOf(representation) ?? "";
      counts.set(typename, (counts.get(typename) ?? 0) + 1);
    }
    let cost = 0;
    for (const [typename, count2] of counts) {
      const type = this.schema.getType(typename);
      const each = isObjectType(type) && node.selectionSet ? (costWeight(type) ?? 1) + this.selections(node.selectionSet, type) : 1;
      cost += count2 * each;
    }
    return cost;
  }
  /** The largest slicing argument given (or defaulted), else `assumedSize`. */
  expectedSize(listSize, node, definition, parent) {
    const paths = [
      ...listSize.slicingArguments,
      ...NESTED_SLICING[`${parent.name}.${definition.name}`] ?? []
    ];
    const sizes = paths.flatMap((path2) => {
      const size = sizeOf(this.slicingValue(path2, node, definition));
      return size === void 0 ? [] : [size];
    });
    return sizes.length ? Math.max(...sizes) : listSize.assumedSize;
  }
  /** The value at `argument.field.…`, falling back to each level's default, as resolvers do. */
  slicingValue(path2, node, definition) {
    const [name, ...inside] = path2.split(".");
    const argument = definition.args.find((arg) => arg.name === name);
    if (!argument)
      return void 0;
    const given = node.arguments?.find((arg) => arg.name.value === name);
    let value = given && valueFromASTUntyped3(given.value, this.variables);
    value ??= argument.defaultValue;
    let type = argument.type;
    for (const key of inside) {
      const object = getNullableType(type);
      const field = isInputObjectType(object) ? object.getFields()[key] : void 0;
      if (!field)
        return void 0;
      const fields = isPlainObject(value) ? value : {};
      value = fields[key] ?? field.defaultValue;
      type = field.type;
    }
    return value;
  }
  arguments(node, definition) {
    let cost = 0;
    for (const given of node.arguments ?? []) {
      const argument = definition.args.find((arg) => arg.name === given.name.value);
      if (!argument)
        continue;
      const weight = costWeight(argument) ?? costWeight(getNamedType(argument.type));
      cost += this.literal(given.value, argument.type, weight);
    }
    return cost;
  }
  /** Input objects cost 1 (or their field's `@cost`), lists their elements, scalars their `@cost`. */
  literal(value, type, weight) {
    if (value.kind === Kind5.VARIABLE) {
      return this.json(this.variables[value.name.value], type, weight);
    }
    if (value.kind === Kind5.NULL)
      return 0;
    const nullable = getNullableType(type);
    if (isListType(nullable)) {
      if (value.kind !== Kind5.LIST)
        return this.literal(value, nullable.ofType, weight);
      let cost = weight ?? 0;
      for (const element of value.values)
        cost += this.literal(element, nullable.ofType, weight);
      return cost;
    }
    if (isInputObjectType(nullable)) {
      if (value.kind !== Kind5.OBJECT)
        return 0;
      const fields = nullable.getFields();
      let cost = weight ?? 1;
      for (const field of value.fields) {
        const definition = fields[field.name.value];
        if (!definition)
          continue;
        cost += this.literal(field.value, definition.type, fieldWeight(definition));
      }
      return cost;
    }
    return weight ?? 0;
  }
  /** The same rules over a variable's JSON value; its nesting is bounded by the type's. */
  json(value, type, weight) {
    if (value === null || value === void 0)
      return 0;
    const nullable = getNullableType(type);
    if (isListType(nullable)) {
      if (!Array.isArray(value))
        return this.json(value, nullable.ofType, weight);
      let cost = weight ?? 0;
      for (const element of value)
        cost += this.json(element, nullable.ofType, weight);
      return cost;
    }
    if (isInputObjectType(nullable)) {
      if (!isPlainObject(value))
        return 0;
      const fields = nullable.getFields();
      let cost = weight ?? 1;
      for (const [name, fieldValue] of Object.entries(value)) {
        const definition = fields[name];
        if (!definition)
          continue;
        cost += this.json(fieldValue, definition.type, fieldWeight(definition));
      }
      return cost;
    }
    return weight ?? 0;
  }
  /** Whether a fragment on `type` can apply where `parent` is expected. */
  overlaps(type, parent) {
    if (isObjectType(type) && isObjectType(parent))
      return type === parent;
    if (isObjectType(parent))
      return !isObjectType(type) && this.schema.isSubType(type, parent);
    return !isObjectType(type) || this.schema.isSubType(parent, type);
  }
  narrower(type, parent) {
    return isObjectType(parent) ? parent : type;
  }
};
function fieldWeight(field) {
  return costWeight(field) ?? costWeight(getNamedType(field.type));
}
__name(fieldWeight, "fieldWeight");
function isPlainObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
__name(isPlainObject, "isPlainObject");
function sizeOf(value) {
  if (Array.isArray(value))
    return value.length;
  return typeof value === "number" && Number.isFinite(value) ? Math.max(0, value) : void 0;
}
__name(sizeOf, "sizeOf");

// dist/server/limits/refusal.js
import { GraphQLError as GraphQLError10 } from "graphql";
function refusal(code, message, limit, more = {}) {
  return new GraphQLError10(message, {
    extensions: { code, limit, ...more, http: { status: 200 } }
  });
}
__name(refusal, "refusal");

// dist/server/limits/demandControl.js
var demandControl = /* @__PURE__ */ __name((limits) => ({
  async requestDidStart() {
    return {
      async didResolveOperation({ schema, document, operation: operation2, request }) {
        if (!operation2)
          return;
        const variables = request.variables ?? {};
        checkEntities(document, operation2, variables, limits);
        checkCost(schema, document, operation2, variables, limits);
      }
    };
  }
}), "demandControl");
function checkEntities(document, operation2, given, limits) {
  const variables = withDefaults(operation2, given);
  const representations = entityFieldsOf(operation2, fragmentsOf2(document), variables).flatMap((field) => representationsOf(field, variables));
  if (representations.length > limits.entityReferences) {
    throw refusal("ENTITY_LIMIT_EXCEEDED", `Entity references limit of ${limits.entityReferences} exceeded, found ${representations.length}. Split the batch.`, { name: "entityReferences", measured: representations.length, max: limits.entityReferences });
  }
  const keys = /* @__PURE__ */ new Set();
  for (const representation of representations) {
    if (typenameOf(representation) === "Scenario") {
      keys.add(representation.key);
    }
  }
  if (keys.size > limits.entityScenarioKeys) {
    throw refusal("ENTITY_LIMIT_EXCEEDED", `Distinct scenario keys limit of ${limits.entityScenarioKeys} exceeded, found ${keys.size}: each is an upstream read of its own. Split the batch.`, { name: "entityScenarioKeys", measured: keys.size, max: limits.entityScenarioKeys });
  }
}
__name(checkEntities, "checkEntities");
function checkCost(schema, document, operation2, variables, limits) {
  const estimated = estimateCost(schema, document, operation2, variables, {
    defaultListSize: DEFAULT_LIST_SIZE
  });
  if (estimated <= limits.cost)
    return;
  throw refusal(
    "COST_ESTIMATED_TOO_EXPENSIVE",
    `Cost limit of ${limits.cost} exceeded, estimated ${estimated}. Ask for fewer items (a smaller limit) or fewer fields.`,
    { name: "cost", measured: estimated, max: limits.cost },
    // Apollo Router's and Hive Gateway's shape for the same refusal.
    { cost: { estimated, max: limits.cost } }
  );
}
__name(checkCost, "checkCost");

// dist/server/limits/hideSuggestions.js
var SUGGESTION = / ?Did you mean .+\?$/s;
var hideSuggestions = /* @__PURE__ */ __name(() => ({
  async requestDidStart() {
    return {
      async didEncounterErrors({ errors }) {
        for (const error of errors)
          error.message = error.message.replace(SUGGESTION, "");
      }
    };
  }
}), "hideSuggestions");

// dist/server/limits/shapeRules.js
import { maxAliasesRule } from "@escape.tech/graphql-armor-max-aliases";
import { maxDepthRule } from "@escape.tech/graphql-armor-max-depth";
import { maxDirectivesRule } from "@escape.tech/graphql-armor-max-directives";
import { GraphQLError as GraphQLError11 } from "graphql";
function shapeRules(limits) {
  return [
    maxDepthRule({
      n: limits.depth,
      // Fragments and inline fragments shape the document, not the answer's nesting.
      flattenFragments: true,
      ...reporting("depth", limits.depth)
    }),
    maxAliasesRule({ n: limits.aliases, ...reporting("aliases", limits.aliases) }),
    maxDirectivesRule({ n: limits.directives, ...reporting("directives", limits.directives) })
  ];
}
__name(shapeRules, "shapeRules");
function reporting(name, max) {
  return {
    exposeLimits: true,
    propagateOnRejection: false,
    onReject: [
      (context, error) => {
        const message = error.message.replace(/^Syntax Error: /, "");
        const found = /found (\d+)/.exec(message);
        context?.reportError(new GraphQLError11(message, {
          extensions: { limit: { name, measured: found ? Number(found[1]) : void 0, max } }
        }));
      }
    ]
  };
}
__name(reporting, "reporting");

// dist/server/limits/upstreamBudget.js
var NOT_CALLS = /* @__PURE__ */ new Set(["constructor", "close"]);
var METHODS = new Set(Object.getOwnPropertyNames(OmniClient.prototype).filter((name) => !NOT_CALLS.has(name)));
function withUpstreamBudget(client, max) {
  return beneathScenarioCache(client, (upstream) => counting(upstream, max));
}
__name(withUpstreamBudget, "withUpstreamBudget");
function counting(client, max) {
  let calls = 0;
  return new Proxy(client, {
    get(target, property) {
      const value = Reflect.get(target, property, target);
      if (typeof value !== "function" || !METHODS.has(property))
        return value;
      return (...args) => {
        calls += 1;
        if (calls > max)
          return Promise.reject(new UpstreamBudgetExceeded(max, calls));
        return value.apply(target, args);
      };
    }
  });
}
__name(counting, "counting");

// dist/server/webhook/reportsWebhook.js
import { randomBytes } from "node:crypto";
import express2 from "express";
import { z as z3 } from "zod";
var WEBHOOK_PATH = "/webhooks/omni/reports";
function webhookPathOf(tenant, defaultTenant) {
  return tenant === defaultTenant ? WEBHOOK_PATH : `${WEBHOOK_PATH}/${encodeURIComponent(tenant)}`;
}
__name(webhookPathOf, "webhookPathOf");
var SECRET_PARAMETER = "secret";
var BODY_LIMIT = "256kb";
var MAX_RESULTS = 1e3;
var bodySchema = z3.object({ results: z3.array(reportSchema).max(MAX_RESULTS) });
function reportsWebhook(options) {
  const byTenant = new Map(options.tenants.map((tenant) => [
    tenant.id,
    { ...tenant, isSecret: constantTimeMatcher(tenant.secret) }
  ]));
  const refusesEverything = constantTimeMatcher(randomBytes(32).toString("hex"));
  const tell = /* @__PURE__ */ __name((outcome, tenant) => options.onOutcome?.(outcome, tenant), "tell");
  const countRefusedBody = /* @__PURE__ */ __name((error, _req, res, next) => {
    tell(error?.status === 413 ? "too_large" : "malformed", res.locals.tenant);
    next(error);
  }, "countRefusedBody");
  const router = express2.Router();
  router.post([WEBHOOK_PATH, `${WEBHOOK_PATH}/:tenant`], (req, res, next) => {
    const tenant = byTenant.get(String(req.params.tenant ?? options.defaultTenant));
    const given = req.query[SECRET_PARAMETER];
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
  }, express2.json({ limit: BODY_LIMIT }), async (req, res) => {
    const body = bodySchema.safeParse(req.body);
    if (!body.success) {
      tell("malformed", res.locals.tenant);
      const [issue] = body.error.issues;
      res.status(400).json({
        error: `Expected {"results": [...]} with up to ${MAX_RESULTS} reports.`,
        ...issue && { at: issue.path.join("."), problem: issue.message }
      });
      return;
    }
    const { results } = body.data;
    try {
      const arrived = req.body.results;
      const { stored, quarantined } = await res.locals.intake.accept(arrived);
      tell("accepted", res.locals.tenant);
      res.json({ received: results.length, stored: stored.length, quarantined });
    } catch (error) {
      options.logger.error({ err: error instanceof Error ? error.message : String(error) }, "webhook reports could not be stored");
      tell("store_failed", res.locals.tenant);
      res.status(503).json({ error: "Reports could not be stored; deliver them again." });
    }
  });
  router.use(WEBHOOK_PATH, countRefusedBody);
  return router;
}
__name(reportsWebhook, "reportsWebhook");

// dist/server/startGateway.js
var GRAPHQL_PATH = "/graphql";
var EXPIRED_KEYS_SWEEP_MS = 36e5;
async function startGateway(options, listen) {
  const { logger } = options;
  const reportError = /* @__PURE__ */ __name((error) => logger.warn({ err: describe2(error) }, "background work failed"), "reportError");
  const closers = [];
  try {
    return await start(closers);
  } catch (error) {
    await closeAll(closers).catch(reportError);
    throw error;
  }
  async function start(opened) {
    let schemaBuilt;
    const settings = options.database ?? {};
    let db;
    if ("shared" in settings) {
      db = settings.shared;
    } else {
      const opening = openDatabase(settings, reportError);
      schemaBuilt = buildGatewaySchema();
      schemaBuilt.catch(() => void 0);
      db = await opening;
      opened.push(() => db.close());
    }
    const metrics = options.metrics ? new (await import("./GatewayMetrics-ANARFFY7.js")).GatewayMetrics() : void 0;
    const tenants = new Tenants(options.tenants, db, {
      timeoutMs: options.timeoutMs,
      connections: options.connections,
      scenarioCacheTtlMs: options.scenarioCacheTtlMs
    }, (tenant, error) => logger.warn({ tenant, err: describe2(error) }, "report intake failed"), (tenant) => metrics?.forTenant(tenant) ?? {});
    opened.push(() => tenants.close());
    metrics?.watch({ tenants: tenants.all(), db });
    if (tenants.all().length === 0)
      throw new Error("The gateway needs at least one tenant.");
    let draining = false;
    const feed = new StatusFeed(db, (id) => tenants.get(id)?.reports, reportError);
    await feed.start();
    opened.push(() => feed.stop());
    const quotas = new QuotaStore(db);
    const notifyUrls = /* @__PURE__ */ new Map();
    const services = new Map(tenants.all().map((tenant) => [
      tenant.id,
      {
        client: tenant.client,
        reports: tenant.reports,
        intake: tenant.intake,
        feed: feed.forTenant(tenant.id),
        idempotency: {
          store: tenant.keys,
          // Longer than any send can take, so a live claim is never mistaken for a vanished one.
          leaseMs: options.timeoutMs * 3,
          onError: reportError,
          onOutcome: metrics?.forTenant(tenant.id).onIdempotency
        },
        quota: new SendQuota(quotas, tenant.id, tenant.quotas, metrics?.forTenant(tenant.id).onQuotaRefused),
        reportError
      }
    ]));
    const limits = { ...DEFAULT_LIMITS, ...options.limits };
    const contextOf = /* @__PURE__ */ __name((principal, viaRouter, upstreamCalls) => {
      const shared = services.get(principal.tenant);
      if (!shared)
        throw unknownTenant();
      const client = upstreamCalls === void 0 ? shared.client : withUpstreamBudget(shared.client, upstreamCalls);
      return {
        ...shared,
        principal,
        viaRouter,
        client,
        loaders: createLoaders(client, shared.reports),
        writesBeforeAnswer: new WritesBeforeAnswer(),
        now: /* @__PURE__ */ new Date(),
        notifyUrl: notifyUrls.get(principal.tenant)
      };
    }, "contextOf");
    const authenticate = /* @__PURE__ */ __name(async (request) => {
      try {
        return await options.authenticator.authenticate(request);
      } catch (error) {
        if (!(error instanceof AuthenticationError))
          throw error;
        if (error.status === 503) {
          logger.warn({ err: describe2(error.cause) }, "signing keys unavailable");
        }
        throw unauthenticated(error);
      }
    }, "authenticate");
    const httpServer = createServer2();
    httpServer.requestTimeout = options.timeoutMs * 3;
    httpServer.headersTimeout = Math.min(httpServer.requestTimeout, 2e4);
    const schema = await (schemaBuilt ?? buildGatewaySchema());
    const formatError = createFormatError(({ errorId, error }) => logger.error({ errorId, err: describe2(error) }, "unexpected error"));
    const apollo = new ApolloServer({
      schema,
      logger,
      introspection: !options.production,
      includeStacktraceInErrorResponses: false,
      hideSchemaDetailsFromClientErrors: options.production,
      allowBatchedHttpRequests: false,
      // Apollo would stop on SIGTERM by itself, at once, and re-raise the signal (exit 143, no
      // drain): the process's owner (main.ts) decides when to stop.
      stopOnTerminationSignals: false,
      csrfPrevention: true,
      persistedQueries: false,
      parseOptions: { maxTokens: limits.tokens },
      validationRules: shapeRules(limits),
      formatError,
      plugins: [
        ApolloServerPluginDrainHttpServer({ httpServer }),
        // No field has a cache hint, so every answer's policy is "no cache" anyway; the plugin
        // would still run a hook for every resolved field.
        ApolloServerPluginCacheControlDisabled(),
        answerAfterWrites(),
        ...metrics ? [graphqlMetrics(metrics)] : [],
        routerOnlyFields(options.authenticator.routerSecretSet),
        demandControl(limits),
        ...options.production ? [hideSuggestions()] : [],
        options.production ? ApolloServerPluginLandingPageProductionDefault({ footer: false }) : ApolloServerPluginLandingPageLocalDefault({ embed: true, footer: false })
      ]
    });
    await apollo.start();
    opened.push(() => apollo.stop());
    const app = express3();
    app.disable("x-powered-by");
    app.set("etag", false);
    app.use(probes({ tenants, db, draining: /* @__PURE__ */ __name(() => draining, "draining") }));
    const webhookTenants = tenants.all().flatMap(({ id, webhookSecret, webhookPublicUrl, intake }) => webhookSecret ? [{ id, secret: webhookSecret, publicUrl: webhookPublicUrl, intake }] : []);
    if (webhookTenants.length) {
      app.use(reportsWebhook({
        tenants: webhookTenants,
        defaultTenant: DEFAULT_TENANT,
        logger,
        onOutcome: metrics && ((outcome, tenant) => metrics.webhook(outcome, tenant))
      }));
    }
    const requestContext = /* @__PURE__ */ __name(async (headers, body) => {
      const principal = await authenticate({ headers, extensions: extensionsOf(body) });
      return contextOf(principal, options.authenticator.fromRouter(headers), limits.upstreamCalls);
    }, "requestContext");
    const cors = options.cors && corsHandler(options.cors);
    app.use(GRAPHQL_PATH, ...cors ? [cors] : [], express3.json({ limit: options.bodyLimitBytes }), expressMiddleware(apollo, {
      context: /* @__PURE__ */ __name(({ req }) => requestContext(req.headers, req.body), "context")
    }));
    if (options.playground)
      app.use(playground(options.playground, options.authenticator));
    app.use(jsonErrors);
    const servePost = graphqlPost({
      apollo,
      path: GRAPHQL_PATH,
      bodyLimitBytes: options.bodyLimitBytes,
      before: cors,
      context: /* @__PURE__ */ __name((req, body) => requestContext(req.headers, body), "context"),
      onUnexpected: /* @__PURE__ */ __name((error) => logger.error({ err: describe2(error) }, "unexpected error"), "onUnexpected")
    });
    httpServer.on("request", (req, res) => {
      if (!servePost(req, res))
        app(req, res);
    });
    await new Promise((resolve, reject) => {
      httpServer.once("error", reject);
      httpServer.listen(listen.port, listen.host, resolve);
    });
    const subscriptions = serveSubscriptions({
      httpServer,
      path: GRAPHQL_PATH,
      schema,
      authenticate: /* @__PURE__ */ __name((request) => options.authenticator.authenticate(request), "authenticate"),
      context: /* @__PURE__ */ __name((principal) => contextOf(principal, false), "context"),
      formatError,
      maxPayloadBytes: 64 * 1024,
      maxTokens: limits.tokens,
      validationRules: shapeRules(limits)
    });
    opened.push(() => subscriptions.close());
    const metricsServer = options.metrics && metrics && await serveMetrics(metrics.registry, { host: listen.host, port: options.metrics.port });
    if (metricsServer)
      opened.push(() => metricsServer.close());
    for (const tenant of tenants.all()) {
      tenant.intake.start(options.reportsPollIntervalMs);
      opened.push(() => tenant.intake.stop());
      if (options.reconciliation) {
        const reconciler = new Reconciler(tenant.client, tenant.reports, options.reconciliation, (error) => logger.warn({ tenant: tenant.id, err: describe2(error) }, "reconciliation failed"), metrics?.forTenant(tenant.id).onReconciled);
        reconciler.start();
        opened.push(() => reconciler.stop());
      }
    }
    const sweep = setInterval(() => {
      deleteExpiredKeys(db).catch(reportError);
      quotas.deleteExpired().catch(reportError);
    }, EXPIRED_KEYS_SWEEP_MS);
    sweep.unref();
    opened.push(async () => clearInterval(sweep));
    let closing;
    const { port } = httpServer.address();
    const url = localUrl(listen.host, port);
    const webhookUrlOf = /* @__PURE__ */ __name((tenant) => webhookTenants.some((t) => t.id === tenant) ? `${url}${webhookPathOf(tenant, DEFAULT_TENANT)}` : void 0, "webhookUrlOf");
    for (const { id, secret, publicUrl } of webhookTenants) {
      if (!publicUrl)
        continue;
      const target = new URL(webhookPathOf(id, DEFAULT_TENANT), publicUrl === "self" ? url : publicUrl);
      target.searchParams.set(SECRET_PARAMETER, secret);
      notifyUrls.set(id, target.toString());
    }
    return {
      url,
      graphqlUrl: `${url}${GRAPHQL_PATH}`,
      webhookUrl: webhookUrlOf(DEFAULT_TENANT),
      webhookUrlOf,
      metricsUrl: metricsServer?.url,
      beginShutdown() {
        draining = true;
      },
      close() {
        closing ??= closeAll(opened);
        return closing;
      }
    };
  }
  __name(start, "start");
}
__name(startGateway, "startGateway");
async function closeAll(closers) {
  const failures = [];
  for (const close of [...closers].reverse()) {
    await close().catch((error) => failures.push(error));
  }
  if (failures.length)
    throw failures[0];
}
__name(closeAll, "closeAll");
function extensionsOf(body) {
  if (typeof body !== "object" || body === null)
    return void 0;
  const { extensions } = body;
  return typeof extensions === "object" && extensions !== null && !Array.isArray(extensions) ? extensions : void 0;
}
__name(extensionsOf, "extensionsOf");
function describe2(error) {
  return error instanceof Error ? { type: error.name, message: error.message } : { type: typeof error, message: String(error) };
}
__name(describe2, "describe");
export {
  startGateway
};
