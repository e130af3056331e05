import type { Loaders } from "../omni/loaders.js";
import type { OmniClient } from "../omni/OmniClient.js";
import type { ReportIntake } from "../omni/reports/ReportIntake.js";
import type { ReportStore } from "../omni/reports/ReportStore.js";

/** What every resolver gets: shared services, and loaders fresh for this request. */
export interface GatewayContext {
  client: OmniClient;
  reports: ReportStore;
  intake: ReportIntake;
  loaders: Loaders;
  /** When the request started, so every rule in it judges "the future" the same way. */
  now: Date;
}
