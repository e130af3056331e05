import { execFile } from "node:child_process";
import { mkdir, mkdtemp, readdir, rm } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);

/**
 * What `apt-get install` does to an image's filesystem, done to a folder standing in for it: the
 * same Debian packages (this machine is Debian bookworm, as the base image is) downloaded with
 * lists of its own, so neither this machine's apt state nor its system is touched, and unpacked
 * into `root`. Dependencies are not followed: the base image has them (tini needs only libc).
 */
export async function installDebianPackages(names: string[], root: string): Promise<void> {
  const work = await mkdtemp(path.join(root, "..", "apt-"));
  const apt = (...args: string[]) =>
    run(
      "apt-get",
      [
        "-q",
        `-o=Dir::State::Lists=${work}/lists`,
        `-o=Dir::Cache=${work}/cache`,
        "-o=APT::Sandbox::User=root",
        ...args,
      ],
      { cwd: `${work}/debs`, timeout: 120_000 },
    );
  try {
    for (const folder of ["lists/partial", "cache/archives/partial", "debs"]) {
      await mkdir(path.join(work, folder), { recursive: true });
    }
    await apt("update");
    await apt("download", ...names);
    for (const deb of await readdir(path.join(work, "debs"))) {
      await run("dpkg-deb", ["-x", path.join(work, "debs", deb), root]);
    }
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
