// Keys and types: unknown keys, flag/file duplicates, wrong JSON types, an unreadable file.
import { FLAG_PLACES, q, type Rule } from './rule.js';

/** "Config.CommonConfig.BridgeConfig.DefaultBridgeConfig.mtu" → ["mtu"]; ".0.size" → ["0", "size"] */
export function keyPath(goPath: string): string[] {
  const segments = goPath.split('.').filter((s) => s !== '');
  while (segments.length > 0 && /^[A-Z]\w*$/.test(segments[0]!)) segments.shift();
  return segments;
}

const TYPE_WORDS: ReadonlyArray<[RegExp, string]> = [
  [/^bool$/, 'true or false'],
  [/^u?int(8|16|32|64)?$/, 'a whole number'],
  [/^float(32|64)$/, 'a number'],
  [/^string$/, 'a string'],
  [/^\[\]string$/, 'a list of strings'],
  [/^\[\]/, 'a list'],
  [/^map\[string\]string$/, 'an object of strings'],
  [/^map\[string\]bool$/, 'an object of true/false values'],
  [/Duration$/, 'a duration such as "48h"'],
  [/^net\.IP$/, 'an IP address in a string'],
  [/^(map\[|\*?\w+\.\w*(Config|Runtime|Ulimit|Rule)$)/, 'an object'],
];

const typeWords = (goType: string): string =>
  TYPE_WORDS.find(([re]) => re.test(goType))?.[1] ?? `a value of Go type ${goType}`;

/** ["hosts", "1"] → "hosts[1]"; ["0", "size"] → "[0].size" */
const showPath = (segments: readonly string[]): string =>
  segments.map((s, i) => (/^\d+$/.test(s) ? `[${s}]` : i === 0 ? s : `.${s}`)).join('');

const JSON_KIND: Record<string, string> = {
  string: 'a string',
  number: 'a number',
  bool: 'true/false',
  array: 'a list',
  object: 'an object',
};

function typeHint(kind: string, value: string | undefined, goType: string, key: string): string {
  const expected = typeWords(goType);
  if (expected === 'true or false' && kind === 'string') return 'Write true or false without quotes.';
  if (expected === 'a list of strings' && kind === 'string') return `Wrap it in a list: ${q(key)}: ["…"].`;
  if (expected === 'a whole number' && kind === 'number')
    return `Write a whole number within the 64-bit range${value ? `, not ${value}` : ''}.`;
  if (expected === 'a whole number' && kind === 'string') return 'Write the number without quotes.';
  if (expected === 'a string' && (kind === 'number' || kind === 'bool')) return 'Put the value in double quotes.';
  return `Use ${expected}.`;
}

interface Conflict {
  key: string;
  flag: string;
  file: string;
}

/** "hosts: (from flag: [fd://], from file: [unix://…]), debug: (from flag: true, from file: true)" */
export function parseConflicts(list: string): Conflict[] {
  const item = /([^\s:,]+): \(from flag: (.*?), from file: (.*?)\)(?=, [^\s:,]+: \(from flag: |$)/g;
  return [...list.matchAll(item)].map((m) => ({ key: m[1]!, flag: m[2]!, file: m[3]! }));
}

function conflictHint(conflicts: readonly Conflict[], file: string): string {
  const hosts = conflicts.find((c) => c.key === 'hosts');
  if (hosts && hosts.flag.includes('fd://')) {
    return (
      `The unit starts dockerd with -H fd://. Either remove "hosts" from ${file}, or keep it and add a systemd drop-in that ` +
      'clears ExecStart= and starts dockerd without -H (`dockerd-config host add` writes it), then `systemctl daemon-reload`.'
    );
  }
  const keys = conflicts.map((c) => q(c.key)).join(', ');
  return `Keep one: remove ${keys} from ${file}, or the flag from ${FLAG_PLACES}.`;
}

export const keyRules: readonly Rule[] = [
  {
    id: 'unknown-key',
    pattern: /^the following directives don't match any configuration option: ?(.*)$/,
    build: ({ match, file }) => {
      const keys = match[1]!.split(', ');
      const named = keys.map(q).join(', ');
      return {
        message: `${file} has ${keys.length === 1 ? 'a key' : 'keys'} this dockerd does not know: ${named}.`,
        hint: 'Remove or rename it (keys are case-sensitive); `dockerd-config validate` suggests the right name.',
        setting: keys.length === 1 && keys[0] !== '' ? keys[0] : undefined,
        fixable: true,
      };
    },
  },
  {
    id: 'flag-file-conflict',
    pattern: /^the following directives are specified both as a flag and in the configuration file: (.*)$/,
    build: ({ match, file }) => {
      const conflicts = parseConflicts(match[1]!);
      const first = conflicts[0];
      const message =
        conflicts.length === 1 && first
          ? `${q(first.key)} is set both in ${file} (${first.file}) and as a dockerd flag (${first.flag}); dockerd refuses to start with both.`
          : `${conflicts.map((c) => q(c.key)).join(', ')} are set both in ${file} and as dockerd flags; dockerd refuses to start with both.`;
      return { message, hint: conflictHint(conflicts, file), setting: first?.key, fixable: true };
    },
  },
  {
    id: 'invalid-type',
    pattern:
      /^json: cannot unmarshal (\w+)(?: (\S+))? into (?:Go struct field )?(\S*) of type (.+?)(?:: JSON value must be string type)?$/,
    build: ({ match, file }) => {
      const [, kind, value, goPath, goType] = match as unknown as [string, string, string | undefined, string, string];
      const path = keyPath(goPath);
      const top = path[0] !== undefined && /^[a-z][a-z0-9-]*$/.test(path[0]) ? path[0] : undefined;
      const shown = showPath(path) || goPath;
      const given = value !== undefined ? `the ${kind} ${value}` : (JSON_KIND[kind] ?? kind);
      return {
        message: `${q(shown)} in ${file} must be ${typeWords(goType)}, not ${given}.`,
        hint: typeHint(kind, value, goType, top ?? shown),
        setting: top,
        fixable: true,
      };
    },
  },
  {
    id: 'config-file-missing',
    phase: 'config',
    pattern: /^open (.+): no such file or directory$/,
    build: ({ match }) => ({
      message: `dockerd is told to read ${match[1]} (--config-file), and it does not exist.`,
      hint: `Create it with {} in it, or fix the --config-file path in ${FLAG_PLACES}.`,
      fixable: true,
    }),
  },
  {
    id: 'config-permission-denied',
    pattern: /^open (.+): permission denied$/,
    build: ({ match }) => ({
      message: `dockerd may not read ${match[1]}.`,
      hint:
        `Check \`ls -l ${match[1]}\` (root must be able to read it). Snap's dockerd is confined by AppArmor and reads ` +
        '/var/snap/docker/current/config/daemon.json instead: edit that file and run `snap restart docker`.',
      fixable: false,
    }),
  },
  {
    id: 'removed-key',
    pattern: /^DEPRECATED: The "([\w-]+)" config parameter/,
    build: ({ match, file }) => ({
      message: `${q(match[1]!)} no longer exists in this dockerd version.`,
      hint: `Remove ${q(match[1]!)} from ${file}.`,
      setting: match[1],
      fixable: true,
    }),
  },
];
