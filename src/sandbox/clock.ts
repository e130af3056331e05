import { EventQueue } from "./eventQueue.js";

const MAX_TIMEOUT_MS = 2 ** 31 - 1;

/** What a play needs of time: the present, and being called back at a later moment. */
export interface Scheduler {
  now(): number;
  schedule(at: number, run: (at: number) => void): void;
}

/**
 * Sandbox time: `startAt` plus real elapsed time × speed, plus manual advances. Every delayed
 * thing in the sandbox is an event in one queue driven by a single real timer armed for the
 * earliest event, so 10 000 pending messages cost one timer, and advancing 48 h just drains the
 * queue in order. Events receive their own due time: work done while draining an advance must
 * be stamped with the moment it was due, not with the time the advance ends at.
 */
export class SandboxClock implements Scheduler {
  private anchorSandbox: number;
  private anchorReal: number;
  private currentSpeed: number;
  private readonly queue = new EventQueue();
  private timer: NodeJS.Timeout | undefined;
  private armedFor: number | undefined;
  private draining = false;

  constructor(
    startAt: number,
    speed: number,
    private readonly realNow: () => number = () => performance.now(),
  ) {
    this.anchorSandbox = startAt;
    this.anchorReal = realNow();
    this.currentSpeed = speed;
  }

  now(): number {
    return Math.floor(this.anchorSandbox + (this.realNow() - this.anchorReal) * this.currentSpeed);
  }

  get speed(): number {
    return this.currentSpeed;
  }

  setSpeed(speed: number): void {
    this.reanchor();
    this.currentSpeed = speed;
    this.rearm();
  }

  /** Moves time forward and runs everything that became due, in order, before returning. */
  advance(ms: number): void {
    this.reanchor();
    this.anchorSandbox += ms;
    this.drain();
  }

  schedule(at: number, run: (at: number) => void, owner?: object): void {
    this.queue.push({ at, run, owner });
    if (!this.draining && (this.armedFor === undefined || at < this.armedFor)) this.rearm();
  }

  /** The same time, with every event tagged as the owner's so that clearEvents(owner) finds them. */
  scheduler(owner: object): Scheduler {
    return {
      now: () => this.now(),
      schedule: (at, run) => this.schedule(at, run, owner),
    };
  }

  /** Forgets the owner's pending events (an account's reset), leaving the other accounts' plays. */
  clearEvents(owner: object): void {
    this.queue.removeOwnedBy(owner);
    this.rearm();
  }

  stop(): void {
    this.queue.clear();
    this.disarm();
  }

  private reanchor(): void {
    const real = this.realNow();
    this.anchorSandbox += (real - this.anchorReal) * this.currentSpeed;
    this.anchorReal = real;
  }

  private drain(): void {
    this.draining = true;
    try {
      const target = this.now();
      for (let next = this.queue.peek(); next && next.at <= target; next = this.queue.peek()) {
        this.queue.pop();
        next.run(next.at);
      }
    } finally {
      this.draining = false;
      this.rearm();
    }
  }

  private disarm(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    this.armedFor = undefined;
  }

  private rearm(): void {
    this.disarm();
    const next = this.queue.peek();
    if (!next || this.currentSpeed <= 0) return;
    const delay = Math.min(
      MAX_TIMEOUT_MS,
      Math.max(0, Math.ceil((next.at - this.now()) / this.currentSpeed)),
    );
    this.armedFor = next.at;
    this.timer = setTimeout(() => this.drain(), delay);
    this.timer.unref();
  }
}
