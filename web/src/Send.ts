import type { Plan } from "./ComposePanel";

/** A send the page made, followed live: its bulk, its messages and the plan it was sent with. */
export interface Send {
  bulkId: string;
  scenario: string;
  messages: { messageId: string; to: string }[];
  plan: Plan;
}
