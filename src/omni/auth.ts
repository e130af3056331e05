/** The four `Authorization` schemes every OMNI operation accepts. */
export type OmniAuth =
  | { scheme: "App"; apiKey: string }
  | { scheme: "Basic"; username: string; password: string }
  | { scheme: "IBSSO"; token: string }
  | { scheme: "Bearer"; token: string };

export function authorizationHeader(auth: OmniAuth): string {
  switch (auth.scheme) {
    case "App":
      return `App ${auth.apiKey}`;
    case "Basic":
      return `Basic ${Buffer.from(`${auth.username}:${auth.password}`).toString("base64")}`;
    case "IBSSO":
      return `IBSSO ${auth.token}`;
    case "Bearer":
      return `Bearer ${auth.token}`;
  }
}
