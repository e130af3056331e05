/** Types of kit.mjs, for the supergraph test (TypeScript) that drives it. */

export declare const HIVE_GATEWAY_BIN: string;
export declare const DEFAULT_DATABASE_URL: string;
export declare const DEFAULT_DATABASE_SCHEMA: string;

export interface SupergraphOptions {
  /** Where main.js and sandboxMain.js are (default: the repository's dist/). */
  distDir?: string;
  /** Fixed ports; each one left out is a free port. */
  ports?: {
    router?: number;
    balancer?: number;
    replicas?: [number?, number?];
    sandbox?: number;
    crm?: number;
  };
  databaseUrl?: string;
  databaseSchema?: string;
  /** More environment for both omni replicas (e.g. REPORTS_POLL_INTERVAL_MS). */
  replicaEnv?: Record<string, string>;
  /** Sandbox ms per real ms; 0 freezes the clock. */
  sandboxClockSpeed?: number;
  /** Every line a process prints, with the process's name. */
  onLine?: (name: string, line: string) => void;
  /** A process that exited after it started, without being stopped. */
  onUnexpectedExit?: (name: string, status: number | string) => void;
}

export interface Replica {
  name: "a" | "b";
  port: number;
  url: string;
  graphqlUrl: string;
  /** Sends the signal (default SIGTERM) and resolves with the exit status. */
  stop(signal?: NodeJS.Signals): Promise<number | string>;
}

export interface Balancer {
  url: string;
  drain(name: string): void;
  resume(name: string): void;
  stats(): Record<string, { connections: number; open: number; bytes: number }>;
  close(): Promise<void>;
}

export interface Supergraph {
  routerUrl: string;
  routerWsUrl: string;
  sandboxUrl: string;
  sandboxApiKey: string;
  crmUrl: string;
  balancer: Balancer;
  replicas: Replica[];
  routerSecret: string;
  token(claims?: {
    sub?: string;
    scopes?: string[];
    ttlSeconds?: number;
    [claim: string]: unknown;
  }): string;
  close(): Promise<void>;
}

export declare function startSupergraph(options?: SupergraphOptions): Promise<Supergraph>;
