import type { Source } from '../../diagnostics/types.js';
import type { DaemonArg } from '../../model/daemon-arg.js';
import { splitSystemdValue } from '../env/split-words.js';
import { isEnvName } from '../env/systemd-env-file.js';
import type { Traced } from '../env/traced.js';
import type { ExecCommand } from './exec-command.js';

/** A variable of the service's environment, and how to name where each of its characters came from. */
export interface EnvVar {
  value: Traced;
  /** The source of the character that came from `offset` (offsets are -1 when not from a file). */
  sourceAt(offset: number): Source;
}

export type ServiceEnv = ReadonlyMap<string, EnvVar>;

/** systemd's replace_env() without extensions: ${NAME} anywhere (unset: empty), $$ → $, other $ kept. */
function replaceBraced(word: string, env: ServiceEnv): string {
  let out = '';
  for (let i = 0; i < word.length; i++) {
    const c = word[i];
    if (c !== '$') {
      out += c;
    } else if (word[i + 1] === '$') {
      out += '$';
      i++;
    } else if (word[i + 1] === '{') {
      const close = word.indexOf('}', i + 2);
      const name = close === -1 ? undefined : word.slice(i + 2, close);
      // "${A:-b}" is not supported on command lines: systemd leaves it as written.
      if (name === undefined || name.includes(':')) {
        out += c;
        continue;
      }
      out += env.get(name)?.value.text ?? '';
      i = close;
    } else out += c;
  }
  return out;
}

/**
 * The arguments systemd passes for a command (argv without argv[0]), each with its source:
 * a standalone `$NAME` becomes the variable's words (split on whitespace, quotes removed), or
 * nothing when unset; `${NAME}` inside a word is replaced as is, giving one word.
 */
export function expandExecArgs(command: ExecCommand, env: ServiceEnv): DaemonArg[] {
  const args: DaemonArg[] = [];
  for (const word of command.resolved.slice(command.firstArg)) {
    if (command.noEnvExpansion) {
      args.push({ value: word, source: command.source });
    } else if (word.startsWith('$') && word[1] !== '{' && word[1] !== '$') {
      const name = word.slice(1);
      const variable = isEnvName(name) ? env.get(name) : undefined;
      if (variable)
        for (const w of splitSystemdValue(variable.value))
          args.push({ value: w.value, source: variable.sourceAt(w.offset) });
    } else {
      args.push({ value: replaceBraced(word, env), source: command.source });
    }
  }
  return args;
}
