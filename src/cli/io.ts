import { jsonReplacer } from '../diagnostics/say.js';
import { translator, type Lang } from '../i18n/index.js';
import type { Io } from '../output/io.js';
import { renderDiagnostic, type Style } from '../output/render.js';
import { PromptCancelled } from '../wizard/questions.js';

export type { Io, Runtime } from '../output/io.js';

export function createIo(
  options: { json: boolean; verbose: boolean; color: boolean; lang?: Lang },
  streams = process,
): Io {
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
      if (options.json) streams.stdout.write(`${JSON.stringify(doc, jsonReplacer, 2)}\n`);
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
