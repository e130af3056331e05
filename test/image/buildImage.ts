import { execFile } from "node:child_process";
import { cp, mkdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { installDebianPackages } from "./debianPackages.js";
import { envPairs, parseDockerfile, type Instruction } from "./dockerfile.js";
import { readDockerignore } from "./dockerignore.js";

const run = promisify(execFile);

/** A stage's filesystem (a folder) and the settings its instructions left. */
export interface StageState {
  name: string;
  root: string;
  workdir: string;
  env: Record<string, string>;
  user?: { uid: number; gid: number };
  expose: number[];
  volumes: string[];
  healthcheck?: { argv: string[]; timeoutMs: number };
  entrypoint: string[];
  cmd: string[];
}

/** The last stage: what `docker run` starts. */
export type BuiltImage = StageState;

/**
 * Performs the Dockerfile's stages as a Docker build would, each in a folder under `workRoot`
 * standing in for its filesystem: an absolute path of the image is the same path under that
 * folder. The base image's own files are this machine's (its node and npm are on PATH). Stages
 * run side by side, as BuildKit runs them; `COPY --from` waits for the stage it names.
 */
export async function buildImage(
  dockerfile: string,
  context: string,
  workRoot: string,
): Promise<BuiltImage> {
  const inContext = await readDockerignore(path.join(context, ".dockerignore"));
  const stages = new Map<string, Promise<StageState>>();
  for (const { name, instructions } of parseDockerfile(await readFile(dockerfile, "utf8")).stages) {
    const above = new Map(stages);
    const built = (async () => {
      const state: StageState = {
        name,
        root: path.join(workRoot, name),
        workdir: "/",
        env: {},
        expose: [],
        volumes: [],
        entrypoint: [],
        cmd: [],
      };
      await mkdir(state.root, { recursive: true });
      for (const instruction of instructions) {
        await perform(instruction, state, { context, inContext, stages: above });
      }
      return state;
    })();
    // Promise.all below reports the first failure; a second one must not go unhandled.
    built.catch(() => undefined);
    stages.set(name, built);
  }
  const all = await Promise.all(stages.values());
  const last = all.at(-1);
  if (!last) throw new Error("the Dockerfile has no stage");
  return last;
}

/** A path of the image, as this machine sees it. */
export function inStage(state: StageState, imagePath: string): string {
  return path.join(state.root, path.posix.resolve(state.workdir, imagePath));
}

interface Build {
  context: string;
  inContext: (relative: string) => boolean;
  /** The stages above this one, the only ones it may copy from. */
  stages: Map<string, Promise<StageState>>;
}

async function perform(instruction: Instruction, state: StageState, build: Build): Promise<void> {
  const { keyword, args, argv, flags, line } = instruction;
  const where = `${state.name}, line ${line}`;
  switch (keyword) {
    case "WORKDIR":
      state.workdir = path.posix.resolve(state.workdir, args);
      await mkdir(inStage(state, "."), { recursive: true });
      return;
    case "ENV":
      for (const [name, value] of envPairs(instruction)) state.env[name] = value;
      return;
    case "COPY":
      return copy(instruction, state, build);
    case "RUN":
      if (argv || Object.keys(flags).length) throw new Error(`${where}: only plain shell RUN`);
      if (state.user) throw new Error(`${where}: RUN after USER is not emulated`);
      return args.startsWith("apt-get ") ? aptGet(args, state, where) : shell(args, state, where);
    case "USER": {
      const ids = /^(\d+):(\d+)$/.exec(args);
      // A name would mean one thing in the image's /etc/passwd and another on this machine.
      if (!ids) throw new Error(`${where}: USER must be numeric uid:gid`);
      state.user = { uid: Number(ids[1]), gid: Number(ids[2]) };
      return;
    }
    case "EXPOSE":
      state.expose.push(...args.split(/\s+/).map(Number));
      return;
    case "VOLUME":
      state.volumes.push(...(argv ?? args.split(/\s+/)));
      return;
    case "HEALTHCHECK":
      if (!argv) throw new Error(`${where}: HEALTHCHECK CMD must be the exec form`);
      state.healthcheck = { argv, timeoutMs: seconds(flags.timeout ?? "30s") * 1000 };
      return;
    case "ENTRYPOINT":
    case "CMD":
      if (!argv) throw new Error(`${where}: ${keyword} must be the exec form, so signals reach it`);
      state[keyword === "CMD" ? "cmd" : "entrypoint"] = argv;
      return;
    default:
      throw new Error(`${where}: ${keyword} is not emulated`);
  }
}

/** COPY [--from=stage] [--chown=uid:gid] source... destination */
async function copy(instruction: Instruction, state: StageState, build: Build): Promise<void> {
  const { args, flags, line } = instruction;
  const where = `${state.name}, line ${line}`;
  const { from, chown: owner, ...others } = flags;
  if (Object.keys(others).length) throw new Error(`${where}: COPY --${Object.keys(others)[0]}`);
  const words = args.split(/\s+/);
  const destination = words.pop()!;
  if (/[*?[]/.test(words.join(" "))) throw new Error(`${where}: COPY wildcards are not emulated`);
  const source = from ? await build.stages.get(from) : undefined;
  if (from && !source) throw new Error(`${where}: no earlier stage ${from}`);
  const ids = owner ? /^(\d+):(\d+)$/.exec(owner) : undefined;
  if (owner && !ids) throw new Error(`${where}: COPY --chown must be numeric uid:gid`);
  for (const word of words) {
    // --from paths start at the other stage's root; the others at the build context's.
    const relative = path.posix.normalize(word).replace(/^\/+/, "");
    const origin = source ? path.join(source.root, relative) : path.join(build.context, relative);
    if (!source && !build.inContext(relative)) {
      throw new Error(`${where}: ${word} is left out of the build context by .dockerignore`);
    }
    const folder = (await stat(origin)).isDirectory();
    // A folder's contents go into the destination; a file goes into it when it names a folder.
    const target =
      !folder && (destination.endsWith("/") || words.length > 1)
        ? inStage(state, path.posix.join(destination, path.posix.basename(relative)))
        : inStage(state, destination);
    await mkdir(folder ? target : path.dirname(target), { recursive: true });
    await cp(origin, target, {
      recursive: true,
      verbatimSymlinks: true,
      filter: source
        ? undefined
        : (file) => build.inContext(path.relative(build.context, file).split(path.sep).join("/")),
    });
    if (ids) await run("chown", ["-R", `${ids[1]}:${ids[2]}`, target]);
  }
}

async function shell(command: string, state: StageState, where: string): Promise<void> {
  if (/(^|[\s=:])\//.test(command)) {
    throw new Error(`${where}: RUN names an absolute path, which here is this machine's`);
  }
  const home = path.join(state.root, "root");
  await mkdir(home, { recursive: true });
  try {
    await run("sh", ["-c", command], {
      cwd: inStage(state, "."),
      // The build runs as the image's root, whose home (npm's cache and config) is in the stage.
      env: { PATH: process.env.PATH ?? "", HOME: home, ...networkSettings(), ...state.env },
      timeout: 240_000,
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch (error) {
    const { stdout = "", stderr = "" } = error as { stdout?: string; stderr?: string };
    throw new Error(`${where}: RUN ${command} failed\n${stdout}${stderr}`, { cause: error });
  }
}

/**
 * How this machine reaches the registry (its certificate authorities, a proxy), as Docker hands
 * a build the host's proxy settings; nothing else of this machine's environment enters a RUN.
 */
function networkSettings(): Record<string, string> {
  return Object.fromEntries(
    Object.entries(process.env).filter(
      (entry): entry is [string, string] =>
        /^(https?_proxy|no_proxy|node_extra_ca_certs|ssl_cert_file|ssl_cert_dir)$/i.test(
          entry[0],
        ) && entry[1] !== undefined,
    ),
  );
}

/**
 * apt-get installs into the image's system, which is this machine's here: the RUN is accepted
 * only as `apt-get update`, `apt-get install` of named packages and the lists' removal, and the
 * packages are unpacked into the stage instead.
 */
async function aptGet(command: string, state: StageState, where: string): Promise<void> {
  const packages: string[] = [];
  for (const step of command.split("&&").map((part) => part.trim())) {
    if (step === "apt-get update" || step === "rm -rf /var/lib/apt/lists/*") continue;
    const install =
      /^apt-get install ((?:-\S+\s+)*)([a-z0-9][a-z0-9.+-]*(?:\s+[a-z0-9][a-z0-9.+-]*)*)$/.exec(
        step,
      );
    if (!install) throw new Error(`${where}: "${step}" is not emulated in an apt-get RUN`);
    packages.push(...install[2]!.split(/\s+/));
  }
  await installDebianPackages(packages, state.root);
}

function seconds(duration: string): number {
  const match = /^(\d+)s$/.exec(duration);
  if (!match) throw new Error(`durations in whole seconds only, not ${duration}`);
  return Number(match[1]);
}
