import type { Diagnostic } from '../diagnostics/types.js';
import { translator, type Lang, type Translate } from '../i18n/index.js';
import { renderDiagnostic, type Style } from '../output/render.js';
import { PromptCancelled } from '../wizard/questions.js';

/** The single owner of the terminal: text for people, or exactly one JSON document for scripts. */
export interface Io {
  json: boolean;
  verbose: boolean;
  style: Style;
  /** The language of our sentences (--lang, else the locale); ids and --json keys stay English. */
  lang: Lang;
  t: Translate;
  /** A line for people (suppressed under --json). */
  say(text: string): void;
  /** A line on stderr (progress, notes); shown in both modes unless --json. */
  note(text: string): void;
  diagnostics(list: readonly Diagnostic[]): void;
  /** The JSON document (under --json), written once at the end. */
  result(doc: unknown): void;
  /** A yes/no question at the terminal (callers ask only on a TTY without --yes/--json). */
  confirm(question: string, defaultAnswer: boolean): Promise<boolean>;
  /** The step under way (the lifecycle's restart, verify, roll back), for a progress line; unset: not shown. */
  step?(text: string): void;
}

export function createIo(options: { json: boolean; verbose: boolean; color: boolean; lang?: Lang }, streams = process): Io {
  const lang = options.lang ?? 'en';
  const style: Style = { color: options.color, lang };
  const t = translator(lang);
  return {
    json: options.json,
    verbose: options.verbose,
    style,
    lang,
    t,
    say: (text) => {
      if (!options.json) streams.stdout.write(`${text}\n`);
    },
    note: (text) => {
      if (!options.json) streams.stderr.write(`${text}\n`);
    },
    diagnostics: (list) => {
      if (options.json) return;
      for (const d of list) streams.stdout.write(`${renderDiagnostic(d, style, options.verbose)}\n`);
    },
    result: (doc) => {
      if (options.json) streams.stdout.write(`${JSON.stringify(doc, null, 2)}\n`);
    },
    // The terminal's prompter (and inquirer with it) is loaded only when a question is asked.
    // Ctrl-C at a yes/no question is a no: every question we ask is whether to do something risky.
    confirm: async (question, defaultAnswer) => {
      const { terminalPrompter } = await import('../edges/terminal-prompter.js');
      return terminalPrompter(t, style.color)
        .confirm({ name: 'confirm', message: question, default: defaultAnswer })
        .catch((error: unknown) => {
          if (error instanceof PromptCancelled) return false;
          throw error;
        });
    },
  };
}
