import type { OmniClient } from "../OmniClient.js";
import { MAX_PAGE, type WireReport } from "../wire.js";
import type { ReportStore, StoredReport } from "./ReportStore.js";

/**
 * Moves reports into the store from both sources: the fetch-once upstream endpoint (drained by
 * polling and before reads) and the `notifyUrl` webhook. Drains are single-flight: concurrent
 * callers share one drain, so a burst of reads costs one upstream round, and no two drains race.
 */
export class ReportIntake {
  private inFlight: Promise<void> | undefined;
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly client: OmniClient,
    private readonly store: ReportStore,
    private readonly onError: (error: unknown) => void,
  ) {}

  drain(): Promise<void> {
    this.inFlight ??= this.drainAll().finally(() => {
      this.inFlight = undefined;
    });
    return this.inFlight;
  }

  /** Reports pushed to the webhook; once this resolves they are committed and may be acknowledged. */
  accept(reports: readonly WireReport[]): Promise<StoredReport[]> {
    return this.store.save(reports);
  }

  /** Background polling, so reports are taken in even when nobody reads them. */
  start(intervalMs: number): void {
    this.timer = setInterval(() => {
      this.drain().catch(this.onError);
    }, intervalMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    await this.inFlight?.catch(() => undefined);
  }

  /** OMNI's reports and the Mobile Push API's come from two endpoints into the one store. */
  private async drainAll(): Promise<void> {
    await Promise.all([
      this.drainSource((q) => this.client.drainReports(q)),
      this.drainSource((q) => this.client.drainPushReports(q)),
    ]);
  }

  private async drainSource(
    take: (query: { limit: number }) => Promise<WireReport[]>,
  ): Promise<void> {
    for (;;) {
      const page = await take({ limit: MAX_PAGE });
      // Committed before the next page is asked for: asking again is the only acknowledgement
      // the fetch-once endpoint knows, so at most the page in hand is at risk.
      await this.store.save(page);
      if (page.length < MAX_PAGE) return;
    }
  }
}
