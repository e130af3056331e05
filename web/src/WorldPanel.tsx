import { useEffect, useState } from "preact/hooks";
import { describeError, type Api } from "./api";

type Reach = "ONLINE" | "OFFLINE" | "UNREACHABLE";
interface Contact {
  phoneNumber: string;
  channels: Partial<Record<string, Reach>>;
}
interface Device {
  pushRegistrationId: string;
  applicationCode: string;
  phoneNumber?: string;
  platform?: string;
  reach: string;
}
interface Clock {
  now: string;
  speed: number;
}

/** The channels a contact's reachability can be set on; PUSH follows devices instead. */
const CONTACT_CHANNELS = ["VIBER", "FACEBOOK", "VKONTAKTE", "PARSECO", "SMS", "VOICE"];
const REACHES: Reach[] = ["ONLINE", "OFFLINE", "UNREACHABLE"];
const UNITS = { seconds: 1_000, minutes: 60_000, hours: 3_600_000 } as const;

/** The sandbox's world: who is reachable where, and its clock. Only with the embedded sandbox. */
export function WorldPanel(props: { api: Api; onClockMoved(): void }) {
  const { api } = props;
  const [clock, setClock] = useState<Clock | undefined>();
  const [contacts, setContacts] = useState<Contact[]>([]);
  const [devices, setDevices] = useState<Device[]>([]);
  const [speed, setSpeed] = useState("");
  const [amount, setAmount] = useState("5");
  const [unit, setUnit] = useState<keyof typeof UNITS>("seconds");
  const [contact, setContact] = useState({ phoneNumber: "", channel: "VIBER", reach: "OFFLINE" });
  const [message, setMessage] = useState("");
  const [error, setError] = useState("");

  const load = async () => {
    const [c, list, found] = await Promise.all([
      api.sandbox<Clock>("GET", "clock"),
      api.sandbox<{ contacts: Contact[] }>("GET", "contacts"),
      api.sandbox<{ devices: Device[] }>("GET", "devices"),
    ]);
    setClock(c);
    setContacts(list.contacts);
    setDevices(found.devices);
  };
  useEffect(() => {
    load().catch((failure) => setError(describeError(failure)));
  }, [api]);

  const act = (action: () => Promise<string>) => async (event: Event) => {
    event.preventDefault();
    setError("");
    try {
      setMessage(await action());
      await load();
    } catch (failure) {
      setError(describeError(failure));
    }
  };
  const advance = act(async () => {
    const ms = Number(amount) * UNITS[unit];
    const moved = await api.sandbox<{ now: string }>("POST", "clock/advance", { ms });
    props.onClockMoved();
    return `Advanced ${amount} ${unit}: sandbox time is ${moved.now}.`;
  });
  const setClockSpeed = act(async () => {
    await api.sandbox("PUT", "clock", { speed: Number(speed) });
    return `Clock speed set to ${speed}.`;
  });
  const saveContact = act(async () => {
    const existing = contacts.find((c) => c.phoneNumber === contact.phoneNumber);
    await api.sandbox("PUT", `contacts/${encodeURIComponent(contact.phoneNumber)}`, {
      channels: { ...existing?.channels, [contact.channel]: contact.reach },
    });
    return `${contact.phoneNumber} is ${contact.reach} on ${contact.channel}.`;
  });

  return (
    <section class="panel" aria-labelledby="world-title">
      <h2 id="world-title">3 · The sandbox's world</h2>
      <h3>Clock</h3>
      {clock && (
        <p data-testid="clock">
          Sandbox time <time>{clock.now}</time>, speed {clock.speed}
          {clock.speed === 0 ? " (frozen)" : "×"}
        </p>
      )}
      <form class="row" onSubmit={advance} aria-label="Advance the clock">
        <label>
          Advance by
          <input
            type="number"
            min="0"
            step="any"
            required
            value={amount}
            onInput={(e) => setAmount(e.currentTarget.value)}
          />
        </label>
        <label>
          Unit
          <select
            value={unit}
            onChange={(e) => setUnit(e.currentTarget.value as keyof typeof UNITS)}
          >
            {Object.keys(UNITS).map((u) => (
              <option key={u}>{u}</option>
            ))}
          </select>
        </label>
        <button type="submit" class="primary">
          Advance
        </button>
      </form>
      <form class="row" onSubmit={setClockSpeed} aria-label="Clock speed">
        <label>
          Speed (0 freezes)
          <input
            type="number"
            min="0"
            step="any"
            required
            value={speed}
            onInput={(e) => setSpeed(e.currentTarget.value)}
          />
        </label>
        <button type="submit">Set speed</button>
      </form>
      <h3>Contacts</h3>
      <div class="scroll">
        <table aria-label="Contacts" class="contacts">
          <thead>
            <tr>
              <th scope="col">phone</th>
              {CONTACT_CHANNELS.map((c) => (
                <th scope="col" key={c}>
                  {c}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {contacts.map((c) => (
              <tr key={c.phoneNumber}>
                <td>{c.phoneNumber}</td>
                {CONTACT_CHANNELS.map((channel) => (
                  <td
                    key={channel}
                    class={`reach-${(c.channels[channel] ?? "default").toLowerCase()}`}
                  >
                    {c.channels[channel] ?? "·"}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <form class="row" onSubmit={saveContact} aria-label="Set a contact's reachability">
        <label>
          Phone number
          <input
            inputMode="numeric"
            required
            value={contact.phoneNumber}
            onInput={(e) => setContact({ ...contact, phoneNumber: e.currentTarget.value })}
          />
        </label>
        <label>
          Channel
          <select
            value={contact.channel}
            onChange={(e) => setContact({ ...contact, channel: e.currentTarget.value })}
          >
            {CONTACT_CHANNELS.map((c) => (
              <option key={c}>{c}</option>
            ))}
          </select>
        </label>
        <label>
          Reach
          <select
            value={contact.reach}
            onChange={(e) => setContact({ ...contact, reach: e.currentTarget.value })}
          >
            {REACHES.map((r) => (
              <option key={r}>{r}</option>
            ))}
          </select>
        </label>
        <button type="submit">Save contact</button>
      </form>
      <h3>Push devices</h3>
      {devices.length === 0 && <p>No devices in this account.</p>}
      <ul class="devices">
        {devices.map((d) => (
          <li key={d.pushRegistrationId}>
            {d.phoneNumber ?? "no phone"} · {d.platform ?? "device"} ·{" "}
            <span class={`reach-${d.reach.toLowerCase()}`}>{d.reach}</span>
            <span class="hint"> app {d.applicationCode.slice(0, 12)}…</span>
          </li>
        ))}
      </ul>
      <p class="hint" role="status">
        {message}
      </p>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
