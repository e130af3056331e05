import type { IdempotencyOptions } from "../omni/idempotency/idempotent.js";
import type { Loaders } from "../omni/loaders.js";
import type { OmniClient } from "../omni/OmniClient.js";
import type { ReportIntake } from "../omni/reports/ReportIntake.js";
import type { ReportStore } from "../omni/reports/ReportStore.js";
import type { StatusFeed } from "../omni/reports/StatusFeed.js";

/** What every resolver gets: shared services, and loaders fresh for this request. */
export interface GatewayContext {
  client: OmniClient;
  reports: ReportStore;
  intake: ReportIntake;
  loaders: Loaders;
  feed: StatusFeed;
  idempotency: IdempotencyOptions;
  /** The gateway's own report webhook (secret included) that sends ask OMNI to call, if any. */
  notifyUrl?: string;
  /** Failures that must not fail the operation (bookkeeping after a send went out). */
  reportError(error: unknown): void;
  /** When the request started, so every rule in it judges "the future" the same way. */
  now: Date;
}
