// The part of GET /info we compare. Field shapes differ per version (20.10 sends [] where
// 26+ sends null), so every list may be null.

export interface IndexInfo {
  Name: string;
  Mirrors: string[] | null;
  Secure: boolean;
  Official: boolean;
}

export interface DaemonInfo {
  Name?: string;
  ServerVersion?: string;
  OperatingSystem?: string;
  Debug?: boolean;
  Labels?: string[] | null;
  LiveRestoreEnabled?: boolean;
  ContainersRunning?: number;
  SecurityOptions?: string[] | null;
  /** The proxies dockerd pulls through (credentials masked by dockerd). */
  HttpProxy?: string;
  HttpsProxy?: string;
  NoProxy?: string;
  /** The storage driver (classic store: `overlay2`…), or the snapshotter (containerd store: `overlayfs`…). */
  Driver?: string;
  /** The containerd store says `[["driver-type", "io.containerd.snapshotter.v1"]]` (moby daemon/containerd/service.go). */
  DriverStatus?: [string, string][] | null;
  RegistryConfig?: {
    Mirrors?: string[] | null;
    InsecureRegistryCIDRs?: string[] | null;
    IndexConfigs?: Record<string, IndexInfo> | null;
  } | null;
}

/** /info's body as DaemonInfo, or why it is not one. */
export function parseInfo(body: string): { ok: true; info: DaemonInfo } | { ok: false; error: string } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return { ok: false, error: `/info did not answer JSON: ${JSON.stringify(body.slice(0, 80))}` };
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed))
    return { ok: false, error: '/info did not answer a JSON object' };
  return { ok: true, info: parsed as DaemonInfo };
}
