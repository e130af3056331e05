import { isSpanContextValid, trace } from "@opentelemetry/api";
import { pino, type DestinationStream, type Logger } from "pino";

export type { Logger };

/**
 * JSON logs; anything that could carry a credential is redacted even if someone logs it by mistake.
 * A line written while a span is active names its trace and span, so a log search leads to the
 * trace and back.
 */
export function createLogger(level: string, destination?: DestinationStream): Logger {
  return pino(
    {
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
          "webhookUrl",
        ],
        censor: "[redacted]",
      },
    },
    destination,
  );
}

/**
 * OpenTelemetry's log-correlation field names. Without tracing no span is ever active (the API
 * has no SDK behind it), so this costs a lookup per line. A fresh object each time: pino merges the line's own fields
 * into it.
 */
function traceFields(): object {
  const context = trace.getActiveSpan()?.spanContext();
  if (!context || !isSpanContextValid(context)) return {};
  return {
    trace_id: context.traceId,
    span_id: context.spanId,
    trace_flags: context.traceFlags.toString(16).padStart(2, "0"),
  };
}
