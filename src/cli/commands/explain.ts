import type { Diagnostic } from '../../diagnostics/types.js';
import { givenPath } from '../../context.js';
import { defineCommand } from '../command.js';
import { CliError, EXIT, UsageError } from '../errors.js';
import type { GlobalOptions } from '../options.js';

type ExplainOptions = GlobalOptions & { file?: string };

export const explainCommand = defineCommand<ExplainOptions>({
  command: 'explain [file]',
  describe: (t) => t('help.command.explain'),
  builder: (y, t) => y.positional('file', { type: 'string', describe: t('help.option.explainFile') }),
  run: async (args, { ctx, io }) => {
    const from = args.file === undefined || args.file === '-' ? undefined : givenPath(ctx, args.file);
    // Never wait for someone to type: with no file and a terminal on stdin, say how to use it.
    if (from === undefined && ctx.stdinIsTTY) throw new UsageError(io.t('explain.needsInput'));
    let text: string;
    try {
      text = ctx.fs.readFileSync(from ?? 0, 'utf8');
    } catch (error) {
      const message = `cannot read ${from ?? 'standard input'}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`;
      throw new CliError(EXIT.problems, { id: 'file-unparsable', severity: 'error', message, fixable: false });
    }
    const { causeDiagnostic, explainLog } = await import('../../causes/index.js');
    const explained = explainLog(text);
    const diagnostics: Diagnostic[] = [];
    if (explained.cause) {
      const line = explained.firstError?.lineNo;
      // A failure that a later start in the same text got past is history, not the current state.
      const diagnostic = causeDiagnostic(explained.cause, explained.laterStarted ? 'warning' : 'error');
      diagnostics.push({ ...diagnostic, ...(from && line !== undefined ? { file: from, line } : {}) });
    }
    if (explained.startLimitHit && explained.cause?.id !== 'start-limit-hit') {
      diagnostics.push({
        id: 'start-limit-hit',
        severity: 'warning',
        message:
          'systemd gave up restarting dockerd (start-limit-hit): further starts are refused until it is reset, even after the fix',
        hint: 'after fixing the cause: systemctl reset-failed docker.service docker.socket && systemctl start docker',
        fixable: false,
      });
    }
    const failed = diagnostics.some((d) => d.severity === 'error');
    io.result({ ok: !failed, diagnostics });
    if (diagnostics.length === 0) {
      io.say(io.t('explain.noFailure'));
      return EXIT.ok;
    }
    io.diagnostics(diagnostics);
    if (explained.cause?.dockerd && !io.verbose)
      io.say(`  ${io.t('explain.dockerdSaid', { line: explained.cause.dockerd })}`);
    if (explained.laterStarted) io.say(io.t('explain.laterStarted'));
    return failed ? EXIT.problems : EXIT.ok;
  },
});
