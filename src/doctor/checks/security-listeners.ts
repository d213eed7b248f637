import { hint, message } from '../../diagnostics/say.js';
import type { Diagnostic } from '../../diagnostics/types.js';
import { isLocalListener, isLoopbackHost, parseDaemonHost } from '../../validate/values/hosts/daemon-host.js';
import { hostsRule } from '../../validate/values/hosts/hosts-rule.js';
import { tlsState } from '../../validate/values/tls/tls-state.js';
import type { Facts } from '../facts.js';
import type { Check, Finding } from '../types.js';

const WILDCARDS = new Set(['', '0.0.0.0', '::', '[::]']);

const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((h): h is string => typeof h === 'string') : [];

/**
 * validate's tcp-without-tls for every TCP listener, judged on the settings themselves: the
 * validator stops at a conflict dockerd refuses first (hosts against -H), and the port is still
 * open once that is mended. dockerd starts with it and only warns, so validate says warning; for
 * doctor a non-loopback API without client verification is root for the network: an error.
 */
function tcpWithoutTls({ settings, state, readableValidation }: Facts): Finding[] {
  const hosts = settings.get('hosts');
  if (!hosts) return [];
  const listed = strings(hosts.value);
  return hostsRule
    .check({ engine: state.engine.version, host: state.host, settings })
    .filter((p) => p.id === 'tcp-without-tls')
    .map((p): Finding => {
      const value = p.index === undefined ? undefined : listed[p.index];
      const parsed = value === undefined ? undefined : parseDaemonHost(value, state.engine.version);
      const loopback = parsed?.ok === true && isLoopbackHost(parsed.hostname ?? '');
      // The validator's own finding, with its position, when it did get that far.
      const same: Diagnostic = readableValidation.find((d) => d.id === p.id && d.message === p.message) ?? {
        id: p.id,
        severity: p.severity,
        key: p.key,
        message: p.message,
        ...(p.says ? { says: p.says } : {}),
        ...(p.hint !== undefined ? { hint: p.hint } : {}),
        ...(p.hintSays ? { hintSays: p.hintSays } : {}),
        ...(hosts.from === 'file'
          ? {
              ...(hosts.source.path !== undefined ? { file: hosts.source.path } : {}),
              ...(hosts.line !== undefined ? { line: hosts.line, column: hosts.column } : {}),
            }
          : { source: hosts.source }),
        fixable: false,
      };
      return { ...same, severity: loopback ? 'warning' : 'error', fixable: false };
    });
}

/** The API on TCP: without TLS client verification it is root for whoever connects; on 0.0.0.0 that is every network. */
export const securityListeners: Check = {
  id: 'security.listeners',
  title: 'Docker API listeners',
  group: 'security',
  run(facts) {
    const { settings, state } = facts;
    const findings: Finding[] = tcpWithoutTls(facts);
    const listed = strings(settings.get('hosts')?.value);
    const verify = tlsState(settings).verify;
    for (const value of listed) {
      const parsed = parseDaemonHost(value, state.engine.version);
      if (!parsed.ok || parsed.proto !== 'tcp' || !WILDCARDS.has(parsed.hostname ?? '')) continue;
      findings.push({
        id: 'listen-all-interfaces',
        severity: verify ? 'info' : 'warning',
        ...message(verify ? 'doctor.listeners.allInterfacesVerified' : 'doctor.listeners.allInterfaces', {
          address: parsed.normalized,
        }),
        key: 'hosts',
        ...hint('doctor.listeners.hint.oneAddress'),
        fixable: false,
      });
    }
    // With no address configured dockerd listens on its default socket; with some, only there.
    if (listed.length > 0 && !listed.some(isLocalListener)) {
      findings.push({
        id: 'no-local-socket',
        severity: 'warning',
        ...message('doctor.listeners.noLocalSocket', { addresses: listed.join(', ') }),
        key: 'hosts',
        hint: '`dockerd-config host add unix:///var/run/docker.sock`',
        fixable: false,
      });
    }
    return findings;
  },
};
