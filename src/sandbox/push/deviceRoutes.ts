import { Router } from "express";
import type { AccountRegistry } from "../accounts.js";
import { notFound } from "../errors.js";
import { deviceInputSchema, deviceSeedSchema } from "../devices.js";
import { jsonBody } from "../http.js";
import { validated } from "../validation.js";

/**
 * `/sandbox/devices`: the push installations the sandbox targets, by registration id. They are
 * an account's (its application's users), so `?account=` picks whose; default the first.
 */
export function deviceRoutes(accounts: AccountRegistry): Router {
  const devicesOf = (query: unknown) => accounts.select(query).state.devices;
  const router = Router();
  router.use("/sandbox/devices", jsonBody);

  router.get("/sandbox/devices", (req, res) => {
    res.json({ devices: devicesOf(req.query.account).list() });
  });

  router.get("/sandbox/devices/:pushRegistrationId", (req, res) => {
    const device = devicesOf(req.query.account).get(req.params.pushRegistrationId);
    if (!device) throw notFound();
    res.json(device);
  });

  router.put("/sandbox/devices/:pushRegistrationId", (req, res) => {
    const devices = devicesOf(req.query.account);
    const input = validated(deviceInputSchema, req.body ?? {});
    const device = deviceSeedSchema.parse({
      ...input,
      pushRegistrationId: req.params.pushRegistrationId,
    });
    res.json(devices.put(device));
  });

  router.delete("/sandbox/devices/:pushRegistrationId", (req, res) => {
    if (!devicesOf(req.query.account).delete(req.params.pushRegistrationId)) throw notFound();
    res.status(204).end();
  });

  return router;
}
