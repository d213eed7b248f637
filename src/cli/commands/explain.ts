import type { Diagnostic } from '../../diagnostics/types.js';
import { hint, message } from '../../diagnostics/say.js';
import { givenPath } from '../../context.js';
import { said } from '../../i18n/said.js';
import { defineCommand } from '../command.js';
import { CliError, EXIT, UsageError } from '../errors.js';
import type { GlobalOptions } from '../options.js';
import { readStdin } from '../read-stdin.js';

type ExplainOptions = GlobalOptions & { file?: string };

export const explainCommand = defineCommand<ExplainOptions>({
  command: 'explain [file]',
  describe: (t) => t('help.command.explain'),
  // The default keeps a lone `-` as "-": without one, yargs hands it over as "" (the working directory).
  builder: (y, t) => y.positional('file', { type: 'string', default: '-', describe: t('help.option.explainFile') }),
  run: async (args, { ctx, io }) => {
    const from = args.file === undefined || args.file === '-' ? undefined : givenPath(ctx, args.file);
    // Never wait for someone to type: with no file and a terminal on stdin, say how to use it.
    if (from === undefined && ctx.stdinIsTTY) throw new UsageError(io.t('explain.needsInput'));
    let text: string;
    try {
      text = from === undefined ? readStdin(ctx).toString('utf8') : ctx.fs.readFileSync(from, 'utf8');
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
      const what = from ?? said('causes.explain.stdin');
      throw new CliError(EXIT.problems, {
        id: 'file-unparsable',
        severity: 'error',
        ...message('causes.explain.cannotRead', { what, code }),
        fixable: false,
      });
    }
    const { explainLog, causeDiagnostic } = await import('../../causes/index.js');
    const explained = explainLog(text);
    const start: Diagnostic[] = [];
    if (explained.cause) {
      const line = explained.firstError?.lineNo;
      // A failure that a later start in the same text got past is history, not the current state.
      const diagnostic = causeDiagnostic(explained.cause, explained.laterStarted ? 'warning' : 'error');
      start.push({ ...diagnostic, ...(from && line !== undefined ? { file: from, line } : {}) });
    }
    if (explained.startLimitHit && explained.cause?.id !== 'start-limit-hit') {
      start.push({
        id: 'start-limit-hit',
        severity: 'warning',
        ...message('causes.explain.startLimit'),
        ...hint('causes.explain.startLimitHint'),
        fixable: false,
      });
    }
    // A pull's, push's or login's error: about that command, never a failed start, so a warning.
    const client = explained.clientErrors.map(({ entry, cause }) => ({
      ...causeDiagnostic(cause, 'warning'),
      ...(from ? { file: from, line: entry.lineNo } : {}),
    }));
    const diagnostics = [...start, ...client];
    const failed = diagnostics.some((d) => d.severity === 'error');
    io.result({ ok: !failed, recognised: explained.recognised, diagnostics });
    if (diagnostics.length === 0) {
      if (explained.recognised) io.say(io.t('explain.noFailure'));
      else io.say(`${io.t('causes.explain.nothingRecognised')}\n${io.t('causes.explain.pasteInstead')}`);
      return EXIT.ok;
    }
    // Whose words they are: systemd's "Job for docker.service failed" is not dockerd's. The
    // renderer's verbose line calls its quote dockerd's, so others' words are quoted here only.
    type By = NonNullable<typeof explained.quoting>;
    const quote = (line: string | undefined, by: By): void => {
      if (!line || (io.verbose && by === 'dockerd')) return;
      const said =
        by === 'systemd'
          ? io.t('causes.explain.systemdSaid', { line })
          : by === 'init-script'
            ? io.t('causes.explain.scriptSaid', { line })
            : io.t('explain.dockerdSaid', { line });
      io.say(`  ${said}`);
    };
    const by = explained.quoting ?? 'dockerd';
    io.diagnostics(by === 'dockerd' ? start : start.map(({ dockerd: _, ...d }) => d));
    quote(explained.cause?.dockerd, by);
    if (explained.laterStarted) io.say(io.t('explain.laterStarted'));
    for (const d of client) {
      io.diagnostics([d]);
      quote(d.dockerd, 'dockerd');
    }
    return failed ? EXIT.problems : EXIT.ok;
  },
});
