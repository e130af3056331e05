import {
  DatabaseUnavailableError
} from "./chunk-43T7NA4Y.js";
import {
  __name
} from "./chunk-SHUYVCID.js";

// dist/store/postgres.js
import pg from "pg";
var RECONNECT_MS = 1e3;
var CONNECT_TIMEOUT_MS = 5e3;
async function openPostgres(url, schema, onError) {
  const settings = { connectionString: url, options: `-c search_path=${schema}` };
  const pool = new pg.Pool({ ...settings, max: 10, connectionTimeoutMillis: CONNECT_TIMEOUT_MS });
  pool.on("error", onError);
  await pool.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
  const listeners = /* @__PURE__ */ new Set();
  return {
    namespace: schema,
    async query(sql, params) {
      try {
        return (await pool.query(sql, params ? [...params] : void 0)).rows;
      } catch (error) {
        throw asUnavailable(error);
      }
    },
    async transaction(work) {
      let client;
      try {
        client = await pool.connect();
      } catch (error) {
        throw asUnavailable(error);
      }
      try {
        await client.query("BEGIN");
        const result = await work({
          query: /* @__PURE__ */ __name(async (sql, params) => (await client.query(sql, params ? [...params] : void 0)).rows, "query")
        });
        await client.query("COMMIT");
        return result;
      } catch (error) {
        await client.query("ROLLBACK").catch(() => void 0);
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
    }
  };
}
__name(openPostgres, "openPostgres");
var UNAVAILABLE_CODES = /* @__PURE__ */ new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EPIPE",
  "ENOTFOUND",
  "EAI_AGAIN",
  "57P01",
  "57P02",
  "57P03",
  "53300"
]);
function asUnavailable(error) {
  const code = error.code;
  if (typeof code === "string" && (UNAVAILABLE_CODES.has(code) || code.startsWith("08"))) {
    return new DatabaseUnavailableError(code);
  }
  const message = error instanceof Error ? error.message : "";
  if (/Connection terminated|timeout exceeded when trying to connect/i.test(message)) {
    return new DatabaseUnavailableError("CONNECTION_LOST");
  }
  return error;
}
__name(asUnavailable, "asUnavailable");
async function listenForever(settings, channel, onPayload, onError) {
  let stopped = false;
  let current;
  let retry;
  const reconnectLater = /* @__PURE__ */ __name(() => {
    if (stopped || retry)
      return;
    retry = setTimeout(() => {
      retry = void 0;
      connect().catch((error) => {
        onError(error);
        reconnectLater();
      });
    }, RECONNECT_MS);
  }, "reconnectLater");
  const connect = /* @__PURE__ */ __name(async () => {
    const client = new pg.Client(settings);
    client.on("notification", (message) => {
      if (message.channel === channel && message.payload !== void 0)
        onPayload(message.payload);
    });
    client.on("error", (error) => {
      onError(error);
      client.end().catch(() => void 0);
      if (current !== client)
        return;
      current = void 0;
      reconnectLater();
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${channel}`);
    } catch (error) {
      await client.end().catch(() => void 0);
      throw error;
    }
    if (stopped) {
      await client.end();
      return;
    }
    current = client;
  }, "connect");
  await connect();
  return async () => {
    stopped = true;
    clearTimeout(retry);
    await current?.end();
  };
}
__name(listenForever, "listenForever");
export {
  openPostgres
};
