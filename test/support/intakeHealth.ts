/** A tenant's report intake as `/health` shows it: quarantined reports, reconciled messages. */
export interface IntakeHealth {
  quarantined: number;
  reconciled: number;
}

export async function intakeHealth(gatewayUrl: string, tenant = "default"): Promise<IntakeHealth> {
  const response = await fetch(`${gatewayUrl}/health`);
  const body = (await response.json()) as {
    status: string;
    details: { intake: Record<string, IntakeHealth> | "unavailable" };
  };
  if (response.status !== 200 || body.status !== "ok") {
    throw new Error(`/health answered ${response.status}`);
  }
  const { intake } = body.details;
  if (intake === "unavailable") throw new Error("/health: intake unavailable");
  return intake[tenant]!;
}
