import { maskCredentials } from '../../diagnostics/redact.js';
import { hint, message } from '../../diagnostics/say.js';
import { said } from '../../i18n/said.js';
import type { Check, Finding } from '../types.js';

const PAIRS = [
  { key: 'http-proxy', env: ['HTTP_PROXY', 'http_proxy'], info: 'HttpProxy' },
  { key: 'https-proxy', env: ['HTTPS_PROXY', 'https_proxy'], info: 'HttpsProxy' },
  { key: 'no-proxy', env: ['NO_PROXY', 'no_proxy'], info: 'NoProxy' },
] as const;

// dockerd masks the whole userinfo in /info ("xxxxx:xxxxx@"): compare without it.
const withoutUserinfo = (url: string): string => url.replace(/\/\/[^/@\s]*@/, '//');

/** A proxy in daemon.json ("proxies") or the unit's Environment= that the running daemon does not use. */
export const networkProxy: Check = {
  id: 'network.proxy',
  title: 'proxy',
  group: 'network',
  run({ settings, state, daemon, service }) {
    const env = state.raw.daemonArgs.unit?.env;
    const wanted = PAIRS.map((p) => {
      const fromFile = settings.get(p.key)?.value;
      const fromEnv = p.env.map((n) => env?.get(n)?.value.text).find((v) => v !== undefined && v !== '');
      // daemon.json's proxies win over the environment (23.0+).
      const value = typeof fromFile === 'string' ? fromFile : fromEnv;
      return { ...p, value, inFile: typeof fromFile === 'string' };
    }).filter((p) => p.value !== undefined);
    if (wanted.length === 0) return { skipped: said('doctor.skip.no-proxy') };
    if (!daemon.info) return { skipped: said('doctor.skip.no-answer') };
    const info = daemon.info;
    return wanted.flatMap((p): Finding[] => {
      const actual = info[p.info] ?? '';
      if (withoutUserinfo(actual) === withoutUserinfo(p.value ?? '')) return [];
      return [
        {
          id: 'proxy-not-applied',
          severity: 'warning',
          ...message('doctor.proxy.notUsed', {
            where: p.inFile ? 'daemon.json' : said('doctor.proxy.unitEnvironment'),
            key: p.key,
            value: maskCredentials(p.value ?? ''),
            actual: actual === '' ? said('doctor.proxy.none') : maskCredentials(actual),
          }),
          key: p.key,
          ...(p.inFile
            ? hint('doctor.proxy.hint.restart')
            : { hint: 'systemctl daemon-reload && systemctl restart docker' }),
          fixable: service.canRestart,
          ...(service.canRestart
            ? { fix: { kind: 'restart' as const, mode: 'restart' as const, describe: said('doctor.proxy.fix') } }
            : {}),
        },
      ];
    });
  },
};
