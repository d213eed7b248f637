import type { Diagnostic } from '../diagnostics/types.js';
import { hint, message } from '../diagnostics/say.js';
import type { ListSetting } from '../plan/list-settings.js';
import { parseDaemonHost, isLoopbackHost } from '../validate/values/hosts/daemon-host.js';
import { clientsVerified } from '../validate/values/hosts/open-tcp.js';
import type { EngineVersion } from '../engine/version.js';
import type { LocatedSetting } from '../validate/model.js';
import type { LoadedState } from './state.js';
import { parseJsonKeepingNumbers } from '../targets/daemon-json.js';

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
        ...message('list.invalid', { ...named(setting), value: setting.display(value), reason: result.reason }),
        key: setting.key,
        source: { kind: 'command-line' },
        ...hint(`change.values.hint.${setting.command}`),
        fixable: false,
      });
      continue;
    }
    if (result.warning) {
      diagnostics.push({
        id: setting.key === 'insecure-registries' ? 'insecure-registry-scheme' : 'invalid-value',
        severity: 'warning',
        ...(typeof result.warning === 'string'
          ? message('change.values.warning', { value: setting.display(value), dockerd: result.warning })
          : message('change.values.ownWarning', { value: setting.display(value), warning: result.warning })),
        key: setting.key,
        source: { kind: 'command-line' },
        fixable: false,
      });
    }
    ok.push(setting.stored(value, result.value));
  }
  return { ok, diagnostics };
}

/** TCP beyond loopback without client-verified TLS gives root to the network: refuse unless asked. */
export function insecureTcp(
  values: readonly string[],
  settings: ReadonlyMap<string, LocatedSetting>,
  engine: EngineVersion,
  allow: boolean,
): Diagnostic[] {
  if (clientsVerified(settings)) return [];
  return values.flatMap((value): Diagnostic[] => {
    const parsed = parseDaemonHost(value, engine);
    if (!parsed.ok || parsed.proto !== 'tcp' || isLoopbackHost(parsed.hostname ?? '')) return [];
    return [
      {
        id: 'tcp-without-tls',
        severity: allow ? 'warning' : 'error',
        ...message('change.tcp.exposed', { address: value }),
        key: 'hosts',
        source: { kind: 'command-line' },
        ...hint(allow ? 'change.tcp.hint.allowed' : 'change.tcp.hint.refused'),
        fixable: false,
      },
    ];
  });
}

/**
 * VALUE is JSON when it parses as JSON (true, 3, ["a"], {"k":"v"}), else a string. Numbers are
 * kept as typed (9007199254740993 is not rounded, 1e400 is not turned into null): the validator
 * then judges the text dockerd will read.
 */
export function parseValue(text: string): unknown {
  try {
    return parseJsonKeepingNumbers(text);
  } catch {
    return text;
  }
}
