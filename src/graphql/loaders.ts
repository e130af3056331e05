import DataLoader from "dataloader";
import { OmniHttpError } from "../omni/errors.js";
import { logsOfMessages } from "../omni/logsOfMessages.js";
import type { OmniClient } from "../omni/OmniClient.js";
import type { ReportStore, StoredReport } from "../store/reports/ReportStore.js";
import { MAX_PAGE, type WireLog, type WireScenario } from "../omni/wire.js";

export interface Loaders {
  /** Every log row (one per attempt) of each message: N messages, one logs call. */
  logsByMessageId: DataLoader<string, WireLog[]>;
  /** Scenarios by key; OMNI has no batch read, so this deduplicates within a request. */
  scenarioByKey: DataLoader<string, WireScenario | null>;
  /**
   * Stored delivery reports of each message, oldest first. Batched but not memoized: a drain in
   * the middle of the request may add reports, and later fields must see them.
   */
  reportsByMessageId: DataLoader<string, StoredReport[]>;
  /** The scenario sends without a key use; read at most once per request. */
  defaultScenario(): Promise<WireScenario | null>;
}

/** Loaders live for one GraphQL request: they batch and deduplicate, never cache across users. */
export function createLoaders(client: OmniClient, reports: ReportStore): Loaders {
  let defaultScenario: Promise<WireScenario | null> | undefined;
  return {
    defaultScenario: () =>
      (defaultScenario ??= client
        .listScenarios({ isDefault: true, limit: 1 })
        .then(([scenario]) => scenario ?? null)),
    logsByMessageId: new DataLoader((ids) => loadLogs(client, ids), { maxBatchSize: MAX_PAGE }),
    // One failed read fails its own key only (DataLoader takes an Error per key), so the
    // scenarios that were read are not thrown away with it.
    scenarioByKey: new DataLoader((keys) =>
      Promise.all(
        keys.map((key) =>
          loadScenario(client, key).catch((error: unknown) =>
            error instanceof Error ? error : new Error(String(error)),
          ),
        ),
      ),
    ),
    reportsByMessageId: new DataLoader(
      async (ids) => {
        const byId = await reports.byMessageIds(ids);
        return ids.map((id) => byId.get(id) ?? []);
      },
      { cache: false },
    ),
  };
}

async function loadLogs(client: OmniClient, ids: readonly string[]): Promise<WireLog[][]> {
  const rows = await logsOfMessages(client, ids);
  const byId = new Map<string, WireLog[]>();
  for (const row of rows) {
    const list = byId.get(row.messageId);
    if (list) list.push(row);
    else byId.set(row.messageId, [row]);
  }
  return ids.map((id) => byId.get(id) ?? []);
}

async function loadScenario(client: OmniClient, key: string): Promise<WireScenario | null> {
  try {
    return await client.getScenario(key);
  } catch (error) {
    if (error instanceof OmniHttpError && error.status === 404) return null;
    throw error;
  }
}
