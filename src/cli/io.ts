import { maskCredentials, maskJsonValue } from '../diagnostics/redact.js';
import { jsonReplacer } from '../diagnostics/say.js';
import { translator, type Lang } from '../i18n/index.js';
import type { Io } from '../output/io.js';
import { renderDiagnostic, type Style } from '../output/render.js';
import { PromptCancelled } from '../wizard/questions.js';
import { stringifyKeepingNumbers } from '../targets/json/json-number.js';

export type { Io, Runtime } from '../output/io.js';

export function createIo(
  options: { json: boolean; verbose: boolean; color: boolean; lang?: Lang },
  streams = process,
): Io {
  const lang = options.lang ?? 'en';
  const style: Style = { color: options.color, lang };
  const t = translator(lang);
  // The one edge every line and document passes: credentials are masked here, never in the data
  // (a diff is computed, and a file written, from the real bytes).
  const out = (text: string): void => void streams.stdout.write(`${maskCredentials(text)}\n`);
  const err = (text: string): void => void streams.stderr.write(`${maskCredentials(text)}\n`);
  function replacer(this: unknown, key: string, value: unknown): unknown {
    return maskJsonValue(key, jsonReplacer.call(this, key, value));
  }
  return {
    json: options.json,
    verbose: options.verbose,
    style,
    lang,
    t,
    say: (text) => {
      if (!options.json) out(text);
    },
    note: (text) => {
      if (!options.json) err(text);
    },
    diagnostics: (list) => {
      if (options.json) return;
      for (const d of list) out(renderDiagnostic(d, style, options.verbose));
    },
    result: (doc) => {
      // Masked value by value, so the document stays the same JSON with the same types.
      if (options.json) streams.stdout.write(`${stringifyKeepingNumbers(doc, replacer, 2)}\n`);
    },
    // The terminal's prompter (and inquirer with it) is loaded only when a question is asked.
    // Ctrl-C at a yes/no question is a no: every question we ask is whether to do something risky.
    confirm: async (question, defaultAnswer) => {
      const { terminalPrompter } = await import('../edges/terminal-prompter.js');
      return terminalPrompter(t, style.color)
        .confirm({ name: 'confirm', message: maskCredentials(question), default: defaultAnswer })
        .catch((error: unknown) => {
          if (error instanceof PromptCancelled) return false;
          throw error;
        });
    },
  };
}
