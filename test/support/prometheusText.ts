/**
 * A strict reader of Prometheus's text exposition format (version 0.0.4), for tests that scrape
 * `/metrics`: it throws on any line a Prometheus server would refuse, rather than skipping it.
 * Checked: names and label names, label-value escapes (only \\, \" and \n), values, HELP and TYPE
 * at most once per family and TYPE before its samples, families not interleaved, no sample
 * twice, and histograms whole (cumulative buckets ending in +Inf, equal to _count).
 */

export type MetricType = "counter" | "gauge" | "histogram" | "summary" | "untyped";

export interface Sample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

export interface MetricFamily {
  name: string;
  type: MetricType;
  help?: string;
  samples: Sample[];
}

const METRIC_NAME = /^[a-zA-Z_:][a-zA-Z0-9_:]*$/;
const LABEL_NAME = /^[a-zA-Z_][a-zA-Z0-9_]*$/;
const TYPES = new Set<string>(["counter", "gauge", "histogram", "summary", "untyped"]);
const FLOAT = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
/** As Prometheus reads them (Go's ParseFloat): any case, so prom-client's `Nan` too. */
const NOT_A_NUMBER = /^nan$/i;
const INFINITE = /^([+-]?)inf(inity)?$/i;
const TIMESTAMP = /^-?\d+$/;

export function parsePrometheusText(text: string): Map<string, MetricFamily> {
  if (text !== "" && !text.endsWith("\n")) throw new Error("the last line must end with \\n");
  const families = new Map<string, MetricFamily>();
  const seen = new Set<string>();
  let current: MetricFamily | undefined;
  const familyNamed = (name: string, at: number): MetricFamily => {
    let family = families.get(name);
    if (!family) {
      family = { name, type: "untyped", samples: [] };
      families.set(name, family);
    } else if (family !== current) {
      throw new Error(`line ${at}: family ${name} is interleaved with another`);
    }
    current = family;
    return family;
  };
  const lines = text.split("\n");
  lines.pop();
  lines.forEach((raw, index) => {
    const at = index + 1;
    const line = raw.trim();
    if (line === "") return;
    if (line.startsWith("#")) {
      const [, keyword, name, ...rest] = line.split(/[ \t]+/);
      if (keyword !== "HELP" && keyword !== "TYPE") return;
      if (!name || !METRIC_NAME.test(name)) throw new Error(`line ${at}: bad metric name`);
      const family = familyNamed(name, at);
      if (keyword === "HELP") {
        if (family.help !== undefined) throw new Error(`line ${at}: second HELP for ${name}`);
        family.help = unescapeHelp(line.slice(line.indexOf(name) + name.length).trimStart(), at);
      } else {
        const [type, ...extra] = rest;
        if (!type || !TYPES.has(type) || extra.length) throw new Error(`line ${at}: bad TYPE`);
        if (family.samples.length || family.type !== "untyped" || seen.has(`type:${name}`)) {
          throw new Error(`line ${at}: TYPE for ${name} after its samples or twice`);
        }
        seen.add(`type:${name}`);
        family.type = type as MetricType;
      }
      return;
    }
    const sample = parseSample(line, at);
    const family = familyNamed(familyOf(sample.name, current), at);
    const identity = `${sample.name}${JSON.stringify(Object.entries(sample.labels).sort())}`;
    if (seen.has(identity)) throw new Error(`line ${at}: ${sample.name} repeated`);
    seen.add(identity);
    checkSampleName(family, sample, at);
    family.samples.push(sample);
  });
  for (const family of families.values()) if (family.type === "histogram") checkHistogram(family);
  return families;
}

/** The value of the one sample with exactly these labels (in any order), or undefined. */
export function sampleValue(
  families: Map<string, MetricFamily>,
  name: string,
  labels: Record<string, string> = {},
): number | undefined {
  const wanted = JSON.stringify(Object.entries(labels).sort());
  for (const family of families.values()) {
    const found = family.samples.find(
      (s) => s.name === name && JSON.stringify(Object.entries(s.labels).sort()) === wanted,
    );
    if (found) return found.value;
  }
  return undefined;
}

/** Every label value of every sample, `le` and `quantile` aside. */
export function labelValues(families: Map<string, MetricFamily>): string[] {
  return [...families.values()].flatMap((family) =>
    family.samples.flatMap((sample) =>
      Object.entries(sample.labels)
        .filter(([name]) => name !== "le" && name !== "quantile")
        .map(([, value]) => value),
    ),
  );
}

/** A histogram's or summary's suffixed samples belong to the family just declared. */
function familyOf(sampleName: string, current: MetricFamily | undefined): string {
  for (const suffix of ["_bucket", "_sum", "_count"]) {
    if (!sampleName.endsWith(suffix)) continue;
    const base = sampleName.slice(0, -suffix.length);
    if (current?.name === base && (current.type === "histogram" || current.type === "summary")) {
      return base;
    }
  }
  return sampleName;
}

function checkSampleName(family: MetricFamily, sample: Sample, at: number): void {
  const suffix = sample.name.slice(family.name.length);
  if (family.type === "histogram") {
    if (!["_bucket", "_sum", "_count"].includes(suffix)) {
      throw new Error(`line ${at}: ${sample.name} in histogram ${family.name}`);
    }
    if ((suffix === "_bucket") !== "le" in sample.labels) {
      throw new Error(`line ${at}: le belongs on buckets only`);
    }
  } else if (family.type === "summary") {
    if (!["", "_sum", "_count"].includes(suffix)) {
      throw new Error(`line ${at}: ${sample.name} in summary ${family.name}`);
    }
  } else if (suffix !== "") {
    throw new Error(`line ${at}: ${sample.name} outside its family`);
  }
}

function checkHistogram(family: MetricFamily): void {
  const series = new Map<string, { buckets: [number, number][]; count?: number }>();
  for (const sample of family.samples) {
    const { le, ...rest } = sample.labels;
    const key = JSON.stringify(Object.entries(rest).sort());
    const entry = series.get(key) ?? { buckets: [] };
    series.set(key, entry);
    if (sample.name.endsWith("_bucket")) entry.buckets.push([toNumber(le!, 0), sample.value]);
    if (sample.name.endsWith("_count")) entry.count = sample.value;
  }
  for (const [key, { buckets, count }] of series) {
    const last = buckets.at(-1);
    if (!last || last[0] !== Infinity) throw new Error(`${family.name}${key}: no +Inf bucket`);
    for (let i = 1; i < buckets.length; i++) {
      if (!(buckets[i]![0] > buckets[i - 1]![0]) || buckets[i]![1] < buckets[i - 1]![1]) {
        throw new Error(`${family.name}${key}: buckets not cumulative`);
      }
    }
    if (count !== last[1]) throw new Error(`${family.name}${key}: _count is not the +Inf bucket`);
  }
}

function parseSample(line: string, at: number): Sample {
  const nameEnd = line.search(/[{ \t]/);
  if (nameEnd <= 0) throw new Error(`line ${at}: no value`);
  const name = line.slice(0, nameEnd);
  if (!METRIC_NAME.test(name)) throw new Error(`line ${at}: bad metric name ${name}`);
  let rest = line.slice(nameEnd);
  const labels: Record<string, string> = {};
  if (rest.startsWith("{")) {
    let i = 1;
    for (;;) {
      while (rest[i] === " " || rest[i] === "\t") i++;
      if (rest[i] === "}") break;
      const eq = rest.indexOf("=", i);
      if (eq === -1) throw new Error(`line ${at}: bad labels`);
      const label = rest.slice(i, eq).trim();
      if (!LABEL_NAME.test(label)) throw new Error(`line ${at}: bad label name ${label}`);
      if (label in labels) throw new Error(`line ${at}: label ${label} twice`);
      i = eq + 1;
      if (rest[i] !== '"') throw new Error(`line ${at}: label value not quoted`);
      let value = "";
      for (i++; ; i++) {
        const c = rest[i];
        if (c === undefined) throw new Error(`line ${at}: unterminated label value`);
        if (c === '"') break;
        if (c === "\\") {
          const next = rest[++i];
          if (next === "\\" || next === '"') value += next;
          else if (next === "n") value += "\n";
          else throw new Error(`line ${at}: bad escape \\${next ?? ""}`);
        } else value += c;
      }
      labels[label] = value;
      i++;
      while (rest[i] === " " || rest[i] === "\t") i++;
      if (rest[i] === ",") i++;
      else if (rest[i] !== "}") throw new Error(`line ${at}: expected , or }`);
    }
    rest = rest.slice(i + 1);
  }
  const tokens = rest.trim().split(/[ \t]+/);
  if (tokens.length < 1 || tokens.length > 2 || tokens[0] === "") {
    throw new Error(`line ${at}: expected a value and at most a timestamp`);
  }
  if (tokens[1] !== undefined && !TIMESTAMP.test(tokens[1])) {
    throw new Error(`line ${at}: bad timestamp`);
  }
  return { name, labels, value: toNumber(tokens[0]!, at) };
}

function toNumber(token: string, at: number): number {
  if (NOT_A_NUMBER.test(token)) return NaN;
  const infinite = INFINITE.exec(token);
  if (infinite) return infinite[1] === "-" ? -Infinity : Infinity;
  if (!FLOAT.test(token)) throw new Error(`line ${at}: bad value ${token}`);
  return Number(token);
}

function unescapeHelp(text: string, at: number): string {
  return text.replace(/\\(.?)/g, (_, c: string) => {
    if (c === "\\") return "\\";
    if (c === "n") return "\n";
    throw new Error(`line ${at}: bad escape in HELP`);
  });
}
