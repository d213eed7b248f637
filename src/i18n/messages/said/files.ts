/**
 * The diagnostics' own sentences (messages and hints) of validate's top-level checks, engine/,
 * jsonfile/, repair/, targets/ and plan/, by key with parameters; see i18n/said.ts. dockerd's own
 * words are a parameter, never translated.
 */
import type { Messages, Translation } from '../../types.js';
import { en as cli } from '../cli.js';

/** Keys are shown as JSON strings where a key may hold any character (a typo, a stray space). */
const q = (key: string): string => JSON.stringify(key);

/** "an array", "a string": how the English names a JSON type. */
const article = (type: string): string => (type === 'array' || type === 'object' ? `an ${type}` : `a ${type}`);

const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth'];

// Chinese: a space between Chinese and Latin text, none between Chinese and Chinese.
const before = (s: string): string => (/^[!-~]/.test(s) ? ` ${s}` : s);
const after = (s: string): string => (/[!-~]$/.test(s) ? `${s} ` : s);
const spaced = (s: string): string => after(before(s));

/** JSON and Go kinds in Chinese. */
const KIND_ZH: Readonly<Record<string, string>> = {
  array: '数组',
  object: '对象',
  string: '字符串',
  number: '数字',
  bool: '布尔值',
  boolean: '布尔值',
  null: 'null',
};
const kindZh = (kind: string): string => KIND_ZH[kind] ?? kind;

/** What a path is when it is not a regular file (sources/fs-read.ts's NotAFile). */
const NOT_A_FILE_EN: Readonly<Record<string, string>> = {
  directory: 'a directory',
  fifo: 'a FIFO (named pipe)',
  socket: 'a socket',
  'character-device': 'a character device',
  'block-device': 'a block device',
};
const NOT_A_FILE_ZH: Readonly<Record<string, string>> = {
  directory: '是一个目录',
  fifo: '是一个 FIFO（命名管道）',
  socket: '是一个套接字',
  'character-device': '是一个字符设备',
  'block-device': '是一个块设备',
};

export const en = {
  // Shared
  'files.ordinal': (p: { n: number }) => ORDINALS[p.n - 1] ?? `#${p.n}`,
  'files.list.comma': (p: { first: string; next: string }) => `${p.first}, ${p.next}`,
  'files.list.semicolon': (p: { first: string; next: string }) => `${p.first}; ${p.next}`,
  'files.hint.removeIt': () => 'remove it',
  'files.hint.removeQuoted': (p: { key: string }) => `remove "${p.key}"`,
  'files.hint.didYouMean': (p: { key: string }) => `did you mean "${p.key}"?`,
  'files.hint.removeFromDaemonJson': (p: { key: string }) => `remove "${p.key}" from daemon.json`,
  'files.hint.removeFlag': (p: { flag: string; source: string }) => `remove ${p.flag} from ${p.source}`,
  'files.hint.removeTheFlag': (p: { source: string }) => `remove the flag from ${p.source}`,
  // The same English as the source words everywhere else (i18n/source-words.ts).
  'files.source.envFile': (p: { where: string; path: string }) => cli['source.envFile'](p),

  // Types and values in words (validate/describe.ts)
  'files.type.bool': () => 'true or false',
  'files.type.string': () => 'a string',
  'files.type.memBytes': () => 'a size in a string, e.g. "64m"',
  'files.type.int': () => 'a whole number',
  'files.type.stringList': () => 'a list of strings, e.g. ["a", "b"]',
  'files.type.listOf': (p: { item: string }) => `a list of ${p.item.replace(/^an? /, '')}s`,
  'files.type.mapOf': (p: { value: string }) => `an object whose values are ${p.value}`,
  'files.type.struct': (p: { goType: string }) => `an object (${p.goType})`,
  'files.type.any': () => 'a valid value',
  'files.node.string': (p: { value: string }) => `the string ${JSON.stringify(p.value)}`,
  'files.node.number': (p: { raw: string }) => `the number ${p.raw}`,
  'files.node.bool': (p: { value: string }) => p.value,
  'files.node.null': () => 'null',
  'files.node.list': () => 'a list',
  'files.node.object': () => 'an object',
  'files.typeHint.wrapInList': (p: { value: string }) => `wrap it in a list: [${JSON.stringify(p.value)}]`,
  'files.typeHint.unquote': (p: { value: string }) => `write ${p.value} without quotes`,
  'files.typeHint.int64': () => 'use a whole number within the 64-bit range',
  'files.typeHint.quote': (p: { value: string }) => `put it in quotes: "${p.value}"`,
  'files.typeHint.use': (p: { type: string }) => `use ${p.type}`,

  // Types as dockerd decodes them (type-check.ts, decode-checks.ts)
  'files.type.noField': (p: { path: string; field: string }) =>
    `"${p.path}" has no field "${p.field}" (dockerd refuses unknown fields here)`,
  'files.type.outOfRange': (p: { path: string; number: string }) =>
    `"${p.path}" is out of range: ${p.number} does not fit in a 64-bit integer`,
  'files.type.mustBe': (p: { path: string; type: string; found: string }) =>
    `"${p.path}" must be ${p.type}, not ${p.found}`,
  'files.type.namespaceField': (p: { key: string; field: string; type: string }) =>
    `"${p.key}" is an object, but dockerd also decodes it into its "${p.field}" setting, which must be ${p.type}`,
  'files.type.mustBeOn': (p: { path: string; type: string; version: string; found: string }) =>
    `"${p.path}" must be ${p.type} on dockerd ${p.version}, not ${p.found}`,
  'files.type.size': (p: { path: string }) => `"${p.path}" must be a size in a string, such as "64m" or "1g"`,
  'files.type.sizeNotNumber': (p: { path: string }) =>
    `"${p.path}" must be a size in a string, such as "64m" or "1g" (a bare number is refused)`,
  'files.type.hint.sizeUnit': (p: { number: string }) => `write "${p.number}b" or a size with a unit, e.g. "64m"`,
  'files.type.hint.size': () => 'use a number followed by b, k, m, g, t or p, e.g. "64m"',
  'files.type.ip': (p: { path: string; value: string }) =>
    `"${p.path}" must be an IP address, not ${JSON.stringify(p.value)}`,
  'files.type.hint.ip': () => 'use an IPv4 or IPv6 address such as "172.17.0.1"',

  // Unknown, ignored and special keys (key-checks.ts)
  'files.key.notInStruct': (p: { key: string; parent: string; names: string }) =>
    `${q(p.key)} is not a setting of "${p.parent}", which takes ${p.names} (exactly so spelled)`,
  'files.key.hint.removeFrom': (p: { key: string; parent: string }) => `remove ${q(p.key)} from "${p.parent}"`,
  'files.key.groupTakes': (p: { key: string; parent: string; type: string }) =>
    `${q(p.key)} is not a dockerd option: dockerd reads the object under "${p.parent}" as a group of top-level options, and "${p.parent}" itself takes ${p.type}`,
  'files.key.groupUnknown': (p: { key: string; parent: string }) =>
    `${q(p.key)} is not a dockerd option: dockerd reads the object under "${p.parent}" as a group of top-level options, and ${q(p.key)} is not one of them`,
  'files.key.hint.writeAs': (p: { key: string; type: string }) => `write "${p.key}" as ${p.type}`,
  'files.key.hint.removeOrFix': (p: { key: string }) => `remove "${p.key}" or fix its contents`,
  'files.key.removed': (p: { key: string; removedIn: string; version: string }) =>
    `${q(p.key)} was removed in dockerd ${p.removedIn}; dockerd ${p.version} refuses it`,
  'files.key.hint.removeBecause': (p: { why: string }) => `remove it (${p.why})`,
  'files.key.notYet': (p: { key: string; version: string; since: string }) =>
    `${q(p.key)} is not supported by dockerd ${p.version} (it is accepted from ${p.since})`,
  'files.key.hint.removeOrUpgrade': () => 'remove it, or upgrade dockerd',
  'files.key.noFlag': (p: { key: string }) => `${q(p.key)} has no matching dockerd flag, so dockerd refuses it`,
  'files.key.hint.pluginNamespace': () =>
    'remove it: this setting cannot be made in daemon.json (only with --containerd-plugins-namespace)',
  'files.key.noFlagField': (p: { key: string }) =>
    `${q(p.key)} has no matching dockerd flag, so dockerd refuses it even though its configuration has such a field`,
  'files.key.notAnOption': (p: { key: string; version: string }) =>
    `${q(p.key)} is not a dockerd ${p.version} option (keys are case-sensitive)`,
  'files.key.hint.checkSpelling': () => 'remove it, or check the spelling against `dockerd --help`',
  'files.key.flagName': (p: { key: string; named: string }) =>
    `${q(p.key)} is accepted but ignored: it is the name of the --${p.key} flag; the daemon.json setting is "${p.named}"`,
  'files.key.hint.rename': (p: { named: string; type: string }) => `rename it to "${p.named}" (${p.type})`,
  'files.key.proxyTopLevel': (p: { key: string }) => `${q(p.key)} is ignored at the top level of daemon.json`,
  'files.key.hint.intoProxies': (p: { key: string }) => `move it into "proxies": {"${p.key}": …}`,
  'files.key.pluginsNamespace': (p: { key: string }) =>
    `${q(p.key)} is accepted but ignored (this setting cannot be made in daemon.json)`,
  'files.key.hint.pluginsNamespaceFlag': () => 'remove it; use the --containerd-plugins-namespace flag instead',
  'files.key.ignoredDeprecated': (p: { key: string; version: string; why: string }) =>
    `${q(p.key)} is ignored by dockerd ${p.version} (${p.why})`,
  'files.key.configFile': (p: { key: string }) =>
    `${q(p.key)} has no effect in daemon.json (dockerd's --config-file chooses this file)`,
  'files.key.flagOnly': (p: { key: string }) =>
    `${q(p.key)} is a dockerd command-line flag without a daemon.json setting; dockerd accepts it here but ignores it`,
  'files.key.validate': (p: { value: string }) =>
    `"validate": ${p.value} makes dockerd check its configuration and exit without starting (under systemd it looks like a failed start)`,
  'files.key.hint.validate': () =>
    'remove "validate" from daemon.json; to check a file use `dockerd-config validate` or `dockerd --validate --config-file FILE`',
  'files.key.ignoredObject': (p: { key: string }) =>
    `"${p.key}" is not a dockerd option; dockerd checks the keys inside it as top-level keys, then ignores them`,
  'files.key.ignoredObjectLost': (p: { key: string; lost: string }) =>
    `"${p.key}" is not a dockerd option; dockerd checks the keys inside it as top-level keys, then ignores them (${p.lost} inside it has no effect)`,
  'files.key.hint.moveUp': (p: { keys: string; key: string }) =>
    `move ${p.keys} to the top level and remove "${p.key}"`,

  // Deprecated settings (engine/key-table.ts: what replaces them, or why they are gone)
  'files.deprecation.alwaysEnabled': () => 'always enabled from 28.0; remove the key',
  'files.deprecation.corsHeader': () => 'removed in 28.0; use a reverse proxy if you need CORS headers',
  'files.deprecation.clusterStore': () => 'removed in 23.0 (legacy overlay networks with an external k/v store)',
  'files.deprecation.trustKey': () => 'ignored from 24.0; remove the key',
  'files.deprecation.graph': () => 'use "data-root" instead (an error from 23.0)',
  'files.deprecation.hostGatewayIp': () => 'use "host-gateway-ips"',
  'files.deprecation.oomScoreAdjust': () => 'removed in 25.0; set it in the service manager instead',

  // Deprecated and removed settings (deprecated-checks.ts)
  'files.where.file': (p: { key: string }) => `"${p.key}" in daemon.json`,
  'files.where.flag': (p: { flag: string; source: string }) => `--${p.flag} in ${p.source}`,
  'files.deprecated.refused': (p: { setting: string; version: string; why: string }) =>
    `${p.setting}: dockerd ${p.version} refuses to start with it (${p.why})`,
  'files.deprecated.removed': () => 'removed',
  'files.deprecated.deprecated': (p: { setting: string; why: string }) => `${p.setting} is deprecated: ${p.why}`,
  'files.deprecated.hint.planRemoval': (p: { why: string }) => `plan to remove it (${p.why})`,
  'files.deprecated.graphAndDataRoot': () => '"graph" and "data-root" are both set; dockerd 20.10 refuses the pair',
  'files.deprecated.hint.graph': () => 'remove "graph" ("data-root" is its new name)',
  'files.deprecated.graphFlags': () => '--graph and --data-root are both given; dockerd 20.10 refuses the pair',
  'files.deprecated.clusterStoreDebian': (p: { setting: string }) =>
    `${p.setting}: Debian's dockerd 20.10 has no cluster-store backend, so it refuses to start with one`,
  'files.deprecated.hint.clusterStore': () =>
    'remove "cluster-store" (and "cluster-advertise", "cluster-store-opts"); use swarm mode for overlay networks',
  'files.deprecated.advertiseNeedsStore': (p: { setting: string }) => `${p.setting} needs "cluster-store" as well`,
  'files.deprecated.hint.advertise': () =>
    'remove "cluster-advertise" (the legacy cluster store is deprecated), or set "cluster-store"',
  'files.deprecated.hostGatewayBoth': () => '"host-gateway-ip" and "host-gateway-ips" are both set',
  'files.deprecated.hint.hostGateway': () => 'keep only "host-gateway-ips"',

  // A setting both in daemon.json and on the command line (conflict-checks.ts)
  'files.conflict.both': (p: { key: string; flag: string; source: string }) =>
    `"${p.key}" is set in daemon.json and also by ${p.flag} in ${p.source}; dockerd refuses to start when a setting is in both places`,
  'files.conflict.hint.configFile': () => 'remove "config-file" from daemon.json; it has no effect there',
  'files.conflict.hint.hostsDropIn': () =>
    'remove "hosts" from daemon.json and use `dockerd-config host add ADDR`, which writes a drop-in that replaces the unit\'s -H',
  'files.conflict.hint.unit': (p: { key: string; source: string; flag: string }) =>
    `remove "${p.key}" from daemon.json (${p.source} passes ${p.flag}), or override ExecStart in a drop-in without ${p.flag}`,
  'files.conflict.hint.envFile': (p: { key: string; flag: string; path: string }) =>
    `keep it in one place: remove ${p.flag} from DOCKER_OPTS in ${p.path}, or remove "${p.key}" from daemon.json`,
  'files.conflict.hint.sysvinit': (p: { key: string; source: string; flag: string }) =>
    `remove "${p.key}" from daemon.json: ${p.source} always passes ${p.flag}`,
  'files.conflict.hint.onePlace': (p: { key: string; flag: string; source: string }) =>
    `set it in one place: remove "${p.key}" from daemon.json or ${p.flag} from ${p.source}`,

  // dockerd's command line (engine/flags.ts, arg-checks.ts)
  'files.args.problem': (p: { source: string; problem: string }) =>
    `dockerd's command line (${p.source}): ${p.problem}`,
  'files.flag.invalidValue': (p: { flag: string; value: string; dockerd: string }) =>
    `${p.flag} ${p.value}: ${p.dockerd}`,
  'files.flag.afterDashes': (p: { arg: string }) => `unexpected argument ${p.arg} after --`,
  'files.flag.positional': (p: { arg: string }) => `unexpected argument ${p.arg}: dockerd takes flags only`,
  'files.flag.badSyntax': (p: { arg: string }) => `bad flag syntax: ${p.arg}`,
  'files.flag.unknown': (p: { flag: string }) => `unknown flag ${p.flag}`,
  'files.flag.unknownShort': (p: { flag: string; word: string }) => `unknown flag ${p.flag} in ${p.word}`,
  'files.flag.needsValue': (p: { flag: string }) => `${p.flag} needs a value`,
  'files.flag.exitsHelp': (p: { flag: string }) =>
    `with ${p.flag}, dockerd prints its usage and exits without starting`,
  'files.flag.exitsVersion': (p: { flag: string }) =>
    `with ${p.flag}, dockerd prints its version and exits without starting`,
  'files.flag.exitsValidate': (p: { flag: string }) =>
    `with ${p.flag}, dockerd checks the configuration, prints "configuration OK" and exits without starting`,
  'files.args.hint.didYouMean': (p: { flag: string; source: string }) => `did you mean --${p.flag}? (in ${p.source})`,
  'files.args.hint.noSuchFlag': (p: { source: string; version: string }) =>
    `remove it from ${p.source}; dockerd ${p.version} has no such flag`,
  'files.args.hint.giveValue': (p: { flag: string; source: string }) =>
    `give it a value (${p.flag}=VALUE) in ${p.source}`,
  'files.args.hint.correctValue': (p: { source: string }) => `correct the value in ${p.source}`,
  'files.args.hint.strayWord': (p: { source: string }) =>
    `remove it from ${p.source}; an unquoted space in DOCKER_OPTS often splits one flag into two words`,
  'files.args.hint.removeValidate': (p: { source: string }) =>
    `remove --validate from ${p.source}: dockerd never serves with it`,

  // The file itself (file-checks.ts, jsonfile/)
  'files.configFile.missing': (p: { path: string }) =>
    `${p.path} does not exist, and dockerd is told to read it with --config-file`,
  'files.configFile.hint.missing': () =>
    "create it (e.g. containing {}) or remove --config-file from dockerd's command line",
  'files.json.duplicateKey': (p: { key: string }) =>
    `"${p.key}" appears more than once in the same object; dockerd uses the last one and ignores this one`,
  'files.json.hint.duplicateKey': () => 'delete the occurrence you do not want',
  'files.json.hint.bom': () => 'save the file as UTF-8 without a byte-order mark (`dockerd-config repair` removes it)',
  'files.json.hint.invalidUtf8': () =>
    'save the file as UTF-8 (in the editor: re-open with the right encoding, then save as UTF-8)',
  'files.json.hint.empty': () => 'write {} into it, or delete the file (`dockerd-config repair` writes {})',
  'files.json.hint.syntax': () =>
    'fix the JSON at this position; `dockerd-config repair` fixes stray braces, commas and comments',
  'files.json.hint.trailingContent': () =>
    'delete everything after the closing brace of the first object (`dockerd-config repair`)',
  'files.json.hint.topLevel': () => 'the file must be one JSON object, e.g. {"debug": true}',
  'files.json.bomLegacy': (p: { encoding: string }) =>
    `the file starts with a ${p.encoding} byte-order mark, which dockerd 20.10 cannot read`,
  'files.json.bom': (p: { encoding: string }) =>
    `the file starts with a ${p.encoding} byte-order mark; dockerd 23.0+ accepts it, 20.10 does not`,
  'files.json.invalidUtf8Legacy': () =>
    'the file is not valid UTF-8 here; dockerd 20.10 replaces the bytes with U+FFFD, 23.0+ refuses the file',
  'files.json.invalidUtf8': () => 'the file is not valid UTF-8 here',
  'files.json.emptyLegacy': () => 'the file is empty; dockerd 20.10 refuses an empty daemon.json (write {} instead)',
  'files.json.empty': () => 'the file is empty; dockerd 23.0+ treats it as {}, 20.10 refuses it (write {} instead)',
  'files.json.invalid': (p: { error: string }) => `invalid JSON: ${p.error}`,
  'files.json.trailingLegacy': (p: { error: string }) => `${p.error}; dockerd 20.10 ignores it, 23.0+ refuses the file`,
  'files.json.topLevel': (p: { kind: string }) =>
    `the file must hold a JSON object ({ … }), not ${p.kind === 'array' ? 'an array' : `a ${p.kind}`}`,
  'files.json.eof': () => "the file ends in the middle of the JSON (a missing '}', ']' or '\"'?)",
  'files.json.unexpected': (p: { char: string; expected: string }) => `unexpected ${p.char}: ${p.expected}`,
  'files.json.unexpectedBecause': (p: { char: string; cause: string; expected: string }) =>
    `unexpected ${p.char} (${p.cause}): ${p.expected}`,
  'files.json.expected.value': () => 'expected a value (a string, number, object, array, true, false or null)',
  'files.json.expected.key': () => 'expected a key in double quotes',
  'files.json.expected.colon': () => "expected ':' after the key",
  'files.json.expected.commaOrBrace': () => "expected ',' or '}' after the value",
  'files.json.expected.commaOrBracket': () => "expected ',' or ']' after the element",
  'files.json.expected.escapedControl': () => 'control characters must be escaped inside strings (\\n, \\t, \\u0000)',
  'files.json.expected.escape': () => 'invalid escape; JSON allows \\" \\\\ \\/ \\b \\f \\n \\r \\t and \\uXXXX',
  'files.json.expected.hex': () => 'expected four hex digits after \\u',
  'files.json.expected.digit': () => 'expected a digit',
  'files.json.expected.digitAfterPoint': () => "expected a digit after '.'",
  'files.json.expected.exponent': () => 'expected a digit in the exponent',
  'files.json.expected.end': () => 'expected the end of the file after the closing brace',
  'files.json.expected.depth': () => 'nesting deeper than 10000 levels',
  // A state of Go's scanner we have no words for: Go's own.
  'files.json.expected.go': (p: { dockerd: string }) => p.dockerd,
  'files.json.cause.strayCloser': (p: { char: string }) => `a stray '${p.char}' after the end of the JSON`,
  'files.json.cause.extraText': () => 'extra text after the end of the JSON',
  'files.json.cause.comment': () => 'comments are not allowed in JSON',
  'files.json.cause.trailingComma': () => 'a trailing comma before it',
  'files.json.cause.singleQuotes': () => 'single quotes; JSON needs double quotes',
  'files.json.cause.typographicQuotes': () => 'typographic quotes; use plain double quotes (")',
  'files.json.cause.notUtf8': () => 'a byte-order mark or bytes that are not UTF-8',
  'files.json.cause.unquotedKey': () => 'an unquoted key; keys need double quotes',
  'files.json.cause.notNumbers': () => 'NaN, Infinity, + and a leading . are not JSON numbers',
  'files.json.cause.missingCommaMembers': () => "a missing ',' between two members",
  'files.json.cause.missingCommaElements': () => "a missing ',' between two elements",

  // Strict JSON for our own edits (targets/json/strict-json.ts, targets/daemon-json.ts)
  'files.strictJson.invalidSymbol': () => 'unexpected character',
  'files.strictJson.badNumber': () => 'malformed number',
  'files.strictJson.keyExpected': () => 'expected a "quoted" key',
  'files.strictJson.valueExpected': () => 'expected a value',
  'files.strictJson.colonExpected': () => 'expected ":"',
  'files.strictJson.commaExpected': () => 'expected ","',
  'files.strictJson.braceExpected': () => 'expected "}"',
  'files.strictJson.bracketExpected': () => 'expected "]"',
  'files.strictJson.endExpected': () => 'unexpected content after the top-level value',
  'files.strictJson.openComment': () => 'unterminated comment',
  'files.strictJson.openString': () => 'unterminated string',
  'files.strictJson.badUnicode': () => 'invalid \\u escape',
  'files.strictJson.badEscape': () => 'invalid escape in string',
  'files.strictJson.controlCharacter': () => 'control character in string',
  // The parser's own words (JSON.parse, a code jsonc-parser may add): not ours to translate.
  'files.strictJson.parser': (p: { parser: string }) => p.parser,
  'files.edit.notObject': (p: { found: string }) =>
    `the top level of daemon.json is ${article(p.found)}, not an object`,
  'files.edit.wrongType': (p: { key: string; found: string; expected: string }) =>
    `"${p.key}" is ${article(p.found)}, not ${article(p.expected)}; fix or remove it first`,

  // repair
  'files.repair.failed': (p: { path: string; reason: string }) => `cannot repair ${p.path} safely: ${p.reason}`,
  'files.repair.hint.byHand': (p: { path: string; line: number; column: number }) =>
    `edit ${p.path} by hand at line ${p.line}, column ${p.column}, or restore a backup (dockerd-config backups, dockerd-config rollback)`,
  'files.repair.openComment': () => "a '/*' comment that is never closed with '*/'",
  'files.repair.closerOfWhich': (p: { closer: string; line: number; inner: number; outer: number }) =>
    `the file ends without a closing '${p.closer}', and the '${p.closer}' on line ${p.line} could close either the one opened on line ${p.inner} or the one opened on line ${p.outer}: the entries in between would move. Add the missing '${p.closer}' where it belongs`,
  'files.repair.closerIndent': (p: { closer: string; line: number; opened: number }) =>
    `the '${p.closer}' on line ${p.line} is indented unlike line ${p.opened}, whose container it closes: a bracket is missing or extra somewhere before it, and repairing would move settings. Fix the brackets by hand`,
  'files.repair.strayCloserOfWhich': (p: { closer: string; line: number }) =>
    `there is one '${p.closer}' too many, and it may be the one on line ${p.line} rather than the last: repairing would move the settings after it. Remove the extra '${p.closer}' by hand`,
  'files.repair.commentHidesMembers': () =>
    'a comment after a value on this line holds what looks like configuration (a quoted string, a bracket or a brace); removing it could drop settings, keeping them needs a guess: delete the comment marker or the text after it by hand',
  'files.repair.openString': () => "a string that is never closed (a missing '\"')",
  'files.repair.badUnicodeEscape': () => 'a malformed \\u escape in a string',
  'files.repair.badEscape': () =>
    'an invalid escape in a string (only \\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX exist; write \\\\ for a backslash)',
  'files.repair.controlInString': () => 'a tab or line break inside a string: JSON needs \\t or \\n there',
  'files.repair.badNumber': (p: { number: string }) => `a malformed number '${p.number}'`,
  'files.repair.fullWidth': (p: { char: string; codePoint: string; ascii: string }) =>
    `a full-width '${p.char}' (${p.codePoint}): JSON needs the ASCII '${p.ascii}'; retype it`,
  'files.repair.singleQuoted': () => 'a single-quoted string: JSON needs double quotes ("…"); edit it by hand',
  'files.repair.notNumber': (p: { word: string }) =>
    `'${p.word}' is not a JSON number; write a number, or remove the setting`,
  'files.repair.notValue': (p: { word: string }) =>
    `'${p.word}' is not a JSON value; write true, false or null in lower case`,
  'files.repair.unquotedKey': (p: { key: string }) =>
    `the key ${p.key} is not quoted: JSON keys need double quotes ("${p.key}"); edit it by hand`,
  'files.repair.nulInside': () =>
    'NUL bytes inside the file: part of it was lost (a crash or a full disk?); restore a backup',
  'files.repair.notJson': (p: { text: string }) => `unexpected '${p.text}'; this is not JSON`,
  'files.repair.unexpected': (p: { text: string }) => `unexpected '${p.text}'`,
  'files.repair.token.end': () => 'the end of the file',
  'files.repair.token.string': (p: { text: string }) => `the string "${p.text}"`,
  'files.repair.token.text': (p: { text: string }) => `'${p.text}'`,
  'files.repair.token.symbol': (p: { text: string }) => `'${p.text}'`,
  'files.repair.token.nul': () => 'NUL bytes',
  'files.repair.endBeforeValue': () => 'the file ends where a value was expected',
  'files.repair.expectedValue': (p: { found: string }) => `expected a value, found ${p.found}`,
  'files.repair.bracketForBrace': (p: { line: number }) =>
    `found ']' where '}' should close the object opened at line ${p.line}`,
  'files.repair.expectedAfterMember': (p: { key: string; found: string }) =>
    `expected ',' or '}' after the value of "${p.key}", found ${p.found}`,
  'files.repair.expectedKey': (p: { found: string }) => `expected a key in double quotes or '}', found ${p.found}`,
  'files.repair.expectedColon': (p: { key: string; found: string }) =>
    `expected ':' after the key "${p.key}", found ${p.found}`,
  'files.repair.listNotClosed': (p: { found: string; line: number }) =>
    `expected ',' or ']', found ${p.found}: is the ']' closing the list opened at line ${p.line} missing?`,
  'files.repair.expectedAfterItem': (p: { found: string }) => `expected ',' or ']' after a list item, found ${p.found}`,
  'files.repair.ambiguousClose': (p: { kind: 'object' | 'list'; line: number; closer: string; entries: number }) =>
    `the file ends inside the ${p.kind} opened at line ${p.line}, and its missing '${p.closer}' could belong after any of its ${p.entries} entries; add it by hand`,
  'files.repair.conflictingMerge': (p: { key: string; line: number; object: string }) =>
    `"${p.key}" is set on line ${p.line} and again, to a different value, in the ${p.object} top-level object; keep one by hand`,
  'files.repair.onlyNul': () =>
    'the file holds only NUL bytes: its content was lost (a crash or a full disk?); restore a backup',
  'files.repair.notObject': (p: { start: string }) =>
    `the configuration must be a JSON object ({ … }), but the file starts with ${p.start}`,
  'files.repair.topNotClosed': (p: { line: number }) =>
    `the top-level object that starts on line ${p.line} is not closed; fix it by hand`,
  'files.repair.afterEnd': (p: { found: string; line: number }) =>
    `found ${p.found} after the '}' that ends the configuration on line ${p.line}; if it is junk delete it, if the '}' is misplaced move it (by hand)`,
  'files.repair.unsure': () => 'the damage could not be repaired with confidence; fix it by hand',

  // repair's actions: what it changed, one sentence each (repair/)
  'files.repair.action.atLine': (p: { line: number; action: string }) => `line ${p.line}: ${p.action}`,
  'files.repair.action.invalidUtf8': (p: { count: number }) =>
    `replaced ${p.count} byte sequence(s) that are not UTF-8 with U+FFFD (�), which is what dockerd reads there; strict JSON is UTF-8`,
  'files.repair.action.bom': () =>
    'removed the byte order mark (BOM) at the start of the file; dockerd before 23.0 refuses it',
  'files.repair.action.comment': (p: { kind: string }) => `removed a ${p.kind} comment`,
  'files.repair.action.invisible': (p: { codePoint: string }) => `removed an invisible ${p.codePoint} character`,
  'files.repair.action.foreignSpace': (p: { codePoint: string }) =>
    `replaced a non-ASCII space (${p.codePoint}) with a plain space`,
  'files.repair.action.missingComma': (p: { before: string }) => `added the missing ',' before ${p.before}`,
  'files.repair.action.danglingCommaAtEnd': () => "removed the dangling ',' at the end of the file",
  'files.repair.action.danglingComma': (p: { closer: string }) => `removed the dangling ',' before '${p.closer}'`,
  'files.repair.action.extraComma': () => "removed an extra ','",
  'files.repair.action.closedAtEnd': (p: { closers: string }) =>
    `added the missing '${p.closers}' at the end of the file`,
  'files.repair.action.openingBrace': () => "added the missing '{' at the start",
  'files.repair.action.nullTop': () => 'replaced the top-level null with {} (dockerd reads both as "no settings")',
  'files.repair.action.strayBrace': () =>
    "removed a stray '}' after the end of the configuration (dockerd 20.10 ignored it, 23.0+ refuses the file)",
  'files.repair.action.strayBracket': () => "removed a stray ']' after the end of the configuration",
  'files.repair.action.strayComma': () => "removed a ',' after the end of the configuration",
  'files.repair.action.trailingNul': (p: { count: number }) =>
    `removed ${p.count} NUL byte(s) after the end of the configuration (left by a crash?)`,
  'files.repair.action.merged': (p: { object: string; what: string }) =>
    `merged the ${p.object} top-level object into the first (${p.what}); dockerd 20.10 ignored it, 23.0+ refuses the file`,
  'files.repair.action.merged.added': (p: { keys: string }) => `added ${p.keys}`,
  'files.repair.action.merged.dropped': (p: { keys: string }) => `dropped ${p.keys}, already set to the same value`,
  'files.repair.action.merged.empty': () => 'it was empty',
  'files.repair.action.emptyObjectBefore': () => 'removed an empty top-level object before the settings',
  'files.repair.action.onlyComments': () =>
    'the file holds only comments: wrote {} (dockerd reads no settings from it either way)',
  'files.repair.action.empty': () => 'the file is empty: wrote {} (dockerd before 23.0 refuses an empty file)',

  // /etc/default/docker (targets/env-file.ts)
  'files.envFile.hint.oneLine': (p: { name: string }) =>
    `Write it on one line as ${p.name}="--flag=value …" with no $, backticks, backslashes or nested quotes, or better move the settings to /etc/docker/daemon.json.`,
  'files.envFile.openQuote': (p: { where: string }) =>
    `${p.where}: a quote is never closed; /bin/sh (sysvinit) fails to read the file, systemd reads it to the end of the file`,
  'files.envFile.readDifferently': (p: { where: string; name: string; why: string; sh: string; systemd: string }) =>
    `${p.where}: ${p.name} is read differently by /bin/sh (sysvinit) and by systemd: ${p.why}. sh gives ${p.sh}, systemd gives ${p.systemd}`,
  'files.envFile.unknownWords': () => '(unknown until the script runs)',
  'files.envFile.splitDifferently': () => 'the two parsers split it differently',
  'files.shell.commandSubstitution': () => 'command substitution',
  'files.shell.arithmeticExpansion': () => 'arithmetic expansion',
  'files.shell.homeDirectory': () => '~ (the home directory)',
  'files.envFile.exportIgnored': (p: { name: string }) =>
    `systemd ignores "export ${p.name}=…" (it takes "export ${p.name}" as the name)`,
  'files.envFile.beforeCommand': (p: { name: string }) =>
    `a ${p.name}=… followed by a command sets nothing for sh, but systemd reads the assignment`,
  'files.envFile.shellLogic': () => 'systemd does not run the shell logic (if/case/loops) around the assignment',
  'files.envFile.commands': (p: { commands: string }) => `sh runs ${p.commands} while systemd keeps it as text`,
  'files.envFile.expands': (p: { variables: string }) => `sh expands ${p.variables} while systemd keeps it as text`,
  'files.envFile.backslashes': () => 'backslashes are read differently',
  'files.envFile.multiline': () => 'the value spans several lines (older systemd versions drop such a value)',
  'files.envFile.quotes': (p: { name: string }) =>
    `quotes inside the value: systemd removes them when it splits $${p.name}, sh keeps them as characters`,
  'files.envFile.globs': (p: { name: string }) => `sh treats * ? [ in the unquoted $${p.name} as file-name patterns`,
  'files.envFile.crlf': () => 'the file has Windows (CRLF) line endings: sh keeps the \\r in values, systemd does not',
  'files.envFile.commentContinues': () =>
    'the comment line before it ends with a backslash (systemd before 254 continues the comment onto the next line)',
  'files.envFile.differentLines': (p: { sh: number; systemd: number }) =>
    `sh uses the assignment on line ${p.sh}, systemd the one on line ${p.systemd}`,
  'files.envFile.unrepresentable': (p: { word: string; name: string }) =>
    `cannot write ${p.word} into ${p.name}: sh and systemd would split or unquote it differently; put this setting in daemon.json instead`,

  // systemd units and drop-ins (targets/systemd/, targets/systemd-unit.ts, targets/drop-in.ts)
  'files.unit.execUnbalanced': (p: { where: string; line: string }) =>
    `${p.where}: unbalanced quoting in ExecStart=, systemd ignores the line: ${p.line}`,
  'files.unit.unknownEscapes': (p: { where: string; escapes: string }) =>
    `${p.where}: systemd keeps unknown escape sequences verbatim: ${p.escapes}`,
  'files.unit.unknownSpecifier': (p: { where: string; specifier: string }) =>
    `${p.where}: unknown specifier ${p.specifier} in ExecStart= (write %% for a literal %); systemd rejects the line`,
  'files.unit.emptyProgram': (p: { where: string; line: string }) =>
    `${p.where}: empty program name in ExecStart=${p.line}`,
  'files.unit.envUnbalanced': (p: { where: string }) =>
    `${p.where}: unbalanced quoting in Environment=, systemd ignores the line`,
  'files.unit.badAssignment': (p: { where: string; assignment: string }) =>
    `${p.where}: invalid environment assignment "${p.assignment}", systemd ignores it`,
  'files.unit.manyExecStart': (p: { where: string }) =>
    `${p.where}: the service has more than one ExecStart=, which systemd only allows for Type=oneshot; it refuses to load the unit. A drop-in that replaces ExecStart= must first clear it with an empty "ExecStart=" line.`,
  'files.unit.noExecStart': (p: { where: string }) =>
    `${p.where}: the service has no ExecStart=; systemd refuses to load it`,
  'files.unit.badSection': (p: { where: string; line: string }) =>
    `${p.where}: invalid section header "${p.line}", line ignored`,
  'files.unit.outsideSection': (p: { where: string }) => `${p.where}: assignment outside of a section, ignored`,
  'files.unit.missingEquals': (p: { where: string; line: string }) =>
    `${p.where}: missing "=", line ignored: ${p.line}`,
  'files.unit.missingKey': (p: { where: string }) => `${p.where}: missing key name before "=", line ignored`,
  'files.unit.envFileMissing': (p: { where: string; path: string; unit: string }) =>
    `${p.where}: EnvironmentFile=${p.path} does not exist; systemd will refuse to start ${p.unit}`,
  'files.unit.hint.envFileMissing': (p: { path: string }) =>
    `Create ${p.path}, or write EnvironmentFile=-${p.path} to make it optional.`,
  'files.dropIn.blockedLater': (p: { where: string; dropIn: string }) =>
    `${p.where} sets ExecStart= with -H and is applied after ${p.dropIn}; remove the -H flags there instead`,
  'files.dropIn.blockedNotOurs': (p: { path: string }) => `${p.path} exists and was not written by dockerd-config`,

  // Planning a change (plan/make-plan.ts)
  'files.plan.noFlag': (p: { key: string }) => `${p.key} has no dockerd flag, so it cannot go into DOCKER_OPTS`,
  'files.plan.hint.noEnvTarget': () => 'Leave out --target env-file: it belongs in daemon.json.',
  'files.plan.envFileIgnored': (p: { path: string }) =>
    `${p.path} is read by neither the docker unit nor an init script: a setting there has no effect`,
  'files.plan.hint.envFileIgnored': () => 'Put the setting in daemon.json (leave out --target env-file).',
  'files.plan.setByFlag': (p: { key: string; flag: string }) =>
    `${p.key} is already set by --${p.flag} on dockerd's command line (the service unit); setting it in daemon.json too would stop dockerd from starting`,
  'files.plan.hint.setByFlag': () =>
    'Change it where it is set, or remove the flag from the unit with a drop-in first.',
  'files.plan.hint.repairFirst': () =>
    'Run `dockerd-config repair` first: it fixes the syntax and keeps every setting it can.',
  'files.plan.hint.fixByHand': () => 'Fix the value by hand, or `dockerd-config unset` it and set it again.',
  'files.plan.hint.daemonJsonInstead': () => 'Put this setting in daemon.json instead.',

  // Reading a file a user controls (sources/fs-read.ts), and files too deep to edit (jsonfile/depth.ts)
  'files.read.notAFile': (p: { path: string; kind: string }) =>
    `${p.path} is ${NOT_A_FILE_EN[p.kind] ?? 'not a regular file'}: only a regular file (or a symlink to one) is read`,
  'files.read.tooLarge': (p: { path: string; mib: number }) =>
    `${p.path} is larger than ${p.mib} MiB, far more than any configuration file: it is not read`,
  'files.read.hint.notAFile': () =>
    'Put a regular file there (or a symlink to one), or name another file with --config-file. Nothing was changed.',
  'files.read.hint.tooLarge': () =>
    'A daemon.json is a few KiB: check what wrote this one, and restore a backup (dockerd-config backups). Nothing was changed.',
  'files.encoding.notUtf8': () =>
    'the file holds bytes that are not UTF-8 here: an edit could not write them back unchanged (dockerd 20.10 reads them as U+FFFD, 23.0+ refuses the file)',
  'files.encoding.notUtf8Text': () =>
    'the file holds bytes that are not UTF-8 here: an edit could not write them back unchanged',
  'files.encoding.notUtf16': () =>
    'the UTF-16 file holds a broken character here (an unpaired surrogate or an odd byte): an edit could not write it back unchanged',
  'files.encoding.hint.resave': () =>
    'Re-save the file as UTF-8 in an editor (or fix the named line by hand), then run the command again. Nothing was changed.',
  'files.depth.tooDeepToEdit': (p: { depth: number; limit: number }) =>
    `values are nested ${p.depth} levels deep here; dockerd-config shows, edits and repairs files nested at most ${p.limit} levels deep (dockerd reads up to 10000: \`dockerd-config validate\` judges the file as it does)`,
  'files.depth.hint.byHand': () =>
    'Edit the file by hand: no daemon.json setting needs more than a few levels. Nothing was changed.',
} satisfies Messages;

export const zh: Translation<typeof en> = {
  'files.ordinal': (p) => `第 ${p.n} 个`,
  'files.list.comma': (p) => `${after(p.first)}和${before(p.next)}`,
  'files.list.semicolon': (p) => `${p.first}；此外，${p.next}`,
  'files.hint.removeIt': () => '删除它',
  'files.hint.removeQuoted': (p) => `删除 "${p.key}"`,
  'files.hint.didYouMean': (p) => `是不是想写 "${p.key}"？`,
  'files.hint.removeFromDaemonJson': (p) => `从 daemon.json 中删除 "${p.key}"`,
  'files.hint.removeFlag': (p) => `从${spaced(p.source)}中删除 ${p.flag}`,
  'files.hint.removeTheFlag': (p) => `从${spaced(p.source)}中删除这个命令行参数`,
  'files.source.envFile': (p) => `${p.path} 的 DOCKER_OPTS`,

  'files.type.bool': () => 'true 或 false',
  'files.type.string': () => '字符串',
  'files.type.memBytes': () => '写成字符串的大小，例如 "64m"',
  'files.type.int': () => '整数',
  'files.type.stringList': () => '字符串列表，例如 ["a", "b"]',
  'files.type.listOf': (p) => `由${spaced(p.item)}组成的列表`,
  'files.type.mapOf': (p) => `值为${spaced(p.value)}的对象`,
  'files.type.struct': (p) => `${p.goType} 对象`,
  'files.type.any': () => '有效的值',
  'files.node.string': (p) => `字符串 ${JSON.stringify(p.value)}`,
  'files.node.number': (p) => `数字 ${p.raw}`,
  'files.node.bool': (p) => `布尔值 ${p.value}`,
  'files.node.null': () => 'null 值',
  'files.node.list': () => '列表',
  'files.node.object': () => '对象',
  'files.typeHint.wrapInList': (p) => `把它放进列表：[${JSON.stringify(p.value)}]`,
  'files.typeHint.unquote': (p) => `去掉引号，写成 ${p.value}`,
  'files.typeHint.int64': () => '改用 64 位整数范围内的整数',
  'files.typeHint.quote': (p) => `加上引号："${p.value}"`,
  'files.typeHint.use': (p) => `改用${before(p.type)}`,

  'files.type.noField': (p) => `"${p.path}" 没有 "${p.field}" 这个字段（dockerd 在这里拒绝未知字段）`,
  'files.type.outOfRange': (p) => `"${p.path}" 超出范围：${p.number} 超出了 64 位整数的范围`,
  'files.type.mustBe': (p) => `"${p.path}" 必须是${before(p.type)}，而不是${before(p.found)}`,
  'files.type.namespaceField': (p) =>
    `"${p.key}" 是一个对象，但 dockerd 还会把它解码到 "${p.field}" 设置中，而该设置必须是${before(p.type)}`,
  'files.type.mustBeOn': (p) =>
    `在 dockerd ${p.version} 上，"${p.path}" 必须是${before(p.type)}，而不是${before(p.found)}`,
  'files.type.size': (p) => `"${p.path}" 必须是写成字符串的大小，例如 "64m" 或 "1g"`,
  'files.type.sizeNotNumber': (p) => `"${p.path}" 必须是写成字符串的大小，例如 "64m" 或 "1g"（不接受不带引号的数字）`,
  'files.type.hint.sizeUnit': (p) => `写成 "${p.number}b"，或带单位的大小，例如 "64m"`,
  'files.type.hint.size': () => '写成数字加单位 b、k、m、g、t 或 p，例如 "64m"',
  'files.type.ip': (p) => `"${p.path}" 必须是 IP 地址，而不是 ${JSON.stringify(p.value)}`,
  'files.type.hint.ip': () => '使用 IPv4 或 IPv6 地址，例如 "172.17.0.1"',

  'files.key.notInStruct': (p) => `${q(p.key)} 不是 "${p.parent}" 的设置项；它只接受 ${p.names}（拼写须完全一致）`,
  'files.key.hint.removeFrom': (p) => `从 "${p.parent}" 中删除 ${q(p.key)}`,
  'files.key.groupTakes': (p) =>
    `${q(p.key)} 不是 dockerd 的选项：dockerd 把 "${p.parent}" 下的对象当作一组顶层选项来读，而 "${p.parent}" 本身应为${before(p.type)}`,
  'files.key.groupUnknown': (p) =>
    `${q(p.key)} 不是 dockerd 的选项：dockerd 把 "${p.parent}" 下的对象当作一组顶层选项来读，而 ${q(p.key)} 不是其中之一`,
  'files.key.hint.writeAs': (p) => `把 "${p.key}" 写成${before(p.type)}`,
  'files.key.hint.removeOrFix': (p) => `删除 "${p.key}"，或修正其中的内容`,
  'files.key.removed': (p) => `${q(p.key)} 已在 dockerd ${p.removedIn} 中移除；dockerd ${p.version} 拒绝它`,
  'files.key.hint.removeBecause': (p) => `删除它：${p.why}`,
  'files.key.notYet': (p) => `dockerd ${p.version} 不支持 ${q(p.key)}（从 ${p.since} 起才接受）`,
  'files.key.hint.removeOrUpgrade': () => '删除它，或升级 dockerd',
  'files.key.noFlag': (p) => `${q(p.key)} 没有对应的 dockerd 命令行参数，所以 dockerd 拒绝它`,
  'files.key.hint.pluginNamespace': () =>
    '删除它：这个设置不能写在 daemon.json 中（只能用 --containerd-plugins-namespace）',
  'files.key.noFlagField': (p) =>
    `${q(p.key)} 没有对应的 dockerd 命令行参数，所以尽管 dockerd 的配置结构里有这个字段，dockerd 仍拒绝它`,
  'files.key.notAnOption': (p) => `${q(p.key)} 不是 dockerd ${p.version} 的选项（键区分大小写）`,
  'files.key.hint.checkSpelling': () => '删除它，或对照 `dockerd --help` 检查拼写',
  'files.key.flagName': (p) =>
    `${q(p.key)} 会被接受但被忽略：这是命令行参数 --${p.key} 的名字，daemon.json 中对应的键是 "${p.named}"`,
  'files.key.hint.rename': (p) => `改名为 "${p.named}"（${p.type}）`,
  'files.key.proxyTopLevel': (p) => `${q(p.key)} 写在 daemon.json 顶层会被忽略`,
  'files.key.hint.intoProxies': (p) => `把它移到 "proxies": {"${p.key}": …} 中`,
  'files.key.pluginsNamespace': (p) => `${q(p.key)} 会被接受但被忽略（这个设置不能写在 daemon.json 中）`,
  'files.key.hint.pluginsNamespaceFlag': () => '删除它；改用命令行参数 --containerd-plugins-namespace',
  'files.key.ignoredDeprecated': (p) => `dockerd ${p.version} 会忽略 ${q(p.key)}（${p.why}）`,
  'files.key.configFile': (p) =>
    `${q(p.key)} 写在 daemon.json 中不起作用（这个文件本身就是由 dockerd 的 --config-file 选定的）`,
  'files.key.flagOnly': (p) =>
    `${q(p.key)} 是 dockerd 的命令行参数，在 daemon.json 中没有对应的设置；dockerd 在这里接受它，但会忽略它`,
  'files.key.validate': (p) =>
    `"validate": ${p.value} 会让 dockerd 检查完配置就退出，不会启动（在 systemd 下看起来就像启动失败）`,
  'files.key.hint.validate': () =>
    '从 daemon.json 中删除 "validate"；要检查文件，请用 `dockerd-config validate` 或 `dockerd --validate --config-file FILE`',
  'files.key.ignoredObject': (p) => `"${p.key}" 不是 dockerd 的选项；dockerd 把其中的键当作顶层键检查，然后忽略它们`,
  'files.key.ignoredObjectLost': (p) =>
    `"${p.key}" 不是 dockerd 的选项；dockerd 把其中的键当作顶层键检查，然后忽略它们（其中的 ${p.lost} 不起作用）`,
  'files.key.hint.moveUp': (p) => `把 ${p.keys} 移到顶层，并删除 "${p.key}"`,

  'files.deprecation.alwaysEnabled': () => '从 28.0 起始终启用；删除这个键',
  'files.deprecation.corsHeader': () => '已在 28.0 中移除；需要 CORS 头时请使用反向代理',
  'files.deprecation.clusterStore': () => '已在 23.0 中移除（使用外部键值存储的旧式 overlay 网络）',
  'files.deprecation.trustKey': () => '从 24.0 起被忽略；删除这个键',
  'files.deprecation.graph': () => '改用 "data-root"（从 23.0 起会报错）',
  'files.deprecation.hostGatewayIp': () => '改用 "host-gateway-ips"',
  'files.deprecation.oomScoreAdjust': () => '已在 25.0 中移除；请改在服务管理器中设置',

  'files.where.file': (p) => `daemon.json 中的 "${p.key}"`,
  'files.where.flag': (p) => `${after(p.source)}中的 --${p.flag}`,
  'files.deprecated.refused': (p) => `${p.setting}：dockerd ${p.version} 带着它会拒绝启动（${p.why}）`,
  'files.deprecated.removed': () => '已移除',
  'files.deprecated.deprecated': (p) => `${after(p.setting)}已弃用：${p.why}`,
  'files.deprecated.hint.planRemoval': (p) => `计划删除它：${p.why}`,
  'files.deprecated.graphAndDataRoot': () => '同时设置了 "graph" 和 "data-root"；dockerd 20.10 拒绝这种组合',
  'files.deprecated.hint.graph': () => '删除 "graph"（"data-root" 是它的新名字）',
  'files.deprecated.graphFlags': () => '同时给出了 --graph 和 --data-root；dockerd 20.10 拒绝这种组合',
  'files.deprecated.clusterStoreDebian': (p) =>
    `${p.setting}：Debian 的 dockerd 20.10 没有 cluster-store 后端，设置了它就会拒绝启动`,
  'files.deprecated.hint.clusterStore': () =>
    '删除 "cluster-store"（以及 "cluster-advertise"、"cluster-store-opts"）；overlay 网络请改用 swarm 模式',
  'files.deprecated.advertiseNeedsStore': (p) => `${after(p.setting)}还需要同时设置 "cluster-store"`,
  'files.deprecated.hint.advertise': () => '删除 "cluster-advertise"（旧的集群存储已弃用），或设置 "cluster-store"',
  'files.deprecated.hostGatewayBoth': () => '同时设置了 "host-gateway-ip" 和 "host-gateway-ips"',
  'files.deprecated.hint.hostGateway': () => '只保留 "host-gateway-ips"',

  'files.conflict.both': (p) =>
    `"${p.key}" 既写在 daemon.json 中，又由${spaced(p.source)}中的 ${p.flag} 设置；同一设置出现在两处时，dockerd 拒绝启动`,
  'files.conflict.hint.configFile': () => '从 daemon.json 中删除 "config-file"；它在那里不起作用',
  'files.conflict.hint.hostsDropIn': () =>
    '从 daemon.json 中删除 "hosts"，改用 `dockerd-config host add ADDR`：它会写一个 drop-in 文件，替换掉服务单元中的 -H',
  'files.conflict.hint.unit': (p) =>
    `从 daemon.json 中删除 "${p.key}"（${after(p.source)}已传入 ${p.flag}），或在 drop-in 文件中改写 ExecStart，去掉 ${p.flag}`,
  'files.conflict.hint.envFile': (p) =>
    `只保留一处：从 ${p.path} 的 DOCKER_OPTS 中删除 ${p.flag}，或从 daemon.json 中删除 "${p.key}"`,
  'files.conflict.hint.sysvinit': (p) => `从 daemon.json 中删除 "${p.key}"：${after(p.source)}总会传入 ${p.flag}`,
  'files.conflict.hint.onePlace': (p) =>
    `只在一处设置：从 daemon.json 中删除 "${p.key}"，或从${spaced(p.source)}中删除 ${p.flag}`,

  'files.args.problem': (p) => `dockerd 的命令行（${p.source}）：${p.problem}`,
  'files.flag.invalidValue': (p) => `${p.flag} 的值 ${p.value} 无效（dockerd 的原话：${p.dockerd}）`,
  'files.flag.afterDashes': (p) => `-- 之后还有多余的参数 ${p.arg}`,
  'files.flag.positional': (p) => `多余的参数 ${p.arg}：dockerd 只接受以 - 开头的命令行参数`,
  'files.flag.badSyntax': (p) => `命令行参数的写法有误：${p.arg}`,
  'files.flag.unknown': (p) => `未知的命令行参数 ${p.flag}`,
  'files.flag.unknownShort': (p) => `${p.word} 中有未知的命令行参数 ${p.flag}`,
  'files.flag.needsValue': (p) => `${p.flag} 需要一个值`,
  'files.flag.exitsHelp': (p) => `带上 ${p.flag} 时，dockerd 打印用法后就退出，不会启动`,
  'files.flag.exitsVersion': (p) => `带上 ${p.flag} 时，dockerd 打印版本号后就退出，不会启动`,
  'files.flag.exitsValidate': (p) => `带上 ${p.flag} 时，dockerd 检查配置、打印 "configuration OK" 后就退出，不会启动`,
  'files.args.hint.didYouMean': (p) => `是不是想写 --${p.flag}？（在${spaced(p.source)}中）`,
  'files.args.hint.noSuchFlag': (p) => `从${spaced(p.source)}中删除它；dockerd ${p.version} 没有这个命令行参数`,
  'files.args.hint.giveValue': (p) => `在${spaced(p.source)}中给它一个值（${p.flag}=VALUE）`,
  'files.args.hint.correctValue': (p) => `改正${spaced(p.source)}中的值`,
  'files.args.hint.strayWord': (p) =>
    `从${spaced(p.source)}中删除它；DOCKER_OPTS 中没加引号的空格常会把一个命令行参数拆成两个词`,
  'files.args.hint.removeValidate': (p) => `从${spaced(p.source)}中删除 --validate：带着它，dockerd 永远不会提供服务`,

  'files.configFile.missing': (p) => `${p.path} 不存在，而 dockerd 被 --config-file 指定要读取它`,
  'files.configFile.hint.missing': () => '创建它（例如内容为 {}），或从 dockerd 的命令行中删除 --config-file',
  'files.json.duplicateKey': (p) => `"${p.key}" 在同一个对象中出现了不止一次；dockerd 使用最后一个，忽略这一个`,
  'files.json.hint.duplicateKey': () => '删除你不想要的那一处',
  'files.json.hint.bom': () => '把文件另存为不带字节顺序标记（BOM）的 UTF-8（`dockerd-config repair` 会去掉它）',
  'files.json.hint.invalidUtf8': () => '把文件另存为 UTF-8（在编辑器中用正确的编码重新打开，再另存为 UTF-8）',
  'files.json.hint.empty': () => '在其中写入 {}，或删除该文件（`dockerd-config repair` 会写入 {}）',
  'files.json.hint.syntax': () => '修改这个位置的 JSON；`dockerd-config repair` 能修复多余的括号、逗号和注释',
  'files.json.hint.trailingContent': () => '删除第一个对象的右花括号之后的全部内容（`dockerd-config repair`）',
  'files.json.hint.topLevel': () => '文件必须是一个 JSON 对象，例如 {"debug": true}',
  'files.json.bomLegacy': (p) => `文件以 ${p.encoding} 字节顺序标记（BOM）开头，dockerd 20.10 无法读取`,
  'files.json.bom': (p) => `文件以 ${p.encoding} 字节顺序标记（BOM）开头；dockerd 23.0 及以上版本接受，20.10 不接受`,
  'files.json.invalidUtf8Legacy': () =>
    '文件在这里不是有效的 UTF-8；dockerd 20.10 会把这些字节替换为 U+FFFD，23.0 及以上版本拒绝该文件',
  'files.json.invalidUtf8': () => '文件在这里不是有效的 UTF-8',
  'files.json.emptyLegacy': () => '文件是空的；dockerd 20.10 拒绝空的 daemon.json（请写入 {}）',
  'files.json.empty': () => '文件是空的；dockerd 23.0 及以上版本把它当作 {}，20.10 拒绝它（请写入 {}）',
  'files.json.invalid': (p) => `JSON 无效：${p.error}`,
  'files.json.trailingLegacy': (p) => `${p.error}；dockerd 20.10 会忽略，23.0 及以上版本拒绝该文件`,
  'files.json.topLevel': (p) => `文件必须是一个 JSON 对象（{ … }），而不是${kindZh(p.kind)}`,
  'files.json.eof': () => `文件在 JSON 的中途就结束了（是不是少了 '}'、']' 或 '"'？）`,
  'files.json.unexpected': (p) => `意外的 ${p.char}：${p.expected}`,
  'files.json.unexpectedBecause': (p) => `意外的 ${p.char}（${p.cause}）：${p.expected}`,
  'files.json.expected.value': () => '这里应是一个值（字符串、数字、对象、数组、true、false 或 null）',
  'files.json.expected.key': () => '这里应是一个用双引号括起来的键',
  'files.json.expected.colon': () => "键后面应是 ':'",
  'files.json.expected.commaOrBrace': () => "值后面应是 ',' 或 '}'",
  'files.json.expected.commaOrBracket': () => "元素后面应是 ',' 或 ']'",
  'files.json.expected.escapedControl': () => '字符串中的控制字符必须转义（\\n、\\t、\\u0000）',
  'files.json.expected.escape': () => '无效的转义；JSON 只允许 \\" \\\\ \\/ \\b \\f \\n \\r \\t 和 \\uXXXX',
  'files.json.expected.hex': () => '\\u 后面应是四位十六进制数字',
  'files.json.expected.digit': () => '这里应是数字',
  'files.json.expected.digitAfterPoint': () => "'.' 后面应是数字",
  'files.json.expected.exponent': () => '指数部分应是数字',
  'files.json.expected.end': () => '右花括号之后应是文件结尾',
  'files.json.expected.depth': () => '嵌套超过了 10000 层',
  'files.json.expected.go': (p) => `（dockerd 的原话：${p.dockerd}）`,
  'files.json.cause.strayCloser': (p) => `JSON 结束后多了一个 '${p.char}'`,
  'files.json.cause.extraText': () => 'JSON 结束后还有多余的内容',
  'files.json.cause.comment': () => 'JSON 中不允许写注释',
  'files.json.cause.trailingComma': () => '它前面多了一个逗号',
  'files.json.cause.singleQuotes': () => '用了单引号；JSON 要求双引号',
  'files.json.cause.typographicQuotes': () => '用了弯引号（中文引号）；请改用普通的双引号（"）',
  'files.json.cause.notUtf8': () => '字节顺序标记（BOM）或不是 UTF-8 的字节',
  'files.json.cause.unquotedKey': () => '键没有加引号；键必须用双引号括起来',
  'files.json.cause.notNumbers': () => 'NaN、Infinity、+ 和以 . 开头的写法都不是 JSON 数字',
  'files.json.cause.missingCommaMembers': () => "两个成员之间少了 ','",
  'files.json.cause.missingCommaElements': () => "两个元素之间少了 ','",

  'files.strictJson.invalidSymbol': () => '意外的字符',
  'files.strictJson.badNumber': () => '数字格式错误',
  'files.strictJson.keyExpected': () => '这里应是一个带双引号的键',
  'files.strictJson.valueExpected': () => '这里应是一个值',
  'files.strictJson.colonExpected': () => '这里应是 ":"',
  'files.strictJson.commaExpected': () => '这里应是 ","',
  'files.strictJson.braceExpected': () => '这里应是 "}"',
  'files.strictJson.bracketExpected': () => '这里应是 "]"',
  'files.strictJson.endExpected': () => '顶层的值之后还有多余的内容',
  'files.strictJson.openComment': () => '注释没有结束',
  'files.strictJson.openString': () => '字符串没有结束',
  'files.strictJson.badUnicode': () => '无效的 \\u 转义',
  'files.strictJson.badEscape': () => '字符串中有无效的转义',
  'files.strictJson.controlCharacter': () => '字符串中有控制字符',
  'files.strictJson.parser': (p) => `JSON 解析器报错：${p.parser}`,
  'files.edit.notObject': (p) => `daemon.json 的顶层是${kindZh(p.found)}，而不是对象`,
  'files.edit.wrongType': (p) => `"${p.key}" 是${kindZh(p.found)}，而不是${kindZh(p.expected)}；请先修正或删除它`,

  'files.repair.failed': (p) => `无法安全地修复 ${p.path}：${p.reason}`,
  'files.repair.hint.byHand': (p) =>
    `手动编辑 ${p.path} 第 ${p.line} 行第 ${p.column} 列，或恢复备份（dockerd-config backups、dockerd-config rollback）`,
  'files.repair.openComment': () => "有一个 '/*' 注释没有用 '*/' 结束",
  'files.repair.closerOfWhich': (p: { closer: string; line: number; inner: number; outer: number }) =>
    `文件末尾缺少一个 '${p.closer}'，而第 ${p.line} 行的 '${p.closer}' 既可能结束第 ${p.inner} 行开始的那个，也可能结束第 ${p.outer} 行开始的那个：两者之间的条目会被移动。请在正确的位置补上缺少的 '${p.closer}'`,
  'files.repair.closerIndent': (p: { closer: string; line: number; opened: number }) =>
    `第 ${p.line} 行的 '${p.closer}' 与它所结束的第 ${p.opened} 行缩进不一致：前面某处少了或多了一个括号，自动修复会移动设置。请手工修正括号`,
  'files.repair.strayCloserOfWhich': (p: { closer: string; line: number }) =>
    `多了一个 '${p.closer}'，多出来的可能是第 ${p.line} 行的那个，而不是最后一个：自动修复会移动它后面的设置。请手工删除多余的 '${p.closer}'`,
  'files.repair.commentHidesMembers': () =>
    '这一行的值后面有一段注释，里面看起来是配置内容（带引号的字符串、方括号或花括号）；删掉注释可能丢掉设置，保留又需要猜测：请手工删除注释符号或它后面的内容',
  'files.repair.openString': () => `有一个字符串没有结束（少了 '"'）`,
  'files.repair.badUnicodeEscape': () => '字符串中有格式错误的 \\u 转义',
  'files.repair.badEscape': () =>
    '字符串中有无效的转义（只有 \\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX 这几种；反斜杠本身要写成 \\\\）',
  'files.repair.controlInString': () => '字符串中有制表符或换行：JSON 要求写成 \\t 或 \\n',
  'files.repair.badNumber': (p) => `格式错误的数字 '${p.number}'`,
  'files.repair.fullWidth': (p) => `全角的 '${p.char}'（${p.codePoint}）：JSON 需要 ASCII 的 '${p.ascii}'；请重新输入`,
  'files.repair.singleQuoted': () => '用单引号括起来的字符串：JSON 需要双引号（"…"）；请手动修改',
  'files.repair.notNumber': (p) => `'${p.word}' 不是 JSON 数字；请写一个数字，或删除这个设置`,
  'files.repair.notValue': (p) => `'${p.word}' 不是 JSON 值；请用小写的 true、false 或 null`,
  'files.repair.unquotedKey': (p) => `键 ${p.key} 没有加引号：JSON 的键需要双引号（"${p.key}"）；请手动修改`,
  'files.repair.nulInside': () => '文件中有 NUL 字节：部分内容已丢失（系统崩溃或磁盘已满？）；请恢复备份',
  'files.repair.notJson': (p) => `意外的 '${p.text}'；这不是 JSON`,
  'files.repair.unexpected': (p) => `意外的 '${p.text}'`,
  'files.repair.token.end': () => '文件结尾',
  'files.repair.token.string': (p) => `字符串 "${p.text}"`,
  'files.repair.token.text': (p) => `内容 '${p.text}'`,
  'files.repair.token.symbol': (p) => `符号 '${p.text}'`,
  'files.repair.token.nul': () => 'NUL 字节',
  'files.repair.endBeforeValue': () => '文件在应有值的地方结束了',
  'files.repair.expectedValue': (p) => `这里应是一个值，却是${before(p.found)}`,
  'files.repair.bracketForBrace': (p) => `第 ${p.line} 行开始的对象应由 '}' 结束，这里却是 ']'`,
  'files.repair.expectedAfterMember': (p) => `"${p.key}" 的值后面应是 ',' 或 '}'，却是${before(p.found)}`,
  'files.repair.expectedKey': (p) => `这里应是用双引号括起来的键或 '}'，却是${before(p.found)}`,
  'files.repair.expectedColon': (p) => `键 "${p.key}" 后面应是 ':'，却是${before(p.found)}`,
  'files.repair.listNotClosed': (p) =>
    `这里应是 ',' 或 ']'，却是${before(p.found)}：是不是少了结束第 ${p.line} 行那个列表的 ']'？`,
  'files.repair.expectedAfterItem': (p) => `列表元素后面应是 ',' 或 ']'，却是${before(p.found)}`,
  'files.repair.ambiguousClose': (p) =>
    `文件在第 ${p.line} 行开始的${p.kind === 'object' ? '对象' : '列表'}中结束了，缺少的 '${p.closer}' 可以放在它的 ${p.entries} 个条目中任意一个之后；请手动补上`,
  'files.repair.conflictingMerge': (p) =>
    `"${p.key}" 在第 ${p.line} 行已经设置过，又在${p.object}顶层对象中被设为不同的值；请手动保留其中一个`,
  'files.repair.onlyNul': () => '文件中只有 NUL 字节：内容已丢失（系统崩溃或磁盘已满？）；请恢复备份',
  'files.repair.notObject': (p) => `配置必须是一个 JSON 对象（{ … }），但文件开头是${before(p.start)}`,
  'files.repair.topNotClosed': (p) => `从第 ${p.line} 行开始的顶层对象没有结束；请手动修改`,
  'files.repair.afterEnd': (p) =>
    `在第 ${p.line} 行结束配置的 '}' 之后发现了${before(p.found)}；如果是无用内容就删掉它，如果是 '}' 放错了位置就（手动）移动它`,
  'files.repair.unsure': () => '无法有把握地修复这处损坏；请手动修改',

  // repair's actions
  'files.repair.action.atLine': (p) => `第 ${p.line} 行：${p.action}`,
  'files.repair.action.invalidUtf8': (p) =>
    `把 ${p.count} 处不是 UTF-8 的字节序列替换成了 U+FFFD（�），dockerd 在那里读到的正是它；严格的 JSON 必须是 UTF-8`,
  'files.repair.action.bom': () => '删除了文件开头的字节顺序标记（BOM）；23.0 之前的 dockerd 不接受它',
  'files.repair.action.comment': (p) => `删除了一条 ${p.kind} 注释`,
  'files.repair.action.invisible': (p) => `删除了一个不可见字符 ${p.codePoint}`,
  'files.repair.action.foreignSpace': (p) => `把一个非 ASCII 空格（${p.codePoint}）换成了普通空格`,
  'files.repair.action.missingComma': (p) => `在${spaced(p.before)}前补上了缺少的 ','`,
  'files.repair.action.danglingCommaAtEnd': () => "删除了文件末尾多余的 ','",
  'files.repair.action.danglingComma': (p) => `删除了 '${p.closer}' 前多余的 ','`,
  'files.repair.action.extraComma': () => "删除了一个重复的 ','",
  'files.repair.action.closedAtEnd': (p) => `在文件末尾补上了缺少的 '${p.closers}'`,
  'files.repair.action.openingBrace': () => "在开头补上了缺少的 '{'",
  'files.repair.action.nullTop': () => '把顶层的 null 换成了 {}（dockerd 对两者的理解都是“没有设置”）',
  'files.repair.action.strayBrace': () =>
    "删除了配置结束之后多余的 '}'（dockerd 20.10 会忽略它，23.0 及以上版本会拒绝这个文件）",
  'files.repair.action.strayBracket': () => "删除了配置结束之后多余的 ']'",
  'files.repair.action.strayComma': () => "删除了配置结束之后的 ','",
  'files.repair.action.trailingNul': (p) => `删除了配置结束之后的 ${p.count} 个 NUL 字节（系统崩溃留下的？）`,
  'files.repair.action.merged': (p) =>
    `把${p.object}顶层对象合并进了第一个（${p.what}）；dockerd 20.10 会忽略它，23.0 及以上版本会拒绝这个文件`,
  'files.repair.action.merged.added': (p) => `加入了${before(p.keys)}`,
  'files.repair.action.merged.dropped': (p) => `去掉了重复且值相同的${before(p.keys)}`,
  'files.repair.action.merged.empty': () => '它是空的',
  'files.repair.action.emptyObjectBefore': () => '删除了设置之前的一个空的顶层对象',
  'files.repair.action.onlyComments': () => '文件中只有注释：写入了 {}（无论如何 dockerd 都不会从中读取任何设置）',
  'files.repair.action.empty': () => '文件是空的：写入了 {}（23.0 之前的 dockerd 不接受空文件）',

  'files.envFile.hint.oneLine': (p) =>
    `把它写成一行：${p.name}="--flag=value …"，不要用 $、反引号、反斜杠或嵌套的引号；更好的做法是把这些设置移到 /etc/docker/daemon.json。`,
  'files.envFile.openQuote': (p) =>
    `${p.where}：有一个引号没有闭合；/bin/sh（sysvinit）无法读取这个文件，systemd 则一直读到文件末尾`,
  'files.envFile.readDifferently': (p) =>
    `${p.where}：/bin/sh（sysvinit）和 systemd 对 ${p.name} 的读法不同：${p.why}。sh 得到${before(p.sh)}，systemd 得到${before(p.systemd)}`,
  'files.envFile.unknownWords': () => '（脚本运行前无法得知）',
  'files.envFile.splitDifferently': () => '两个解析器的拆分方式不同',
  'files.shell.commandSubstitution': () => '命令替换',
  'files.shell.arithmeticExpansion': () => '算术展开',
  'files.shell.homeDirectory': () => '~（主目录）',
  'files.envFile.exportIgnored': (p) => `systemd 会忽略 "export ${p.name}=…"（它把 "export ${p.name}" 当作变量名）`,
  'files.envFile.beforeCommand': (p) => `后面跟着命令的 ${p.name}=… 对 sh 不起作用，但 systemd 会读取这个赋值`,
  'files.envFile.shellLogic': () => 'systemd 不会执行赋值周围的 shell 逻辑（if/case/循环）',
  'files.envFile.commands': (p) => `sh 会执行${before(p.commands)}，而 systemd 把它当作普通文本`,
  'files.envFile.expands': (p) => `sh 会展开 ${p.variables}，而 systemd 把它当作普通文本`,
  'files.envFile.backslashes': () => '两者对反斜杠的解读不同',
  'files.envFile.multiline': () => '这个值跨了多行（较旧的 systemd 版本会丢弃这样的值）',
  'files.envFile.quotes': (p) => `值里有引号：systemd 拆分 $${p.name} 时会去掉它们，sh 则把它们当作普通字符保留`,
  'files.envFile.globs': (p) => `sh 会把未加引号的 $${p.name} 中的 * ? [ 当作文件名通配符`,
  'files.envFile.crlf': () => '文件使用 Windows（CRLF）换行：sh 会把 \\r 保留在值中，systemd 不会',
  'files.envFile.commentContinues': () => '它前面的注释行以反斜杠结尾（254 之前的 systemd 会把注释延续到下一行）',
  'files.envFile.differentLines': (p) => `sh 使用第 ${p.sh} 行的赋值，systemd 使用第 ${p.systemd} 行的赋值`,
  'files.envFile.unrepresentable': (p) =>
    `无法把 ${p.word} 写进 ${p.name}：sh 和 systemd 对它的拆分或去引号方式不同；请改把这个设置写在 daemon.json 中`,

  'files.unit.execUnbalanced': (p) => `${p.where}：ExecStart= 中的引号不配对，systemd 会忽略这一行：${p.line}`,
  'files.unit.unknownEscapes': (p) => `${p.where}：systemd 会原样保留未知的转义序列：${p.escapes}`,
  'files.unit.unknownSpecifier': (p) =>
    `${p.where}：ExecStart= 中有未知的说明符 ${p.specifier}（字面的 % 要写成 %%）；systemd 会拒绝这一行`,
  'files.unit.emptyProgram': (p) => `${p.where}：ExecStart=${p.line} 中的程序名为空`,
  'files.unit.envUnbalanced': (p) => `${p.where}：Environment= 中的引号不配对，systemd 会忽略这一行`,
  'files.unit.badAssignment': (p) => `${p.where}：无效的环境变量赋值 "${p.assignment}"，systemd 会忽略它`,
  'files.unit.manyExecStart': (p) =>
    `${p.where}：这个服务有不止一个 ExecStart=，而 systemd 只允许 Type=oneshot 的服务这样写；它会拒绝加载这个单元。替换 ExecStart= 的 drop-in 文件必须先用一行空的 "ExecStart=" 把它清空。`,
  'files.unit.noExecStart': (p) => `${p.where}：这个服务没有 ExecStart=；systemd 会拒绝加载它`,
  'files.unit.badSection': (p) => `${p.where}：无效的节标题 "${p.line}"，该行被忽略`,
  'files.unit.outsideSection': (p) => `${p.where}：赋值不在任何节中，已被忽略`,
  'files.unit.missingEquals': (p) => `${p.where}：缺少 "="，该行被忽略：${p.line}`,
  'files.unit.missingKey': (p) => `${p.where}："=" 前缺少键名，该行被忽略`,
  'files.unit.envFileMissing': (p) => `${p.where}：EnvironmentFile=${p.path} 不存在；systemd 将拒绝启动 ${p.unit}`,
  'files.unit.hint.envFileMissing': (p) => `创建 ${p.path}，或写成 EnvironmentFile=-${p.path}，让它变为可选。`,
  'files.dropIn.blockedLater': (p) =>
    `${p.where} 设置了带 -H 的 ExecStart=，并且在 ${p.dropIn} 之后生效；请改为在那里删除 -H 参数`,
  'files.dropIn.blockedNotOurs': (p) => `${p.path} 已存在，而且不是 dockerd-config 写的`,

  'files.plan.noFlag': (p) => `${p.key} 没有对应的 dockerd 命令行参数，所以不能写进 DOCKER_OPTS`,
  'files.plan.hint.noEnvTarget': () => '去掉 --target env-file：它应该写在 daemon.json 中。',
  'files.plan.envFileIgnored': (p) => `docker 服务单元和 init 脚本都不读取 ${p.path}：写在那里的设置不起作用`,
  'files.plan.hint.envFileIgnored': () => '把设置写在 daemon.json 中（去掉 --target env-file）。',
  'files.plan.setByFlag': (p) =>
    `${p.key} 已由 dockerd 命令行（服务单元）中的 --${p.flag} 设置；再在 daemon.json 中设置，会让 dockerd 无法启动`,
  'files.plan.hint.setByFlag': () => '在它原本设置的地方修改，或先用 drop-in 文件从服务单元中去掉这个命令行参数。',
  'files.plan.hint.repairFirst': () => '先运行 `dockerd-config repair`：它会修复语法，并尽量保留每一个设置。',
  'files.plan.hint.fixByHand': () => '手动修正这个值，或先 `dockerd-config unset` 再重新设置。',
  'files.plan.hint.daemonJsonInstead': () => '请改把这个设置写在 daemon.json 中。',

  'files.read.notAFile': (p) =>
    `${p.path} ${NOT_A_FILE_ZH[p.kind] ?? '不是普通文件'}：只读取普通文件（或指向普通文件的符号链接）`,
  'files.read.tooLarge': (p) => `${p.path} 大于 ${p.mib} MiB，远超任何配置文件的大小：不予读取`,
  'files.read.hint.notAFile': () =>
    '请在那里放一个普通文件（或指向普通文件的符号链接），或者用 --config-file 指定另一个文件。没有做任何修改。',
  'files.read.hint.tooLarge': () =>
    'daemon.json 通常只有几 KiB：请检查是什么写入了这个文件，并恢复备份（dockerd-config backups）。没有做任何修改。',
  'files.encoding.notUtf8': () =>
    '文件在这里含有不是 UTF-8 的字节：编辑无法原样写回这些字节（dockerd 20.10 把它们读作 U+FFFD，23.0+ 拒绝该文件）',
  'files.encoding.notUtf8Text': () => '文件在这里含有不是 UTF-8 的字节：编辑无法原样写回这些字节',
  'files.encoding.notUtf16': () =>
    '这个 UTF-16 文件在这里有一个损坏的字符（不成对的代理项或多余的字节）：编辑无法原样写回',
  'files.encoding.hint.resave': () =>
    '请在编辑器中把文件另存为 UTF-8（或手动修正所指的行），然后再运行该命令。没有做任何修改。',
  'files.depth.tooDeepToEdit': (p) =>
    `这里的值嵌套了 ${p.depth} 层；dockerd-config 只显示、编辑和修复嵌套不超过 ${p.limit} 层的文件（dockerd 最多读取 10000 层：\`dockerd-config validate\` 会像它一样判断该文件）`,
  'files.depth.hint.byHand': () => '请手动编辑该文件：daemon.json 的设置最多只需要几层嵌套。没有做任何修改。',
};
