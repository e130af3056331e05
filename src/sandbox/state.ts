import type { SandboxClock } from "./clock.js";
import type { ContactStore } from "./contacts.js";
import { deviceSeedSchema, DeviceStore } from "./devices.js";
import { FailoverEngine } from "./engine.js";
import { MessageStore } from "./messages.js";
import { Notifier } from "./notifier.js";
import { ReportQueue, toDeliveryReport } from "./reports.js";
import { RETENTION_MS } from "./retention.js";
import { PushEngine } from "./push/pushEngine.js";
import { PushMessageStore } from "./push/pushMessages.js";
import { PushAwareReachability } from "./push/pushReachability.js";
import { toPushReport } from "./push/pushReports.js";
import { newScenarioKey, ScenarioStore } from "./scenarios.js";
import type { SandboxSeed } from "./seed.js";

/**
 * Everything one account remembers, and the way back to its seed. Seed scenarios without a key
 * get one once, per state: a reset keeps the keys clients already hold, and two accounts seeded
 * alike still never share a key. Contacts are the world's (passed in), devices the account's.
 */
export class SandboxState {
  readonly scenarios = new ScenarioStore();
  readonly messages = new MessageStore();
  readonly reports = new ReportQueue();
  readonly devices = new DeviceStore();
  readonly pushMessages = new PushMessageStore();
  /** `/push/1/reports` is its own fetch-once queue, apart from OMNI's. */
  readonly pushReports = new ReportQueue();
  readonly engine: FailoverEngine;
  readonly pushEngine: PushEngine;
  /** Per account, so that a reset drops only this account's queued callbacks and counters. */
  readonly notifier: Notifier;
  private readonly seed: SandboxSeed;

  constructor(
    seed: SandboxSeed,
    private readonly clock: SandboxClock,
    contacts: ContactStore,
    log: (line: string) => void,
  ) {
    this.seed = {
      ...seed,
      scenarios: (seed.scenarios ?? []).map((s) => ({ ...s, key: s.key ?? newScenarioKey() })),
    };
    const scheduler = clock.scheduler(this);
    this.notifier = new Notifier(scheduler, log);
    this.pushEngine = new PushEngine(scheduler, this.devices, this.pushMessages, (message) =>
      this.pushReports.push(toPushReport(message), message.doneAt ?? message.sentAt),
    );
    const reachability = new PushAwareReachability(contacts, this.devices);
    this.engine = new FailoverEngine(scheduler, reachability, this.messages, (attempt) => {
      const report = toDeliveryReport(attempt);
      this.reports.push(report, attempt.doneAt ?? attempt.sentAt);
      const { notifyUrl, notify } = attempt.message.request;
      if (notifyUrl !== undefined && notify) this.notifier.enqueue(notifyUrl, report);
    });
    this.reset();
  }

  /**
   * OMNI's logs and its reports not yet fetched are kept RETENTION_MS, then forgotten: called
   * before they are read, so what a read shows never depends on when memory was given back.
   * Push reports are the Push API's and stay until fetched.
   */
  forgetExpired(now: number): void {
    const cutoff = now - RETENTION_MS;
    this.messages.forgetBefore(cutoff);
    this.reports.forgetBefore(cutoff);
  }

  reset(): void {
    this.clock.clearEvents(this);
    this.notifier.clear();
    this.messages.clear();
    this.reports.clear();
    this.scenarios.clear();
    this.devices.clear();
    this.pushMessages.clear();
    this.pushReports.clear();
    for (const s of this.seed.scenarios ?? []) {
      this.scenarios.create({ name: s.name, flow: s.flow, default: s.default ?? false }, s.key);
    }
    for (const device of this.seed.devices ?? []) this.devices.put(deviceSeedSchema.parse(device));
  }
}
