import { resolve } from 'node:path';
import type { Argv } from 'yargs';
import { catalogueFor } from '../../engine/catalogue.js';
import { givenEngine, newestKnownEngine } from '../../engine/detected.js';
import type { Translate } from '../../i18n/index.js';
import { defineCommand, type Command } from '../command.js';
import { EXIT } from '../errors.js';
import { withGlobalOptions, type GlobalOptions } from '../options.js';

/**
 * `completion bash|zsh` prints a script that asks this command back on every Tab
 * (`completion bash --complete -- WORDS…`): the candidates come from the same command table --help
 * is built from, so a new command or option completes without touching the scripts.
 */

export type Shell = 'bash' | 'zsh';

export interface OptionSpec {
  name: string;
  aliases: readonly string[];
  takesValue: boolean;
  /** Offer --no-NAME too. */
  negatable: boolean;
  choices?: readonly string[];
  describe?: string;
}

export interface CommandNode {
  names: readonly string[];
  describe: string;
  options: readonly OptionSpec[];
  positionals: readonly { name: string; variadic: boolean; choices?: readonly string[] }[];
  children: readonly CommandNode[];
}

/** What completes from the host, asked only when that is the word being completed. */
export interface Sources {
  /** daemon.json keys of this engine version (--engine-version among the words), else of the newest known. */
  keys(engineVersion: string | undefined): readonly string[];
  /** Backup ids under this --root (default `/`), newest last; none when they cannot be read. */
  backups(root: string | undefined): readonly string[];
}

/** One candidate; `files`/`dirs`: let the shell complete a path. */
export type Candidate = { word: string; describe?: string } | { path: 'files' | 'dirs' };

const FILE_OPTIONS = new Set(['config-file', 'daemon-log', 'ca']);
const DIR_OPTIONS = new Set(['root']);
const FILE_POSITIONALS = new Set(['file']);

type Recorded = { options: OptionSpec[]; positionals: Map<string, { choices?: readonly string[]; describe?: string }> };

/** Runs a yargs builder against a recorder: the options and positionals it declares, nothing parsed. */
export function recordBuilder(build: (y: Argv<GlobalOptions>) => unknown): Recorded {
  const recorded: Recorded = { options: [], positionals: new Map() };
  const add = (name: string, o: Record<string, unknown> = {}): void => {
    if (o.hidden === true) return;
    const alias = o.alias === undefined ? [] : ([] as string[]).concat(o.alias as string | string[]);
    const boolean = o.type === 'boolean' || o.boolean === true;
    recorded.options.push({
      name,
      aliases: alias,
      takesValue: !boolean && o.count !== true,
      // color's default is the terminal's: --no-color is how it is turned off (DESIGN.md).
      negatable: boolean && (o.default === true || name === 'color'),
      ...(Array.isArray(o.choices) ? { choices: o.choices.map(String) } : {}),
      ...(typeof o.describe === 'string' ? { describe: o.describe } : {}),
    });
  };
  const proxy: unknown = new Proxy(
    {},
    {
      get:
        (_target, method) =>
        (...args: unknown[]) => {
          if (method === 'option' && typeof args[0] === 'string') add(args[0], args[1] as Record<string, unknown>);
          else if (method === 'options' && typeof args[0] === 'object' && args[0] !== null)
            for (const [name, o] of Object.entries(args[0] as Record<string, Record<string, unknown>>)) add(name, o);
          else if (method === 'positional' && typeof args[0] === 'string') {
            const o = (args[1] ?? {}) as Record<string, unknown>;
            recorded.positionals.set(args[0], {
              ...(Array.isArray(o.choices) ? { choices: o.choices.map(String) } : {}),
              ...(typeof o.describe === 'string' ? { describe: o.describe } : {}),
            });
          }
          return proxy;
        },
    },
  );
  build(proxy as Argv<GlobalOptions>);
  return recorded;
}

/** `get <key>` → get, [key]; `add <values..>` → add, [values (variadic)]. */
function parseCommandString(command: string | readonly string[]): {
  names: string[];
  positionals: { name: string; variadic: boolean }[];
} {
  const forms = typeof command === 'string' ? [command] : [...command];
  const [first = '', ...rest] = forms;
  const [name = '', ...words] = first.split(/\s+/).filter(Boolean);
  const aliases = rest.map((form) => form.split(/\s+/)[0] ?? '').filter(Boolean);
  const positionals = words
    .map((w) => /^[<[]([^\]>]+)[\]>]$/.exec(w)?.[1])
    .filter((w): w is string => w !== undefined)
    .map((w) => ({ name: w.replace(/\.\.$/, ''), variadic: w.endsWith('..') }));
  return { names: [name, ...aliases], positionals };
}

/** The command tree as yargs is given it (commands/index.ts), with every command's options. */
export function commandTree(commands: readonly Command<never>[], t: Translate): CommandNode {
  const node = (command: Command<never>): CommandNode => {
    const { names, positionals } = parseCommandString(command.command);
    const recorded = command.builder
      ? recordBuilder((y) => command.builder!(y, t))
      : { options: [], positionals: new Map() };
    return {
      names,
      describe: typeof command.describe === 'function' ? command.describe(t) : command.describe,
      options: recorded.options,
      positionals: positionals.map((p) => ({ ...p, ...recorded.positionals.get(p.name) })),
      children: (command.subcommands ?? []).map(node),
    };
  };
  const global = recordBuilder((y) => withGlobalOptions(y, t)).options;
  return {
    names: ['dockerd-config'],
    describe: '',
    options: [...global, { name: 'version', aliases: [], takesValue: false, negatable: false }],
    positionals: [],
    children: commands.map(node),
  };
}

const HELP: OptionSpec = { name: 'help', aliases: ['h'], takesValue: false, negatable: false };

const dash = (name: string): string => (name.length === 1 ? `-${name}` : `--${name}`);

/** The option a word names (`--root`, `--no-color`, `-y`, `--lang=zh`), if any. */
function optionOf(word: string, options: readonly OptionSpec[]): OptionSpec | undefined {
  const bare = word.replace(/=.*$/, '');
  return options.find((o) =>
    [o.name, ...o.aliases].some((n) => dash(n) === bare || (o.negatable && `--no-${n}` === bare)),
  );
}

/**
 * The candidates for the last of `words` (the words after the program name, the last one being
 * completed, possibly empty), walking the tree as yargs parses: options that take a value take the
 * next word, the first positional word may name a sub-command.
 */
export function complete(tree: CommandNode, given: readonly string[], sources: Sources): Candidate[] {
  const words = joinEquals(given);
  const current = words.at(-1) ?? '';
  const before = words.slice(0, -1);
  const globals = tree.options;
  let node = tree;
  let options: readonly OptionSpec[] = [...globals, HELP];
  let positional = 0;
  let afterDashes = false;
  let root: string | undefined;
  let engineVersion: string | undefined;
  let pending: OptionSpec | undefined;
  for (const word of before) {
    if (pending) {
      if (pending.name === 'root') root = word;
      if (pending.name === 'engine-version') engineVersion = word;
      pending = undefined;
      continue;
    }
    if (!afterDashes && word === '--') afterDashes = true;
    else if (!afterDashes && word.startsWith('-') && word !== '-') {
      const option = optionOf(word, options);
      const inline = /^[^=]*=(.*)$/.exec(word)?.[1];
      if (option?.takesValue && inline === undefined && !word.startsWith('--no-')) pending = option;
      if (option?.name === 'root' && inline !== undefined) root = inline;
      if (option?.name === 'engine-version' && inline !== undefined) engineVersion = inline;
    } else {
      const child = positional === 0 && !afterDashes ? node.children.find((c) => c.names.includes(word)) : undefined;
      if (child) {
        node = child;
        options = [...globals.filter((o) => o.name !== 'version'), ...collectOptions(tree, node), HELP];
      } else positional++;
    }
  }

  const values = (option: OptionSpec, prefix = ''): Candidate[] => {
    if (option.choices) return matching(option.choices, prefix);
    if (option.name === 'to') return matching([...sources.backups(root)].reverse(), prefix);
    if (prefix !== '') return [];
    if (DIR_OPTIONS.has(option.name)) return [{ path: 'dirs' }];
    if (FILE_OPTIONS.has(option.name)) return [{ path: 'files' }];
    return [];
  };
  const matching = (list: readonly string[], prefix = ''): Candidate[] =>
    list.map((word) => ({ word: `${prefix}${word}` })).filter((c) => c.word.startsWith(current));

  if (pending) return values(pending);
  const inline = /^(--[^=]+=)/.exec(current)?.[1];
  if (!afterDashes && inline) {
    const option = optionOf(current, options);
    return option?.takesValue ? values(option, inline) : [];
  }
  const optionWords = (): Candidate[] => {
    const given = new Set(before);
    const out: { word: string; describe?: string }[] = [];
    for (const o of options) {
      const forms = [dash(o.name), ...(o.negatable ? [`--no-${o.name}`] : [])];
      if (forms.some((f) => given.has(f))) continue;
      for (const f of forms) out.push({ word: f, ...(o.describe ? { describe: o.describe } : {}) });
    }
    return out.filter((c) => c.word.startsWith(current));
  };
  if (!afterDashes && current.startsWith('-')) return optionWords();

  let found: Candidate[] = [];
  if (positional === 0 && node.children.length > 0 && !afterDashes)
    found = node.children
      .filter((c) => c.names[0]!.startsWith(current))
      .map((c) => ({ word: c.names[0]!, ...(c.describe ? { describe: c.describe } : {}) }));
  else {
    const last = node.positionals.at(-1);
    const spec = node.positionals[positional] ?? (last?.variadic ? last : undefined);
    if (spec?.choices) found = matching(spec.choices);
    else if (spec?.name === 'key') found = matching(sources.keys(engineVersion));
    else if (spec && FILE_POSITIONALS.has(spec.name)) found = [{ path: 'files' }];
  }
  // Nothing else to say at an empty word: the options are what can come next.
  if (found.length === 0 && current === '' && node !== tree) return optionWords();
  return found;
}

/** bash splits `--lang=zh` at the `=` (COMP_WORDBREAKS): one word again. */
function joinEquals(words: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    if (/^--[^=]+$/.test(word) && words[i + 1] === '=') {
      out.push(`${word}=${words[i + 2] ?? ''}`);
      i += 2;
    } else out.push(word);
  }
  return out;
}

/** The options a command takes: its own and those of the commands above it (mirror's and mirror add's). */
function collectOptions(tree: CommandNode, target: CommandNode): OptionSpec[] {
  const path: CommandNode[] = [];
  const walk = (n: CommandNode): boolean => {
    if (n === target) return true;
    for (const c of n.children)
      if (walk(c)) {
        path.unshift(c);
        return true;
      }
    return false;
  };
  walk(tree);
  return path.flatMap((n) => n.options);
}

/** One line a candidate: `word` (bash), or `word:description` with the word's colons escaped (zsh's _describe). */
export function candidateLines(candidates: readonly Candidate[], shell: Shell): string[] {
  return candidates.map((c) => {
    if ('path' in c) return `:${c.path}`;
    if (shell === 'bash') return c.word;
    const describe = (c.describe ?? '').replace(/\s+/g, ' ').trim();
    const word = c.word.replace(/([\\:])/g, '\\$1');
    return describe ? `${word}:${describe}` : word;
  });
}

export const BASH_SCRIPT = `# bash completion for dockerd-config (dockerd-config completion bash)
_dockerd_config() {
  local cur=\${COMP_WORDS[COMP_CWORD]} line mode= out prefix=
  out=$(command "\${COMP_WORDS[0]}" completion bash --complete -- "\${COMP_WORDS[@]:1:COMP_CWORD}" 2>/dev/null) || return 0
  # bash took "--lang=z" as three words ("--lang" "=" "z"); the candidates are whole: keep bash's part.
  if [[ $cur == = ]]; then prefix=\${COMP_WORDS[COMP_CWORD-1]}
  elif ((COMP_CWORD > 1)) && [[ \${COMP_WORDS[COMP_CWORD-1]} == = ]]; then prefix=\${COMP_WORDS[COMP_CWORD-2]}=; fi
  COMPREPLY=()
  while IFS= read -r line; do
    case $line in
      :files | :dirs) mode=\${line#:} ;;
      ?*) COMPREPLY+=("\${line#"$prefix"}") ;;
    esac
  done <<<"$out"
  if [[ -n $mode ]]; then
    compopt -o filenames 2>/dev/null
    if [[ $mode == dirs ]]; then mapfile -t -O "\${#COMPREPLY[@]}" COMPREPLY < <(compgen -d -- "$cur")
    else mapfile -t -O "\${#COMPREPLY[@]}" COMPREPLY < <(compgen -f -- "$cur"); fi
  fi
}
complete -F _dockerd_config dockerd-config
`;

export const ZSH_SCRIPT = `#compdef dockerd-config
# zsh completion for dockerd-config (dockerd-config completion zsh)
_dockerd_config() {
  local -a lines candidates
  local line mode=
  lines=("\${(@f)$(command "\${words[1]}" completion zsh --complete -- "\${(@)words[2,CURRENT]}" 2>/dev/null)}")
  for line in "\${lines[@]}"; do
    case $line in
      :files | :dirs) mode=\${line#:} ;;
      ?*) candidates+=("$line") ;;
    esac
  done
  (( \${#candidates} )) && _describe -t values dockerd-config candidates
  [[ $mode == files ]] && _files
  [[ $mode == dirs ]] && _files -/
  return 0
}
if [[ \${funcstack[1]} == _dockerd-config ]]; then _dockerd_config "$@"; else compdef _dockerd_config dockerd-config; fi
`;

type CompletionOptions = GlobalOptions & { shell: Shell; complete: boolean; _: (string | number)[] };

/** The daemon.json keys of an engine version that take effect (the flag table's names that are Config fields). */
export function engineKeys(engineVersion: string | undefined): readonly string[] {
  let engine = newestKnownEngine();
  try {
    if (engineVersion !== undefined) engine = givenEngine(engineVersion);
  } catch {
    // A half-typed version: the newest known keys.
  }
  const catalogue = catalogueFor(engine.version);
  return catalogue.acceptedKeys().filter((key) => catalogue.field(key) !== undefined);
}

export const completionCommand = defineCommand<CompletionOptions>({
  command: 'completion <shell>',
  describe: (t) => t('completion.help.command'),
  builder: (y, t) =>
    y
      .positional('shell', {
        type: 'string',
        choices: ['bash', 'zsh'],
        demandOption: true,
        describe: t('completion.help.shell'),
      })
      .option('complete', {
        type: 'boolean',
        default: false,
        hidden: true,
        describe: t('completion.help.complete'),
      }) as unknown as Argv<CompletionOptions>,
  run: async (args, { ctx, io }) => {
    if (!args.complete) {
      io.say((args.shell === 'zsh' ? ZSH_SCRIPT : BASH_SCRIPT).trimEnd());
      return EXIT.ok;
    }
    // The words after `--` (yargs leaves them in _, after the command's own name).
    const words = args._.slice(1).map(String);
    const { commands } = await import('./index.js');
    // The write path's chunk only when a backup id may be wanted.
    const apply = words.includes('rollback') ? await import('../../apply/index.js') : undefined;
    const sources: Sources = {
      keys: engineKeys,
      backups: (root) => {
        try {
          return (apply?.listBackups({ ...ctx, root: resolve(ctx.cwd, root ?? '/') }) ?? []).map((b) => b.id);
        } catch {
          // Not ours to read (not root, an untrusted state dir): nothing to offer.
          return [];
        }
      },
    };
    const lines = candidateLines(complete(commandTree(commands, io.t), words, sources), args.shell);
    if (lines.length > 0) io.say(lines.join('\n'));
    return EXIT.ok;
  },
});
