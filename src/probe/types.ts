import type { Ctx } from '../context.js';
import type { Said } from '../i18n/said.js';

export type ProbeCtx = Pick<Ctx, 'http' | 'clock'>;

/** How a registry handles anonymous access: what a mirror must allow (dockerd never logs in to one). */
export type AuthOutcome = 'none' | 'anonymous-token' | 'token-refused' | 'basic-required';

export interface RegistryProbe {
  /** As configured, credentials masked. */
  url: string;
  kind: 'registry' | 'not-registry' | 'unreachable' | 'tls-error';
  /** A registry dockerd can pull through anonymously. */
  ok: boolean;
  /** The HTTP status of GET /v2/ (after redirects). */
  status?: number;
  /** Time to GET /v2/'s answer, in ms. */
  latencyMs?: number;
  auth?: AuthOutcome;
  /** The https:// URL reached a server that speaks plain HTTP ("server gave HTTP response to HTTPS client"). */
  plainHttp?: boolean;
  /** One plain sentence: what answered, or why nothing did (English; the edge's own words when nothing answered). */
  detail: string;
  /** `detail` as a catalogue sentence, when it is ours (not the edge's words). */
  says?: Said;
}

export interface InsecureProbe {
  /** The insecure-registries entry. */
  address: string;
  /** 'not-probed': a CIDR, nothing to connect to. */
  answers: 'https' | 'http' | 'both' | 'none' | 'not-probed';
  https?: RegistryProbe;
  http?: RegistryProbe;
  /** https answered with a certificate we trust (certs.d or the system's roots). */
  trustedTls?: boolean;
}
