// Self time of a V8 .cpuprofile, in buckets a reader can act on: a package under node_modules,
// a part of Node, a folder of our own code, or V8's own (GC, "(program)": native code outside JS).
// Native frames without a script count for the script that called them.

const NODE_PARTS = [
  [/^_http_|^http$|^http\//, "http"],
  [/^deps\/undici/, "undici (built-in fetch)"],
  [/^streams\/|^stream$/, "streams"],
  [/^stream_base_commons|^net$|^tcp_wrap/, "net (socket I/O)"],
];

function nodeBucket(url) {
  const path = url.slice("node:".length).replace(/^internal\//, "");
  for (const [pattern, name] of NODE_PARTS) if (pattern.test(path)) return `node:${name}`;
  return `node:${path.split("/")[0]}`;
}

function packageOf(url) {
  const rest = url.slice(url.lastIndexOf("/node_modules/") + "/node_modules/".length);
  const parts = rest.split("/");
  return parts[0].startsWith("@") ? `${parts[0]}/${parts[1]}` : parts[0];
}

export function bucketOf({ url, functionName }) {
  if (!url) {
    if (functionName === "(garbage collector)") return "V8: GC";
    if (functionName === "(program)") return "V8: (program)";
    if (functionName === "(idle)") return "(idle)";
    return undefined;
  }
  if (url.includes("/node_modules/")) return packageOf(url);
  if (url.startsWith("node:")) return nodeBucket(url);
  if (url.startsWith("wasm://")) return "wasm";
  const dist = url.indexOf("/dist/");
  if (dist >= 0) {
    const parts = url.slice(dist + "/dist/".length).split("/");
    return `ours: src/${parts.length > 1 ? parts[0] : parts[0].replace(/\.js$/, ".ts")}`;
  }
  return "other";
}

/**
 * Each sample is charged the time until the next one. Only samples inside `window` (microseconds
 * on the monotonic clock V8 and process.hrtime share) count, so start-up and shut-down are left out.
 */
export function summariseProfile(profile, window) {
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const parents = new Map();
  for (const node of profile.nodes)
    for (const child of node.children ?? []) parents.set(child, node);
  // A native frame (writev, JSON.parse, runMicrotasks) is charged to the JavaScript that called it.
  const bucketOfNode = (node) => {
    for (let at = node; at; at = parents.get(at.id)) {
      const bucket = bucketOf(at.callFrame);
      if (bucket) return bucket;
    }
    return "V8: builtins";
  };
  const buckets = new Map();
  const functions = new Map();
  let at = profile.startTime;
  let busyUs = 0;
  let inWindow = 0;
  for (let i = 0; i < profile.samples.length; i++) {
    at += profile.timeDeltas[i];
    const weight = profile.timeDeltas[i + 1] ?? 0;
    if (window && (at < window.startUs || at > window.endUs)) continue;
    inWindow++;
    const node = nodes.get(profile.samples[i]);
    const { callFrame } = node;
    const bucket = bucketOfNode(node);
    if (bucket === "(idle)") continue;
    busyUs += weight;
    buckets.set(bucket, (buckets.get(bucket) ?? 0) + weight);
    const where = callFrame.url
      ? `${callFrame.url.replace(/^file:\/\/.*?\/(node_modules|dist)\//, "$1/")}:${callFrame.lineNumber + 1}`
      : "";
    const name = `${callFrame.functionName || "(anonymous)"} ${where}`.trim();
    const entry = functions.get(name) ?? { name, bucket, us: 0 };
    entry.us += weight;
    functions.set(name, entry);
  }
  const byTime = (a, b) => b.us - a.us;
  return {
    samplesInWindow: inWindow,
    busyMs: busyUs / 1000,
    buckets: [...buckets].map(([name, us]) => ({ name, us })).sort(byTime),
    functions: [...functions.values()].sort(byTime),
  };
}
