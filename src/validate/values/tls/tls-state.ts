/**
 * Whether dockerd serves TLS and verifies clients, from the merged tls/tlsverify settings
 * (moby issue #27105: any tlsverify key, even false, turns TLS on; "tls": true alone
 * verifies clients because tlsverify defaults to the value of tls).
 */
import type { Setting } from '../types.js';

export interface TlsState {
  enabled: boolean;
  /** Clients must present a certificate signed by the CA. */
  verify: boolean;
  /** tls or tlsverify was written somewhere (an explicit choice skips the 15 s TCP slow-down). */
  explicit: boolean;
  /** TLS was switched on by a --tls/--tlsverify flag, so the flags' default cert paths apply. */
  viaFlag: boolean;
}

type Settings = ReadonlyMap<string, Setting>;

function boolSetting(settings: Settings, key: string): { value: boolean; fromFlag: boolean } | undefined {
  const s = settings.get(key);
  return s && typeof s.value === 'boolean' ? { value: s.value, fromFlag: s.from === 'flag' } : undefined;
}

export function tlsState(settings: Settings): TlsState {
  const tls = boolSetting(settings, 'tls');
  const verify = boolSetting(settings, 'tlsverify');
  // IsValueSet sees the key, whatever its value: "tlsverify": null turns TLS on too, and leaves
  // TLSVerify nil, so it takes TLS's value (true).
  const verifyNamed = verify !== undefined || settings.get('tlsverify')?.value === null;
  const enabled = verifyNamed || tls?.value === true;
  return {
    enabled,
    verify: enabled && (verify ? verify.value : true),
    explicit: tls !== undefined || verifyNamed,
    viaFlag: Boolean(verify?.fromFlag || (tls?.fromFlag && tls.value)),
  };
}

/**
 * Is TLS on at the moment dockerd picks the default listener? 20.10 decides after
 * tlsverify has switched TLS on; 23.0+ decides before, so only "tls" (or a --tlsverify flag) counts.
 */
export function tlsForDefaultHost(settings: Settings, modern: boolean): boolean {
  if (!modern) return tlsState(settings).enabled;
  const tls = boolSetting(settings, 'tls');
  const verify = boolSetting(settings, 'tlsverify');
  return Boolean(verify?.fromFlag) || tls?.value === true;
}
