import { useEffect, useState } from "preact/hooks";
import { describeError, type Api } from "./api";
import { clockTime, duration, money } from "./format";
import {
  PlaygroundBulkDocument,
  PlaygroundMessageDocument,
  PlaygroundStatusChangedDocument,
  type PlaygroundBulkQuery,
  type PlaygroundMessageQuery,
} from "./gql/graphql";
import { PlanTimeline, planSpan } from "./PlanTimeline";
import type { Send } from "./Send";
import { Track } from "./Track";

type Message = NonNullable<PlaygroundMessageQuery["message"]>;
type Bulk = NonNullable<PlaygroundBulkQuery["bulk"]>;

/** Watch it happen: every send, live from messageStatusChanged, newest first. */
export function WatchPanel(props: { api: Api; sends: readonly Send[]; refresh: number }) {
  return (
    <section class="panel" aria-labelledby="watch-title">
      <h2 id="watch-title">4 · Watch it happen</h2>
      {props.sends.length === 0 && <p>Nothing sent yet.</p>}
      {[...props.sends].reverse().map((send) => (
        <SendView key={send.bulkId} api={props.api} send={send} refresh={props.refresh} />
      ))}
    </section>
  );
}

function SendView(props: { api: Api; send: Send; refresh: number }) {
  const { api, send } = props;
  const [events, setEvents] = useState(0);
  const [live, setLive] = useState("connecting");
  const [messages, setMessages] = useState<Message[]>([]);
  const [bulk, setBulk] = useState<Bulk | undefined>();
  const [error, setError] = useState("");

  useEffect(
    () =>
      api.subscribe(
        PlaygroundStatusChangedDocument,
        { bulkId: send.bulkId },
        () => {
          setLive("live");
          setEvents((n) => n + 1);
        },
        (failure) => setLive(failure.message),
      ),
    [api, send.bulkId],
  );
  useEffect(() => {
    let current = true;
    Promise.all([
      Promise.all(
        send.messages.map(({ messageId }) =>
          api.request(PlaygroundMessageDocument, { messageId }).then((data) => data.message),
        ),
      ),
      api.request(PlaygroundBulkDocument, { bulkId: send.bulkId }).then((data) => data.bulk),
    ])
      .then(([found, stats]) => {
        if (!current) return;
        setMessages(found.filter((m): m is Message => m != null));
        setBulk(stats ?? undefined);
        setError("");
      })
      .catch((failure) => current && setError(describeError(failure)));
    return () => {
      current = false;
    };
  }, [api, send, events, props.refresh]);

  return (
    <article class="send" aria-label={`Send ${send.bulkId}`} data-testid="send">
      <header>
        <h3>
          {send.scenario} · {send.messages.length}{" "}
          {send.messages.length === 1 ? "message" : "messages"}
        </h3>
        <span class="hint">
          bulk {send.bulkId} · {events} {events === 1 ? "update" : "updates"} ({live})
        </span>
      </header>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      {bulk && <BulkSummary bulk={bulk} />}
      {send.messages.map(({ messageId, to }) => {
        const message = messages.find((m) => m.messageId === messageId);
        const destination = send.plan.destinations.find(
          (d) => (d.to.phoneNumber ?? d.to.emailAddress) === to,
        );
        return (
          <MessageView
            key={messageId}
            messageId={messageId}
            to={to}
            message={message}
            plan={destination && { ...send.plan, destinations: [destination] }}
          />
        );
      })}
    </article>
  );
}

function BulkSummary({ bulk }: { bulk: Bulk }) {
  return (
    <dl class="bulk" aria-label="Bulk summary">
      {bulk.byStatus.map((entry) => (
        <div key={entry.status}>
          <dt>{entry.status}</dt>
          <dd>{entry.count}</dd>
        </div>
      ))}
      <div>
        <dt>delivery rate</dt>
        <dd>{Math.round(bulk.deliveryRate * 100)} %</dd>
      </div>
      <div>
        <dt>total price</dt>
        <dd>
          {bulk.totalPrice.length
            ? bulk.totalPrice.map((p) => money(p.pricePerMessage, p.currency)).join(" + ")
            : "–"}
        </dd>
      </div>
    </dl>
  );
}

function MessageView(props: {
  messageId: string;
  to: string;
  message?: Message;
  plan?: Send["plan"];
}) {
  const attempts = props.message?.attempts ?? [];
  const origin = attempts[0] ? Date.parse(attempts[0].sentAt) : 0;
  const happenedSpan = Math.max(
    0,
    ...attempts.map((a) => Date.parse(a.doneAt ?? a.sentAt) - origin),
  );
  const planned = props.plan?.destinations[0];
  const spanMs =
    props.plan && planned
      ? planSpan(props.plan, planned, happenedSpan)
      : Math.max(happenedSpan * 1.2, 10_000);
  const items = attempts.map((attempt) => ({
    label: `${attempt.channel} ${attempt.status.name}`,
    fromMs: Date.parse(attempt.sentAt) - origin,
    toMs: Date.parse(attempt.doneAt ?? attempt.sentAt) - origin,
    tone: `channel-${attempt.channel.toLowerCase()} outcome-${attempt.status.groupName.toLowerCase()}`,
  }));
  return (
    <div class="message" data-testid="message">
      <h4>
        To {props.to}:{" "}
        <span
          class={`status outcome-${props.message?.status?.groupName.toLowerCase() ?? "pending"}`}
        >
          {props.message?.status?.name ?? "…"}
        </span>
        {props.message?.deliveredVia && ` via ${props.message.deliveredVia}`}
      </h4>
      <div class="tracks">
        {props.plan && <PlanTimeline plan={props.plan} compact spanMs={spanMs} />}
        <Track caption="happened" items={items} spanMs={spanMs} />
      </div>
      <table class="attempts" aria-label={`Attempts of the message to ${props.to}`}>
        <thead>
          <tr>
            <th scope="col">#</th>
            <th scope="col">channel</th>
            <th scope="col">status</th>
            <th scope="col">error</th>
            <th scope="col">sent</th>
            <th scope="col">took</th>
            <th scope="col">price</th>
          </tr>
        </thead>
        <tbody>
          {attempts.map((attempt, index) => (
            <tr key={index} data-testid="attempt">
              <td>{index + 1}</td>
              <td>{attempt.channel}</td>
              <td>
                {attempt.status.groupName} · {attempt.status.name}
              </td>
              <td>
                {attempt.error && attempt.error.name !== "NO_ERROR"
                  ? `${attempt.error.name}${attempt.error.permanent ? " (permanent)" : ""}`
                  : "–"}
              </td>
              <td>{clockTime(attempt.sentAt)}</td>
              <td>
                {attempt.doneAt
                  ? duration(Date.parse(attempt.doneAt) - Date.parse(attempt.sentAt))
                  : "running"}
              </td>
              <td>
                {attempt.price ? money(attempt.price.pricePerMessage, attempt.price.currency) : "–"}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
