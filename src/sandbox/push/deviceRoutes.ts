import { Router } from "express";
import { badRequest, notFound } from "../errors.js";
import { deviceInputSchema, deviceSeedSchema } from "../devices.js";
import { jsonBody } from "../http.js";
import type { SandboxState } from "../state.js";

/** `/sandbox/devices`: the push installations the sandbox targets, by registration id. */
export function deviceRoutes(state: SandboxState): Router {
  const router = Router();
  router.use("/sandbox/devices", jsonBody);

  router.get("/sandbox/devices", (_req, res) => {
    res.json({ devices: state.devices.list() });
  });

  router.get("/sandbox/devices/:pushRegistrationId", (req, res) => {
    const device = state.devices.get(req.params.pushRegistrationId);
    if (!device) throw notFound();
    res.json(device);
  });

  router.put("/sandbox/devices/:pushRegistrationId", (req, res) => {
    const result = deviceInputSchema.safeParse(req.body ?? {});
    if (!result.success) {
      const errors: Record<string, string[]> = {};
      for (const issue of result.error.issues)
        (errors[issue.path.join(".") || "body"] ??= []).push(issue.message);
      throw badRequest(errors);
    }
    const device = deviceSeedSchema.parse({
      ...result.data,
      pushRegistrationId: req.params.pushRegistrationId,
    });
    res.json(state.devices.put(device));
  });

  router.delete("/sandbox/devices/:pushRegistrationId", (req, res) => {
    if (!state.devices.delete(req.params.pushRegistrationId)) throw notFound();
    res.status(204).end();
  });

  return router;
}
