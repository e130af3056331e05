import pg from "pg";
import { DatabaseUnavailableError, type Database } from "./Database.js";

const RECONNECT_MS = 1_000;
/** A database that does not answer a connect within this is down, for the caller's purposes. */
const CONNECT_TIMEOUT_MS = 5_000;

/** PostgreSQL through a pool; every connection works in `schema`. */
export async function openPostgres(
  url: string,
  schema: string,
  onError: (error: unknown) => void,
): Promise<Database> {
  const settings = { connectionString: url, options: `-c search_path=${schema}` };
  const pool = new pg.Pool({ ...settings, max: 10, connectionTimeoutMillis: CONNECT_TIMEOUT_MS });
  // An idle client that loses its server must not crash the process; the next query reconnects.
  pool.on("error", onError);
  await pool.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
  const listeners = new Set<() => Promise<void>>();

  return {
    namespace: schema,
    async query(sql, params) {
      try {
        return (await pool.query(sql, params ? [...params] : undefined)).rows;
      } catch (error) {
        throw asUnavailable(error);
      }
    },
    async transaction(work) {
      let client: pg.PoolClient;
      try {
        client = await pool.connect();
      } catch (error) {
        throw asUnavailable(error);
      }
      try {
        await client.query("BEGIN");
        const result = await work({
          query: async (sql, params) =>
            (await client.query(sql, params ? [...params] : undefined)).rows,
        });
        await client.query("COMMIT");
        return result;
      } catch (error) {
        await client.query("ROLLBACK").catch(() => undefined);
        throw asUnavailable(error);
      } finally {
        client.release();
      }
    },
    async listen(channel, onPayload) {
      const stop = await listenForever(settings, channel, onPayload, onError);
      listeners.add(stop);
      return async () => {
        listeners.delete(stop);
        await stop();
      };
    },
    async close() {
      await Promise.all([...listeners].map((stop) => stop()));
      await pool.end();
    },
  };
}

/** Network failures, and SQLSTATEs of class 08 and 57P0x: the server, not the statement. */
const UNAVAILABLE_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EPIPE",
  "ENOTFOUND",
  "EAI_AGAIN",
  "57P01",
  "57P02",
  "57P03",
  "53300",
]);

/** Connection trouble as DatabaseUnavailableError; errors of the statement itself unchanged. */
function asUnavailable(error: unknown): unknown {
  const code = (error as { code?: unknown }).code;
  if (typeof code === "string" && (UNAVAILABLE_CODES.has(code) || code.startsWith("08"))) {
    return new DatabaseUnavailableError(code);
  }
  const message = error instanceof Error ? error.message : "";
  // node-postgres reports a dropped or timed-out connection without a code.
  if (/Connection terminated|timeout exceeded when trying to connect/i.test(message)) {
    return new DatabaseUnavailableError("CONNECTION_LOST");
  }
  return error;
}

/**
 * LISTEN needs a connection of its own for as long as it listens. When that connection drops,
 * a new one takes over; notifications sent in between are missed, which readers tolerate because
 * every read answers from the tables, not from the feed.
 */
async function listenForever(
  settings: pg.ClientConfig,
  channel: string,
  onPayload: (payload: string) => void,
  onError: (error: unknown) => void,
): Promise<() => Promise<void>> {
  let stopped = false;
  let current: pg.Client | undefined;
  let retry: NodeJS.Timeout | undefined;

  // One timer at most: a dropped connection and a failed reconnect must not both schedule one,
  // or two clients would listen and every notification would arrive twice.
  const reconnectLater = (): void => {
    if (stopped || retry) return;
    retry = setTimeout(() => {
      retry = undefined;
      connect().catch((error: unknown) => {
        onError(error);
        reconnectLater();
      });
    }, RECONNECT_MS);
  };
  const connect = async (): Promise<void> => {
    const client = new pg.Client(settings);
    client.on("notification", (message) => {
      if (message.channel === channel && message.payload !== undefined) onPayload(message.payload);
    });
    client.on("error", (error) => {
      onError(error);
      client.end().catch(() => undefined);
      // Only the listening client reconnects; one still connecting fails its connect() instead.
      if (current !== client) return;
      current = undefined;
      reconnectLater();
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${channel}`);
    } catch (error) {
      await client.end().catch(() => undefined);
      throw error;
    }
    // stop() ran while this connected: nobody would close it.
    if (stopped) {
      await client.end();
      return;
    }
    current = client;
  };

  await connect();
  return async () => {
    stopped = true;
    clearTimeout(retry);
    await current?.end();
  };
}
