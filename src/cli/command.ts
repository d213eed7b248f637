import type { Argv } from 'yargs';
import type { Runtime } from '../output/io.js';
import type { Translate } from '../i18n/index.js';
import type { GlobalOptions } from './options.js';

export type { Runtime } from '../output/io.js';

/** A --help text: from the catalogue, in the language picked before yargs builds the parser. */
export type Describe = string | ((t: Translate) => string);

/** One command: its yargs shape and a handler that returns the exit code. */
export interface Command<A extends GlobalOptions = GlobalOptions> {
  command: string | readonly string[];
  describe: Describe;
  builder?: (y: Argv<GlobalOptions>, t: Translate) => Argv<A>;
  run(args: A, rt: Runtime): Promise<number>;
  /** Sub-commands (mirror add|remove|list …). */
  subcommands?: readonly Command<never>[];
}

export const defineCommand = <A extends GlobalOptions>(command: Command<A>): Command<A> => command;
