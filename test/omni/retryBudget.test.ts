import { describe, expect, it } from "vitest";
import { RetryBudget } from "../../src/omni/retryBudget.js";

const takeAll = (budget: RetryBudget): number => {
  let taken = 0;
  while (budget.tryRetry()) taken++;
  return taken;
};

describe("the retry budget", () => {
  it("allows the floor, plus its ratio of the calls in the window", () => {
    let now = 0;
    const budget = new RetryBudget({ ratio: 0.5, floor: 10, windowMs: 10_000 }, () => now);

    expect(takeAll(budget)).toBe(10);
    for (let i = 0; i < 40; i++) budget.recordCall();
    expect(takeAll(budget)).toBe(20);

    now = 5_000;
    for (let i = 0; i < 40; i++) budget.recordCall();
    expect(takeAll(budget)).toBe(20);
  });

  it("forgets calls and retries once they leave the window", () => {
    let now = 0;
    const budget = new RetryBudget({ ratio: 0.5, floor: 10, windowMs: 10_000 }, () => now);
    for (let i = 0; i < 100; i++) budget.recordCall();
    expect(takeAll(budget)).toBe(60);

    // Old retries no longer weigh, nor do the calls that earned them: the floor is back.
    now = 10_000;
    expect(takeAll(budget)).toBe(10);
    // Long idle, every bucket stale at once.
    now = 1_000_000;
    expect(takeAll(budget)).toBe(10);
  });
});
