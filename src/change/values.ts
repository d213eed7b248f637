import type { Diagnostic } from '../diagnostics/types.js';
import { translator } from '../i18n/index.js';
import type { ListSetting } from '../plan/list-settings.js';
import { parseDaemonHost, isLoopbackHost } from '../validate/values/hosts/daemon-host.js';
import { tlsState } from '../validate/values/tls/tls-state.js';
import type { EngineVersion } from '../engine/version.js';
import type { LocatedSetting } from '../validate/model.js';
import type { LoadedState } from './state.js';

// Diagnostics are English; the wizard says the same rejection in the reader's language.
const english = translator('en');

/** What the messages about a list setting need: which one it is, and its English noun. */
const named = (setting: ListSetting) => ({ command: setting.command, noun: setting.noun });

/** Check and normalise what the user typed (here or in the wizard); every bad value is reported, nothing is written. */
export function checkValues(
  setting: ListSetting,
  values: readonly string[],
  state: LoadedState,
): { ok: string[]; diagnostics: Diagnostic[] } {
  const ok: string[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const value of values) {
    const result = setting.normalize(value, state.engine.version);
    if (!result.ok) {
      diagnostics.push({
        id: setting.invalidId,
        severity: 'error',
        message: english('list.invalid', { ...named(setting), value: setting.display(value), reason: result.reason }),
        key: setting.key,
        source: { kind: 'command-line' },
        hint: hintFor(setting),
        fixable: false,
      });
      continue;
    }
    if (result.warning) {
      diagnostics.push({
        id: setting.key === 'insecure-registries' ? 'insecure-registry-scheme' : 'invalid-value',
        severity: 'warning',
        message: `${setting.display(value)}: ${result.warning}`,
        key: setting.key,
        source: { kind: 'command-line' },
        fixable: false,
      });
    }
    ok.push(setting.stored(value, result.value));
  }
  return { ok, diagnostics };
}

function hintFor(setting: ListSetting): string {
  switch (setting.command) {
    case 'mirror':
      return 'A mirror is an http:// or https:// URL without credentials, query or fragment, e.g. https://mirror.example.com';
    case 'insecure':
      return 'An insecure registry is host[:port] or a CIDR, without a scheme, e.g. registry.local:5000 or 10.0.0.0/8';
    case 'host':
      return 'An address is unix:///path, tcp://host:port or fd://, e.g. tcp://127.0.0.1:2375';
  }
}

/** TCP beyond loopback without client-verified TLS gives root to the network: refuse unless asked. */
export function insecureTcp(
  values: readonly string[],
  settings: ReadonlyMap<string, LocatedSetting>,
  engine: EngineVersion,
  allow: boolean,
): Diagnostic[] {
  if (tlsState(settings).verify) return [];
  return values.flatMap((value): Diagnostic[] => {
    const parsed = parseDaemonHost(value, engine);
    if (!parsed.ok || parsed.proto !== 'tcp' || isLoopbackHost(parsed.hostname ?? '')) return [];
    return [
      {
        id: 'tcp-without-tls',
        severity: allow ? 'warning' : 'error',
        message: `${value} exposes the Docker API to the network without TLS client verification: anyone who can reach it has root on this host`,
        key: 'hosts',
        source: { kind: 'command-line' },
        hint: allow
          ? 'Set "tlsverify": true with tlscacert, tlscert and tlskey, or listen on 127.0.0.1 only.'
          : 'Set "tlsverify": true with tlscacert, tlscert and tlskey first, listen on 127.0.0.1, or pass --allow-insecure-tcp if you really mean it.',
        fixable: false,
      },
    ];
  });
}

/** VALUE is JSON when it parses as JSON (true, 3, ["a"], {"k":"v"}), else a string. */
export function parseValue(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
