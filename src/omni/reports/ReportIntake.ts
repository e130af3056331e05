import type { OmniClient } from "../OmniClient.js";
import { MAX_PAGE } from "../wire.js";
import type { ReportStore } from "./ReportStore.js";

/**
 * Moves fetch-once upstream reports into the store. Drains are single-flight: concurrent callers
 * share one drain, so a burst of reads costs one upstream round, and no two drains race.
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

  private async drainAll(): Promise<void> {
    for (;;) {
      const page = await this.client.drainReports({ limit: MAX_PAGE });
      // Stored before the next page is asked for; a crash between fetch and save loses only
      // this page (durable intake with acknowledgement is issue 5).
      await this.store.save(page);
      if (page.length < MAX_PAGE) return;
    }
  }
}
