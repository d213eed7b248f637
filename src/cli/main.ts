import yargs, { type Argv } from 'yargs';
import { createContext, rootProblem } from '../context.js';
import { renderDiagnostic } from '../output/render.js';
import type { Command } from './command.js';
import { commands } from './commands/index.js';
import { withDefaultCommand } from './default-command.js';
import { CliError, EXIT, UsageError } from './errors.js';
import { translator, type Lang } from '../i18n/index.js';
import { createIo, type Io } from './io.js';
import { langOfArgv } from './lang-of-argv.js';
import { withGlobalOptions, type GlobalOptions } from './options.js';
import { YARGS_ZH } from './yargs-strings.js';

const ROOT_PROBLEM = { missing: 'main.rootMissing', 'not-a-directory': 'main.rootNotDirectory' } as const;

/** Set by scripts/build.mjs from package.json. */
declare const DOCKERD_CONFIG_VERSION: string | undefined;

/** Runs the CLI and returns its exit code; never calls process.exit (output must flush). */
export async function main(given: readonly string[]): Promise<number> {
  const argv = withDefaultCommand(given, Boolean(process.stdin.isTTY && process.stdout.isTTY));
  let exitCode: number = EXIT.ok;
  let io: Io | undefined;
  const wantsJson = argv.includes('--json');
  // Help texts are built with the parser: the language must be known first.
  const lang: Lang = langOfArgv(argv, process.env);
  const t = translator(lang);

  const register = (y: Argv<GlobalOptions>, command: Command<never>): Argv<GlobalOptions> =>
    y.command(
      command.command as string | string[],
      typeof command.describe === 'function' ? command.describe(t) : command.describe,
      (sub) => {
        const built = command.builder ? command.builder(sub, t) : sub;
        if (!command.subcommands) return built;
        let withSubs = built as Argv<GlobalOptions>;
        for (const child of command.subcommands) withSubs = register(withSubs, child);
        return withSubs.demandCommand(
          1,
          t('main.nameSubcommand', { command: String(command.command).split(' ')[0] ?? '' }),
        );
      },
      async (args) => {
        const options = args as unknown as GlobalOptions;
        io = createIo({ json: options.json, verbose: options.verbose, color: options.color, lang });
        const ctx = createContext({ root: options.root });
        // A --root typo would otherwise read as an empty, healthy host.
        const problem = rootProblem(ctx.fs, ctx.root);
        if (problem) throw new UsageError(t(ROOT_PROBLEM[problem], { path: ctx.root }));
        exitCode = await command.run(args as never, { ctx, io });
      },
    );

  let parser = withGlobalOptions(yargs([...argv]), t)
    .scriptName('dockerd-config')
    // yargs's own words follow our language, never its guess from the locale.
    .detectLocale(false)
    .locale(lang === 'zh' ? 'zh_CN' : 'en')
    .usage(t('help.usage'))
    .strict()
    .demandCommand(1, t('main.nameCommand'))
    .recommendCommands()
    .wrap(Math.min(100, process.stdout.columns ?? 100))
    .exitProcess(false)
    .fail((message, error) => {
      // A handler's own error comes without a message; the parser's (a missing value, a bad --timeout) with one.
      if (error instanceof UsageError || (error && !message)) throw error;
      throw new UsageError(message ?? t('main.invalidUsage'));
    })
    .help()
    .alias('help', 'h')
    .version(typeof DOCKERD_CONFIG_VERSION === 'string' ? DOCKERD_CONFIG_VERSION : 'dev');
  // y18n takes { one, other } plurals too; @types/yargs knows only strings.
  if (lang === 'zh') parser = parser.updateStrings(YARGS_ZH as unknown as Record<string, string>);
  for (const command of commands) parser = register(parser, command as Command<never>);
  skipHelpCache(parser);

  try {
    await parser.parseAsync();
  } catch (error) {
    return report(
      error,
      io ??
        createIo({ json: wantsJson, verbose: argv.includes('-v') || argv.includes('--verbose'), color: false, lang }),
    );
  }
  return exitCode;
}

/**
 * yargs renders the complete help text after starting every command, in case a later error wants
 * it; we report our own errors, and that rendering was a third of a short command's run time.
 */
function skipHelpCache(parser: Argv<GlobalOptions>): void {
  const internal = (
    parser as unknown as { getInternalMethods?: () => { getUsageInstance?: () => { cacheHelpMessage?: () => void } } }
  ).getInternalMethods?.();
  const usage = internal?.getUsageInstance?.();
  if (usage && typeof usage.cacheHelpMessage === 'function') usage.cacheHelpMessage = () => {};
}

function report(error: unknown, io: Io): number {
  if (error instanceof UsageError) {
    if (io.json) io.result({ ok: false, error: { id: 'usage', message: error.message } });
    else io.note(io.t('main.usageError', { message: error.message }));
    return EXIT.usage;
  }
  // CliError, or the write path's SafeWriteError (same shape; its module is loaded lazily).
  if (
    error instanceof CliError ||
    (error instanceof Error && error.name === 'SafeWriteError' && 'diagnostic' in error && 'exitCode' in error)
  ) {
    const known = error as CliError;
    if (io.json) io.result({ ok: false, changed: false, diagnostics: [known.diagnostic] });
    else io.note(renderDiagnostic(known.diagnostic, io.style, io.verbose));
    return known.exitCode;
  }
  const err = error instanceof Error ? error : new Error(String(error));
  if (io.json) io.result({ ok: false, error: { id: 'internal', message: err.message } });
  else {
    // Through io.note, the edge that masks credentials: a message may quote a value.
    io.note(io.t('main.internalError', { message: err.message }));
    io.note(io.verbose ? (err.stack ?? err.message) : io.t('main.internalHint'));
  }
  return EXIT.internal;
}

/**
 * The process around main(), for both launchers (bin/dockerd-config.js and the executable's
 * sea-entry.ts): `dockerd-config … | head` — a reader that stopped reading is not our error.
 */
export async function runProcess(given: readonly string[]): Promise<void> {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
      throw error;
    });
  }
  process.exitCode = await main(given);
}
