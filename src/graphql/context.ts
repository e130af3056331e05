import type { Principal } from "../domain/principal.js";
import type { IdempotencyOptions } from "./idempotency/idempotent.js";
import type { Loaders } from "./loaders.js";
import type { OmniClient } from "../omni/OmniClient.js";
import type { SendQuota } from "./quota/SendQuota.js";
import type { ReportIntake } from "../intake/ReportIntake.js";
import type { ReportStore } from "../store/reports/ReportStore.js";
import type { TenantFeed } from "../store/reports/StatusFeed.js";
import type { WritesBeforeAnswer } from "./WritesBeforeAnswer.js";

/**
 * What every resolver gets: who is asking, and the services of that caller's tenant only (its
 * OMNI account, its rows of the store, its subscribers, its quota), with loaders fresh for this
 * request. Nothing here can reach another tenant's data.
 */
export interface GatewayContext {
  principal: Principal;
  /** The request carried the router's shared secret. */
  viaRouter: boolean;
  client: OmniClient;
  reports: ReportStore;
  intake: ReportIntake;
  loaders: Loaders;
  feed: TenantFeed;
  idempotency: IdempotencyOptions;
  quota: SendQuota;
  /** The tenant's own report webhook (secret included) that sends ask OMNI to call, if any. */
  notifyUrl?: string;
  /** Writes the answer waits for, done while the result is completed (a send's record). */
  writesBeforeAnswer: WritesBeforeAnswer;
  /** Failures that must not fail the operation (bookkeeping after a send went out). */
  reportError(error: unknown): void;
  /** When the request started, so every rule in it judges "the future" the same way. */
  now: Date;
}
