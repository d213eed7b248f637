// Mirrors added to and removed from a hosts.toml with the smallest edit: new `[host."URL"]` tables
// after the last host table (the order a pull tries them), a removed host's tables cut out; every
// comment, key and blank line we did not touch stays as it was. The result is read again as
// containerd would and must list exactly the hosts intended.
import { getStaticTOMLValue, type AST } from 'toml-eslint-parser';
import type { EngineVersion } from '../engine/version.js';
import {
  endpointOf,
  hostTables,
  readHostsToml,
  readHostsTomlTree,
  type Capability,
  type HostsTomlReading,
} from './hosts-toml.js';
import type { RegistryName } from './names.js';

/** What a mirror may do: pull content and resolve tags, never receive a push. */
export const MIRROR_CAPABILITIES: readonly Capability[] = ['pull', 'resolve'];

/** A mirror as typed: an http(s) URL or `host[:port]` (https), with no credentials, query or fragment. */
export function parseMirrorUrl(input: string): { ok: true; url: string } | { ok: false; why: string } {
  const text = input.trim();
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`;
  let u: URL;
  try {
    u = new URL(withScheme);
  } catch {
    return { ok: false, why: 'not-a-url' };
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return { ok: false, why: 'scheme' };
  if (u.username !== '' || u.password !== '') return { ok: false, why: 'credentials' };
  if (u.search !== '' || u.hash !== '' || u.hostname === '') return { ok: false, why: 'not-a-url' };
  const path = u.pathname === '/' ? '' : u.pathname.replace(/\/+$/, '');
  return { ok: true, url: `${u.protocol}//${u.host}${path}` };
}

export type EditResult =
  | { ok: true; text: string; changed: string[]; unchanged: string[]; reading: HostsTomlReading }
  | { ok: false; reading: HostsTomlReading };

const tomlString = (s: string): string => JSON.stringify(s);

function hostBlock(url: string, capabilities: readonly Capability[]): string {
  return `[host.${tomlString(url)}]\n  capabilities = [${capabilities.map(tomlString).join(', ')}]\n`;
}

/**
 * The server's certificates as hosts.toml keys. Once a directory holds a hosts.toml, containerd
 * stops reading its `*.crt`, `*.cert` and `*.key` files: the file must name them itself.
 */
export interface ServerTrust {
  ca: string[];
  /** A certificate with its key, or one file holding both (a `.cert` without its `.key`). */
  client: ([cert: string, key: string] | string)[];
}

/**
 * Docker's layout of a certs.d directory as containerd's loadCertFiles reads it without a
 * hosts.toml: `*.crt` CAs; `X.cert` with `X.key`, or alone (then it holds the key too).
 */
export function trustOfFiles(names: readonly string[]): ServerTrust {
  const sorted = [...names].sort();
  const keyOf = (cert: string): string => `${cert.slice(0, -'.cert'.length)}.key`;
  return {
    ca: sorted.filter((n) => n.endsWith('.crt')),
    client: sorted
      .filter((n) => n.endsWith('.cert'))
      .map((n) => (names.includes(keyOf(n)) ? ([n, keyOf(n)] as [string, string]) : n)),
  };
}

const clientEntry = (entry: ServerTrust['client'][number]): string =>
  typeof entry === 'string' ? tomlString(entry) : `[${tomlString(entry[0])}, ${tomlString(entry[1])}]`;

const trustLines = (
  trust: ServerTrust,
  have: { ca: boolean; client: boolean } = { ca: false, client: false },
): string =>
  [
    ...(trust.ca.length > 0 && !have.ca
      ? [`ca = ${trust.ca.length === 1 ? tomlString(trust.ca[0]!) : `[${trust.ca.map(tomlString).join(', ')}]`}`]
      : []),
    ...(trust.client.length > 0 && !have.client ? [`client = [${trust.client.map(clientEntry).join(', ')}]`] : []),
  ]
    .map((line) => `${line}\n`)
    .join('');

/**
 * A new file, without `server`: containerd then ends with the registry itself as it would without
 * the file (for localhost, https without verification and then http; a `server` line would fix one).
 */
function newFile(registry: RegistryName, trust: ServerTrust): string {
  return `# Mirrors of ${registry.name}, tried in order before the registry itself (written by dockerd-config).\n${trustLines(trust)}`;
}

export type TrustEdit =
  | { ok: true; text: string; changed: boolean }
  | { ok: false; reading: HostsTomlReading }
  /** The file names other files for the server already: we do not choose between them. */
  | { ok: 'conflict'; key: 'ca' | 'client'; line: number };

/**
 * Make an existing hosts.toml name the server's certificate files (top-level `ca`, `client`):
 * a key that is absent is added after the top-level keys; one that names these files already is
 * left; one that names others is a conflict for the person to settle.
 */
export function addServerTrust(
  before: string,
  options: { path: string; engine: EngineVersion; trust: ServerTrust },
): TrustEdit {
  const { reading, ast } = readHostsTomlTree(before, options);
  if (!reading.usable || !ast) return { ok: false, reading };
  const top = ast.body[0].body.filter((n): n is AST.TOMLKeyValue => n.type === 'TOMLKeyValue');
  const keyOf = (kv: AST.TOMLKeyValue): string | undefined =>
    kv.key.keys.length === 1
      ? kv.key.keys[0]!.type === 'TOMLBare'
        ? kv.key.keys[0]!.name
        : kv.key.keys[0]!.value
      : undefined;
  const have = { ca: false, client: false };
  for (const kv of top) {
    const key = keyOf(kv);
    if (key !== 'ca' && key !== 'client') continue;
    const written = JSON.stringify(getStaticTOMLValue(kv.value));
    const wanted = options.trust[key];
    if (wanted.length === 0) continue;
    const names = key === 'ca' ? wanted.map((c) => JSON.stringify(c)) : wanted.map((pair) => JSON.stringify(pair));
    if (names.every((n) => written.includes(n))) have[key] = true;
    else return { ok: 'conflict', key, line: kv.loc.start.line };
  }
  const lines = trustLines(options.trust, have);
  if (lines === '') return { ok: true, text: before, changed: false };
  const last = top.at(-1);
  let text: string;
  if (last) {
    const eol = before.indexOf('\n', last.range[1]);
    const at = eol < 0 ? before.length : eol + 1;
    text = `${before.slice(0, at)}${eol < 0 ? '\n' : ''}${lines}${before.slice(at)}`;
  } else {
    const first = ast.body[0].body[0];
    const at = first ? before.lastIndexOf('\n', first.range[0] - 1) + 1 : before.length;
    const head = before.slice(0, at);
    text = `${head}${head !== '' && !head.endsWith('\n') ? '\n' : ''}${lines}${first ? '\n' : ''}${before.slice(at)}`;
  }
  const after = readHostsToml(text, options);
  if (!after.usable || after.hosts.length !== reading.hosts.length)
    throw new Error('hosts.toml trust edit does not read back as intended');
  return { ok: true, text, changed: true };
}

function verified(text: string, path: string, engine: EngineVersion, endpoints: readonly string[]): HostsTomlReading {
  const reading = readHostsToml(text, { path, engine });
  const got = reading.hosts.map((h) => h.endpoint);
  if (!reading.usable || got.join('\n') !== endpoints.join('\n')) {
    throw new Error(`hosts.toml edit does not read back as intended: ${got.join(', ')} ≠ ${endpoints.join(', ')}`);
  }
  return reading;
}

/** The endpoints of hosts the file defines other than by a `[host."…"]` header. */
function hiddenHosts(ast: AST.TOMLProgram, reading: HostsTomlReading): Set<string> {
  const value = getStaticTOMLValue(ast) as { host?: unknown };
  const named = value.host !== null && typeof value.host === 'object' ? Object.keys(value.host) : [];
  const headers = new Set(reading.hosts.map((h) => h.endpoint));
  return new Set(named.map((n) => endpointOf(n) ?? n).filter((e) => !headers.has(e)));
}

export function addMirrors(
  before: string | undefined,
  options: {
    path: string;
    engine: EngineVersion;
    registry: RegistryName;
    mirrors: readonly string[];
    /** The certificate files of the directory, for a new file (see ServerTrust). */
    trust?: ServerTrust;
  },
): EditResult {
  const { path, engine } = options;
  const start =
    before === undefined || before.trim() === ''
      ? newFile(options.registry, options.trust ?? { ca: [], client: [] })
      : before;
  const { reading, ast } = readHostsTomlTree(start, { path, engine });
  if (!reading.usable || !ast) return { ok: false, reading };
  const have = new Set(reading.hosts.map((h) => h.endpoint));
  // A host written as a dotted key or an inline table: containerd never tries it, and a header for
  // it would define the key twice. Said at its place, and nothing is written.
  const hidden = hiddenHosts(ast, reading);
  const clash = options.mirrors.find((url) => hidden.has(endpointOf(url) ?? ''));
  if (clash !== undefined) {
    const said = reading.diagnostics.filter((d) => d.says?.key === 'registries.toml.notAHeader');
    return {
      ok: false,
      reading: { ...reading, diagnostics: said.map((d) => ({ ...d, severity: 'error' as const })) },
    };
  }
  const changed: string[] = [];
  const unchanged: string[] = [];
  for (const url of options.mirrors) {
    const endpoint = endpointOf(url);
    if (endpoint === undefined) throw new Error(`not a mirror URL: ${url}`);
    if (have.has(endpoint)) unchanged.push(url);
    else {
      have.add(endpoint);
      changed.push(url);
    }
  }
  if (changed.length === 0) return { ok: true, text: before ?? '', changed, unchanged, reading };

  const last = hostTables(ast).at(-1);
  const blocks = changed.map((url) => hostBlock(url, MIRROR_CAPABILITIES)).join('\n');
  let text: string;
  if (last) {
    // After the end of the table's last line: a comment there stays with the key it is about.
    const eol = start.indexOf('\n', last.range[1]);
    const end = eol < 0 ? start.length : eol;
    text = `${start.slice(0, end)}\n\n${blocks.replace(/\n$/, '')}${start.slice(end)}`;
  } else {
    const head = start.endsWith('\n') ? start : `${start}\n`;
    text = `${head}\n${blocks}`;
  }
  const endpoints = [...reading.hosts.map((h) => h.endpoint), ...changed.map((u) => endpointOf(u) as string)];
  return { ok: true, text, changed, unchanged, reading: verified(text, path, engine, endpoints) };
}

export function removeMirrors(
  before: string,
  options: { path: string; engine: EngineVersion; mirrors: readonly string[] },
): EditResult {
  const { path, engine } = options;
  const { reading, ast } = readHostsTomlTree(before, { path, engine });
  if (!reading.usable || !ast) return { ok: false, reading };
  const gone = new Set(options.mirrors.map((u) => endpointOf(u)));
  const changed = options.mirrors.filter((u) => reading.hosts.some((h) => h.endpoint === endpointOf(u)));
  const unchanged = options.mirrors.filter((u) => !changed.includes(u));
  if (changed.length === 0) return { ok: true, text: before, changed, unchanged, reading };

  const cuts: [number, number][] = [];
  for (const node of hostTables(ast)) {
    const name = node.resolvedKey[1];
    if (typeof name !== 'string' || !gone.has(endpointOf(name))) continue;
    // The table's own lines, and the one line break after them (a blank line before it stays).
    let from = before.lastIndexOf('\n', node.range[0] - 1) + 1;
    // Comment lines right above the header (no blank line between) are about this host: they go too.
    for (;;) {
      const previous = before.lastIndexOf('\n', from - 2) + 1;
      if (from === 0 || !/^[ \t]*#/.test(before.slice(previous, from - 1))) break;
      from = previous;
    }
    const eol = before.indexOf('\n', node.range[1]);
    const to = eol < 0 ? before.length : eol + 1;
    // A blank line that only separated this table from the one before goes with it.
    const blankBefore = from >= 2 && before[from - 1] === '\n' && before[from - 2] === '\n';
    if (blankBefore && (to >= before.length || before[to] === '\n' || before.startsWith('[', to))) from -= 1;
    cuts.push([from, to]);
  }
  let text = before;
  for (const [from, to] of cuts.reverse()) text = text.slice(0, from) + text.slice(to);
  const endpoints = reading.hosts.map((h) => h.endpoint).filter((e) => !gone.has(e));
  return { ok: true, text, changed, unchanged, reading: verified(text, path, engine, endpoints) };
}
