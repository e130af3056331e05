// The README's Performance section holds the bench's output files verbatim, between markers:
// `npm run bench` (and `BENCH_PROFILE=1 npm run bench`) copy them in, and a test
// (test/benchInReadme.test.ts) fails when the README's figures are not the files'.
import { readFile, writeFile } from "node:fs/promises";

export const README = "README.md";

/** Each block of the README and the output file it holds. */
export const BLOCKS = [
  { name: "bench:results", file: "bench/results/latest.md" },
  { name: "bench:profile", file: "bench/results/profile.md" },
];

const markers = (name) => [`<!-- ${name} -->\n`, `<!-- /${name} -->`];

/**
 * The text between the block's markers, without the blank line that ends it (Markdown wants one
 * between a table and the closing marker), or undefined when the README has no such block.
 */
export function blockOf(readme, name) {
  const [open, close] = markers(name);
  const start = readme.indexOf(open);
  const end = readme.indexOf(close, start);
  if (start === -1 || end === -1) return undefined;
  return readme.slice(start + open.length, end).replace(/\n$/, "");
}

/** Puts `file`'s text in the README block it belongs to. */
export async function copyIntoReadme(file) {
  const block = BLOCKS.find((b) => b.file === file);
  const readme = await readFile(README, "utf8");
  if (blockOf(readme, block.name) === undefined) {
    throw new Error(`${README} has no ${block.name} block`);
  }
  const [open, close] = markers(block.name);
  const start = readme.indexOf(open) + open.length;
  const end = readme.indexOf(close, start);
  const text = await readFile(file, "utf8");
  await writeFile(README, `${readme.slice(0, start)}${text}\n${readme.slice(end)}`);
}
