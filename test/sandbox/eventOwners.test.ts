import { describe, expect, it } from "vitest";
import { SandboxClock } from "../../src/sandbox/clock.js";
import { EventQueue } from "../../src/sandbox/eventQueue.js";

describe("events by owner", () => {
  it("drops one owner's events and keeps the others in time, then insertion, order", () => {
    const queue = new EventQueue();
    const a = {};
    const b = {};
    const order: string[] = [];
    const at = [5, 1, 3, 1, 5, 0, 2, 1, 4];
    at.forEach((t, i) =>
      queue.push({ at: t, run: () => order.push(`${t}:${i}`), owner: i % 3 === 0 ? a : b }),
    );
    queue.removeOwnedBy(a);
    for (let e = queue.pop(); e; e = queue.pop()) e.run(e.at);
    expect(order).toEqual(["0:5", "1:1", "1:7", "3:2", "4:8", "5:4"]);
  });

  it("lets a scheduler's owner clear its events and leaves the rest due", () => {
    const clock = new SandboxClock(0, 0, () => 0);
    const mine = {};
    const seen: string[] = [];
    clock.scheduler(mine).schedule(1_000, () => seen.push("mine"));
    clock.scheduler({}).schedule(1_000, () => seen.push("theirs"));
    clock.clearEvents(mine);
    clock.advance(1_000);
    expect(seen).toEqual(["theirs"]);
    clock.stop();
  });
});
