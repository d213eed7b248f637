// Keys and types: unknown keys, flag/file duplicates, wrong JSON types, an unreadable file.
import { said, type Said } from '../../i18n/said.js';
import { FLAG_PLACES, type Rule } from './rule.js';

/** "Config.CommonConfig.BridgeConfig.DefaultBridgeConfig.mtu" → ["mtu"]; ".0.size" → ["0", "size"] */
export function keyPath(goPath: string): string[] {
  const segments = goPath.split('.').filter((s) => s !== '');
  while (segments.length > 0 && /^[A-Z]\w*$/.test(segments[0]!)) segments.shift();
  return segments;
}

type Expected =
  | 'bool'
  | 'int'
  | 'float'
  | 'string'
  | 'stringList'
  | 'list'
  | 'stringMap'
  | 'boolMap'
  | 'duration'
  | 'ip';

const TYPE_WORDS: ReadonlyArray<[RegExp, Expected | 'object']> = [
  [/^bool$/, 'bool'],
  [/^u?int(8|16|32|64)?$/, 'int'],
  [/^float(32|64)$/, 'float'],
  [/^string$/, 'string'],
  [/^\[\]string$/, 'stringList'],
  [/^\[\]/, 'list'],
  [/^map\[string\]string$/, 'stringMap'],
  [/^map\[string\]bool$/, 'boolMap'],
  [/Duration$/, 'duration'],
  [/^net\.IP$/, 'ip'],
  [/^(map\[|\*?\w+\.\w*(Config|Runtime|Ulimit|Rule)$)/, 'object'],
];

const typeOf = (goType: string): Expected | 'object' | undefined => TYPE_WORDS.find(([re]) => re.test(goType))?.[1];

const EXPECTED: Record<Expected | 'object', Said> = {
  bool: said('causes.type.bool'),
  int: said('causes.type.int'),
  float: said('causes.type.float'),
  string: said('causes.type.string'),
  stringList: said('causes.type.stringList'),
  list: said('causes.type.list'),
  stringMap: said('causes.type.stringMap'),
  boolMap: said('causes.type.boolMap'),
  duration: said('causes.type.duration'),
  ip: said('causes.type.ip'),
  object: said('causes.type.object'),
};

const typeWords = (goType: string): Said => {
  const type = typeOf(goType);
  return type ? EXPECTED[type] : said('causes.type.go', { goType });
};

/** ["hosts", "1"] → "hosts[1]"; ["0", "size"] → "[0].size" */
const showPath = (segments: readonly string[]): string =>
  segments.map((s, i) => (/^\d+$/.test(s) ? `[${s}]` : i === 0 ? s : `.${s}`)).join('');

const JSON_KIND: Record<string, Said> = {
  string: said('causes.kind.string'),
  number: said('causes.kind.number'),
  bool: said('causes.kind.bool'),
  array: said('causes.kind.array'),
  object: said('causes.kind.object'),
};

function typeHint(kind: string, value: string | undefined, goType: string, key: string): Said {
  const expected = typeOf(goType);
  if (expected === 'bool' && kind === 'string') return said('causes.type.hint.unquoteBool');
  if (expected === 'stringList' && kind === 'string') return said('causes.type.hint.wrapList', { key });
  if (expected === 'int' && kind === 'number') return said('causes.type.hint.range', { value: value ?? '' });
  if (expected === 'int' && kind === 'string') return said('causes.type.hint.unquoteNumber');
  if (expected === 'string' && (kind === 'number' || kind === 'bool')) return said('causes.type.hint.quote');
  return said('causes.type.hint.use', { expected: typeWords(goType) });
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

const quotedList = (keys: readonly string[]): string => keys.map((k) => `"${k}"`).join(', ');

function conflictHint(conflicts: readonly Conflict[], file: string): Said {
  const hosts = conflicts.find((c) => c.key === 'hosts');
  if (hosts && hosts.flag.includes('fd://')) return said('causes.keys.conflictFdHint', { file });
  return said('causes.keys.conflictHint', {
    keys: quotedList(conflicts.map((c) => c.key)),
    file,
    places: FLAG_PLACES,
  });
}

export const keyRules: readonly Rule[] = [
  {
    id: 'unknown-key',
    pattern: /^the following directives don't match any configuration option: ?(.*)$/,
    build: ({ match, file }) => {
      const keys = match[1]!.split(', ');
      return {
        message: said(keys.length === 1 ? 'causes.keys.unknownOne' : 'causes.keys.unknownMany', {
          file,
          keys: quotedList(keys),
        }),
        hint: said('causes.keys.unknownHint'),
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
          ? said('causes.keys.conflictOne', { key: first.key, file, fileValue: first.file, flagValue: first.flag })
          : said('causes.keys.conflictMany', { keys: quotedList(conflicts.map((c) => c.key)), file });
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
      const given =
        value !== undefined
          ? said('causes.kind.given', { kind, value })
          : Object.hasOwn(JSON_KIND, kind)
            ? JSON_KIND[kind]!
            : kind;
      return {
        message: said('causes.type.wrong', { key: shown, file, expected: typeWords(goType), given }),
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
      message: said('causes.keys.configMissing', { path: match[1]! }),
      hint: said('causes.keys.configMissingHint', { places: FLAG_PLACES }),
      fixable: true,
    }),
  },
  {
    id: 'config-permission-denied',
    pattern: /^open (.+): permission denied$/,
    build: ({ match }) => ({
      message: said('causes.keys.configDenied', { path: match[1]! }),
      hint: said('causes.keys.configDeniedHint', { path: match[1]! }),
      fixable: false,
    }),
  },
  {
    id: 'removed-key',
    pattern: /^DEPRECATED: The "([\w-]+)" config parameter/,
    build: ({ match, file }) => ({
      message: said('causes.keys.removed', { key: match[1]! }),
      hint: said('causes.keys.removedHint', { key: match[1]!, file }),
      setting: match[1],
      fixable: true,
    }),
  },
];
