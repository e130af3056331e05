import type { OmniClient } from "../OmniClient.js";
import { MAX_PAGE, type WireReport } from "../wire.js";
import type { ReportStore, StoredReport } from "./ReportStore.js";
import { reportSchema } from "./reportSchema.js";

interface Source {
  take(query: { limit: number }): Promise<WireReport[]>;
  /** A page taken but not stored: the fetch-once endpoint will not give it again. */
  unsaved?: WireReport[];
}

/**
 * Moves reports into the store from both sources: the fetch-once upstream endpoint (drained by
 * polling and before reads) and the `notifyUrl` webhook. Drains are single-flight: concurrent
 * callers share one drain, so a burst of reads costs one upstream round, and no two drains race.
 */
export class ReportIntake {
  private inFlight: Promise<void> | undefined;
  private timer: NodeJS.Timeout | undefined;
  /** OMNI's reports and the Mobile Push API's come from two endpoints into the one store. */
  private readonly sources: Source[] = [
    { take: (query) => this.client.drainReports(query) },
    { take: (query) => this.client.drainPushReports(query) },
  ];

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

  private async drainAll(): Promise<void> {
    await Promise.all(this.sources.map((source) => this.drainSource(source)));
  }

  private async drainSource(source: Source): Promise<void> {
    for (;;) {
      // Asking again is the only acknowledgement the fetch-once endpoint knows: a page whose
      // save failed is kept and saved before the next is asked for, so no page is lost.
      let more = true;
      if (!source.unsaved) {
        const page = await source.take({ limit: MAX_PAGE });
        more = page.length >= MAX_PAGE;
        source.unsaved = this.storable(page);
      }
      await this.store.save(source.unsaved);
      source.unsaved = undefined;
      if (!more) return;
    }
  }

  /**
   * One malformed report (say, an unparseable date) must not block its whole page forever: it
   * is skipped with a warning naming only its messageId and the faulty field.
   */
  private storable(page: readonly unknown[]): WireReport[] {
    return page.flatMap((report) => {
      const parsed = reportSchema.safeParse(report);
      if (parsed.success) return [parsed.data];
      const messageId = (report as { messageId?: unknown } | null)?.messageId;
      const [issue] = parsed.error.issues;
      this.onError(
        new Error(
          `skipped malformed report ${typeof messageId === "string" ? messageId.slice(0, 200) : "(no messageId)"}` +
            (issue ? ` at ${issue.path.join(".")}: ${issue.message}` : ""),
        ),
      );
      return [];
    });
  }
}
