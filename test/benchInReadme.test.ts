import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
// @ts-expect-error: plain JavaScript beside the bench it belongs to, without declarations.
import { BLOCKS, blockOf, README } from "../bench/readmeBlocks.mjs";

describe("the README's Performance section", () => {
  it.each(BLOCKS as { name: string; file: string }[])(
    "shows $file exactly as the bench wrote it",
    async ({ name, file }) => {
      const readme = await readFile(README, "utf8");
      expect(blockOf(readme, name), `${README} has no ${name} block`).toBeDefined();
      expect(blockOf(readme, name)).toBe(await readFile(file, "utf8"));
    },
  );
});
