export interface RateLimit {
  requests: number;
  perSeconds: number;
}

/**
 * A fixed window per account: it opens with the first request after the previous one closed
 * and admits `requests` calls until it closes `perSeconds` later.
 *
 * It runs on real time, not on the sandbox clock: the client that is refused waits out
 * Retry-After on its own real timers. On a frozen sandbox clock (what the tests use) the window
 * would never close, and on a fast one it would close long before the client retried, so the
 * limit would either never lift or never bite.
 */
export class FixedWindowLimiter {
  private windowStart = Number.NEGATIVE_INFINITY;
  private used = 0;
  private readonly windowMs: number;

  constructor(
    private readonly limit: RateLimit,
    private readonly realNow: () => number = () => performance.now(),
  ) {
    this.windowMs = limit.perSeconds * 1_000;
  }

  /** Counts one request; refused, it gives the whole seconds until the window closes (at least 1). */
  take(): { admitted: true } | { admitted: false; retryAfterSeconds: number } {
    const now = this.realNow();
    if (now >= this.windowStart + this.windowMs) {
      this.windowStart = now;
      this.used = 0;
    }
    if (this.used < this.limit.requests) {
      this.used += 1;
      return { admitted: true };
    }
    const retryAfterSeconds = Math.max(
      1,
      Math.ceil((this.windowStart + this.windowMs - now) / 1_000),
    );
    return { admitted: false, retryAfterSeconds };
  }

  reset(): void {
    this.windowStart = Number.NEGATIVE_INFINITY;
    this.used = 0;
  }
}
