import type { Scheduler } from "./clock.js";
import type { DeliveryReport } from "./wire.js";

const MINUTE = 60_000;
const MAX_RETRIES = 5;
/** Infobip packs up to 100 reports into one callback. */
const BATCH_SIZE = 100;

export interface WebhookStats {
  delivered: number;
  failed: number;
  retrying: number;
}

/**
 * Pushes delivery reports to a send's `notifyUrl` as `{"results":[...]}` (JSON only). Reports
 * that finish in the same tick go out together. A failed call (network error or non-2xx) is
 * retried on the sandbox clock after `1min + 1min·n²` (n = 0, 1, …, as Infobip documents), at
 * most MAX_RETRIES times.
 */
export class Notifier {
  private pending = new Map<string, DeliveryReport[]>();
  private flushQueued = false;
  private readonly abort = new AbortController();
  private readonly counters: WebhookStats = { delivered: 0, failed: 0, retrying: 0 };

  constructor(
    private readonly clock: Scheduler,
    private readonly log: (line: string) => void,
  ) {}

  stats(): WebhookStats {
    return { ...this.counters };
  }

  enqueue(url: string, report: DeliveryReport): void {
    const list = this.pending.get(url);
    if (list) list.push(report);
    else this.pending.set(url, [report]);
    if (!this.flushQueued) {
      this.flushQueued = true;
      queueMicrotask(() => this.flush());
    }
  }

  /** Drops queued reports and counters; retries already scheduled go with the clock's events. */
  clear(): void {
    this.pending.clear();
    Object.assign(this.counters, { delivered: 0, failed: 0, retrying: 0 });
  }

  stop(): void {
    this.abort.abort();
    this.pending.clear();
  }

  private flush(): void {
    this.flushQueued = false;
    const pending = this.pending;
    this.pending = new Map();
    for (const [url, reports] of pending) {
      for (let i = 0; i < reports.length; i += BATCH_SIZE) {
        void this.post(url, reports.slice(i, i + BATCH_SIZE), 0);
      }
    }
  }

  private async post(url: string, results: DeliveryReport[], retry: number): Promise<void> {
    try {
      const response = await fetch(url, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ results }),
        signal: this.abort.signal,
      });
      await response.arrayBuffer();
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      this.counters.delivered += 1;
    } catch (error) {
      if (this.abort.signal.aborted) return;
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
}

/** A notifyUrl may carry a secret in its query (`?secret=`) or userinfo: log where, not how. */
function redacted(url: string): string {
  const { origin, pathname } = new URL(url);
  return origin + pathname;
}
