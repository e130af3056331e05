import {
  __name
} from "./chunk-SHUYVCID.js";

// dist/server/logger.js
import { isSpanContextValid, trace } from "@opentelemetry/api";
import { pino } from "pino";
function createLogger(level, destination) {
  return pino({
    level,
    mixin: traceFields,
    redact: {
      paths: [
        "authorization",
        "*.authorization",
        "headers.authorization",
        "*.headers.authorization",
        'headers["x-api-key"]',
        '*.headers["x-api-key"]',
        'headers["router-authorization"]',
        '*.headers["router-authorization"]',
        "apiKey",
        "*.apiKey",
        "password",
        "*.password",
        "token",
        "*.token",
        "secret",
        "*.secret",
        // Webhook URLs may carry the secret as a query parameter.
        "notifyUrl",
        "*.notifyUrl",
        "webhookUrl"
      ],
      censor: "[redacted]"
    }
  }, destination);
}
__name(createLogger, "createLogger");
function traceFields() {
  const context = trace.getActiveSpan()?.spanContext();
  if (!context || !isSpanContextValid(context))
    return {};
  return {
    trace_id: context.traceId,
    span_id: context.spanId,
    trace_flags: context.traceFlags.toString(16).padStart(2, "0")
  };
}
__name(traceFields, "traceFields");
export {
  createLogger
};
