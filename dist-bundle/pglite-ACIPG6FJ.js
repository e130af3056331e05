import {
  __name
} from "./chunk-SHUYVCID.js";

// dist/store/pglite.js
import { PGlite } from "@electric-sql/pglite";
var START_PARAMS = [...PGlite.defaultStartParams, "-c", "shared_buffers=16MB"];
async function openPglite(schema, dataDir, template) {
  const db = await PGlite.create({
    startParams: START_PARAMS,
    ...dataDir && { dataDir },
    ...template && { loadDataDir: template }
  });
  await db.exec(`CREATE SCHEMA IF NOT EXISTS ${schema}; SET search_path TO ${schema}`);
  const run = /* @__PURE__ */ __name((target) => async (sql, params) => (await target.query(sql, params ? [...params] : void 0)).rows, "run");
  return {
    namespace: schema,
    query: run(db),
    transaction: /* @__PURE__ */ __name((work) => db.transaction((tx) => work({ query: run(tx) })), "transaction"),
    listen: /* @__PURE__ */ __name((channel, onPayload) => db.listen(channel, onPayload), "listen"),
    close: /* @__PURE__ */ __name(() => db.close(), "close")
  };
}
__name(openPglite, "openPglite");
async function dumpFreshPglite() {
  const db = await PGlite.create({ startParams: START_PARAMS });
  try {
    return await db.dumpDataDir("gzip");
  } finally {
    await db.close();
  }
}
__name(dumpFreshPglite, "dumpFreshPglite");
export {
  dumpFreshPglite,
  openPglite
};
