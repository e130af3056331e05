import DataLoader from "dataloader";
import { OmniHttpError } from "./errors.js";
import type { OmniClient } from "./OmniClient.js";
import type { ReportStore, StoredReport } from "./reports/ReportStore.js";
import { MAX_PAGE, type WireLog, type WireScenario } from "./wire.js";

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
    scenarioByKey: new DataLoader((keys) =>
      Promise.all(keys.map((key) => loadScenario(client, key))),
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
  const rows = await fetchLogs(client, ids);
  const byId = new Map<string, WireLog[]>();
  for (const row of rows) {
    const list = byId.get(row.messageId);
    if (list) list.push(row);
    else byId.set(row.messageId, [row]);
  }
  return ids.map((id) => byId.get(id) ?? []);
}

/**
 * A message has one log row per attempt, so 1000 ids can exceed the 1000-row page: a full page
 * may be truncated. And 1000 ids make a ~40 KB URL, which an upstream may refuse (414/431).
 * Either way the ids are split in half until every call fits and every page is complete.
 */
async function fetchLogs(client: OmniClient, ids: readonly string[]): Promise<WireLog[]> {
  let rows: WireLog[] | undefined;
  try {
    rows = await client.logs({ messageId: [...ids], limit: MAX_PAGE });
  } catch (error) {
    if (!(error instanceof OmniHttpError && URL_TOO_LONG.has(error.status) && ids.length > 1))
      throw error;
  }
  if (rows && (rows.length < MAX_PAGE || ids.length === 1)) return rows;
  const middle = Math.ceil(ids.length / 2);
  const halves = await Promise.all([
    fetchLogs(client, ids.slice(0, middle)),
    fetchLogs(client, ids.slice(middle)),
  ]);
  return halves.flat();
}

/** URI Too Long, Request Header Fields Too Large. */
const URL_TOO_LONG = new Set([414, 431]);

async function loadScenario(client: OmniClient, key: string): Promise<WireScenario | null> {
  try {
    return await client.getScenario(key);
  } catch (error) {
    if (error instanceof OmniHttpError && error.status === 404) return null;
    throw error;
  }
}
