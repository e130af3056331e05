import {
  circuitBreaker,
  CircuitState,
  ConsecutiveBreaker,
  ExponentialBackoff,
  handleWhen,
  retry,
  wrap,
  type IBackoff,
  type IBackoffFactory,
  type IPolicy,
  type IRetryBackoffContext,
} from "cockatiel";
import { OmniHttpError, OmniUnavailableError } from "./errors.js";

/**
 * The longest Retry-After a read waits out. Beyond it the caller hears RATE_LIMITED with the
 * upstream's retryAfter at once, rather than holding its connection open for the wait.
 */
export const DEFAULT_MAX_RETRY_AFTER_SECONDS = 5;

/** Failures that say nothing about our request and may pass if we try again soon enough. */
function isTransient(error: Error, maxRetryAfterSeconds: number): boolean {
  if (error instanceof OmniHttpError) {
    if ((error.retryAfterSeconds ?? 0) > maxRetryAfterSeconds) return false;
    return [429, 502, 503, 504].includes(error.status);
  }
  return error instanceof OmniUnavailableError && error.reason !== "CIRCUIT_OPEN";
}

/**
 * The breaker counts upstream trouble only; a 4xx is the caller's problem, not OMNI's health,
 * and a 429 is OMNI asking us to slow down, which an open breaker would overdo.
 */
function isUpstreamFault(error: Error): boolean {
  if (error instanceof OmniHttpError) return error.status >= 500;
  return error instanceof OmniUnavailableError;
}

type RetryContext = IRetryBackoffContext<unknown>;

/**
 * The jittered exponential delay, stretched to the failed attempt's Retry-After when it asks for
 * longer (RFC 9110 §10.2.3). The exponential sequence runs on underneath, so a later attempt
 * without the header still backs off further.
 */
function honouringRetryAfter(fallback: IBackoffFactory<unknown>): IBackoffFactory<RetryContext> {
  return {
    next(context: RetryContext): IBackoff<RetryContext> {
      const next = fallback.next(context);
      const error = "error" in context.result ? context.result.error : undefined;
      const askedMs = error instanceof OmniHttpError ? (error.retryAfterSeconds ?? 0) * 1000 : 0;
      return { ...honouringRetryAfter(next), duration: Math.max(next.duration, askedMs) };
    },
  };
}

export interface ResiliencePolicies {
  /** Reads: retried (3 attempts, decorrelated jitter, Retry-After honoured), inside the breaker. */
  read: IPolicy;
  /** Sends and writes: never blind-retried, since OMNI has no idempotency key. */
  write: IPolicy;
  isOpen(): boolean;
}

export function createResiliencePolicies(options: {
  breakerThreshold: number;
  breakerHalfOpenAfterMs: number;
  /** Default DEFAULT_MAX_RETRY_AFTER_SECONDS. */
  maxRetryAfterSeconds?: number;
}): ResiliencePolicies {
  const maxRetryAfterSeconds = options.maxRetryAfterSeconds ?? DEFAULT_MAX_RETRY_AFTER_SECONDS;
  const breaker = circuitBreaker(handleWhen(isUpstreamFault), {
    halfOpenAfter: options.breakerHalfOpenAfterMs,
    breaker: new ConsecutiveBreaker(options.breakerThreshold),
  });
  const retryReads = retry(
    handleWhen((error) => isTransient(error, maxRetryAfterSeconds)),
    {
      maxAttempts: 2,
      backoff: honouringRetryAfter(new ExponentialBackoff({ initialDelay: 100, maxDelay: 2_000 })),
    },
  );
  return {
    read: wrap(retryReads, breaker),
    write: breaker,
    isOpen: () => breaker.state === CircuitState.Open,
  };
}
