// `npm run build`'s bundling step: dist/main.js and what it imports into dist/gateway.js and its
// chunks, which `npm start` and the image run. Node 20 spends most of a cold start finding,
// reading and compiling some 700 ESM files one by one (zod alone loads its 64 locales); a few
// bundled files start in about two thirds of the time, and idle in less memory (README,
// Performance). Not minified: stack traces in logs keep our names and lines readable.
import { rm } from "node:fs/promises";
import path from "node:path";
import { build, type Metafile } from "esbuild";

/**
 * Left to Node's loader, each for a reason:
 * - graphql, pg, undici: OpenTelemetry instruments them through the loader hook tracing.ts
 *   registers, which sees only modules Node loads itself (pg-native is pg's optional binding);
 * - PGlite reads its WebAssembly and data files from beside its own module;
 * - the OpenTelemetry SDK, loaded only when tracing is asked for, registers that hook;
 * - pino may start worker threads from its own files;
 * - type-graphql imports class-validator only when validation is on (it is off), and it is not
 *   installed.
 */
const EXTERNAL = [
  "graphql",
  "pg",
  "pg-native",
  "undici",
  "@electric-sql/pglite",
  "@opentelemetry/*",
  "pino",
  "class-validator",
];

/** Loaded by tracing's hook only if nothing imports them before tracing has started. */
const INSTRUMENTED = new Set(["graphql", "pg", "undici"]);

const dist = path.resolve(import.meta.dirname);

// Chunk names carry their content hash: the last build's would otherwise pile up.
await rm(path.join(dist, "chunks"), { recursive: true, force: true });
const { metafile } = await build({
  entryPoints: { gateway: path.join(dist, "main.js") },
  outdir: dist,
  chunkNames: "chunks/[name]-[hash]",
  bundle: true,
  // main.ts's lazy imports (tracing first, the sandbox and each database driver only when used)
  // stay lazy: each becomes a chunk loaded when its import() runs.
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  external: EXTERNAL,
  // type-graphql names GraphQL types after their classes; a bundle renames a class whose name
  // another module also uses (Message would become Message2) unless told to keep its name.
  keepNames: true,
  // Bundled CommonJS packages call require(); an ES module has none of its own.
  banner: {
    js: 'import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);',
  },
  metafile: true,
  logLevel: "warning",
});

const early = instrumentedBeforeTracing(metafile, path.join(dist, "gateway.js"));
if (early.length) {
  throw new Error(
    `dist/gateway.js imports ${early.join(", ")} before tracing can start: keep them behind main.ts's import().`,
  );
}

/**
 * The instrumented packages the entry loads through static imports alone (its own and those of
 * the chunks it statically imports), that is before main.ts's first line runs.
 */
function instrumentedBeforeTracing(meta: Metafile, entry: string): string[] {
  const outputs = new Map(
    Object.entries(meta.outputs).map(([file, output]) => [path.resolve(file), output]),
  );
  const found = new Set<string>();
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const imported of outputs.get(file)?.imports ?? []) {
      if (imported.kind !== "import-statement" && imported.kind !== "require-call") continue;
      if (imported.external) {
        if (INSTRUMENTED.has(imported.path)) found.add(imported.path);
      } else {
        visit(path.resolve(imported.path));
      }
    }
  };
  visit(entry);
  return [...found];
}
