// A registry's hosts.toml as the resolver inside dockerd 28+ reads it (containerd's
// core/remotes/docker/config/hosts.go, decoded with go-toml v2): the endpoints a pull tries, in
// the order of the `[host."…"]` headers, then `server`. containerd is quiet about most mistakes:
// a syntax or type error drops the whole file (one "failed to decode" line in dockerd's log, then
// pulls go to the registry itself), and an unknown key or a host written in another TOML form is
// skipped without a word. We say each of them, at its line and column.
import { getStaticTOMLValue, parseTOML, type AST } from 'toml-eslint-parser';
import { message, hint } from '../diagnostics/say.js';
import type { Diagnostic } from '../diagnostics/types.js';
import { atLeast, type EngineVersion } from '../engine/version.js';
import { goParseDuration } from '../validate/values/go/duration.js';

export type Capability = 'pull' | 'resolve' | 'push' | 'referrers';

export interface HostEntry {
  /** The table's key as written: `https://mirror.example.com`, `mirror:5000`. */
  url: string;
  /** What containerd makes of it: scheme, host, and the path with `/v2`. */
  endpoint: string;
  capabilities: Capability[];
  /** Capabilities were written (without them a host also gets push). */
  explicitCapabilities: boolean;
  /** 1-based line of its `[host."…"]` header. */
  line: number;
  /** `skip_verify = true`: its certificate is not checked (what insecure-registries would have done). */
  skipVerify?: true;
}

export interface HostsTomlReading {
  /** containerd uses the file; false when an error makes it drop all of it. */
  usable: boolean;
  /** The `server` key as written, when there is one. */
  server?: string;
  /** Top-level `skip_verify = true`: the server's certificate is not checked. */
  serverSkipVerify?: true;
  /** The hosts a pull tries before the server, in order (a host opened twice is listed twice, as containerd does). */
  hosts: HostEntry[];
  diagnostics: Diagnostic[];
}

/** The TOML version dockerd's go-toml reads: 1.1 from 29.7 (go-toml 2.4), 1.0 before. */
export const tomlVersionFor = (engine: EngineVersion): '1.0.0' | '1.1.0' =>
  atLeast(engine, '29.7.0') ? '1.1.0' : '1.0.0';

const HOST_KEYS = new Set(['capabilities', 'ca', 'client', 'skip_verify', 'header', 'override_path', 'dial_timeout']);

/** Where each key path starts (path parts joined with NUL), for positions of value problems. */
function keyPositions(ast: AST.TOMLProgram): Map<string, { line: number; column: number }> {
  const at = new Map<string, { line: number; column: number }>();
  const keyParts = (key: AST.TOMLKey): string[] => key.keys.map((k) => (k.type === 'TOMLBare' ? k.name : k.value));
  const visit = (prefix: string[], pairs: readonly AST.TOMLKeyValue[]): void => {
    for (const kv of pairs) {
      const path = [...prefix, ...keyParts(kv.key)];
      // A dotted key defines every table on its way (`host."a".capabilities` defines host."a").
      for (let n = prefix.length + 1; n <= path.length; n++) {
        const id = path.slice(0, n).join('\0');
        if (!at.has(id)) at.set(id, { line: kv.loc.start.line, column: kv.loc.start.column + 1 });
      }
      if (kv.value.type === 'TOMLInlineTable') visit(path, kv.value.body);
    }
  };
  for (const node of ast.body[0].body) {
    if (node.type === 'TOMLKeyValue') visit([], [node]);
    else if (node.kind === 'standard') {
      const path = node.resolvedKey.map(String);
      const id = path.join('\0');
      if (!at.has(id)) at.set(id, { line: node.loc.start.line, column: node.loc.start.column + 1 });
      visit(path, node.body);
    }
  }
  return at;
}

/** Every `[host…]` table header of the file (sub-tables such as `[host."X".header]` included), in order. */
export const hostTables = (ast: AST.TOMLProgram): AST.TOMLTable[] =>
  ast.body[0].body.filter((n): n is AST.TOMLTable => n.type === 'TOMLTable' && n.resolvedKey[0] === 'host');

/** The hosts in containerd's order: each `[host.X…]` header names X, unless the header before it named X too. */
export function hostHeaders(ast: AST.TOMLProgram): { name: string; table: AST.TOMLTable }[] {
  const order: { name: string; table: AST.TOMLTable }[] = [];
  let previous: string | undefined;
  for (const node of hostTables(ast)) {
    const name = node.resolvedKey[1];
    if (node.kind !== 'standard' || typeof name !== 'string') continue;
    if (name !== previous) order.push({ name, table: node });
    previous = name;
  }
  return order;
}

/** containerd's parseHostConfig: `https://` unless the text starts with "http", then `/v2` unless override_path. */
export function endpointOf(url: string, overridePath = false): string | undefined {
  // Another scheme is no host name either (containerd would make "https://ftp://…" of it).
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(url) && !/^https?:\/\//i.test(url)) return undefined;
  const text = url.startsWith('http') ? url : `https://${url}`;
  let parsed: URL;
  try {
    parsed = new URL(text);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return undefined;
  let path = parsed.pathname.replace(/\/+$/, '');
  if (!overridePath && !path.endsWith('/v2')) path += '/v2';
  return `${parsed.protocol}//${parsed.host}${path}`;
}

/** A key path as TOML writes it: `host."https://m.example".capabilities`. */
export const tomlKeyPath = (parts: readonly string[]): string =>
  parts.map((p) => (/^[A-Za-z0-9_-]+$/.test(p) ? p : JSON.stringify(p))).join('.');

type Value = ReturnType<typeof getStaticTOMLValue>;
const isTable = (v: unknown): v is Record<string, Value> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStrings = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');

/**
 * A hosts.toml's bytes as text. go-toml refuses bytes that are not UTF-8 (containerd then drops the
 * file); they become NUL here, which TOML refuses anywhere, so the file reads as broken at that place.
 */
export function decodeHostsToml(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes).replace(/\uFFFD/g, '\u0000');
  }
}

/**
 * A hosts.toml with its header values masked, to be shown: `[host."…".header]` tables often carry an
 * Authorization header (a token). Keys and layout stay, so a diff still says what changed.
 */
export function maskHeaderValues(text: string): string {
  let inHeader = false;
  return text
    .split('\n')
    .map((line) => {
      const table = /^\s*\[([^\]]*)\]/.exec(line);
      if (table) inHeader = /(^|\.)header\s*$/.test(table[1]!.trim());
      if (/^\s*header\s*=/.test(line)) return line.replace(/=.*/, '= { … }  # masked');
      if (inHeader && !table) return line.replace(/^(\s*[^=#]+=\s*).+$/, '$1"xxxxx"');
      return line;
    })
    .join('\n');
}

export const readHostsToml = (text: string, options: { path: string; engine: EngineVersion }): HostsTomlReading =>
  readHostsTomlTree(text, options).reading;

/** The reading, and the syntax tree it came from (absent when the text does not parse): what an edit splices. */
export function readHostsTomlTree(
  text: string,
  options: { path: string; engine: EngineVersion },
): { reading: HostsTomlReading; ast?: AST.TOMLProgram } {
  const { path, engine } = options;
  const diagnostics: Diagnostic[] = [];
  const tomlVersion = tomlVersionFor(engine);
  let ast: AST.TOMLProgram;
  try {
    ast = parseTOML(text, { tomlVersion });
  } catch (err) {
    const e = err as { message: string; lineNumber?: number; column?: number };
    diagnostics.push({
      id: 'hosts-toml-syntax',
      severity: 'error',
      file: path,
      line: e.lineNumber,
      column: e.column === undefined ? undefined : e.column + 1,
      // decodeHostsToml's NUL stands for bytes that are not UTF-8.
      ...(text.includes('\u0000')
        ? message('registries.toml.notUtf8', { path })
        : message('registries.toml.syntax', { path, error: e.message, version: tomlVersion.slice(0, 3) })),
      ...hint('registries.toml.hint.dropped'),
      fixable: false,
    });
    return { reading: { usable: false, hosts: [], diagnostics } };
  }
  const at = keyPositions(ast);
  const place = (keyPath: string[]) => ({ file: path, ...at.get(keyPath.join('\0')) });
  const dropped = (keyPath: string[], problem: Invalid): void => {
    diagnostics.push({
      id: 'hosts-toml-invalid',
      severity: 'error',
      ...place(keyPath),
      ...invalidSays(problem, tomlKeyPath(keyPath)),
      ...hint('registries.toml.hint.dropped'),
      fixable: false,
    });
  };
  const ignored = (keyPath: string[], says: ReturnType<typeof message>, hintSays: ReturnType<typeof hint>): void => {
    diagnostics.push({
      id: 'hosts-toml-ignored',
      severity: 'warning',
      ...place(keyPath),
      ...says,
      ...hintSays,
      fixable: false,
    });
  };

  const root = getStaticTOMLValue(ast);
  const hostTables = isTable(root.host) ? root.host : {};
  /** The capabilities written; a problem is reported only when `report` (checkHostKeys already did). */
  const capabilitiesOf = (v: Value | undefined, keyPath: string[], report = true): Capability[] | undefined => {
    if (v === undefined) return undefined;
    const problem = (p: Invalid): undefined => {
      if (report) dropped(keyPath, p);
      return undefined;
    };
    if (!isStrings(v)) return problem({ kind: 'type', expected: 'strings' });
    const known = defaultCapabilities(engine);
    const out: Capability[] = [];
    for (const c of v) {
      const lower = c.toLowerCase() as Capability;
      if (!known.includes(lower)) return problem({ kind: 'capability', value: c, known });
      out.push(lower);
    }
    return out;
  };
  const checkHostKeys = (table: Record<string, Value>, prefix: string[], topLevel: boolean): void => {
    for (const [key, v] of Object.entries(table)) {
      const keyPath = [...prefix, key];
      if (topLevel && (key === 'server' || key === 'host')) continue;
      if (key === 'dial_timeout' && !atLeast(engine, '28.3.0')) {
        ignored(
          keyPath,
          message('registries.toml.tooNew', { key, since: '28.3', version: engine.raw }),
          hint('registries.toml.hint.tooNew'),
        );
        continue;
      }
      if (!HOST_KEYS.has(key)) {
        diagnostics.push({
          id: 'hosts-toml-unknown-key',
          severity: 'warning',
          ...place(keyPath),
          ...message('registries.toml.unknownKey', { key, table: prefix.length === 0 ? '' : tomlKeyPath(prefix) }),
          ...hint('registries.toml.hint.unknownKey', { known: [...HOST_KEYS].join(', ') }),
          fixable: false,
        });
        continue;
      }
      if (key === 'capabilities') capabilitiesOf(v, keyPath);
      else if ((key === 'skip_verify' || key === 'override_path') && typeof v !== 'boolean')
        dropped(keyPath, { kind: 'type', expected: 'boolean' });
      else if (key === 'ca' && typeof v !== 'string' && !isStrings(v))
        dropped(keyPath, { kind: 'type', expected: 'path-or-paths' });
      else if (key === 'client' && !validClient(v)) dropped(keyPath, { kind: 'type', expected: 'client' });
      else if (
        key === 'header' &&
        !(isTable(v) && Object.values(v).every((h) => typeof h === 'string' || isStrings(h)))
      )
        dropped(keyPath, { kind: 'type', expected: 'header' });
      else if (key === 'dial_timeout' && !(typeof v === 'string' && goParseDuration(v).ok))
        dropped(keyPath, { kind: 'duration', value: typeof v === 'string' ? v : String(v) });
    }
  };

  let server: string | undefined;
  if (root.server !== undefined) {
    if (typeof root.server !== 'string') dropped(['server'], { kind: 'type', expected: 'string' });
    else if (!endpointOf(root.server)) dropped(['server'], { kind: 'url', value: root.server });
    else server = root.server;
  }
  if (root.host !== undefined && !isTable(root.host)) dropped(['host'], { kind: 'type', expected: 'table' });
  checkHostKeys(root, [], true);

  const headers = hostHeaders(ast);
  const seen = new Set<string>();
  const hosts: HostEntry[] = [];
  for (const { name, table } of headers) {
    const config = hostTables[name];
    if (!isTable(config)) {
      dropped(['host', name], { kind: 'type', expected: 'table' });
      continue;
    }
    if (seen.has(name)) {
      ignored(
        ['host', name],
        message('registries.toml.reopened', { host: name }),
        hint('registries.toml.hint.reopened'),
      );
    } else checkHostKeys(config, ['host', name], false);
    seen.add(name);
    const endpoint = endpointOf(name, config.override_path === true);
    if (!endpoint) {
      dropped(['host', name], { kind: 'url', value: name });
      continue;
    }
    const written = capabilitiesOf(config.capabilities, ['host', name, 'capabilities'], false);
    const explicit = written !== undefined && written.length > 0;
    hosts.push({
      url: name,
      endpoint,
      capabilities: explicit ? written : defaultCapabilities(engine),
      explicitCapabilities: explicit,
      line: table.loc.start.line,
      ...(config.skip_verify === true ? { skipVerify: true as const } : {}),
    });
  }
  // Hosts given as dotted keys or inline tables are in the decoded map but never in the order.
  for (const name of Object.keys(hostTables)) {
    if (seen.has(name)) continue;
    ignored(
      ['host', name],
      message('registries.toml.notAHeader', { host: name }),
      hint('registries.toml.hint.notAHeader', { host: name }),
    );
  }
  const usable = !diagnostics.some((d) => d.id === 'hosts-toml-invalid');
  const serverSkipVerify = root.skip_verify === true ? { serverSkipVerify: true as const } : {};
  return { reading: { usable, server, ...serverSkipVerify, hosts: usable ? hosts : [], diagnostics }, ast };
}

/** A host without capabilities may do everything, push included. */
export const defaultCapabilities = (engine: EngineVersion): Capability[] =>
  atLeast(engine, '29.1.0') ? ['pull', 'resolve', 'push', 'referrers'] : ['pull', 'resolve', 'push'];

/** `client`: one PEM path, or a list of paths and [certificate, key] pairs. */
function validClient(v: Value): boolean {
  if (typeof v === 'string') return true;
  if (!Array.isArray(v)) return false;
  return v.every((x) => typeof x === 'string' || (isStrings(x) && x.length === 2));
}

type Invalid =
  | { kind: 'type'; expected: 'strings' | 'boolean' | 'string' | 'table' | 'path-or-paths' | 'client' | 'header' }
  | { kind: 'capability'; value: string; known: readonly Capability[] }
  | { kind: 'duration'; value: string }
  | { kind: 'url'; value: string };

function invalidSays(problem: Invalid, key: string): ReturnType<typeof message> {
  switch (problem.kind) {
    case 'type':
      return message('registries.toml.type', { key, expected: problem.expected });
    case 'capability':
      return message('registries.toml.capability', { key, value: problem.value, known: problem.known.join(', ') });
    case 'duration':
      return message('registries.toml.duration', { key, value: problem.value });
    case 'url':
      return message('registries.toml.url', { key, value: problem.value });
  }
}
