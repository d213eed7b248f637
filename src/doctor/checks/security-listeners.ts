import { isLocalListener, parseDaemonHost } from '../../validate/values/hosts/daemon-host.js';
import { tlsState } from '../../validate/values/tls/tls-state.js';
import type { Check, Finding } from '../types.js';
import { SECURITY_IDS } from './security-ids.js';

const WILDCARDS = new Set(['', '0.0.0.0', '::', '[::]']);

/** The API on TCP: without TLS client verification it is root for whoever connects; on 0.0.0.0 that is every network. */
export const securityListeners: Check = {
  id: 'security.listeners',
  title: 'Docker API listeners',
  group: 'security',
  run({ readableValidation, settings, state }) {
    const findings: Finding[] = readableValidation
      .filter((d) => SECURITY_IDS.has(d.id))
      .map((d) => ({ ...d, fixable: false }));
    const hosts = settings.get('hosts')?.value;
    const verify = tlsState(settings).verify;
    for (const value of Array.isArray(hosts) ? hosts.filter((h): h is string => typeof h === 'string') : []) {
      const parsed = parseDaemonHost(value, state.engine.version);
      if (!parsed.ok || parsed.proto !== 'tcp' || !WILDCARDS.has(parsed.hostname ?? '')) continue;
      findings.push({
        id: 'listen-all-interfaces',
        severity: verify ? 'info' : 'warning',
        message: `${parsed.normalized} listens on every network interface of this host${verify ? ' (clients need a certificate signed by tlscacert)' : ''}`,
        key: 'hosts',
        hint: 'listen on the one address clients use (e.g. tcp://10.0.0.5:2376), and firewall the port',
        fixable: false,
      });
    }
    // With no address configured dockerd listens on its default socket; with some, only there.
    const listed = Array.isArray(hosts) ? hosts.filter((h): h is string => typeof h === 'string') : [];
    if (listed.length > 0 && !listed.some(isLocalListener)) {
      findings.push({
        id: 'no-local-socket',
        severity: 'warning',
        message: `dockerd listens only on ${listed.join(', ')}: no unix socket, so local clients (\`docker ps\`) cannot connect without DOCKER_HOST`,
        key: 'hosts',
        hint: '`dockerd-config host add unix:///var/run/docker.sock`',
        fixable: false,
      });
    }
    return findings;
  },
};
