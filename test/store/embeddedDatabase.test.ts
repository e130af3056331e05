import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "../../src/store/openDatabase.js";
import { pgliteTemplate } from "../support/pgliteTemplate.js";

describe("embedded PGlite under DATA_DIR", () => {
  let dataDir: string;
  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), "omni-gateway-embedded-"));
  });
  afterAll(() => rm(dataDir, { recursive: true, force: true }));

  it("starts a new folder from the template, migrated, and finds its rows there after a restart", async () => {
    const first = await openDatabase({ dataDir, pgliteTemplate: await pgliteTemplate() }, () => {});
    await first.query("INSERT INTO bulks (tenant, bulk_id) VALUES ('t', 'kept-across-restarts')");
    await first.close();

    // A folder in use is not empty: the template is not loaded over it.
    const again = await openDatabase({ dataDir, pgliteTemplate: await pgliteTemplate() }, () => {});
    try {
      expect(await again.query("SELECT bulk_id FROM bulks WHERE tenant = 't'")).toEqual([
        { bulk_id: "kept-across-restarts" },
      ]);
      // One process is its only client: a small buffer cache, not PostgreSQL's 128 MB.
      expect(await again.query("SHOW shared_buffers")).toEqual([{ shared_buffers: "16MB" }]);
    } finally {
      await again.close();
    }
  });
});
