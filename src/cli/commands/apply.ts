import { hint, message, messageOf } from '../../diagnostics/say.js';
import { said, type Said } from '../../i18n/said.js';
import type { Diagnostic } from '../../diagnostics/types.js';
import { checkStrictJson, JsonNumber, parseJsonKeepingNumbers } from '../../targets/daemon-json.js';
import type { Intent } from '../../plan/make-plan.js';
import { givenPath } from '../../context.js';
import { defineCommand } from '../command.js';
import { CliError, EXIT } from '../errors.js';
import { runMutation } from '../lazy.js';
import { readStdin } from '../read-stdin.js';
import { withMutatingOptions, type MutatingOptions } from '../options.js';

type ApplyOptions = MutatingOptions & { file?: string; exact: boolean };

/** A desired partial daemon.json, read strictly: a mistake in it is reported with its position. */
export function readDesired(text: string, path: string): Record<string, unknown> {
  const problem = checkStrictJson(text);
  const bad = (problem: { message: string; says?: Said }, line?: number, column?: number): never => {
    const diagnostic: Diagnostic = {
      id: 'json-syntax',
      severity: 'error',
      ...(problem.says ? messageOf(problem.says) : { message: problem.message }),
      file: path,
      line,
      column,
      ...hint('change.apply.hint.object', { path }),
      fixable: false,
    };
    throw new CliError(EXIT.problems, diagnostic);
  };
  if (problem) return bad(problem, problem.line, problem.column);
  // Numbers as written: JSON.parse would round 9007199254740993 and turn 1e400 into null.
  const value: unknown = parseJsonKeepingNumbers(text);
  if (value === null || typeof value !== 'object' || Array.isArray(value) || value instanceof JsonNumber)
    return bad(messageOf(said('change.apply.notObject')), 1, 1);
  return value as Record<string, unknown>;
}

/** Arrays are unioned (existing entries kept) unless exact; everything else is set. */
export function intentsFromDesired(desired: Record<string, unknown>, exact: boolean): Intent[] {
  return Object.entries(desired).map(([key, value]): Intent => {
    if (value === null) return { kind: 'unset', key };
    if (Array.isArray(value) && !exact) return { kind: 'add', key, values: value };
    return { kind: 'set', key, value };
  });
}

export const applyCommand = defineCommand<ApplyOptions>({
  command: 'apply [file]',
  describe: (t) => t('help.command.apply'),
  builder: (y, t) =>
    withMutatingOptions(y, t)
      .positional('file', { type: 'string', default: '-', describe: t('help.option.applyFile') })
      .option('exact', { type: 'boolean', default: false, describe: t('help.option.exact') }),
  run: (args, rt) => {
    const file = args.file ?? '-';
    const path = file === '-' ? '<stdin>' : givenPath(rt.ctx, file);
    let text: string;
    try {
      text = file === '-' ? readStdin(rt.ctx).toString('utf8') : rt.ctx.fs.readFileSync(path, 'utf8');
    } catch (error) {
      throw new CliError(EXIT.problems, {
        id: 'file-unparsable',
        severity: 'error',
        ...message('change.apply.unreadable', { path, error: (error as Error).message }),
        file: path,
        fixable: false,
      });
    }
    const intents = intentsFromDesired(readDesired(text, path), args.exact);
    return runMutation(rt, args, `apply ${file === '-' ? 'stdin' : file}`, () => ({ intents }));
  },
});
