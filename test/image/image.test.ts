import { chmod, lstat, mkdtemp, readdir, readFile, rm, stat } from "node:fs/promises";
import { createServer, type AddressInfo, type Server } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import type { GraphQLFormattedError } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildImage, inStage, type BuiltImage } from "./buildImage.js";
import { childrenOf, runHealthcheck, startContainer, type Container } from "./container.js";

const ROOT = path.resolve(import.meta.dirname, "../..");
const DRAIN_MS = 500;

let workRoot: string;
let image: BuiltImage;
let codeBefore: Map<string, Entry>;
let container: Container | undefined;
let port: number;

/**
 * The Dockerfile performed step by step (see buildImage.ts: a real `npm ci` from the registry,
 * the real build, tini from Debian's packages), then run as `docker run -p … -e SHUTDOWN_DRAIN_MS`
 * would: its own PID namespace, the image's USER, its ENV.
 */
beforeAll(async () => {
  workRoot = await mkdtemp(path.join(tmpdir(), "omni-image-"));
  // mkdtemp makes the folder private to root; the image's user must reach its code and data.
  await chmod(workRoot, 0o755);
  image = await buildImage(path.join(ROOT, "Dockerfile"), ROOT, workRoot);
  codeBefore = await snapshot(image.root, volumeFolders());
  const [gatewayPort, sandboxPort] = await freePorts(2);
  port = gatewayPort!;
  container = await startContainer(image, {
    PORT: String(gatewayPort),
    SANDBOX_PORT: String(sandboxPort),
    SHUTDOWN_DRAIN_MS: String(DRAIN_MS),
  });
}, 300_000);

afterAll(async () => {
  // Only if a test failed before the SIGTERM: the container's init takes its processes along.
  if (container && container.child.exitCode === null) process.kill(container.pid1, "SIGKILL");
  await container?.exited;
  if (workRoot) await rm(workRoot, { recursive: true, force: true });
});

describe("the container image", () => {
  it("publishes the ports and the data folder its environment configures", () => {
    expect(image.expose).toEqual([Number(image.env.PORT), Number(image.env.SANDBOX_PORT)]);
    expect(image.volumes).toEqual([image.env.DATA_DIR]);
    expect(image.env.HOST).toBe("0.0.0.0");
  });

  it("runs node under tini as PID 1, as the unprivileged user", async () => {
    const init = await readFile(`/proc/${container!.pid1}/cmdline`, "utf8");
    expect(init.split("\0")[0]).toBe(inStage(image, "/usr/bin/tini"));
    const [node] = await childrenOf(container!.pid1);
    expect((await readFile(`/proc/${node}/cmdline`, "utf8")).split("\0")).toContain(
      "dist/gateway.js",
    );
    const status = await readFile(`/proc/${node}/status`, "utf8");
    expect(/^Uid:\s+(\d+)/m.exec(status)![1]).toBe(String(image.user!.uid));
    expect(/^Gid:\s+(\d+)/m.exec(status)![1]).toBe(String(image.user!.gid));
    expect(image.user!.uid).not.toBe(0);
  });

  it("answers /health, and GraphQL through the embedded sandbox, in production mode", async () => {
    const health = await fetch(`http://127.0.0.1:${port}/health`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ status: "ok" });

    const graphql = (query: string) =>
      fetch(`http://127.0.0.1:${port}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query }),
      }).then(async (response) => ({
        status: response.status,
        body: (await response.json()) as { data?: unknown; errors?: GraphQLFormattedError[] },
      }));
    const scenarios = await graphql("{ scenarios(limit: 1) { key } }");
    expect(scenarios).toMatchObject({
      status: 200,
      body: { data: { scenarios: expect.any(Array) } },
    });
    expect(scenarios.body.errors).toBeUndefined();
    // What the image runs is the bundle, whose type names must be the committed schema's: a
    // bundler renames classes that share a name, and type-graphql names types after classes.
    const service = await graphql("{ _service { sdl } }");
    const served = (service.body.data as { _service: { sdl: string } })._service.sdl;
    const committed = await readFile(path.join(ROOT, "schema.graphql"), "utf8");
    expect(typeNames(served)).toEqual(expect.arrayContaining(typeNames(committed)));
    // NODE_ENV=production from the image: no introspection.
    const introspection = await graphql("{ __schema { queryType { name } } }");
    expect(introspection.body.errors?.[0]?.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
  });

  it("passes its HEALTHCHECK while up, and fails it within the timeout when nothing answers", async () => {
    expect(await runHealthcheck(image, container!.env)).toMatchObject({ code: 0 });

    // A port that accepts and never answers: the check must give up by itself.
    const silent = createServer(() => undefined);
    await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
    try {
      const hung = await runHealthcheck(image, {
        ...container!.env,
        PORT: String((silent.address() as AddressInfo).port),
      });
      expect(hung.code).toBe(1);
      expect(hung.ms).toBeLessThan(image.healthcheck!.timeoutMs);
    } finally {
      silent.close();
    }
  });

  it("keeps PGlite in the data volume, owned by its user, and writes nothing into the code", async () => {
    const dataDir = container!.env.DATA_DIR!;
    const version = await stat(path.join(dataDir, "pglite", "PG_VERSION"));
    expect(version.uid).toBe(image.user!.uid);

    const codeAfter = await snapshot(image.root, volumeFolders());
    const changed = [...codeAfter].filter(
      ([file, entry]) => JSON.stringify(codeBefore.get(file)) !== JSON.stringify(entry),
    );
    expect(changed.map(([file]) => file)).toEqual([]);
    expect(codeAfter.size).toBe(codeBefore.size);
    // Root's, and writable by nobody else (a symbolic link's own mode means nothing).
    const writable = [...codeAfter].filter(
      ([, { uid, mode, symlink }]) => !symlink && (uid !== 0 || (mode & 0o022) !== 0),
    );
    expect(writable.map(([file]) => file)).toEqual([]);
  });

  it("ends on SIGTERM to PID 1 with exit code 0 once the drain delay is over", async () => {
    const signalled = Date.now();
    process.kill(container!.pid1, "SIGTERM");
    const code = await Promise.race([
      container!.exited,
      new Promise((resolve) => setTimeout(() => resolve("still running"), DRAIN_MS + 15_000)),
    ]);
    expect(code, container!.output()).toBe(0);
    expect(Date.now() - signalled).toBeGreaterThanOrEqual(DRAIN_MS);
    expect((await runHealthcheck(image, container!.env)).code).toBe(1);
  });
});

function volumeFolders(): string[] {
  return image.volumes.map((volume) => inStage(image, volume));
}

interface Entry {
  uid: number;
  mode: number;
  symlink: boolean;
  size: number;
  mtimeMs: number;
}

/** Every file and folder under `root` except `skip`. */
async function snapshot(root: string, skip: string[]): Promise<Map<string, Entry>> {
  const entries = new Map<string, Entry>();
  const walk = async (folder: string): Promise<void> => {
    for (const name of await readdir(folder)) {
      const file = path.join(folder, name);
      if (skip.includes(file)) continue;
      const info = await lstat(file);
      const { uid, mode, size, mtimeMs } = info;
      entries.set(file, { uid, mode, size, mtimeMs, symlink: info.isSymbolicLink() });
      if (info.isDirectory()) await walk(file);
    }
  };
  await walk(root);
  return entries;
}

async function freePorts(count: number): Promise<number[]> {
  const servers: Server[] = [];
  for (let i = 0; i < count; i++) {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, "0.0.0.0", resolve));
    servers.push(server);
  }
  const ports = servers.map((server) => (server.address() as AddressInfo).port);
  await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
  return ports;
}

/** The names a schema's SDL defines (types, inputs, enums, interfaces, unions, scalars). */
function typeNames(sdl: string): string[] {
  return [...sdl.matchAll(/^(?:type|input|enum|interface|union|scalar) (\w+)/gm)].map((m) => m[1]!);
}
