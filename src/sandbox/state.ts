import type { SandboxClock } from "./clock.js";
import { ContactStore } from "./contacts.js";
import { deviceSeedSchema, DeviceStore } from "./devices.js";
import { FailoverEngine } from "./engine.js";
import { MessageStore } from "./messages.js";
import type { Notifier } from "./notifier.js";
import { ReportQueue, toDeliveryReport } from "./reports.js";
import { PushEngine } from "./push/pushEngine.js";
import { PushMessageStore } from "./push/pushMessages.js";
import { PushAwareReachability } from "./push/pushReachability.js";
import { toPushReport } from "./push/pushReports.js";
import { newScenarioKey, ScenarioStore } from "./scenarios.js";
import type { SandboxSeed } from "./seed.js";

/**
 * Everything the sandbox remembers, and the way back to the seed. Seed scenarios without a key
 * get one once, so a reset keeps the keys clients already hold.
 */
export class SandboxState {
  readonly scenarios = new ScenarioStore();
  readonly contacts = new ContactStore();
  readonly messages = new MessageStore();
  readonly reports = new ReportQueue();
  readonly devices = new DeviceStore();
  readonly pushMessages = new PushMessageStore();
  /** `/push/1/reports` is its own fetch-once queue, apart from OMNI's. */
  readonly pushReports = new ReportQueue();
  readonly engine: FailoverEngine;
  readonly pushEngine: PushEngine;
  private readonly seed: SandboxSeed;

  constructor(
    seed: SandboxSeed,
    private readonly clock: SandboxClock,
    private readonly notifier: Notifier,
  ) {
    this.seed = {
      ...seed,
      scenarios: (seed.scenarios ?? []).map((s) => ({ ...s, key: s.key ?? newScenarioKey() })),
    };
    this.pushEngine = new PushEngine(clock, this.devices, this.pushMessages, (message) =>
      this.pushReports.push(toPushReport(message)),
    );
    const reachability = new PushAwareReachability(this.contacts, this.devices);
    this.engine = new FailoverEngine(clock, reachability, this.messages, (attempt) => {
      const report = toDeliveryReport(attempt);
      this.reports.push(report);
      const { notifyUrl, notify } = attempt.message.request;
      if (notifyUrl !== undefined && notify) this.notifier.enqueue(notifyUrl, report);
    });
    this.reset();
  }

  reset(): void {
    this.clock.clearEvents();
    this.notifier.clear();
    this.messages.clear();
    this.reports.clear();
    this.scenarios.clear();
    this.contacts.clear();
    this.devices.clear();
    this.pushMessages.clear();
    this.pushReports.clear();
    for (const s of this.seed.scenarios ?? []) {
      this.scenarios.create({ name: s.name, flow: s.flow, default: s.default ?? false }, s.key);
    }
    for (const contact of this.seed.contacts ?? []) this.contacts.put(contact);
    for (const device of this.seed.devices ?? []) this.devices.put(deviceSeedSchema.parse(device));
  }
}
