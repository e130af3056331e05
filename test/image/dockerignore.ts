import { readFile } from "node:fs/promises";

/**
 * Whether a path of the build context (relative, with `/`) reaches the build, by .dockerignore's
 * rules: patterns match the path or any folder above it, `!` takes a match back, the last
 * matching line wins.
 */
export async function readDockerignore(file: string): Promise<(relative: string) => boolean> {
  const rules = (await readFile(file, "utf8"))
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith("#"))
    .map((line) => {
      const include = line.startsWith("!");
      const pattern = (include ? line.slice(1) : line).replace(/^\.?\//, "").replace(/\/$/, "");
      return { include, matches: globToRegExp(pattern) };
    });
  return (relative) => {
    const parts = relative.split("/");
    const candidates = parts.map((_, i) => parts.slice(0, i + 1).join("/"));
    let included = true;
    for (const rule of rules) {
      if (candidates.some((candidate) => rule.matches.test(candidate))) included = rule.include;
    }
    return included;
  };
}

function globToRegExp(pattern: string): RegExp {
  let source = "";
  for (let i = 0; i < pattern.length; i++) {
    const char = pattern[i]!;
    if (char === "*" && pattern[i + 1] === "*") {
      // `**/` matches any number of folders, none included.
      source += pattern[i + 2] === "/" ? "(?:.*/)?" : ".*";
      i += pattern[i + 2] === "/" ? 2 : 1;
    } else if (char === "*") source += "[^/]*";
    else if (char === "?") source += "[^/]";
    else source += char.replace(/[.+^${}()|[\]\\]/g, "\\$&");
  }
  return new RegExp(`^${source}$`);
}
