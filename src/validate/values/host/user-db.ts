/**
 * The host's user and group databases as dockerd's idtools/usergroup read them (under --root):
 * Go's parsers for /etc/passwd and /etc/group (github.com/moby/sys/user, formerly runc's
 * libcontainer/user), the `getent` fallback dockerd runs when the files do not know a name
 * (decidable offline only when nsswitch.conf names sources we can read), and /etc/subuid,
 * /etc/subgid (idtools' own parser before 28.0, moby/sys/user's from 28.0).
 */
import { atLeast, type EngineVersion } from '../../../engine/version.js';
import type { HostView } from '../../types.js';
import { goQuote } from '../go/quote.js';
import { goAtoi } from '../go/strconv.js';

export interface PasswdEntry {
  name: string;
  uid: number;
  gid: number;
}

export interface GroupEntry {
  name: string;
  gid: number;
}

/** Found, not found (dockerd's getent fails too), or not decidable from the files. */
export type Lookup<T> = { kind: 'found'; entry: T } | { kind: 'missing'; error: string } | { kind: 'unknown' };

const decoder = new TextDecoder('utf-8');
const text = (bytes: Uint8Array): string => decoder.decode(bytes);

/** bufio.ScanLines: "\n" ends a line, a "\r" before it is dropped, a last line without "\n" counts. */
function scanLines(s: string): string[] {
  const lines = s.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  return lines.map((l) => (l.endsWith('\r') ? l.slice(0, -1) : l));
}

/** Go's strings.TrimSpace / bytes.TrimSpace (ASCII and Unicode white space). */
const goTrim = (s: string): string => s.replace(/^[\s\u0085]+|[\s\u0085]+$/gu, '');

/** parseParts' *int: strconv.Atoi, with a failure read as 0. */
function atoiOrZero(s: string): number {
  const r = goAtoi(s);
  return r.ok ? Number(r.value) : 0;
}

/** user.ParsePasswdFilter: every non-empty trimmed line is an entry (no comments). */
export function parsePasswd(s: string): PasswdEntry[] {
  return scanLines(s)
    .map(goTrim)
    .filter((l) => l !== '')
    .map((l) => {
      const parts = l.split(':');
      return { name: parts[0] ?? '', uid: atoiOrZero(parts[2] ?? ''), gid: atoiOrZero(parts[3] ?? '') };
    });
}

/** user.ParseGroupFilter: trimmed lines, empty ones and those starting with "#" skipped. */
export function parseGroup(s: string): GroupEntry[] {
  return scanLines(s)
    .map(goTrim)
    .filter((l) => l !== '' && !l.startsWith('#'))
    .map((l) => {
      const parts = l.split(':');
      return { name: parts[0] ?? '', gid: atoiOrZero(parts[2] ?? '') };
    });
}

/** strconv.ParseInt(s, 10, 32), as parseRemappedRoot tells ids from names. */
export function parseInt32(s: string): number | undefined {
  const r = goAtoi(s);
  if (!r.ok || r.value > 2147483647n || r.value < -2147483648n) return undefined;
  return Number(r.value);
}

type Db = 'passwd' | 'group';

/**
 * The NSS sources of a database in /etc/nsswitch.conf (glibc's default "files" when the file or
 * the line is missing); "[NOTFOUND=return]" actions are left out.
 */
export function nssSources(host: HostView, db: Db): string[] {
  const bytes = host.readFile('/etc/nsswitch.conf');
  if (!bytes) return ['files'];
  for (const raw of scanLines(text(bytes))) {
    const line = raw.replace(/#.*/, '').trim();
    const m = /^(\w+)\s*:\s*(.*)$/.exec(line);
    if (m?.[1] === db)
      return (m[2] ?? '')
        .replace(/\[[^\]]*\]/g, ' ')
        .split(/\s+/)
        .filter(Boolean);
  }
  return ['files'];
}

/** What nss-systemd makes up when the files lack them: root and nobody. */
const SYSTEMD_USERS: readonly PasswdEntry[] = [
  { name: 'root', uid: 0, gid: 0 },
  { name: 'nobody', uid: 65534, gid: 65534 },
];
/**
 * nss-systemd's nobody group is a build option: "nogroup" on Debian and its derivatives,
 * "nobody" elsewhere; undefined when /etc/os-release does not say.
 */
export function systemdNobodyGroup(host: HostView): string | undefined {
  const bytes = host.readFile('/etc/os-release') ?? host.readFile('/usr/lib/os-release');
  if (!bytes) return undefined;
  const ids = scanLines(text(bytes))
    .map((l) => /^(ID|ID_LIKE)=["']?([^"']*)["']?$/.exec(l.trim())?.[2] ?? '')
    .join(' ')
    .split(/\s+/)
    .filter(Boolean);
  if (ids.length === 0) return undefined;
  return ids.some((id) => id === 'debian' || id === 'ubuntu') ? 'nogroup' : 'nobody';
}

/** The user and group databases of one host, looked up as dockerd's usergroup package does. */
export class UserDb {
  private passwd: PasswdEntry[] | undefined;
  private group: GroupEntry[] | undefined;
  /** Can we read /etc/passwd and /etc/group at all? Otherwise nothing is decidable. */
  readonly readable: boolean;

  constructor(private readonly host: HostView) {
    const p = host.readFile('/etc/passwd');
    const g = host.readFile('/etc/group');
    if (p) this.passwd = parsePasswd(text(p));
    if (g) this.group = parseGroup(text(g));
    this.readable = p !== undefined && g !== undefined;
  }

  /** Only files (and nss-systemd's two made-up entries) answer: anything else may know more names. */
  private decidable(db: Db): boolean {
    return nssSources(this.host, db).every((s) => s === 'files' || s === 'systemd');
  }

  private getent<T extends { name: string }>(
    db: Db,
    key: string,
    local: T | undefined,
    synthetic: readonly T[],
    match: (e: T) => boolean,
  ): Lookup<T> {
    if (local) return { kind: 'found', entry: local };
    if (!this.readable || !this.decidable(db)) return { kind: 'unknown' };
    if (nssSources(this.host, db).includes('systemd')) {
      const made = synthetic.find(match);
      if (made) return { kind: 'found', entry: made };
    }
    return { kind: 'missing', error: `getent unable to find entry ${goQuote(key)} in ${db} database` };
  }

  lookupUser(name: string): Lookup<PasswdEntry> {
    const match = (u: PasswdEntry): boolean => u.name === name;
    return this.getent('passwd', name, this.passwd?.find(match), SYSTEMD_USERS, match);
  }

  lookupUid(uid: number): Lookup<PasswdEntry> {
    const match = (u: PasswdEntry): boolean => u.uid === uid;
    return this.getent('passwd', String(uid), this.passwd?.find(match), SYSTEMD_USERS, match);
  }

  /** nss-systemd's groups; undefined when the nobody group's name is unknown. */
  private systemdGroups(): GroupEntry[] | undefined {
    const nobody = systemdNobodyGroup(this.host);
    return nobody === undefined
      ? undefined
      : [
          { name: 'root', gid: 0 },
          { name: nobody, gid: 65534 },
        ];
  }

  private groupLookup(key: string, match: (g: GroupEntry) => boolean, nobodyish: boolean): Lookup<GroupEntry> {
    const local = this.group?.find(match);
    if (local || !nssSources(this.host, 'group').includes('systemd'))
      return this.getent('group', key, local, [], match);
    const made = this.systemdGroups();
    // Which name the nobody group has is unknown: only a name that neither could be is decidable.
    if (!made && nobodyish) return { kind: 'unknown' };
    return this.getent('group', key, local, made ?? [{ name: 'root', gid: 0 }], match);
  }

  lookupGroup(name: string): Lookup<GroupEntry> {
    return this.groupLookup(name, (g) => g.name === name, name === 'nobody' || name === 'nogroup');
  }

  lookupGid(gid: number): Lookup<GroupEntry> {
    return this.groupLookup(String(gid), (g) => g.gid === gid, gid === 65534);
  }
}

export interface SubIdRange {
  start: number;
  count: number;
}

/** A user's subordinate ids, or dockerd's error text, or undecidable (the file cannot be read here). */
export type SubIds = { ok: true; ranges: SubIdRange[] } | { ok: false; error: string } | { ok: 'unknown' };

/** os.Open's error for a file we cannot read; undefined when we cannot tell why. */
function openError(host: HostView, path: string): string | undefined {
  if (!host.stat) return undefined;
  const st = host.stat(path);
  if (st === undefined) return `open ${path}: no such file or directory`;
  if (st.kind === 'directory') return `read ${path}: is a directory`;
  return undefined;
}

/** idtools.parseSubidFile (20.10 … 27): comments skipped, every line must have 3 fields. */
function parseSubidFileOld(s: string, path: string, key: string): SubIds {
  const ranges: SubIdRange[] = [];
  for (const raw of scanLines(s)) {
    const line = goTrim(raw);
    if (line === '' || line.startsWith('#')) continue;
    const parts = line.split(':');
    if (parts.length !== 3)
      return { ok: false, error: `Cannot parse subuid/gid information: Format not correct for ${path} file` };
    if (parts[0] !== key) continue;
    const start = goAtoi(parts[1] ?? '');
    if (!start.ok)
      return {
        ok: false,
        error: `String to int conversion failed during subuid/gid parsing of ${path}: ${start.error}`,
      };
    const count = goAtoi(parts[2] ?? '');
    if (!count.ok)
      return {
        ok: false,
        error: `String to int conversion failed during subuid/gid parsing of ${path}: ${count.error}`,
      };
    ranges.push({ start: Number(start.value), count: Number(count.value) });
  }
  return { ok: true, ranges };
}

/** user.ParseSubIDFilter (28.0+): no comments, no field count, a bad number reads as 0. */
function parseSubidFileNew(s: string, keys: readonly string[]): SubIdRange[] {
  return scanLines(s)
    .map(goTrim)
    .filter((l) => l !== '')
    .map((l) => l.split(':'))
    .filter((parts) => keys.includes(parts[0] ?? ''))
    .map((parts) => ({ start: atoiOrZero(parts[1] ?? ''), count: atoiOrZero(parts[2] ?? '') }));
}

/**
 * The subordinate id ranges of a user from /etc/subuid or /etc/subgid, as LoadIdentityMapping
 * reads them: before 28.0 by uid first, then by name; from 28.0 both at once (and the "no ranges"
 * error says "subuid" for both files).
 */
export function subIds(host: HostView, engine: EngineVersion, file: 'subuid' | 'subgid', user: PasswdEntry): SubIds {
  const path = `/etc/${file}`;
  const bytes = host.readFile(path);
  if (!bytes) {
    const error = openError(host, path);
    return error ? { ok: false, error } : { ok: 'unknown' };
  }
  const s = text(bytes);
  if (atLeast(engine, '28.0.0')) {
    const ranges = parseSubidFileNew(s, [user.name, String(user.uid)]);
    return ranges.length > 0 ? { ok: true, ranges } : { ok: false, error: noRanges('subuid', user.name) };
  }
  let found = parseSubidFileOld(s, path, String(user.uid));
  if (found.ok === true && found.ranges.length === 0) found = parseSubidFileOld(s, path, user.name);
  if (found.ok === true && found.ranges.length === 0) return { ok: false, error: noRanges(file, user.name) };
  return found;
}

const noRanges = (file: string, name: string): string => `no ${file} ranges found for user ${goQuote(name)}`;
