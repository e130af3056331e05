// Workload 3: one send to many destinations, end to end, one send at a time: raw POST
// /omni/1/advanced against ours' sendAdvanced with the same destinations and text. The plain
// subgraph has no send.
import { rotated, summarise } from "../measure.mjs";
import { memoryBytes, sampleRss } from "../processes.mjs";
import { graphql } from "../stack.mjs";

export const BULK_SIZES = [1000, 10_000];
const TEXT = "Your parcel is on its way.";
const MUTATION =
  "mutation($input: SendAdvancedInput!) { sendAdvanced(input: $input) { bulkId messages { messageId status { name } } } }";

function destinations(size, run, send) {
  return Array.from({ length: size }, (_, i) => ({
    to: { phoneNumber: `4178${String(run).padStart(2, "0")}${send}${String(i).padStart(5, "0")}` },
  }));
}

const senders = (sandbox, ours) => ({
  "raw REST": async (list) => {
    const sent = await sandbox.omni("POST", "/omni/1/advanced", {
      destinations: list,
      sms: { text: TEXT },
    });
    return sent.messages.length;
  },
  ours: async (list) => {
    const data = await graphql(ours, MUTATION, {
      input: { destinations: list, sms: { text: TEXT } },
    });
    return data.sendAdvanced.messages.length;
  },
});

export async function bulkSend({ sandbox, ours }, { runs, sends, log }) {
  const send = senders(sandbox, ours);
  const names = Object.keys(send);
  // One unmeasured send each: JIT and pools, as the load workloads warm up.
  for (const name of names) await send[name](destinations(100, 99, 9));
  const times = Object.fromEntries(
    names.map((n) => [n, Object.fromEntries(BULK_SIZES.map((s) => [s, []]))]),
  );
  const oursPeakRss = [];
  const oursRssBefore = [];
  for (let run = 0; run < runs; run++) {
    for (const name of rotated(names, run)) {
      for (const size of BULK_SIZES) {
        const watching = name === "ours" && size === BULK_SIZES.at(-1);
        if (watching) oursRssBefore.push(await memoryBytes(ours.child.pid));
        const peak = watching ? sampleRss(ours.child.pid) : undefined;
        const each = [];
        for (let i = 0; i < sends; i++) {
          const list = destinations(size, run, i);
          const started = performance.now();
          const count = await send[name](list);
          each.push(performance.now() - started);
          if (count !== size)
            throw new Error(`${name}: ${count} messages for ${size} destinations`);
        }
        if (peak) oursPeakRss.push(await peak());
        times[name][size].push(summarise(each).median);
        log(`  run ${run + 1}/${runs} ${name} ${size}: ${Math.round(summarise(each).median)} ms`);
      }
    }
    // Keeps the sandbox's memory bounded; scenario keys survive a reset.
    await sandbox.reset();
  }
  const ratio = (size) => summarise(times.ours[size].map((t, i) => t / times["raw REST"][size][i]));
  return {
    sendsPerRun: sends,
    msPerSend: Object.fromEntries(
      names.map((n) => [n, Object.fromEntries(BULK_SIZES.map((s) => [s, summarise(times[n][s])]))]),
    ),
    ratios: Object.fromEntries(
      BULK_SIZES.map((s) => [`ours / raw REST, time per send of ${s}`, ratio(s)]),
    ),
    oursRssBeforeLargestMB: summarise(oursRssBefore.map(toMB)),
    oursPeakRssDuringLargestMB: summarise(oursPeakRss.map(toMB)),
    oursVmHwmMB: toMB(await memoryBytes(ours.child.pid, "VmHWM")),
  };
}

const toMB = (bytes) => bytes / 2 ** 20;
