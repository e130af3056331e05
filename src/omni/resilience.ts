import { setTimeout as delay } from "node:timers/promises";
import { performance } from "node:perf_hooks";
import {
  circuitBreaker,
  CircuitState,
  ExponentialBackoff,
  handleWhen,
  SamplingBreaker,
  type IBackoff,
} from "cockatiel";
import { OmniHttpError, OmniUnavailableError } from "./errors.js";
import { RetryBudget } from "./retryBudget.js";

/**
 * The longest Retry-After a read waits out. Beyond it the caller hears RATE_LIMITED with the
 * upstream's retryAfter at once, rather than holding its connection open for the wait.
 */
export const DEFAULT_MAX_RETRY_AFTER_SECONDS = 5;

/**
 * Attempts per read. A read that fails on any attempt with probability p fails p⁵ of the time:
 * 0.24 % at p = 30 %, the flakiest link we ride out without the caller noticing. Four attempts
 * (0.81 %) would put 1 % of reads failed within ordinary bad luck: 400 reads fail more than 4
 * times in about one run of four.
 */
export const READ_ATTEMPTS = 5;

/**
 * The breaker opens when more than 60 % of the attempts over 10 s failed, once there were at
 * least 30 of them (3 a second): a full outage opens it within 30 calls. A link that fails 30 %
 * of attempts, which retries still carry (see READ_ATTEMPTS), must not open it. Simulated with
 * independent failures over ten minutes, the suggested 50 % over a minimum of 20 opened for a
 * client at 4 calls a second in 58 % of runs (6 % at 10 a second; 4 % within a burst of 600
 * calls); 60 % over 30 opened in 1 % at 4 a second, never at 10 or more, 0.06 % in a burst.
 * Below 3 calls a second it never opens: there the retry budget alone bounds the cost of a
 * failing upstream.
 */
export const BREAKER = {
  threshold: 0.6,
  windowMs: 10_000,
  minimumCalls: 30,
  halfOpenAfterMs: 10_000,
};

/**
 * Retries may add half the calls of the last 10 s, plus 100 (ten a second, Finagle's floor).
 * Reads that fail 30 % of attempts ask 0.3 + 0.3² + 0.3³ + 0.3⁴ = 0.43 retries a call, so they
 * fit; the customary 20 % (Finagle's and Envoy's default) would leave about 14 % of reads failed
 * there. The floor absorbs runs of bad luck, which a ratio this close to the mean cannot: in a
 * model of 400 reads by 8 callers at 32 % failures, a floor of ten per window denied retries in
 * 8 % of bursts and failed more than 1 % of reads in 5 %; at 100, it denied none. In an
 * outage, retries add at most half the load, plus ten a second, until the breaker opens.
 */
export const RETRY_BUDGET = { ratio: 0.5, floor: 100, windowMs: 10_000 };

const BACKOFF = { initialDelay: 100, maxDelay: 2_000 };

/** Failures that say nothing about our request and may pass if we try again soon enough. */
function isTransient(error: unknown, maxRetryAfterSeconds: number): boolean {
  if (error instanceof OmniHttpError) {
    if ((error.retryAfterSeconds ?? 0) > maxRetryAfterSeconds) return false;
    return [429, 500, 502, 503, 504].includes(error.status);
  }
  return error instanceof OmniUnavailableError && error.reason !== "CIRCUIT_OPEN";
}

/**
 * The breaker counts upstream trouble only; a 4xx is the caller's problem, not OMNI's health,
 * and a 429 is OMNI asking us to slow down, which an open breaker would overdo. Anything else
 * (a bug, a local failure) is neither a failure nor a success to it.
 */
function isUpstreamFault(error: Error): boolean {
  if (error instanceof OmniHttpError) return error.status >= 500;
  return error instanceof OmniUnavailableError;
}

/** RFC 9110 §10.2.3: a retry waits at least what the failed attempt's Retry-After asked. */
function retryAfterMs(error: unknown): number {
  return error instanceof OmniHttpError ? (error.retryAfterSeconds ?? 0) * 1000 : 0;
}

/** One attempt; a retry gets a signal that ends it at the read's deadline. */
export type Attempt<T> = (signal: AbortSignal | undefined) => Promise<T>;

export interface ResiliencePolicies {
  /**
   * Reads: up to READ_ATTEMPTS attempts with jittered exponential backoff (stretched to a
   * Retry-After), each through the breaker, while the read's deadline and the client's retry
   * budget allow.
   */
  read<T>(attempt: Attempt<T>): Promise<T>;
  /** Sends and writes: never blind-retried, since OMNI has no idempotency key. */
  write<T>(attempt: () => Promise<T>): Promise<T>;
  isOpen(): boolean;
}

/**
 * One client's policies: its own breaker and retry budget, so one tenant's failing account
 * never opens the circuit for another on the same pool. The retry loop is ours because
 * cockatiel's cannot stop at a deadline or a shared budget; backoff and breaker are cockatiel's.
 */
export function createResiliencePolicies(options: {
  /** The longest a read may take, retries included; a retry that cannot finish by then is not made. */
  readDeadlineMs: number;
  /** Default DEFAULT_MAX_RETRY_AFTER_SECONDS. */
  maxRetryAfterSeconds?: number;
}): ResiliencePolicies {
  const maxRetryAfterSeconds = options.maxRetryAfterSeconds ?? DEFAULT_MAX_RETRY_AFTER_SECONDS;
  const breaker = circuitBreaker(handleWhen(isUpstreamFault), {
    halfOpenAfter: BREAKER.halfOpenAfterMs,
    breaker: new SamplingBreaker({
      threshold: BREAKER.threshold,
      duration: BREAKER.windowMs,
      minimumRps: (BREAKER.minimumCalls * 1000) / BREAKER.windowMs,
    }),
  });
  const budget = new RetryBudget(RETRY_BUDGET);
  const backoff = new ExponentialBackoff(BACKOFF);
  const isOpen = () => breaker.state === CircuitState.Open;

  return {
    async read<T>(attempt: Attempt<T>): Promise<T> {
      budget.recordCall();
      const deadline = performance.now() + options.readDeadlineMs;
      let wait: IBackoff<unknown> | undefined;
      for (let attempts = 1; ; attempts++) {
        const signal =
          attempts === 1
            ? undefined
            : AbortSignal.timeout(Math.max(1, Math.ceil(deadline - performance.now())));
        try {
          return await breaker.execute(() => attempt(signal));
        } catch (error) {
          // A retry the open breaker would refuse is not waited for: the caller hears the fault.
          if (attempts >= READ_ATTEMPTS || !isTransient(error, maxRetryAfterSeconds) || isOpen()) {
            throw error;
          }
          wait = wait ? wait.next(undefined) : backoff.next();
          const ms = Math.max(wait.duration, retryAfterMs(error));
          if (performance.now() + ms >= deadline || !budget.tryRetry()) throw error;
          await delay(ms);
        }
      }
    },
    write<T>(attempt: () => Promise<T>): Promise<T> {
      budget.recordCall();
      return breaker.execute(attempt);
    },
    isOpen,
  };
}
