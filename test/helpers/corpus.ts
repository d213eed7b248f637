// Case files of a daemon.json corpus (the shared one and test/cases/), read and prepared the way
// /work/shared/corpus/run-corpus.sh prepares them: the same placeholders, the same base flags, the
// same rule for leaving a base flag out. Pure apart from reading the case directory.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';

/** One case: NAME.json plus the optional NAME.flags, NAME.pre and NAME.netns beside it. */
export interface CorpusCase {
  name: string;
  /** The directory it was read from (to tell the shared corpus from ours in reports). */
  dir: string;
  json: Buffer;
  /** NAME.flags lines, blank and # lines dropped, placeholders not yet substituted. */
  flags: string[];
  /** Path of NAME.pre, run with bash before dockerd starts. */
  prePath?: string;
  /**
   * NAME.netns exists: dockerd runs in a network namespace of its own (unshare --net) without the
   * base --bridge=none, so it builds the default bridge there and its network checks run.
   */
  ownNetwork: boolean;
}

export function readCases(dir: string): CorpusCase[] {
  // absolute, because .pre snippets run with the case's temp dir as working directory
  dir = resolve(dir);
  if (!existsSync(dir)) throw new Error(`case directory ${dir} does not exist`);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const name = basename(f, '.json');
      const flagsPath = join(dir, `${name}.flags`);
      const prePath = join(dir, `${name}.pre`);
      return {
        name,
        dir,
        json: readFileSync(join(dir, f)),
        flags: existsSync(flagsPath) ? parseFlagLines(readFileSync(flagsPath, 'utf8')) : [],
        prePath: existsSync(prePath) ? prePath : undefined,
        ownNetwork: existsSync(join(dir, `${name}.netns`)),
      };
    });
}

/** One argument a line; blank lines and lines starting with # are ignored. */
export function parseFlagLines(text: string): string[] {
  return text.split('\n').filter((line) => line !== '' && !line.startsWith('#'));
}

export interface Placeholders {
  tmp: string;
  port: number;
}

export function substituteText(text: string, p: Placeholders): string {
  return text.replaceAll('@TMP@', p.tmp).replaceAll('@PORT@', String(p.port));
}

/** Byte-for-byte except the placeholders, so BOMs, CRLF, NULs and invalid UTF-8 survive. */
export function substituteBytes(bytes: Buffer, p: Placeholders): Buffer {
  // latin1 maps every byte to one char and back, so untouched bytes round-trip exactly.
  return Buffer.from(substituteText(bytes.toString('latin1'), p), 'latin1');
}

interface BaseFlag {
  /** Left out for a case with a network namespace of its own. */
  hostNetworkOnly?: true;
  /** Alternatives of the daemon.json key whose presence (as "key" anywhere in the file) drops the flag. */
  keys: string;
  flag: string;
  /** Spellings on the command line that mean "the case sets it itself". */
  spellings: readonly string[];
}

/** Each case's daemon is isolated under its temp dir and kept off the host's network setup. */
const BASE_FLAGS: readonly BaseFlag[] = [
  { keys: 'hosts', flag: '--host=unix://@TMP@/d.sock', spellings: ['-H', '--host'] },
  { keys: 'data-root|graph', flag: '--data-root=@TMP@/root', spellings: ['--data-root', '-g', '--graph'] },
  { keys: 'exec-root', flag: '--exec-root=@TMP@/exec', spellings: ['--exec-root'] },
  { keys: 'pidfile', flag: '--pidfile=@TMP@/d.pid', spellings: ['-p', '--pidfile'] },
  { keys: 'iptables', flag: '--iptables=false', spellings: ['--iptables'] },
  { keys: 'bridge', flag: '--bridge=none', spellings: ['-b', '--bridge'], hostNetworkOnly: true },
  { keys: 'storage-driver', flag: '--storage-driver=vfs', spellings: ['-s', '--storage-driver'] },
];

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** "-H x", "-H=x", "--host=x" … anywhere in the case's flags (joined by spaces, as the script does). */
function flagGiven(flagText: string, spelling: string): boolean {
  return new RegExp(` ${escapeRegExp(spelling)}(=| |$)`).test(flagText);
}

/**
 * dockerd's full argument list for a case: the base flags the case does not set itself, then
 * --config-file (unless the case passes one), then the case's own flags.
 * `fileText` is the substituted daemon.json read byte-wise (latin1), as grep sees it.
 */
export function dockerdArgs(fileText: string, flags: readonly string[], p: Placeholders, ownNetwork = false): string[] {
  const own = flags.map((f) => substituteText(f, p));
  const flagText = ` ${own.join(' ')}`;
  const args: string[] = [];
  for (const base of BASE_FLAGS) {
    const inFile = new RegExp(`"(${base.keys})"`).test(fileText);
    const inFlags = base.spellings.some((s) => flagGiven(flagText, s));
    if (ownNetwork && base.hostNetworkOnly) continue;
    if (!inFile && !inFlags) args.push(substituteText(base.flag, p));
  }
  if (!flagGiven(flagText, '--config-file')) args.push(`--config-file=${configPath(p)}`);
  return [...args, ...own];
}

/** The file dockerd reads: the last --config-file on its command line (pflag: last one wins). */
export function configFileOf(args: readonly string[]): string | undefined {
  let file: string | undefined;
  args.forEach((arg, i) => {
    if (arg.startsWith('--config-file=')) file = arg.slice('--config-file='.length);
    else if (arg === '--config-file') file = args[i + 1];
  });
  return file;
}

/** Where the substituted daemon.json of a case is written. */
export const configPath = (p: Placeholders): string => join(p.tmp, 'daemon.json');

/** POSIX shell quoting, only where needed (for --daemon-args and for readable reports). */
export function shellQuote(word: string): string {
  if (word !== '' && /^[A-Za-z0-9_@%+=:,./-]+$/.test(word)) return word;
  return `'${word.replaceAll("'", `'\\''`)}'`;
}

export const shellJoin = (words: readonly string[]): string => words.map(shellQuote).join(' ');

/**
 * The shared corpus, beside the repository (`../shared/corpus`, as CI clones it). Missing is a
 * failure, never a skip: a test that needs it says where it looked.
 */
export function sharedCorpusDir(): string {
  const dir = resolve(new URL('../..', import.meta.url).pathname, '../shared/corpus');
  if (!existsSync(join(dir, 'cases')))
    throw new Error(
      `the shared corpus is missing: ${dir}/cases does not exist (clone ../shared beside the repository)`,
    );
  return dir;
}
