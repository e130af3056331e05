import {
  circuitBreaker,
  CircuitState,
  ConsecutiveBreaker,
  ExponentialBackoff,
  handleWhen,
  retry,
  wrap,
  type IPolicy,
} from "cockatiel";
import { OmniHttpError, OmniUnavailableError } from "./errors.js";

/** Failures that say nothing about our request and may pass if we try again. */
function isTransient(error: Error): boolean {
  if (error instanceof OmniHttpError) return [429, 502, 503, 504].includes(error.status);
  return error instanceof OmniUnavailableError && error.reason !== "CIRCUIT_OPEN";
}

/** The breaker counts upstream trouble only; a 4xx is the caller's problem, not OMNI's health. */
function isUpstreamFault(error: Error): boolean {
  if (error instanceof OmniHttpError) return error.status >= 500;
  return error instanceof OmniUnavailableError;
}

export interface ResiliencePolicies {
  /** Reads: retried (3 attempts, decorrelated jitter), inside the breaker. */
  read: IPolicy;
  /** Sends and writes: never blind-retried, since OMNI has no idempotency key. */
  write: IPolicy;
  isOpen(): boolean;
}

export function createResiliencePolicies(options: {
  breakerThreshold: number;
  breakerHalfOpenAfterMs: number;
}): ResiliencePolicies {
  const breaker = circuitBreaker(handleWhen(isUpstreamFault), {
    halfOpenAfter: options.breakerHalfOpenAfterMs,
    breaker: new ConsecutiveBreaker(options.breakerThreshold),
  });
  const retryReads = retry(handleWhen(isTransient), {
    maxAttempts: 2,
    backoff: new ExponentialBackoff({ initialDelay: 100, maxDelay: 2_000 }),
  });
  return {
    read: wrap(retryReads, breaker),
    write: breaker,
    isOpen: () => breaker.state === CircuitState.Open,
  };
}
