/**
 * The diagnostics' own sentences (messages and hints) of src/causes/ and of `explain`, by key with
 * parameters; see i18n/said.ts. dockerd's own words are a parameter named `dockerd`, never
 * translated: Chinese quotes them as （dockerd 的原话：…）.
 */
import type { Messages, Translation } from '../../types.js';

/** Our period after dockerd's words: none after its own ".", "!" or "?"; "…: ." is "…." */
const end = (s: string): string => `${s}.`.replace(/([.!?])\.$/, '$1').replace(/:\s*\.$/, '.');
const zhSaid = (dockerd: string): string => `（dockerd 的原话：${dockerd}）`;
/** Go's name of a JSON value's kind, in "the number 1.5". */
const ZH_KIND: Record<string, string> = { string: '字符串', number: '数字', bool: '布尔值' };

type Where = { where: string };
type File = { file: string };
type Places = { places: string };
type Dockerd = { dockerd: string };
type Value = { value: string };
type Host = { host: string };

export const en = {
  // Shared pieces
  'causes.flagPlaces': () =>
    "the unit's ExecStart, a drop-in or DOCKER_OPTS in /etc/default/docker (`dockerd-config show --sources` shows which)",
  'causes.theFlag': (p: { flag: string }) => `the ${p.flag} flag`,
  'causes.flag.valueFrom': (p: { hint: string; flag: string; places: string }) =>
    `${p.hint} The value comes from the ${p.flag} flag: change it in ${p.places}.`,

  // A line no rule knows (classify.ts)
  'causes.unknown.flagValue': (p: { flag: string } & Dockerd) =>
    end(`The dockerd flag ${p.flag} has an invalid value: ${p.dockerd}`),
  'causes.unknown.flagHint': (p: Places) => `Fix it in ${p.places}.`,
  'causes.unknown.fileRefused': (p: File & Dockerd) => end(`dockerd refused ${p.file}: ${p.dockerd}`),
  'causes.unknown.fileHint': () =>
    'Fix the setting the message names, or undo the last change (`dockerd-config rollback`); `dockerd-config validate` checks the file offline.',
  'causes.unknown.panic': (p: Dockerd) => end(`dockerd crashed: ${p.dockerd}`),
  'causes.unknown.panicHint': () =>
    'Read the lines after it (the stack trace) and report it upstream with `dockerd --version`.',
  'causes.unknown.startFailed': (p: Dockerd) => end(`dockerd failed to start: ${p.dockerd}`),
  'causes.unknown.startFailedHint': () =>
    'Read the lines around it (`journalctl -u docker`, or /var/log/docker.log); if it began with a configuration change, `dockerd-config rollback` undoes it.',

  // dockerd's command line (rules/flags.ts)
  'causes.flags.shorthand': (p: { letter: string; word: string }) =>
    `dockerd read ${p.word} as short flags and has no -${p.letter}; long flags need two dashes.`,
  'causes.flags.shorthandHint': (p: Places & { word: string }) => `Write -${p.word} in ${p.places}.`,
  'causes.flags.unknown': (p: { flag: string }) => `dockerd has no flag ${p.flag} (in this version).`,
  'causes.flags.unknownHint': (p: Places & { flag: string }) => `Remove ${p.flag} from ${p.places}.`,
  'causes.flags.stray': () =>
    'dockerd was given a word that is not a flag (a value after a true/false flag, like "--debug true", or a stray word).',
  'causes.flags.strayHint': (p: Places) => `Write --flag=value, and check ${p.places}.`,
  'causes.flags.noValue': (p: { flag: string }) => `The dockerd flag ${p.flag} has no value.`,
  'causes.flags.noValueHint': (p: Places) => `Give it one (--flag=value) in ${p.places}.`,

  // The file is not JSON dockerd reads (rules/json.ts)
  'causes.json.repairHint': () =>
    '`dockerd-config repair` fixes it and shows the change; `dockerd-config validate` names the line and column.',
  'causes.json.where.keyString': () => 'where a key in double quotes should be',
  'causes.json.where.value': () => 'where a value should be',
  'causes.json.where.afterKey': () => "after a key (a missing ':'?)",
  'causes.json.where.afterPair': () => "after a value (a missing ',' or '}'?)",
  'causes.json.where.afterElement': () => "after a list element (a missing ',' or ']'?)",
  'causes.json.where.string': () => 'inside a string (control characters must be escaped)',
  'causes.json.where.escape': () => 'in a backslash escape',
  'causes.json.where.number': () => 'in a number',
  'causes.json.likely.trailingComma': () => ' — a trailing comma before it?',
  'causes.json.likely.comment': () => ' — comments are not allowed in JSON',
  'causes.json.likely.singleQuote': () => ' — JSON needs double quotes',
  'causes.json.likely.utf16': () => ' — is the file UTF-16?',
  'causes.json.likely.unquotedKey': () => ' — an unquoted key?',
  'causes.json.likely.unquotedValue': () => ' — an unquoted string, NaN or Infinity?',
  'causes.json.syntax': (p: File & { char: string; where: string; likely: string }) =>
    end(`${p.file} is not valid JSON: unexpected '${p.char}' ${p.where}${p.likely}`),
  'causes.json.syntaxAt': (p: File & Dockerd & { char: string; likely: string }) =>
    end(`${p.file} is not valid JSON: unexpected '${p.char}' ${p.dockerd}${p.likely}`),
  'causes.json.bom.utf8': () => 'a UTF-8 byte-order mark',
  'causes.json.bom.utf16le': () => 'a UTF-16 (little-endian) byte-order mark',
  'causes.json.bom.utf16be': () => 'a UTF-16 (big-endian) byte-order mark',
  'causes.json.bom': (p: File & { bom: string }) =>
    `${p.file} starts with ${p.bom}; dockerd before 23.0 cannot read it.`,
  'causes.json.bomHint': () => '`dockerd-config repair` removes it; or save the file as UTF-8 without BOM.',
  'causes.json.trailing.stray': (p: { char: string }) => `a stray '${p.char}'`,
  'causes.json.trailing.nul': () => 'NUL bytes',
  'causes.json.trailing.more': () => 'more text',
  'causes.json.trailing': (p: File & { what: string }) =>
    `${p.file} has ${p.what} after its closing '}'; dockerd 23.0+ refuses that (20.10 ignored it).`,
  'causes.json.trailingHint': () => '`dockerd-config repair` removes it (and merges a second object into the first).',
  'causes.json.escape': (p: File & { escape: string }) =>
    `${p.file} is not valid JSON: the escape ${p.escape} is not allowed in a string (JSON knows \\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX).`,
  'causes.json.truncated': (p: File) => `${p.file} ends in the middle of the JSON (a missing '}', ']' or '"'?).`,
  'causes.json.empty': (p: File) => `${p.file} is empty; dockerd before 23.0 refuses an empty file.`,
  'causes.json.emptyHint': () => 'Write {} (or the settings you meant) into it; `dockerd-config repair` writes {}.',
  'causes.json.utf8': (p: File & { offset: string }) => `${p.file} has bytes that are not UTF-8 (at byte ${p.offset}).`,
  'causes.json.utf8Hint': () => 'Re-save the file as UTF-8; `dockerd-config validate` shows the line.',
  'causes.json.kind.list': () => 'a list',
  'causes.json.kind.other': (p: { kind: string }) => `a ${p.kind}`,
  'causes.json.topLevel': (p: File & { what: string }) => `${p.file} must hold one JSON object ({ … }), not ${p.what}.`,
  'causes.json.topLevelHint': () => 'Wrap the settings in { … }, e.g. {"debug": true}.',

  // Keys and types (rules/keys.ts)
  'causes.type.bool': () => 'true or false',
  'causes.type.int': () => 'a whole number',
  'causes.type.float': () => 'a number',
  'causes.type.string': () => 'a string',
  'causes.type.stringList': () => 'a list of strings',
  'causes.type.list': () => 'a list',
  'causes.type.stringMap': () => 'an object of strings',
  'causes.type.boolMap': () => 'an object of true/false values',
  'causes.type.duration': () => 'a duration such as "48h"',
  'causes.type.ip': () => 'an IP address in a string',
  'causes.type.object': () => 'an object',
  'causes.type.go': (p: { goType: string }) => `a value of Go type ${p.goType}`,
  'causes.kind.string': () => 'a string',
  'causes.kind.number': () => 'a number',
  'causes.kind.bool': () => 'true/false',
  'causes.kind.array': () => 'a list',
  'causes.kind.object': () => 'an object',
  'causes.kind.given': (p: { kind: string; value: string }) => `the ${p.kind} ${p.value}`,
  'causes.type.wrong': (p: File & { key: string; expected: string; given: string }) =>
    `"${p.key}" in ${p.file} must be ${p.expected}, not ${p.given}.`,
  'causes.type.hint.unquoteBool': () => 'Write true or false without quotes.',
  'causes.type.hint.wrapList': (p: { key: string }) => `Wrap it in a list: "${p.key}": ["…"].`,
  'causes.type.hint.range': (p: { value: string }) =>
    `Write a whole number within the 64-bit range${p.value ? `, not ${p.value}` : ''}.`,
  'causes.type.hint.unquoteNumber': () => 'Write the number without quotes.',
  'causes.type.hint.quote': () => 'Put the value in double quotes.',
  'causes.type.hint.use': (p: { expected: string }) => `Use ${p.expected}.`,
  'causes.keys.unknownOne': (p: File & { keys: string }) =>
    `${p.file} has a key this dockerd does not know: ${p.keys}.`,
  'causes.keys.unknownMany': (p: File & { keys: string }) =>
    `${p.file} has keys this dockerd does not know: ${p.keys}.`,
  'causes.keys.unknownHint': () =>
    'Remove or rename it (keys are case-sensitive); `dockerd-config validate` suggests the right name.',
  'causes.keys.conflictOne': (p: File & { key: string; fileValue: string; flagValue: string }) =>
    `"${p.key}" is set both in ${p.file} (${p.fileValue}) and as a dockerd flag (${p.flagValue}); dockerd refuses to start with both.`,
  'causes.keys.conflictMany': (p: File & { keys: string }) =>
    `${p.keys} are set both in ${p.file} and as dockerd flags; dockerd refuses to start with both.`,
  'causes.keys.conflictFdHint': (p: File) =>
    `The unit starts dockerd with -H fd://. Either remove "hosts" from ${p.file}, or keep it and add a systemd drop-in that ` +
    'clears ExecStart= and starts dockerd without -H (`dockerd-config host add` writes it), then `systemctl daemon-reload`.',
  'causes.keys.conflictHint': (p: File & Places & { keys: string }) =>
    `Keep one: remove ${p.keys} from ${p.file}, or the flag from ${p.places}.`,
  'causes.keys.configMissing': (p: { path: string }) =>
    `dockerd is told to read ${p.path} (--config-file), and it does not exist.`,
  'causes.keys.configMissingHint': (p: Places) =>
    `Create it with {} in it, or fix the --config-file path in ${p.places}.`,
  'causes.keys.configDenied': (p: { path: string }) => `dockerd may not read ${p.path}.`,
  'causes.keys.configDeniedHint': (p: { path: string }) =>
    `Check \`ls -l ${p.path}\` (root must be able to read it). Snap's dockerd is confined by AppArmor and reads ` +
    '/var/snap/docker/current/config/daemon.json instead: edit that file and run `snap restart docker`.',
  'causes.keys.removed': (p: { key: string }) => `"${p.key}" no longer exists in this dockerd version.`,
  'causes.keys.removedHint': (p: File & { key: string }) => `Remove "${p.key}" from ${p.file}.`,

  // Listeners, the pid file (rules/listeners.ts)
  'causes.hosts.hint': () => 'Use unix:///var/run/docker.sock, tcp://HOST:PORT, or fd:// under systemd.',
  'causes.hosts.what': (p: { address: string }) => `Listen address "${p.address}" ("hosts" or -H)`,
  'causes.hosts.capitals': (p: { what: string }) => `${p.what} spells the protocol in capitals.`,
  'causes.hosts.writeInstead': (p: Value) => `Write "${p.value}".`,
  'causes.hosts.proto': (p: { what: string; proto: string }) =>
    `${p.what} uses ${p.proto}://, which dockerd cannot listen on.`,
  'causes.hosts.protoHint': (p: { hint: string }) =>
    `${p.hint} (ssh:// is for the docker client's DOCKER_HOST, not for dockerd.)`,
  'causes.hosts.path': (p: { what: string }) => `${p.what} has a path after the port.`,
  'causes.hosts.pathHint': () => 'Use tcp://HOST:PORT with nothing after the port.',
  'causes.hosts.port': (p: { what: string }) => `${p.what} has an invalid port.`,
  'causes.hosts.portHint': () => 'Use a port from 1 to 65535, e.g. tcp://127.0.0.1:2375.',
  'causes.hosts.unix': (p: { what: string }) => `${p.what} is not a valid unix socket path.`,
  'causes.hosts.unixHint': () => 'Use unix:///path/to/docker.sock.',
  'causes.hosts.invalid': (p: { what: string } & Dockerd) => end(`${p.what} is not valid: ${p.dockerd}`),
  'causes.hosts.windows': (p: { proto: string }) => `Listen address ${p.proto}:// exists only on Windows.`,
  'causes.hosts.unresolved': (p: { name: string }) =>
    `Listen address "${p.name}" is not a host name or IP dockerd can resolve.`,
  'causes.hosts.unresolvedHint': () => 'An IPv6 address needs brackets: tcp://[::1]:2375.',
  'causes.hosts.noSocket': () =>
    'dockerd was told to listen on fd:// (systemd socket activation), but systemd did not start it with docker.socket.',
  'causes.hosts.noSocketHint': () =>
    'Outside systemd use unix:///var/run/docker.sock; under systemd keep docker.socket enabled (`systemctl enable --now docker.socket`).',
  'causes.hosts.inUse': (p: { address: string }) =>
    `Another process already listens on ${p.address}, so dockerd cannot.`,
  'causes.hosts.inUseUnixHint': () =>
    'Another dockerd may be running (`ps -C dockerd -o pid,args`); stop it, or use another socket path in "hosts".',
  'causes.hosts.inUseTcpHint': (p: { port: string }) =>
    `See which process: \`ss -ltnp 'sport = :${p.port}'\`; stop it, or use another port in "hosts".`,
  'causes.pidfile.found': (p: { pidfile: string }) =>
    `Another dockerd seems to be running: its pid file ${p.pidfile} exists.`,
  'causes.pidfile.foundHint': (p: { pidfile: string }) =>
    `Check with \`ps -C dockerd -o pid,args\`; stop that dockerd (\`systemctl stop docker\`), or delete ${p.pidfile} if none runs.`,
  'causes.pidfile.running': (p: { pidfile: string; pid: string }) =>
    `Another dockerd (PID ${p.pid}) is still running and owns ${p.pidfile}.`,
  'causes.pidfile.runningHint': (p: { pid: string }) =>
    `Stop it first (\`systemctl stop docker\`, or \`kill ${p.pid}\` after checking \`ps -p ${p.pid} -o pid,args\`); two daemons cannot share a pid file.`,
  'causes.pidfile.volumeDb': () => 'the volume database',
  'causes.pidfile.dataRoot': (p: { what: string }) => `Another dockerd still holds ${p.what}: the data-root is in use.`,
  'causes.pidfile.dataRootHint': () =>
    'Stop the other dockerd (`ps -C dockerd -o pid,args`); two daemons cannot share one data-root.',

  // registry-mirrors and insecure-registries (rules/registry.ts)
  'causes.mirror.what': (p: Where & { mirror: string }) => `Registry mirror "${p.mirror}" in ${p.where}`,
  'causes.mirror.empty': (p: Where) => `An empty registry mirror in ${p.where}.`,
  'causes.mirror.emptyHint': () => 'Remove the empty entry.',
  'causes.mirror.noScheme': (p: { what: string }) => `${p.what} has no scheme.`,
  'causes.mirror.noSchemeHint': (p: { mirror: string }) =>
    `Write it as "https://${p.mirror}" (or "http://${p.mirror}" for a plain-HTTP mirror).`,
  'causes.mirror.scheme': (p: { what: string; scheme: string }) =>
    `${p.what} uses ${p.scheme}://; dockerd accepts only http:// and https://.`,
  'causes.mirror.schemeHint': () => 'Use https://host[:port] (or http:// for a plain-HTTP mirror).',
  'causes.mirror.credentials': (p: { what: string }) =>
    `${p.what} contains a user name and password; dockerd refuses credentials in mirror URLs.`,
  'causes.mirror.credentialsHint': (p: { mirror: string }) =>
    `Remove "user:password@": "${p.mirror}". Mirrors are pulled anonymously.`,
  'causes.mirror.path': (p: { what: string }) =>
    `${p.what} has a path, query or fragment; dockerd before 24.0.8 accepts only scheme://host[:port].`,
  'causes.mirror.pathHint': (p: { mirror: string }) =>
    `Use "${p.mirror}", or upgrade dockerd (24.0.8+ accepts a path).`,
  'causes.mirror.query': (p: { what: string }) => `${p.what} has a query (?…) or fragment (#…).`,
  'causes.mirror.queryHint': (p: { mirror: string }) => `Remove it: "${p.mirror}".`,
  'causes.mirror.spaces': (p: { what: string }) => `${p.what} has spaces around it.`,
  'causes.mirror.spacesHint': (p: { mirror: string }) => `Remove the spaces: "${p.mirror}".`,
  'causes.mirror.notUrl': (p: { what: string }) => `${p.what} is not a valid URL.`,
  'causes.mirror.formHint': () => 'Write it as https://host[:port].',
  'causes.mirror.invalid': (p: Where & Dockerd) => end(`A registry mirror in ${p.where} is invalid: ${p.dockerd}`),
  'causes.insecure.hint': () =>
    'Write host[:port] (e.g. registry.local:5000) or a CIDR (e.g. 10.0.0.0/8), without scheme or path.',
  'causes.insecure.writeInstead': (p: Value) => `Write "${p.value}".`,
  'causes.insecure.why.path': () => 'a path is not allowed',
  'causes.insecure.why.port': (p: { port: string }) => `port ${p.port} is not in 0–65535`,
  'causes.insecure.why.space': () => 'it contains a space',
  'causes.insecure.why.empty': () => 'it is empty',
  'causes.insecure.why.cidr': () => 'it is not a valid CIDR',
  'causes.insecure.why.host': (p: Host) => `"${p.host}" is not a valid host name`,
  'causes.insecure.invalid': (p: Where & Value & { why: string }) =>
    end(`Insecure registry "${p.value}" in ${p.where} is not valid: ${p.why}`),
  'causes.insecure.invalidAt': (p: Where & Value & Dockerd) =>
    end(`Insecure registry "${p.value}" in ${p.where} is not valid: ${p.dockerd}`),
  'causes.insecure.scheme': (p: Where & Value) =>
    `Insecure registry "${p.value}" in ${p.where} has a scheme other than http(s).`,
  'causes.insecure.schemeHint': (p: Value) => `Write "${p.value}" (host[:port], no scheme).`,
  'causes.insecure.hyphen': (p: Where & Value) =>
    `Insecure registry "${p.value}" in ${p.where} begins or ends with '-'.`,

  // TLS files (rules/tls.ts)
  'causes.tls.off': () => 'or turn TLS off ("tls": false and no "tlsverify" key)',
  'causes.tls.notSet': () =>
    'TLS is on, but "tlscert" and "tlskey" are not set (no default paths apply when TLS is set in daemon.json).',
  'causes.tls.notSetHint': (p: File & { off: string }) =>
    `Set "tlscert" and "tlskey" (and "tlscacert" with tlsverify) in ${p.file}, ${p.off}.`,
  'causes.tls.certMissing': (p: { path: string }) => `The TLS certificate file ${p.path} does not exist.`,
  'causes.tls.keyMissing': (p: { path: string }) => `The TLS key file ${p.path} does not exist.`,
  'causes.tls.missingHint': (p: { setting: string; off: string }) =>
    `Create it, or point "${p.setting}" at the right file, ${p.off}.`,
  'causes.tls.caMissing': (p: { path: string }) => `The TLS CA file ${p.path} ("tlscacert") does not exist.`,
  'causes.tls.caMissingHint': (p: { off: string }) =>
    `Create it, or point "tlscacert" at the CA that signed the clients' certificates, ${p.off}.`,
  'causes.tls.mismatch': (p: { cert: string; key: string }) =>
    `The TLS key ${p.key} does not belong to the certificate ${p.cert}.`,
  'causes.tls.certNotPem': (p: { cert: string }) => `The TLS certificate ${p.cert} is not a PEM certificate.`,
  'causes.tls.keyNotPem': (p: { key: string }) => `The TLS key ${p.key} is not a PEM key (or it is encrypted).`,
  'causes.tls.unreadable': (p: { path: string } & Dockerd) =>
    end(`The TLS file ${p.path} cannot be read: ${p.dockerd}`),
  'causes.tls.noLoad': (p: { cert: string; key: string } & Dockerd) =>
    end(`The TLS certificate ${p.cert} and key ${p.key} do not load: ${p.dockerd}`),
  'causes.tls.pairHint': () =>
    'Point "tlscert" and "tlskey" at a readable PEM certificate and its unencrypted key (compare `openssl x509 -noout -pubkey -in CERT` with `openssl pkey -pubout -in KEY`).',
  'causes.tls.caNoPem': (p: { path: string }) => `The TLS CA file ${p.path} ("tlscacert") holds no PEM certificate.`,
  'causes.tls.caNoPemHint': () => 'Point "tlscacert" at the PEM file of the CA that signed the clients\' certificates.',
  'causes.tls.caUnreadable': (p: { path: string } & Dockerd) =>
    end(`The TLS CA file ${p.path} ("tlscacert") cannot be read: ${p.dockerd}`),
  'causes.tls.caUnreadableHint': () => 'Point "tlscacert" at a readable PEM file.',

  // Values (rules/values.ts)
  'causes.values.builderGc': (p: { dockerd: string }) =>
    `dockerd refused builder.gc in daemon.json while starting BuildKit: ${p.dockerd}`,
  'causes.values.builderGcHint': () =>
    'Write sizes as go-units sizes ("10GB", "512MB"), one value per filter, and "until" as a duration ("24h"); `dockerd-config validate` names the entry.',
  'causes.values.builderPanic': () =>
    'dockerd crashed while reading its configuration (index out of range): dockerd 20.10 does this for a builder.gc filter without "=" (such as "dangling")',
  'causes.values.builderPanicHint': () =>
    'Write each builder.gc filter as key=value (e.g. "dangling=true"), or upgrade dockerd (fixed in 23.0).',
  'causes.values.logLevel': (p: Value) => `"log-level" "${p.value}" is not a level dockerd knows.`,
  'causes.values.logLevelHint': () => 'Use debug, info, warn, error or fatal ("warning" works only before 25.0).',
  'causes.values.atLeastOne': (p: Value & { key: string }) => `"${p.key}" is ${p.value}; it must be at least 1.`,
  'causes.values.atLeastOneHint': () =>
    'Use a whole number of 1 or more (defaults: downloads 3, uploads 5, attempts 5), or remove the key.',
  'causes.values.mtu': (p: Value) => `"mtu" ${p.value} is not a valid MTU.`,
  'causes.values.mtuHint': () => 'Use a positive MTU such as 1500, or remove the key.',
  'causes.values.fixedCidrV6': (p: { dockerd: string }) =>
    `"fixed-cidr-v6" is not an IPv6 subnet dockerd can use (dockerd: ${p.dockerd}).`,
  'causes.values.fixedCidrV6Hint': () => 'Use an IPv6 subnet such as "fd00:db8:1::/64", or remove the key.',
  'causes.values.nondistributable': (p: { value: string; dockerd: string }) =>
    `The allow-nondistributable-artifacts entry "${p.value}" is neither a CIDR nor host[:port] (dockerd: ${p.dockerd}).`,
  'causes.values.minApi': (p: { value: string; range: string }) =>
    `"min-api-version" ${p.value} is outside what this dockerd serves (between ${p.range}).`,
  'causes.values.minApiHint': () => 'Write a version in that range without a "v", or remove the key.',
  'causes.values.poolSize': (p: { dockerd: string }) =>
    `An address pool in "default-address-pools" has a size that does not fit its base (dockerd: ${p.dockerd}).`,
  'causes.values.historyMaxAge': (p: { value: string }) =>
    `"builder.history.maxAge" ${p.value} is neither a duration nor whole seconds.`,
  'causes.values.historyMaxAgeHint': () => 'Write a duration such as "48h", or a number of seconds.',
  'causes.values.historyPanic': (p: { value: string }) =>
    `dockerd crashed cleaning BuildKit's build history: "builder.history.maxEntries" is negative (${p.value}).`,
  'causes.values.historyPanicHint': () => 'Use 0 or a positive number of entries (the default is 50).',
  'causes.values.nondistributableHint': () =>
    'Write a CIDR or host[:port] without a scheme, or remove the entry (28.0 no longer reads the setting).',
  'causes.values.metricsAddr': (p: { dockerd: string }) =>
    `"metrics-addr" is not host:port with a numeric port (dockerd: ${p.dockerd}).`,
  'causes.values.metricsAddrHint': () => 'Write it as host:port, e.g. "127.0.0.1:9323", or remove the key.',
  'causes.values.oomScore': () => '"oom-score-adjust" is outside -1000…1000, which the kernel refuses.',
  'causes.values.oomScoreHint': () => 'Use a value from -1000 to 1000, or set OOMScoreAdjust= in the systemd unit.',
  'causes.values.labelNamespace': (p: Value) =>
    `Label "${p.value}" uses a namespace reserved for Docker (com.docker.*, io.docker.*, org.dockerproject.*).`,
  'causes.values.labelNamespaceHint': () => 'Rename it, e.g. com.example.team=core.',
  'causes.values.labelFormat': (p: Value) => `Label "${p.value}" is not key=value.`,
  'causes.values.labelFormatHint': () => 'Write labels as "key=value".',
  'causes.values.labelConflict': (p: { first: string; second: string }) =>
    `Two labels give the same key different values: ${p.first} and ${p.second}.`,
  'causes.values.keepOne': () => 'Keep one of them.',
  'causes.values.notAllowed': (p: Value & { key: string }) => `"${p.key}" "${p.value}" is not allowed.`,
  'causes.values.ipcHint': () => 'Use "shareable" or "private".',
  'causes.values.cgroupnsHint': () => 'Use "host" or "private".',
  'causes.values.dns': (p: Value) => `DNS server "${p.value}" is not an IP address.`,
  'causes.values.dnsPort': (p: Value) => `DNS server "${p.value}" is not an IP address (a port is not allowed).`,
  'causes.values.dnsHint': () => 'Use plain IP addresses: "dns": ["1.1.1.1"].',
  'causes.values.dnsSearch': (p: Value) => `DNS search domain "${p.value}" is not a valid domain.`,
  'causes.values.dnsSearchHint': () => 'Use domain names such as "example.com".',
  'causes.values.genericResources': (p: Dockerd) => end(`"node-generic-resources" cannot be read: ${p.dockerd}`),
  'causes.values.genericResourcesHint': () => 'Write entries as "NAME=VALUE", e.g. "gpu=GPU-UUID".',
  'causes.values.defaultRuntime': (p: Value) => `"default-runtime" "${p.value}" is not a runtime dockerd knows.`,
  'causes.values.defaultRuntimeHint': () => 'Use "runc", or a runtime defined under "runtimes".',
  'causes.values.reservedRuntime': (p: Value) =>
    `"runtimes" defines "${p.value}", a name dockerd reserves for its built-in runtime.`,
  'causes.values.reservedRuntimeHint': () => 'Give the runtime another name.',
  'causes.values.runtimePath': (p: Value) =>
    `Runtime "${p.value}" under "runtimes" has neither "path" nor "runtimeType".`,
  'causes.values.runtimePathHint': () => 'Add "path": "/usr/bin/…" (or "runtimeType") to it.',
  'causes.values.runtimeWrapper': (p: Dockerd) =>
    `dockerd could not write the wrapper script of a runtime with "runtimeArgs": its name is empty, ".", ".." or holds a "/" (${p.dockerd}).`,
  'causes.values.runtimeWrapperHint': () => 'Give each runtime under "runtimes" a plain name, such as "crun-debug".',
  'causes.values.runtimeShape': (p: Value & Dockerd) =>
    `The runtime "${p.value}" under "runtimes" mixes the two kinds (${p.dockerd}).`,
  'causes.values.runtimeShapeHint': () =>
    'A runtime is either a program ("path", with "runtimeArgs") or a containerd shim ("runtimeType", with "options").',
  'causes.values.execOpt': (p: Value) => `"exec-opts" entry "${p.value}" is not valid.`,
  'causes.values.execOptHint': () => 'Use "native.cgroupdriver=systemd" or "native.cgroupdriver=cgroupfs".',
  'causes.values.logDriver': (p: Value) => `Log driver "${p.value}" does not exist.`,
  'causes.values.logDriverHint': () => 'Use json-file, local, journald, syslog, … or install the logging plugin first.',
  'causes.values.logOpt': (p: { option: string; driver: string }) =>
    `Log option "${p.option}" does not exist for the ${p.driver} log driver.`,
  'causes.values.logOptHint': () =>
    'Remove it from "log-opts", or use an option that driver has (e.g. max-size, max-file).',
  'causes.values.logOpts': (p: Dockerd) => end(`"log-opts" are not valid: ${p.dockerd}`),
  'causes.values.logOptsHint': () => 'Fix "log-opts" (or "log-driver") as the message says.',
  'causes.values.seccomp': (p: { path: string } & Dockerd) =>
    end(`"seccomp-profile" "${p.path}" cannot be read: ${p.dockerd}`),
  'causes.values.seccompHint': () =>
    'Point it at a readable JSON profile ("unconfined" works only on 23.0+), or remove the key.',
  'causes.values.shmSize': (p: Value) => `"default-shm-size" "${p.value}" is not a size.`,
  'causes.values.shmSizeHint': () => 'Write a size as a string with a unit, e.g. "64m".',
  'causes.values.pool': (p: Value) => `Address pool base "${p.value}" is not a valid CIDR.`,
  'causes.values.poolHint': () => 'Use a network such as "10.123.0.0/16" with a prefix length of 0–32.',
  'causes.values.storageOpt': (p: { option: string; driver: string }) =>
    `"storage-opts" has "${p.option}", which the ${p.driver} storage driver does not know.`,
  'causes.values.storageOptConfigured': (p: { option: string }) =>
    `"storage-opts" has "${p.option}", which the configured storage driver does not know.`,
  'causes.values.storageOptHint': () =>
    'Remove it, or use an option of that driver (see `dockerd --help` and the storage-driver docs).',
  'causes.values.hostGateway': () => '"host-gateway-ip" and "host-gateway-ips" are both set.',
  'causes.values.hostGatewayHint': () => 'Keep only "host-gateway-ips".',
  'causes.values.gatewayOutside': (p: { key: string; value: string; pool: string }) =>
    `"${p.key}": "${p.value}" is outside the default bridge's network ${p.pool}.`,
  'causes.values.gatewayOutsideHint': () =>
    'Use an address inside the default bridge\'s network (set by "bip", "bip6", "fixed-cidr" or "fixed-cidr-v6"), or remove the setting.',
  'causes.values.namespaceAscii': () =>
    'containerd-namespace has characters outside printable ASCII, which this dockerd cannot send to containerd.',
  'causes.values.namespaceAsciiHint': () => 'Use letters, digits, ".", "_" and "-" only (the default is "moby").',
  'causes.values.quotedPanic': () =>
    'dockerd 20.10 crashed reading its flags: --tlscacert, --tlscert or --tlskey is given an empty value.',
  'causes.values.quotedPanicHint': () => 'Give each of those flags a file path, or leave it out.',
  'causes.values.hostGatewayTwice': (p: { family: string }) =>
    `"host-gateway-ips" lists more than one ${p.family} address (an empty string counts as IPv6).`,
  'causes.values.hostGatewayTwiceHint': () => 'Keep at most one IPv4 and one IPv6 address in "host-gateway-ips".',
  'causes.values.graph': () =>
    '"graph" (--graph) and "data-root" (--data-root) are both set; "graph" is the old name of "data-root".',
  'causes.values.graphHint': () => 'Keep only "data-root".',
  'causes.values.group': (p: { group: string }) => `The socket group "${p.group}" ("group" or -G) does not exist.`,
  'causes.values.groupHint': (p: { group: string }) =>
    `Create it (\`groupadd ${p.group}\`), or set "group" to an existing group such as "docker".`,
  'causes.values.strconv': (p: Value) => `The value "${p.value}" cannot be read as a number or true/false.`,
  'causes.values.strconvHint': () =>
    'Check the value: numbers without quotes or units where a number is expected, sizes as strings such as "64m".',
  'causes.values.cluster': (p: Dockerd) => end(`The cluster settings do not fit together: ${p.dockerd}`),
  'causes.values.clusterHint': () =>
    'Remove "cluster-advertise" (and the other cluster-* keys, which later versions removed).',

  // The host, not the configuration (rules/environment.ts)
  'causes.storage.several': (p: { dataRoot: string; drivers: string }) =>
    `${p.dataRoot} holds data of several storage drivers (${p.drivers}), and none is chosen.`,
  'causes.storage.severalHint': () =>
    'Set "storage-driver" to the one in use (usually overlay2), or move the unused driver\'s directory out of data-root.',
  'causes.storage.overlayRemoved': () => '"storage-driver": "overlay" was removed from dockerd.',
  'causes.storage.overlayRemovedHint': () => 'Use "overlay2".',
  'causes.storage.unsupported': (p: { driver: string } & Dockerd) =>
    end(`The storage driver${p.driver ? ` ${p.driver}` : ''} does not work on this host: ${p.dockerd}`),
  'causes.storage.unsupportedHint': () =>
    'overlay2 needs the overlay module (`modprobe overlay`) and ext4, or xfs with ftype=1, under data-root; ' +
    'remove "storage-driver" from daemon.json to let dockerd choose, or set one that works here.',
  'causes.storage.failed': (p: Dockerd) => end(`dockerd could not start its storage driver: ${p.dockerd}`),
  'causes.storage.failedHint': () => 'Check "storage-driver", "storage-opts" and data-root against this host.',
  'causes.network.iptables': () => 'iptables does not work here, so dockerd cannot set up its networks.',
  'causes.network.iptablesHint': () =>
    'Check `iptables -t nat -L`: load the modules (`modprobe ip_tables iptable_nat`), or switch to iptables-legacy ' +
    '(`update-alternatives --set iptables /usr/sbin/iptables-legacy`); where the firewall is managed elsewhere, set "iptables": false.',
  'causes.network.brNetfilter': () => 'The br_netfilter kernel module is not loaded.',
  'causes.network.brNetfilterHint': () => '`modprobe br_netfilter` (and add it to /etc/modules-load.d/).',
  'causes.network.noPool': () => 'dockerd found no free private address range for its default bridge.',
  'causes.network.noPoolHint': () =>
    'Set "bip" or "default-address-pools" to a range this host does not use (`ip route` shows the used ones).',
  'causes.network.failed': (p: Dockerd) => end(`dockerd could not set up networking: ${p.dockerd}`),
  'causes.network.failedHint': () =>
    'Check "bridge", "bip", "default-address-pools" and "iptables" against `ip addr` and `ip route`.',
  'causes.cgroup.devices': () =>
    'The devices cgroup is not mounted, so dockerd cannot confine containers (a container or chroot without /sys/fs/cgroup?).',
  'causes.cgroup.devicesHint': () =>
    "Mount the cgroup hierarchy (`mount -t cgroup2 none /sys/fs/cgroup`, or the v1 devices controller); a container running dockerd needs the host's cgroups.",
  'causes.containerd.check': () =>
    'Check containerd: `systemctl status containerd` and `journalctl -u containerd`; start it (`systemctl start containerd`), ' +
    'and make sure "containerd" in daemon.json (or --containerd in the unit) names its socket.',
  'causes.containerd.unreachable': (p: { socket: string } & Dockerd) =>
    end(`dockerd cannot reach containerd at ${p.socket}${p.dockerd ? ` (${p.dockerd})` : ''}`),
  'causes.containerd.failed': (p: Dockerd) =>
    end(`The containerd that dockerd starts itself failed${p.dockerd ? `: ${p.dockerd}` : ''}`),
  'causes.containerd.failedHint': (p: { check: string }) =>
    "containerd's own lines before this one say why: another dockerd using the same data-root, a bad containerd.toml, a corrupt meta.db after a crash. " +
    p.check,
  'causes.initScript.failed': (p: { script: string; output: string }) =>
    end(`The init script ${p.script} failed before dockerd ran: ${p.output}`),
  'causes.initScript.ulimitHint': () =>
    'Its `ulimit` asks for more than the hard limit allows here (`ulimit -Hn`; containers lack CAP_SYS_RESOURCE): lower the limit in the script, or run dockerd from a systemd unit.',
  'causes.initScript.traceHint': (p: { script: string }) =>
    `Run \`sh -x ${p.script} start\` to see the failing command.`,

  // systemd (rules/environment.ts, explain.ts)
  'causes.systemd.startLimit': () =>
    'systemd stopped starting docker.service: it was (re)started too often in a short time. This hides the error that made it fail.',
  'causes.systemd.startLimitHint': () =>
    '`systemctl reset-failed docker.service docker.socket`, then start it again; the first dockerd error before this line is the real cause.',
  'causes.systemd.startLimitOnly': () =>
    'systemd refuses to start docker.service: it was (re)started too often in a short time (start-limit-hit).',
  'causes.systemd.startLimitWhereHint': () =>
    "`systemctl reset-failed docker.service docker.socket`, then start it again. If the starts before it failed, dockerd's first error says why, " +
    'and this text does not hold it: `journalctl -u docker -n 100 --no-pager | dockerd-config explain` (or `systemctl status docker`).',
  'causes.systemd.failed': () =>
    "systemd says docker failed to start, but this text does not hold dockerd's own line that says why.",
  'causes.systemd.failedHint': () =>
    "Its reason is in dockerd's log: `journalctl -u docker -n 100 --no-pager | dockerd-config explain`; `systemctl status docker` shows its last lines too.",
  'causes.sysvinit.notRunning': () =>
    "The init script says docker is not running, and this text does not hold dockerd's own line that says why.",
  'causes.sysvinit.notRunningHint': () =>
    "Its reason is in dockerd's log: `tail -n 100 /var/log/docker.log | dockerd-config explain`.",

  // A docker client command's error: a pull, push or login, never dockerd's start (rules/client.ts)
  'causes.client.failed': () => "A docker pull, push or login failed (not dockerd's start)",
  'causes.client.theRegistry': () => 'the registry',
  'causes.client.hostPort': () => 'HOST:PORT',
  'causes.client.plainHttp': (p: { failed: string } & Host) =>
    `${p.failed}: ${p.host} answers plain HTTP, and dockerd speaks HTTPS to every registry not in "insecure-registries".`,
  'causes.client.plainHttpHint': (p: Host) =>
    `If it is a registry of yours without TLS, let dockerd use HTTP for it: \`dockerd-config insecure add ${p.host}\` (or give the registry a TLS certificate).`,
  'causes.client.untrusted': (p: { failed: string } & Host) =>
    `${p.failed}: the certificate of ${p.host} is signed by an authority this host does not trust.`,
  'causes.client.untrustedHint': (p: Host) =>
    `Put the registry's CA certificate in /etc/docker/certs.d/${p.host}/ca.crt (dockerd reads it at the next pull, no restart); ` +
    `only as a last resort, \`dockerd-config insecure add ${p.host}\` turns the verification off.`,
  'causes.client.otherName': (p: { failed: string } & Host) =>
    `${p.failed}: the certificate of ${p.host} is issued for another name.`,
  'causes.client.otherNameHint': () =>
    'Use the name the certificate is issued for (in the image name and the registry address), or reissue the certificate with this name in its subjectAltName.',
  'causes.client.expired': (p: { failed: string } & Host) =>
    `${p.failed}: the certificate of ${p.host} has expired or is not valid yet.`,
  'causes.client.expiredHint': () => "Renew the registry's certificate, and check this host's clock (`timedatectl`).",
  'causes.client.rateLimit': (p: { failed: string }) =>
    `${p.failed}: Docker Hub's pull rate limit for this address (or account) is used up (toomanyrequests).`,
  'causes.client.tooMany': (p: { failed: string } & Host) =>
    `${p.failed}: ${p.host} refused it for too many requests (toomanyrequests).`,
  'causes.client.rateLimitHint': () =>
    'Pull through a registry mirror: `dockerd-config mirror add https://MIRROR` (`dockerd-config mirror test URL…` ranks candidates), ' +
    'or `docker login` for the higher limit of an account; the limit resets within hours.',
  'causes.client.dns': (p: { failed: string; name: string }) =>
    `${p.failed}: the name ${p.name} does not resolve (DNS).`,
  'causes.client.dnsHint': (p: { name: string }) =>
    `Check this host's DNS and the name's spelling: \`getent hosts ${p.name}\`, /etc/resolv.conf; dockerd resolves registry names itself, with this host's resolver.`,
  'causes.client.proxyDns': (p: { failed: string; name: string }) =>
    `${p.failed}: the name of its proxy, ${p.name}, does not resolve (DNS).`,
  'causes.client.proxyHint': () =>
    'Fix the proxy dockerd uses: "proxies" in daemon.json, or HTTP(S)_PROXY in the unit (`systemctl show docker -p Environment`); then restart dockerd.',
  'causes.client.timeout': (p: { failed: string } & Host) => `${p.failed}: ${p.host} did not answer in time.`,
  'causes.client.timeoutHubHint': () =>
    'Use a mirror that answers from here: `dockerd-config mirror test` ranks the configured ones (or the URLs given), `dockerd-config mirror add URL` adds one; ' +
    'or give dockerd a proxy ("proxies" in daemon.json, or HTTPS_PROXY in a systemd drop-in).',
  'causes.client.timeoutHint': (p: Host) =>
    `If ${p.host} is a registry mirror, use one that answers from here (\`dockerd-config mirror test\` ranks them); ` +
    `otherwise check the way to it (\`curl -v https://${p.host}/v2/\`), or give dockerd a proxy ("proxies" in daemon.json).`,
  'causes.client.refused': (p: { failed: string } & Host) =>
    `${p.failed}: nothing accepts connections at ${p.host} (connection refused).`,
  'causes.client.refusedHint': (p: Host) =>
    `Check the address and the port, and that the registry runs there (\`curl -v http://${p.host}/v2/\`).`,

  // explain's own lines (cli/commands/explain.ts)
  'causes.explain.nothingRecognised': () =>
    'Nothing recognised in this text: no line of dockerd, none of systemd about docker, no docker error we know.',
  'causes.explain.pasteInstead': () =>
    "Give it dockerd's own log instead: `journalctl -u docker -n 100 --no-pager | dockerd-config explain`, " +
    'or on a sysvinit host `tail -n 100 /var/log/docker.log | dockerd-config explain`.',
  'causes.explain.startLimit': () =>
    'systemd gave up restarting dockerd (start-limit-hit): further starts are refused until it is reset, even after the fix',
  'causes.explain.startLimitHint': () =>
    'after fixing the cause: systemctl reset-failed docker.service docker.socket && systemctl start docker',
  'causes.explain.systemdSaid': (p: { line: string }) => `systemd said: ${p.line}`,
  'causes.explain.scriptSaid': (p: { line: string }) => `the init script said: ${p.line}`,
  'causes.explain.stdin': () => 'standard input',
  'causes.explain.cannotRead': (p: { what: string; code: string }) => `cannot read ${p.what}: ${p.code}`,
} satisfies Messages;

export const zh: Translation<typeof en> = {
  'causes.flagPlaces': () =>
    '服务单元的 ExecStart、drop-in 或 /etc/default/docker 里的 DOCKER_OPTS（`dockerd-config show --sources` 会显示是哪一处）',
  'causes.theFlag': (p) => `参数 ${p.flag}`,
  'causes.flag.valueFrom': (p) => `${p.hint}这个值来自参数 ${p.flag}：请到${p.places}中修改。`,

  'causes.unknown.flagValue': (p) => `dockerd 参数 ${p.flag} 的值无效${zhSaid(p.dockerd)}。`,
  'causes.unknown.flagHint': (p) => `请到${p.places}中改正。`,
  'causes.unknown.fileRefused': (p) => `dockerd 拒绝了 ${p.file}${zhSaid(p.dockerd)}。`,
  'causes.unknown.fileHint': () =>
    '改正报错中提到的设置，或撤销上一次修改（`dockerd-config rollback`）；`dockerd-config validate` 可以离线检查这个文件。',
  'causes.unknown.panic': (p) => `dockerd 崩溃了${zhSaid(p.dockerd)}。`,
  'causes.unknown.panicHint': () => '查看它后面的几行（调用栈），连同 `dockerd --version` 的输出一起向上游报告。',
  'causes.unknown.startFailed': (p) => `dockerd 启动失败${zhSaid(p.dockerd)}。`,
  'causes.unknown.startFailedHint': () =>
    '查看它前后的日志（`journalctl -u docker`，或 /var/log/docker.log）；如果问题始于一次配置修改，`dockerd-config rollback` 可以撤销它。',

  'causes.flags.shorthand': (p) =>
    `dockerd 把 ${p.word} 当成了一串单字母参数，而它没有 -${p.letter}；长参数要用两个短横线。`,
  'causes.flags.shorthandHint': (p) => `在${p.places}中写成 -${p.word}。`,
  'causes.flags.unknown': (p) => `dockerd（这个版本）没有 ${p.flag} 参数。`,
  'causes.flags.unknownHint': (p) => `从${p.places}中删掉 ${p.flag}。`,
  'causes.flags.stray': () =>
    'dockerd 收到了一个不是参数的词（比如布尔参数后面跟了值，像 "--debug true"，或者多了一个词）。',
  'causes.flags.strayHint': (p) => `写成 --flag=value，并检查${p.places}。`,
  'causes.flags.noValue': (p) => `dockerd 参数 ${p.flag} 没有给值。`,
  'causes.flags.noValueHint': (p) => `在${p.places}中给它一个值（--flag=value）。`,

  'causes.json.repairHint': () =>
    '`dockerd-config repair` 会修好它并显示改了什么；`dockerd-config validate` 会指出出错的行和列。',
  'causes.json.where.keyString': () => '这里应是用双引号括起来的键名',
  'causes.json.where.value': () => '这里应是一个值',
  'causes.json.where.afterKey': () => "位于键名之后：是不是少了 ':'？",
  'causes.json.where.afterPair': () => "位于一个值之后：是不是少了 ',' 或 '}'？",
  'causes.json.where.afterElement': () => "位于列表元素之后：是不是少了 ',' 或 ']'？",
  'causes.json.where.string': () => '位于字符串内（控制字符必须转义）',
  'causes.json.where.escape': () => '位于反斜杠转义中',
  'causes.json.where.number': () => '位于数字中',
  'causes.json.likely.trailingComma': () => '——是不是前面多了一个逗号？',
  'causes.json.likely.comment': () => '——JSON 里不能写注释。',
  'causes.json.likely.singleQuote': () => '——JSON 要用双引号。',
  'causes.json.likely.utf16': () => '——文件是不是 UTF-16 编码？',
  'causes.json.likely.unquotedKey': () => '——是不是键名没加引号？',
  'causes.json.likely.unquotedValue': () => '——是不是字符串没加引号，或者写了 NaN、Infinity？',
  'causes.json.syntax': (p) => `${p.file} 不是合法的 JSON：意外的 '${p.char}'（${p.where}）${p.likely || '。'}`,
  'causes.json.syntaxAt': (p) => `${p.file} 不是合法的 JSON：意外的 '${p.char}'${zhSaid(p.dockerd)}${p.likely || '。'}`,
  'causes.json.bom.utf8': () => 'UTF-8 字节顺序标记（BOM）',
  'causes.json.bom.utf16le': () => 'UTF-16（小端）字节顺序标记（BOM）',
  'causes.json.bom.utf16be': () => 'UTF-16（大端）字节顺序标记（BOM）',
  'causes.json.bom': (p) => `${p.file} 以 ${p.bom} 开头；23.0 之前的 dockerd 读不了它。`,
  'causes.json.bomHint': () => '`dockerd-config repair` 会去掉它；也可以把文件另存为不带 BOM 的 UTF-8。',
  'causes.json.trailing.stray': (p) => `一个多余的 '${p.char}'`,
  'causes.json.trailing.nul': () => 'NUL 字节',
  'causes.json.trailing.more': () => '多余的内容',
  'causes.json.trailing': (p) =>
    `${p.file} 在最后的 '}' 之后还有${p.what}；dockerd 23.0 及以上会拒绝（20.10 会忽略）。`,
  'causes.json.trailingHint': () => '`dockerd-config repair` 会删掉它（如果是第二个对象，会把它合并进第一个）。',
  'causes.json.escape': (p) =>
    `${p.file} 不是合法的 JSON：字符串里不允许 ${p.escape} 这个转义（JSON 只认 \\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX）。`,
  'causes.json.truncated': (p) => `${p.file} 在 JSON 中途就结束了（是不是少了 '}'、']' 或 '"'？）。`,
  'causes.json.empty': (p) => `${p.file} 是空的；23.0 之前的 dockerd 拒绝空文件。`,
  'causes.json.emptyHint': () => '在里面写上 {}（或你想要的设置）；`dockerd-config repair` 会写入 {}。',
  'causes.json.utf8': (p) => `${p.file} 含有不是 UTF-8 的字节（在第 ${p.offset} 字节处）。`,
  'causes.json.utf8Hint': () => '把文件重新保存为 UTF-8；`dockerd-config validate` 会指出是哪一行。',
  'causes.json.kind.list': () => '列表',
  'causes.json.kind.other': (p) => ZH_KIND[p.kind] ?? `${p.kind} 类型的值`,
  'causes.json.topLevel': (p) => `${p.file} 必须是一个 JSON 对象（{ … }），而不是${p.what}。`,
  'causes.json.topLevelHint': () => '把设置都放进 { … } 里，例如 {"debug": true}。',

  'causes.type.bool': () => '布尔值（true 或 false）',
  'causes.type.int': () => '整数',
  'causes.type.float': () => '数字',
  'causes.type.string': () => '字符串',
  'causes.type.stringList': () => '字符串列表',
  'causes.type.list': () => '列表',
  'causes.type.stringMap': () => '值为字符串的对象',
  'causes.type.boolMap': () => '值为 true/false 的对象',
  'causes.type.duration': () => '时长（例如 "48h"）',
  'causes.type.ip': () => '写成字符串的 IP 地址',
  'causes.type.object': () => '对象',
  'causes.type.go': (p) => `Go 类型为 ${p.goType} 的值`,
  'causes.kind.string': () => '字符串',
  'causes.kind.number': () => '数字',
  'causes.kind.bool': () => '布尔值（true/false）',
  'causes.kind.array': () => '列表',
  'causes.kind.object': () => '对象',
  'causes.kind.given': (p) => `${ZH_KIND[p.kind] ?? '值'} ${p.value}`,
  'causes.type.wrong': (p) => `${p.file} 中的 "${p.key}" 必须是${p.expected}，而不是${p.given}。`,
  'causes.type.hint.unquoteBool': () => '直接写 true 或 false，不要加引号。',
  'causes.type.hint.wrapList': (p) => `把它放进列表："${p.key}": ["…"]。`,
  'causes.type.hint.range': (p) => `写一个 64 位范围内的整数${p.value ? `，不能是 ${p.value}` : ''}。`,
  'causes.type.hint.unquoteNumber': () => '直接写数字，不要加引号。',
  'causes.type.hint.quote': () => '给这个值加上双引号。',
  'causes.type.hint.use': (p) => `改成${p.expected}。`,
  'causes.keys.unknownOne': (p) => `${p.file} 中有这个 dockerd 不认识的键：${p.keys}。`,
  'causes.keys.unknownMany': (p) => `${p.file} 中有这个 dockerd 不认识的键：${p.keys}。`,
  'causes.keys.unknownHint': () => '删掉或改名（键名区分大小写）；`dockerd-config validate` 会提示正确的名字。',
  'causes.keys.conflictOne': (p) =>
    `"${p.key}" 同时设置在 ${p.file}（${p.fileValue}）和 dockerd 参数（${p.flagValue}）中；两处都有时 dockerd 拒绝启动。`,
  'causes.keys.conflictMany': (p) => `${p.keys} 同时设置在 ${p.file} 和 dockerd 参数中；两处都有时 dockerd 拒绝启动。`,
  'causes.keys.conflictFdHint': (p) =>
    `服务单元用 -H fd:// 启动 dockerd。要么从 ${p.file} 删掉 "hosts"；要么保留它，再加一个 systemd drop-in，` +
    '清空 ExecStart= 并以不带 -H 的命令启动 dockerd（`dockerd-config host add` 会写好它），然后执行 `systemctl daemon-reload`。',
  'causes.keys.conflictHint': (p) => `只保留一处：从 ${p.file} 删掉 ${p.keys}，或从${p.places}中删掉对应的参数。`,
  'causes.keys.configMissing': (p) => `dockerd 被指定读取 ${p.path}（--config-file），但这个文件不存在。`,
  'causes.keys.configMissingHint': (p) => `创建它并写入 {}，或到${p.places}中改正 --config-file 的路径。`,
  'causes.keys.configDenied': (p) => `dockerd 没有权限读取 ${p.path}。`,
  'causes.keys.configDeniedHint': (p) =>
    `用 \`ls -l ${p.path}\` 检查（root 必须能读它）。snap 版的 dockerd 受 AppArmor 限制，读取的是 ` +
    '/var/snap/docker/current/config/daemon.json：请编辑那个文件，然后执行 `snap restart docker`。',
  'causes.keys.removed': (p) => `这个版本的 dockerd 已经没有 "${p.key}" 了。`,
  'causes.keys.removedHint': (p) => `从 ${p.file} 删掉 "${p.key}"。`,

  'causes.hosts.hint': () => '使用 unix:///var/run/docker.sock、tcp://主机:端口，在 systemd 下也可以用 fd://。',
  'causes.hosts.what': (p) => `监听地址 "${p.address}"（"hosts" 或 -H）`,
  'causes.hosts.capitals': (p) => `${p.what}的协议名用了大写。`,
  'causes.hosts.writeInstead': (p) => `写成 "${p.value}"。`,
  'causes.hosts.proto': (p) => `${p.what}用的是 ${p.proto}://，dockerd 不能在这种地址上监听。`,
  'causes.hosts.protoHint': (p) => `${p.hint}（ssh:// 是给 docker 客户端的 DOCKER_HOST 用的，不是给 dockerd 的。）`,
  'causes.hosts.path': (p) => `${p.what}在端口后面还有路径。`,
  'causes.hosts.pathHint': () => '写成 tcp://主机:端口，端口后面不要再加别的。',
  'causes.hosts.port': (p) => `${p.what}的端口无效。`,
  'causes.hosts.portHint': () => '使用 1 到 65535 之间的端口，例如 tcp://127.0.0.1:2375。',
  'causes.hosts.unix': (p) => `${p.what}不是合法的 unix socket 路径。`,
  'causes.hosts.unixHint': () => '写成 unix:///路径/docker.sock。',
  'causes.hosts.invalid': (p) => `${p.what}无效${zhSaid(p.dockerd)}。`,
  'causes.hosts.windows': (p) => `监听地址 ${p.proto}:// 只在 Windows 上才有。`,
  'causes.hosts.unresolved': (p) => `监听地址 "${p.name}" 不是 dockerd 能解析的主机名或 IP。`,
  'causes.hosts.unresolvedHint': () => 'IPv6 地址要加方括号：tcp://[::1]:2375。',
  'causes.hosts.noSocket': () =>
    'dockerd 被要求在 fd://（systemd 的 socket 激活）上监听，但 systemd 并不是通过 docker.socket 启动它的。',
  'causes.hosts.noSocketHint': () =>
    '不用 systemd 时请改用 unix:///var/run/docker.sock；在 systemd 下请保持 docker.socket 启用（`systemctl enable --now docker.socket`）。',
  'causes.hosts.inUse': (p) => `已经有别的进程在监听 ${p.address}，所以 dockerd 无法监听。`,
  'causes.hosts.inUseUnixHint': () =>
    '可能还有另一个 dockerd 在运行（`ps -C dockerd -o pid,args`）；停掉它，或在 "hosts" 里换一个 socket 路径。',
  'causes.hosts.inUseTcpHint': (p) =>
    `查看是哪个进程：\`ss -ltnp 'sport = :${p.port}'\`；停掉它，或在 "hosts" 里换一个端口。`,
  'causes.pidfile.found': (p) => `似乎还有另一个 dockerd 在运行：它的 pid 文件 ${p.pidfile} 还在。`,
  'causes.pidfile.foundHint': (p) =>
    `用 \`ps -C dockerd -o pid,args\` 检查；停掉那个 dockerd（\`systemctl stop docker\`），如果确实没有 dockerd 在运行，就删除 ${p.pidfile}。`,
  'causes.pidfile.running': (p) => `另一个 dockerd（PID ${p.pid}）仍在运行，并占用着 ${p.pidfile}。`,
  'causes.pidfile.runningHint': (p) =>
    `先停掉它（\`systemctl stop docker\`，或先用 \`ps -p ${p.pid} -o pid,args\` 确认，再 \`kill ${p.pid}\`）；两个守护进程不能共用一个 pid 文件。`,
  'causes.pidfile.volumeDb': () => '卷数据库',
  'causes.pidfile.dataRoot': (p) => `另一个 dockerd 仍占用着 ${p.what}：这个 data-root 正在被使用。`,
  'causes.pidfile.dataRootHint': () =>
    '停掉另一个 dockerd（`ps -C dockerd -o pid,args`）；两个守护进程不能共用一个 data-root。',

  'causes.mirror.what': (p) => `${p.where} 中的镜像加速器 "${p.mirror}"`,
  'causes.mirror.empty': (p) => `${p.where} 中有一个空的镜像加速器地址。`,
  'causes.mirror.emptyHint': () => '删掉这个空条目。',
  'causes.mirror.noScheme': (p) => `${p.what} 没有写协议。`,
  'causes.mirror.noSchemeHint': (p) => `写成 "https://${p.mirror}"（纯 HTTP 的加速器写 "http://${p.mirror}"）。`,
  'causes.mirror.scheme': (p) => `${p.what} 用的是 ${p.scheme}://；dockerd 只接受 http:// 和 https://。`,
  'causes.mirror.schemeHint': () => '写成 https://主机[:端口]（纯 HTTP 的加速器用 http://）。',
  'causes.mirror.credentials': (p) => `${p.what} 含有用户名和密码；dockerd 不接受带凭据的镜像加速器地址。`,
  'causes.mirror.credentialsHint': (p) => `删掉 "user:password@"："${p.mirror}"。镜像加速器都是匿名拉取的。`,
  'causes.mirror.path': (p) => `${p.what} 带有路径、查询参数或片段；24.0.8 之前的 dockerd 只接受 协议://主机[:端口]。`,
  'causes.mirror.pathHint': (p) => `写成 "${p.mirror}"，或升级 dockerd（24.0.8 起接受路径）。`,
  'causes.mirror.query': (p) => `${p.what} 带有查询参数（?…）或片段（#…）。`,
  'causes.mirror.queryHint': (p) => `删掉它："${p.mirror}"。`,
  'causes.mirror.spaces': (p) => `${p.what} 前后有空格。`,
  'causes.mirror.spacesHint': (p) => `去掉空格："${p.mirror}"。`,
  'causes.mirror.notUrl': (p) => `${p.what} 不是合法的 URL。`,
  'causes.mirror.formHint': () => '写成 https://主机[:端口]。',
  'causes.mirror.invalid': (p) => `${p.where} 中有一个无效的镜像加速器${zhSaid(p.dockerd)}。`,
  'causes.insecure.hint': () =>
    '写成 主机[:端口]（例如 registry.local:5000）或 CIDR（例如 10.0.0.0/8），不要带协议和路径。',
  'causes.insecure.writeInstead': (p) => `写成 "${p.value}"。`,
  'causes.insecure.why.path': () => '不允许带路径',
  'causes.insecure.why.port': (p) => `端口 ${p.port} 不在 0–65535 之间`,
  'causes.insecure.why.space': () => '其中有空格',
  'causes.insecure.why.empty': () => '它是空的',
  'causes.insecure.why.cidr': () => '它不是合法的 CIDR',
  'causes.insecure.why.host': (p) => `"${p.host}" 不是合法的主机名`,
  'causes.insecure.invalid': (p) => `${p.where} 中的非安全仓库 "${p.value}" 无效：${p.why}。`,
  'causes.insecure.invalidAt': (p) => `${p.where} 中的非安全仓库 "${p.value}" 无效${zhSaid(p.dockerd)}。`,
  'causes.insecure.scheme': (p) => `${p.where} 中的非安全仓库 "${p.value}" 带了 http(s) 以外的协议。`,
  'causes.insecure.schemeHint': (p) => `写成 "${p.value}"（主机[:端口]，不带协议）。`,
  'causes.insecure.hyphen': (p) => `${p.where} 中的非安全仓库 "${p.value}" 以 '-' 开头或结尾。`,

  'causes.tls.off': () => '或者关闭 TLS（"tls": false，并且不写 "tlsverify"）',
  'causes.tls.notSet': () =>
    'TLS 已开启，但没有设置 "tlscert" 和 "tlskey"（在 daemon.json 里开启 TLS 时，不会使用默认路径）。',
  'causes.tls.notSetHint': (p) =>
    `在 ${p.file} 中设置 "tlscert" 和 "tlskey"（用 tlsverify 时还要设置 "tlscacert"），${p.off}。`,
  'causes.tls.certMissing': (p) => `TLS 证书文件 ${p.path} 不存在。`,
  'causes.tls.keyMissing': (p) => `TLS 私钥文件 ${p.path} 不存在。`,
  'causes.tls.missingHint': (p) => `创建它，或让 "${p.setting}" 指向正确的文件，${p.off}。`,
  'causes.tls.caMissing': (p) => `TLS CA 文件 ${p.path}（"tlscacert"）不存在。`,
  'causes.tls.caMissingHint': (p) => `创建它，或让 "tlscacert" 指向签发客户端证书的 CA，${p.off}。`,
  'causes.tls.mismatch': (p) => `TLS 私钥 ${p.key} 与证书 ${p.cert} 不是一对。`,
  'causes.tls.certNotPem': (p) => `TLS 证书 ${p.cert} 不是 PEM 格式的证书。`,
  'causes.tls.keyNotPem': (p) => `TLS 私钥 ${p.key} 不是 PEM 格式的私钥（或者它是加密的）。`,
  'causes.tls.unreadable': (p) => `无法读取 TLS 文件 ${p.path}${zhSaid(p.dockerd)}。`,
  'causes.tls.noLoad': (p) => `无法加载 TLS 证书 ${p.cert} 和私钥 ${p.key}${zhSaid(p.dockerd)}。`,
  'causes.tls.pairHint': () =>
    '让 "tlscert" 和 "tlskey" 指向可读的 PEM 证书和与之配对、未加密的私钥（对比 `openssl x509 -noout -pubkey -in CERT` 和 `openssl pkey -pubout -in KEY` 的输出）。',
  'causes.tls.caNoPem': (p) => `TLS CA 文件 ${p.path}（"tlscacert"）里没有 PEM 证书。`,
  'causes.tls.caNoPemHint': () => '让 "tlscacert" 指向签发客户端证书的 CA 的 PEM 文件。',
  'causes.tls.caUnreadable': (p) => `无法读取 TLS CA 文件 ${p.path}（"tlscacert"）${zhSaid(p.dockerd)}。`,
  'causes.tls.caUnreadableHint': () => '让 "tlscacert" 指向一个可读的 PEM 文件。',

  'causes.values.builderGc': (p) =>
    `dockerd 在启动 BuildKit 时拒绝了 daemon.json 的 builder.gc（dockerd 的原话：${p.dockerd}）`,
  'causes.values.builderGcHint': () =>
    '容量写成 go-units 格式（"10GB"、"512MB"），每个过滤条件只给一个值，"until" 写成时长（"24h"）；`dockerd-config validate` 会指出是哪一项。',
  'causes.values.builderPanic': () =>
    'dockerd 读取配置时崩溃（`index out of range`）：dockerd 20.10 遇到不含 "=" 的 builder.gc 过滤条件（例如 "dangling"）就会这样',
  'causes.values.builderPanicHint': () =>
    '把每个 builder.gc 过滤条件写成 key=value（例如 "dangling=true"），或升级 dockerd（23.0 已修复）。',
  'causes.values.logLevel': (p) => `"log-level" 的值 "${p.value}" 不是 dockerd 认识的日志级别。`,
  'causes.values.logLevelHint': () => '使用 debug、info、warn、error 或 fatal（"warning" 只在 25.0 之前有效）。',
  'causes.values.atLeastOne': (p) => `"${p.key}" 是 ${p.value}；它至少要是 1。`,
  'causes.values.atLeastOneHint': () => '用 1 或更大的整数（默认值：下载 3、上传 5、重试 5），或者删掉这个键。',
  'causes.values.mtu': (p) => `"mtu" 的值 ${p.value} 不是有效的 MTU。`,
  'causes.values.mtuHint': () => '使用正数的 MTU（例如 1500），或者删掉这个键。',
  'causes.values.fixedCidrV6': (p) => `"fixed-cidr-v6" 不是 dockerd 能用的 IPv6 子网（dockerd 的原话：${p.dockerd}）。`,
  'causes.values.fixedCidrV6Hint': () => '使用 IPv6 子网，例如 "fd00:db8:1::/64"，或者删掉这个键。',
  'causes.values.nondistributable': (p) =>
    `allow-nondistributable-artifacts 的条目 "${p.value}" 既不是 CIDR 也不是 host[:port]（dockerd 的原话：${p.dockerd}）。`,
  'causes.values.minApi': (p) => `"min-api-version" ${p.value} 超出这个 dockerd 支持的范围（${p.range} 之间）。`,
  'causes.values.minApiHint': () => '写成这个范围内、不带 "v" 的版本，或者删掉这个键。',
  'causes.values.poolSize': (p) =>
    `"default-address-pools" 中有地址池的 size 与其 base 不匹配（dockerd 的原话：${p.dockerd}）。`,
  'causes.values.historyMaxAge': (p) => `"builder.history.maxAge" ${p.value} 既不是时长也不是整秒数。`,
  'causes.values.historyMaxAgeHint': () => '写成 "48h" 这样的时长，或者秒数。',
  'causes.values.historyPanic': (p) =>
    `dockerd 清理 BuildKit 构建历史时崩溃："builder.history.maxEntries" 是负数（${p.value}）。`,
  'causes.values.historyPanicHint': () => '使用 0 或正数（默认是 50）。',
  'causes.values.nondistributableHint': () =>
    '写成不带协议的 CIDR 或 host[:port]，或者删掉这个条目（28.0 起不再读取这个设置）。',
  'causes.values.metricsAddr': (p) => `"metrics-addr" 不是带数字端口的 host:port（dockerd 的原话：${p.dockerd}）。`,
  'causes.values.metricsAddrHint': () => '写成 host:port，例如 "127.0.0.1:9323"，或者删掉这个键。',
  'causes.values.oomScore': () => '"oom-score-adjust" 超出 -1000…1000，内核拒绝这个值。',
  'causes.values.oomScoreHint': () => '使用 -1000 到 1000 之间的值，或在 systemd 单元中设置 OOMScoreAdjust=。',
  'causes.values.labelNamespace': (p) =>
    `标签 "${p.value}" 用了 Docker 保留的命名空间（com.docker.*、io.docker.*、org.dockerproject.*）。`,
  'causes.values.labelNamespaceHint': () => '换个名字，例如 com.example.team=core。',
  'causes.values.labelFormat': (p) => `标签 "${p.value}" 不是 key=value 的形式。`,
  'causes.values.labelFormatHint': () => '把标签写成 "key=value"。',
  'causes.values.labelConflict': (p) => `两个标签给同一个键设了不同的值：${p.first} 和 ${p.second}。`,
  'causes.values.keepOne': () => '只保留其中一个。',
  'causes.values.notAllowed': (p) => `"${p.key}" 不能是 "${p.value}"。`,
  'causes.values.ipcHint': () => '使用 "shareable" 或 "private"。',
  'causes.values.cgroupnsHint': () => '使用 "host" 或 "private"。',
  'causes.values.dns': (p) => `DNS 服务器 "${p.value}" 不是 IP 地址。`,
  'causes.values.dnsPort': (p) => `DNS 服务器 "${p.value}" 不是 IP 地址（不能带端口）。`,
  'causes.values.dnsHint': () => '只写 IP 地址："dns": ["1.1.1.1"]。',
  'causes.values.dnsSearch': (p) => `DNS 搜索域 "${p.value}" 不是合法的域名。`,
  'causes.values.dnsSearchHint': () => '使用域名，例如 "example.com"。',
  'causes.values.genericResources': (p) => `无法解析 "node-generic-resources"${zhSaid(p.dockerd)}。`,
  'causes.values.genericResourcesHint': () => '每一项写成 "NAME=VALUE"，例如 "gpu=GPU-UUID"。',
  'causes.values.defaultRuntime': (p) => `"default-runtime" 的值 "${p.value}" 不是 dockerd 知道的运行时。`,
  'causes.values.defaultRuntimeHint': () => '使用 "runc"，或在 "runtimes" 下定义过的运行时。',
  'causes.values.reservedRuntime': (p) => `"runtimes" 里定义了 "${p.value}"，而这个名字是 dockerd 内置运行时保留的。`,
  'causes.values.reservedRuntimeHint': () => '给这个运行时换个名字。',
  'causes.values.runtimePath': (p) => `"runtimes" 下的运行时 "${p.value}" 既没有 "path" 也没有 "runtimeType"。`,
  'causes.values.runtimeWrapper': (p) =>
    `dockerd 无法为设置了 "runtimeArgs" 的运行时写出包装脚本：它的名字为空、是 "." 或 ".."，或含有 "/"${zhSaid(p.dockerd)}。`,
  'causes.values.runtimeWrapperHint': () => '给 "runtimes" 下的每个运行时起一个普通的名字，例如 "crun-debug"。',
  'causes.values.runtimeShape': (p) => `"runtimes" 下的运行时 "${p.value}" 混用了两种写法${zhSaid(p.dockerd)}。`,
  'causes.values.runtimeShapeHint': () =>
    '运行时要么是一个程序（"path"，配 "runtimeArgs"），要么是一个 containerd shim（"runtimeType"，配 "options"）。',
  'causes.values.runtimePathHint': () => '给它加上 "path": "/usr/bin/…"（或 "runtimeType"）。',
  'causes.values.execOpt': (p) => `"exec-opts" 中的 "${p.value}" 无效。`,
  'causes.values.execOptHint': () => '使用 "native.cgroupdriver=systemd" 或 "native.cgroupdriver=cgroupfs"。',
  'causes.values.logDriver': (p) => `日志驱动 "${p.value}" 不存在。`,
  'causes.values.logDriverHint': () => '使用 json-file、local、journald、syslog 等，或者先安装对应的日志插件。',
  'causes.values.logOpt': (p) => `${p.driver} 日志驱动没有 "${p.option}" 这个选项。`,
  'causes.values.logOptHint': () => '从 "log-opts" 删掉它，或改用该驱动支持的选项（例如 max-size、max-file）。',
  'causes.values.logOpts': (p) => `"log-opts" 无效${zhSaid(p.dockerd)}。`,
  'causes.values.logOptsHint': () => '按报错改正 "log-opts"（或 "log-driver"）。',
  'causes.values.seccomp': (p) => `无法读取 "seccomp-profile" 指定的 "${p.path}"${zhSaid(p.dockerd)}。`,
  'causes.values.seccompHint': () =>
    '让它指向一个可读的 JSON 配置文件（"unconfined" 只在 23.0 及以上可用），或者删掉这个键。',
  'causes.values.shmSize': (p) => `"default-shm-size" 的值 "${p.value}" 不是一个大小。`,
  'causes.values.shmSizeHint': () => '用带单位的字符串写大小，例如 "64m"。',
  'causes.values.pool': (p) => `地址池的 base "${p.value}" 不是合法的 CIDR。`,
  'causes.values.poolHint': () => '使用网段，例如 "10.123.0.0/16"，前缀长度在 0–32 之间。',
  'causes.values.storageOpt': (p) => `"storage-opts" 中有 "${p.option}"，而 ${p.driver} 存储驱动不认识它。`,
  'causes.values.storageOptConfigured': (p) => `"storage-opts" 中有 "${p.option}"，而所配置的存储驱动不认识它。`,
  'causes.values.storageOptHint': () => '删掉它，或改用该驱动支持的选项（见 `dockerd --help` 和存储驱动的文档）。',
  'causes.values.hostGateway': () => '"host-gateway-ip" 和 "host-gateway-ips" 同时设置了。',
  'causes.values.hostGatewayHint': () => '只保留 "host-gateway-ips"。',
  'causes.values.gatewayOutside': (p: { key: string; value: string; pool: string }) =>
    `"${p.key}": "${p.value}" 不在默认网桥的网络 ${p.pool} 内。`,
  'causes.values.gatewayOutsideHint': () =>
    '请使用默认网桥网络（由 "bip"、"bip6"、"fixed-cidr" 或 "fixed-cidr-v6" 决定）内的地址，或者删除该设置。',
  'causes.values.namespaceAscii': () =>
    'containerd-namespace 含有可打印 ASCII 以外的字符，这个版本的 dockerd 无法把它发送给 containerd。',
  'causes.values.namespaceAsciiHint': () => '只使用字母、数字、"."、"_" 和 "-"（默认值是 "moby"）。',
  'causes.values.quotedPanic': () => 'dockerd 20.10 读取参数时崩溃：--tlscacert、--tlscert 或 --tlskey 的值为空。',
  'causes.values.quotedPanicHint': () => '给这些参数各一个文件路径，或者去掉它们。',
  'causes.values.hostGatewayTwice': (p: { family: string }) =>
    `"host-gateway-ips" 列出了不止一个 ${p.family} 地址（空字符串算作 IPv6）。`,
  'causes.values.hostGatewayTwiceHint': () => '"host-gateway-ips" 中最多保留一个 IPv4 地址和一个 IPv6 地址。',
  'causes.values.graph': () =>
    '"graph"（--graph）和 "data-root"（--data-root）同时设置了；"graph" 是 "data-root" 的旧名字。',
  'causes.values.graphHint': () => '只保留 "data-root"。',
  'causes.values.group': (p) => `socket 的属组 "${p.group}"（"group" 或 -G）不存在。`,
  'causes.values.groupHint': (p) => `创建它（\`groupadd ${p.group}\`），或把 "group" 设成已有的组，例如 "docker"。`,
  'causes.values.strconv': (p) => `值 "${p.value}" 既不是数字，也不是 true/false。`,
  'causes.values.strconvHint': () => '检查这个值：需要数字的地方写不带引号和单位的数字；大小写成字符串，例如 "64m"。',
  'causes.values.cluster': (p) => `集群相关的设置互相矛盾${zhSaid(p.dockerd)}。`,
  'causes.values.clusterHint': () => '删掉 "cluster-advertise"（以及其他 cluster-* 键，后来的版本已经移除了它们）。',

  'causes.storage.several': (p) => `${p.dataRoot} 里有多个存储驱动的数据（${p.drivers}），却没有指定用哪一个。`,
  'causes.storage.severalHint': () =>
    '把 "storage-driver" 设成正在使用的那个（通常是 overlay2），或者把不用的驱动目录移出 data-root。',
  'causes.storage.overlayRemoved': () => 'dockerd 已经移除了 "storage-driver": "overlay"。',
  'causes.storage.overlayRemovedHint': () => '改用 "overlay2"。',
  'causes.storage.unsupported': (p) =>
    `存储驱动${p.driver ? ` ${p.driver} ` : ''}在这台主机上无法工作${zhSaid(p.dockerd)}。`,
  'causes.storage.unsupportedHint': () =>
    'overlay2 需要 overlay 内核模块（`modprobe overlay`），且 data-root 所在的文件系统是 ext4 或 ftype=1 的 xfs；' +
    '从 daemon.json 删掉 "storage-driver" 让 dockerd 自己选择，或者设成这台主机能用的驱动。',
  'causes.storage.failed': (p) => `dockerd 无法启动存储驱动${zhSaid(p.dockerd)}。`,
  'causes.storage.failedHint': () => '对照这台主机检查 "storage-driver"、"storage-opts" 和 data-root。',
  'causes.network.iptables': () => 'iptables 在这台主机上不能用，所以 dockerd 无法建立它的网络。',
  'causes.network.iptablesHint': () =>
    '先看 `iptables -t nat -L`：加载内核模块（`modprobe ip_tables iptable_nat`），或切换到 iptables-legacy' +
    '（`update-alternatives --set iptables /usr/sbin/iptables-legacy`）；如果防火墙由别的程序管理，就设置 "iptables": false。',
  'causes.network.brNetfilter': () => '没有加载 br_netfilter 内核模块。',
  'causes.network.brNetfilterHint': () => '执行 `modprobe br_netfilter`（并把它加到 /etc/modules-load.d/ 里）。',
  'causes.network.noPool': () => 'dockerd 找不到空闲的私有网段给默认网桥使用。',
  'causes.network.noPoolHint': () =>
    '把 "bip" 或 "default-address-pools" 设成这台主机没有在用的网段（`ip route` 可以看到已用的网段）。',
  'causes.network.failed': (p) => `dockerd 无法建立网络${zhSaid(p.dockerd)}。`,
  'causes.network.failedHint': () =>
    '对照 `ip addr` 和 `ip route` 检查 "bridge"、"bip"、"default-address-pools" 和 "iptables"。',
  'causes.cgroup.devices': () =>
    '没有挂载 devices cgroup，dockerd 无法限制容器（是不是运行在没有 /sys/fs/cgroup 的容器或 chroot 里？）。',
  'causes.cgroup.devicesHint': () =>
    '挂载 cgroup 层级（`mount -t cgroup2 none /sys/fs/cgroup`，或 v1 的 devices 控制器）；在容器里运行 dockerd 需要用宿主机的 cgroup。',
  'causes.containerd.check': () =>
    '检查 containerd：`systemctl status containerd` 和 `journalctl -u containerd`；启动它（`systemctl start containerd`），' +
    '并确认 daemon.json 里的 "containerd"（或服务单元里的 --containerd）指向它的 socket。',
  'causes.containerd.unreachable': (p) =>
    `dockerd 连不上 ${p.socket} 上的 containerd${p.dockerd ? zhSaid(p.dockerd) : ''}。`,
  'causes.containerd.failed': (p) => `dockerd 自己启动的 containerd 失败了${p.dockerd ? zhSaid(p.dockerd) : ''}。`,
  'causes.containerd.failedHint': (p) =>
    '这一行之前 containerd 自己的日志会说明原因：另一个 dockerd 在用同一个 data-root、containerd.toml 写错了、崩溃后 meta.db 损坏。' +
    p.check,
  'causes.initScript.failed': (p) => `init 脚本 ${p.script} 在 dockerd 运行之前就失败了（脚本的原话：${p.output}）。`,
  'causes.initScript.ulimitHint': () =>
    '脚本里的 `ulimit` 要求的值超过了这里的硬限制（`ulimit -Hn`；容器里没有 CAP_SYS_RESOURCE）：调低脚本里的限制，或者改用 systemd 服务单元运行 dockerd。',
  'causes.initScript.traceHint': (p) => `执行 \`sh -x ${p.script} start\`，看是哪条命令失败。`,

  'causes.systemd.startLimit': () =>
    'systemd 不再启动 docker.service：它在短时间内（重新）启动的次数太多。这会掩盖真正导致失败的那个错误。',
  'causes.systemd.startLimitHint': () =>
    '执行 `systemctl reset-failed docker.service docker.socket`，再重新启动；这一行之前 dockerd 的第一条错误才是真正的原因。',
  'causes.systemd.startLimitOnly': () =>
    'systemd 拒绝启动 docker.service：它在短时间内（重新）启动的次数太多（start-limit-hit）。',
  'causes.systemd.startLimitWhereHint': () =>
    '执行 `systemctl reset-failed docker.service docker.socket`，再重新启动。如果之前那几次启动失败了，原因在 dockerd 的第一条错误里，' +
    '而这段文本里没有它：用 `journalctl -u docker -n 100 --no-pager | dockerd-config explain` 查看（或 `systemctl status docker`）。',
  'causes.systemd.failed': () => 'systemd 报告 docker 启动失败，但这段文本里没有 dockerd 自己说明原因的那一行。',
  'causes.systemd.failedHint': () =>
    '原因在 dockerd 的日志里：`journalctl -u docker -n 100 --no-pager | dockerd-config explain`；`systemctl status docker` 也会显示最后几行。',
  'causes.sysvinit.notRunning': () =>
    'init 脚本报告 docker 没有在运行，而这段文本里没有 dockerd 自己说明原因的那一行。',
  'causes.sysvinit.notRunningHint': () =>
    '原因在 dockerd 的日志里：`tail -n 100 /var/log/docker.log | dockerd-config explain`。',

  'causes.client.failed': () => 'docker 的拉取、推送或登录失败了（不是 dockerd 启动失败）',
  'causes.client.theRegistry': () => '该仓库',
  'causes.client.hostPort': () => '主机:端口',
  'causes.client.plainHttp': (p) =>
    `${p.failed}：${p.host} 只提供纯 HTTP，而对不在 "insecure-registries" 里的仓库，dockerd 一律使用 HTTPS。`,
  'causes.client.plainHttpHint': (p) =>
    `如果这是你自己的、没有 TLS 的仓库，让 dockerd 对它使用 HTTP：\`dockerd-config insecure add ${p.host}\`（或者给仓库配上 TLS 证书）。`,
  'causes.client.untrusted': (p) => `${p.failed}：${p.host} 的证书由这台主机不信任的机构签发。`,
  'causes.client.untrustedHint': (p) =>
    `把仓库的 CA 证书放到 /etc/docker/certs.d/${p.host}/ca.crt（dockerd 下次拉取时就会读取，无需重启）；` +
    `实在不行，才用 \`dockerd-config insecure add ${p.host}\` 关闭证书校验。`,
  'causes.client.otherName': (p) => `${p.failed}：${p.host} 的证书是签发给别的名字的。`,
  'causes.client.otherNameHint': () =>
    '使用证书上签发的名字（镜像名和仓库地址里都用它），或者重新签发一张 subjectAltName 里包含这个名字的证书。',
  'causes.client.expired': (p) => `${p.failed}：${p.host} 的证书已过期或尚未生效。`,
  'causes.client.expiredHint': () => '更新仓库的证书，并检查这台主机的时间（`timedatectl`）。',
  'causes.client.rateLimit': (p) =>
    `${p.failed}：这个 IP（或账号）在 Docker Hub 的拉取次数已经用完（toomanyrequests）。`,
  'causes.client.tooMany': (p) => `${p.failed}：${p.host} 因请求过多而拒绝了它（toomanyrequests）。`,
  'causes.client.rateLimitHint': () =>
    '通过镜像加速器拉取：`dockerd-config mirror add https://MIRROR`（`dockerd-config mirror test URL…` 可以比较候选地址），' +
    '或者 `docker login` 登录账号以获得更高的额度；额度会在几小时内恢复。',
  'causes.client.dns': (p) => `${p.failed}：域名 ${p.name} 解析不了（DNS）。`,
  'causes.client.dnsHint': (p) =>
    `检查这台主机的 DNS 和名字的拼写：\`getent hosts ${p.name}\`、/etc/resolv.conf；dockerd 用这台主机的解析器自己解析仓库的域名。`,
  'causes.client.proxyDns': (p) => `${p.failed}：代理服务器的域名 ${p.name} 解析不了（DNS）。`,
  'causes.client.proxyHint': () =>
    '改正 dockerd 使用的代理：daemon.json 里的 "proxies"，或服务单元里的 HTTP(S)_PROXY（`systemctl show docker -p Environment`）；然后重启 dockerd。',
  'causes.client.timeout': (p) => `${p.failed}：${p.host} 没有及时响应。`,
  'causes.client.timeoutHubHint': () =>
    '换一个在这里能连上的镜像加速器：`dockerd-config mirror test` 会给已配置的（或给出的）地址排名，`dockerd-config mirror add URL` 添加一个；' +
    '或者给 dockerd 配置代理（daemon.json 里的 "proxies"，或 systemd drop-in 里的 HTTPS_PROXY）。',
  'causes.client.timeoutHint': (p) =>
    `如果 ${p.host} 是镜像加速器，换一个在这里能连上的（\`dockerd-config mirror test\` 会给它们排名）；` +
    `否则检查到它的网络（\`curl -v https://${p.host}/v2/\`），或者给 dockerd 配置代理（daemon.json 里的 "proxies"）。`,
  'causes.client.refused': (p) => `${p.failed}：${p.host} 上没有服务接受连接（connection refused）。`,
  'causes.client.refusedHint': (p) => `检查地址和端口，并确认仓库在那里运行（\`curl -v http://${p.host}/v2/\`）。`,

  'causes.explain.nothingRecognised': () =>
    '这段文本里没有能识别的内容：没有 dockerd 的日志行，没有 systemd 关于 docker 的记录，也没有已知的 docker 报错。',
  'causes.explain.pasteInstead': () =>
    '请改为提供 dockerd 自己的日志：`journalctl -u docker -n 100 --no-pager | dockerd-config explain`；' +
    'sysvinit 主机上用 `tail -n 100 /var/log/docker.log | dockerd-config explain`。',
  'causes.explain.startLimit': () =>
    'systemd 已经放弃重启 dockerd（start-limit-hit）：在重置之前，即使问题修好了，它也会拒绝再次启动',
  'causes.explain.startLimitHint': () =>
    '修好原因之后执行：systemctl reset-failed docker.service docker.socket && systemctl start docker',
  'causes.explain.systemdSaid': (p) => `systemd 的原话：${p.line}`,
  'causes.explain.scriptSaid': (p) => `init 脚本的原话：${p.line}`,
  'causes.explain.stdin': () => '标准输入',
  'causes.explain.cannotRead': (p) => `无法读取 ${p.what}：${p.code}`,
};
