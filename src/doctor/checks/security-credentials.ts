import { maskCredentials } from '../../diagnostics/redact.js';
import { hint, message } from '../../diagnostics/say.js';
import type { Check, Finding } from '../types.js';

const WITH_PASSWORD = /\/\/[^/@:\s"']*:[^/@\s"']+@/;
const PROXY_KEYS = ['http-proxy', 'https-proxy'];
const PROXY_ENV = ['HTTP_PROXY', 'HTTPS_PROXY', 'http_proxy', 'https_proxy'];

/** Passwords in proxy URLs: daemon.json, the unit's Environment= and `docker info` show them to every local user. */
export const securityCredentials: Check = {
  id: 'security.credentials',
  title: 'credentials in URLs',
  group: 'security',
  run({ settings, state }) {
    const findings: Finding[] = [];
    for (const key of PROXY_KEYS) {
      const s = settings.get(key);
      if (typeof s?.value === 'string' && WITH_PASSWORD.test(s.value)) {
        findings.push({
          id: 'credentials-in-url',
          severity: 'warning',
          ...message('doctor.credentials.inFile', { key, url: maskCredentials(s.value) }),
          key,
          ...(s.source.path ? { file: s.source.path } : {}),
          ...hint('doctor.credentials.hint.file'),
          fixable: false,
        });
      }
    }
    const env = state.raw.daemonArgs.unit?.env;
    for (const name of PROXY_ENV) {
      const v = env?.get(name)?.value.text;
      if (v !== undefined && WITH_PASSWORD.test(v)) {
        findings.push({
          id: 'credentials-in-url',
          severity: 'warning',
          ...message('doctor.credentials.inUnit', { variable: name, url: maskCredentials(v) }),
          ...hint('doctor.credentials.hint.unit'),
          fixable: false,
        });
      }
    }
    return findings;
  },
};
