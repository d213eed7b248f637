/**
 * One HTTP request to a Docker API endpoint (unix socket, TCP, or TCP with TLS). The only
 * network edge of the CLI; a fake with the same shape is injected in unit tests.
 */
export interface ApiTarget {
  /** unix socket path (already resolved under --root) */
  socketPath?: string;
  host?: string;
  port?: number;
  /** TLS: PEM contents, not paths (read through ctx.fs by the caller). */
  tls?: { ca?: string; cert?: string; key?: string; servername?: string; verify: boolean };
}

export type ApiResponse = { ok: true; status: number; body: string } | { ok: false; error: string; code?: string };

export type DockerApi = (target: ApiTarget, path: string, options: { timeoutMs: number }) => Promise<ApiResponse>;
