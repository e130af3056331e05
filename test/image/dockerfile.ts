/** One Dockerfile instruction, after line continuations and comments are gone. */
export interface Instruction {
  keyword: string;
  /** Leading `--name=value` options (COPY --from, HEALTHCHECK --timeout, ...). */
  flags: Record<string, string>;
  /** What follows the keyword and its options, as written. */
  args: string;
  /** The JSON array of the exec form, when `args` is one. */
  argv?: string[];
  line: number;
}

export interface Stage {
  name: string;
  base: string;
  instructions: Instruction[];
}

export interface Dockerfile {
  stages: Stage[];
}

/**
 * The subset of Dockerfile syntax that ours uses, read strictly: what falls outside it (an unnamed
 * stage, a quoted ENV value, an instruction before FROM) throws, so the image test never silently
 * performs something other than what a Docker build would.
 */
export function parseDockerfile(text: string): Dockerfile {
  const globalArgs = new Map<string, string>();
  const stages: Stage[] = [];
  for (const instruction of instructionsOf(text)) {
    const { keyword, args, line } = instruction;
    if (keyword === "ARG" && stages.length === 0) {
      const [name, value] = splitOnce(args, "=");
      if (value === undefined) throw new Error(`line ${line}: ARG ${name} needs a default here`);
      globalArgs.set(name, value);
    } else if (keyword === "FROM") {
      const match = /^(\S+)\s+AS\s+(\S+)$/i.exec(args);
      if (!match) throw new Error(`line ${line}: FROM must name its stage (FROM image AS name)`);
      const base = match[1]!.replace(/\$\{(\w+)\}|\$(\w+)/g, (_, braced, bare) => {
        const value = globalArgs.get(braced ?? bare);
        if (value === undefined) throw new Error(`line ${line}: FROM uses an unknown ARG`);
        return value;
      });
      stages.push({ name: match[2]!, base, instructions: [] });
    } else {
      const stage = stages.at(-1);
      if (!stage) throw new Error(`line ${line}: ${keyword} before the first FROM`);
      stage.instructions.push(instruction);
    }
  }
  return { stages };
}

/** `k=v k2=v2`, the only ENV form ours uses. */
export function envPairs(instruction: Instruction): [string, string][] {
  if (/["'$]/.test(instruction.args)) {
    throw new Error(`line ${instruction.line}: quoted or substituted ENV values are not emulated`);
  }
  return instruction.args.split(/\s+/).map((pair) => {
    const [name, value] = splitOnce(pair, "=");
    if (value === undefined) throw new Error(`line ${instruction.line}: ENV ${name} needs =value`);
    return [name, value];
  });
}

function* instructionsOf(text: string): Generator<Instruction> {
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const first = lines[i]!.trim();
    if (first === "" || first.startsWith("#")) continue;
    const line = i + 1;
    let logical = first;
    while (logical.endsWith("\\")) {
      logical = logical.slice(0, -1);
      // Comment lines inside a continuation are dropped, as Docker drops them.
      do i++;
      while (i < lines.length && lines[i]!.trim().startsWith("#"));
      if (i >= lines.length) throw new Error(`line ${line}: continuation runs past the end`);
      logical += ` ${lines[i]!.trim()}`;
    }
    const [keyword, rest = ""] = splitOnce(logical, " ");
    let args = rest.trim();
    const flags: Record<string, string> = {};
    for (
      let flag = /^--([\w-]+)=(\S+)\s*/.exec(args);
      flag;
      flag = /^--([\w-]+)=(\S+)\s*/.exec(args)
    ) {
      flags[flag[1]!] = flag[2]!;
      args = args.slice(flag[0].length);
    }
    const upper = keyword.toUpperCase();
    // HEALTHCHECK's options come before its own CMD, which carries the command.
    if (upper === "HEALTHCHECK") {
      if (!args.startsWith("CMD ")) throw new Error(`line ${line}: HEALTHCHECK must be CMD ...`);
      args = args.slice(4).trim();
    }
    const argv = args.startsWith("[") ? (JSON.parse(args) as string[]) : undefined;
    yield { keyword: upper, flags, args, argv, line };
  }
}

function splitOnce(text: string, separator: string): [string, string | undefined] {
  const at = text.indexOf(separator);
  return at < 0 ? [text, undefined] : [text.slice(0, at), text.slice(at + separator.length)];
}
