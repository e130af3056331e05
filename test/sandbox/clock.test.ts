import { describe, expect, it } from "vitest";
import { SandboxClock } from "../../src/sandbox/clock.js";
import { EventQueue } from "../../src/sandbox/eventQueue.js";

describe("EventQueue", () => {
  it("pops by time, then in insertion order", () => {
    const queue = new EventQueue();
    const order: string[] = [];
    const at = [5, 1, 3, 1, 5, 0, 2];
    at.forEach((t, i) => queue.push({ at: t, run: () => order.push(`${t}:${i}`) }));
    for (let e = queue.pop(); e; e = queue.pop()) e.run(e.at);
    expect(order).toEqual(["0:5", "1:1", "1:3", "2:6", "3:2", "5:0", "5:4"]);
  });
});

describe("SandboxClock", () => {
  it("runs events in order with their own due time, including ones they schedule", () => {
    let real = 0;
    const clock = new SandboxClock(1_000, 0, () => real);
    const seen: [string, number][] = [];
    clock.schedule(3_000, (at) => {
      seen.push(["b", at]);
      clock.schedule(at + 500, (next) => seen.push(["c", next]));
      clock.schedule(at + 5_000, (next) => seen.push(["late", next]));
    });
    clock.schedule(2_000, (at) => seen.push(["a", at]));
    clock.advance(3_000);
    expect(seen).toEqual([
      ["a", 2_000],
      ["b", 3_000],
      ["c", 3_500],
    ]);
    expect(clock.now()).toBe(4_000);
    real = 1_000;
    expect(clock.now()).toBe(4_000);
    clock.stop();
  });

  it("moves with real time at its speed", () => {
    let real = 0;
    const clock = new SandboxClock(0, 2, () => real);
    real = 100;
    expect(clock.now()).toBe(200);
    clock.setSpeed(10);
    real = 110;
    expect(clock.now()).toBe(300);
    clock.stop();
  });

  it("fires due events from its own timer when running", async () => {
    const clock = new SandboxClock(0, 100);
    const fired = new Promise<number>((resolve) => clock.schedule(1_000, resolve));
    await expect(fired).resolves.toBe(1_000);
    clock.stop();
  });
});
