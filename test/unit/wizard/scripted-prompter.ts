// A prompter that answers from a script, in order, and keeps a transcript. An input's script is
// every line typed: all but the last must be rejected by the question's own check, the last taken.
import type { Choice, Prompter } from '../../../src/model/prompter.js';
import { PromptCancelled } from '../../../src/wizard/questions.js';

export type Step =
  | { name: string; select: string }
  | { name: string; tick: readonly string[] | ((choices: readonly Choice[]) => string[]) }
  | { name: string; type: readonly string[] }
  | { name: string; confirm: boolean }
  | { name: string; cancel: true };

export interface Asked {
  name: string;
  message: string;
  choices?: readonly Choice[];
  /** What the check said of each rejected line. */
  rejected?: string[];
}

export function scriptedPrompter(script: readonly Step[]) {
  const queue = [...script];
  const asked: Asked[] = [];
  const progress: string[] = [];
  const next = (name: string, message: string): Step => {
    const step = queue.shift();
    if (!step) throw new Error(`unscripted question ${name}: ${message}`);
    if (step.name !== name) throw new Error(`expected question ${step.name}, the wizard asked ${name}: ${message}`);
    if ('cancel' in step) throw new PromptCancelled();
    return step;
  };
  const prompter: Prompter = {
    select: async (q) => {
      asked.push({ name: q.name, message: q.message, choices: q.choices });
      const step = next(q.name, q.message);
      if (!('select' in step) || !q.choices.some((c) => c.value === step.select))
        throw new Error(`${q.name}: no choice ${JSON.stringify(step)}`);
      return step.select;
    },
    checkbox: async (q) => {
      asked.push({ name: q.name, message: q.message, choices: q.choices });
      const step = next(q.name, q.message);
      if (!('tick' in step)) throw new Error(`${q.name} is a checkbox`);
      const ticked = typeof step.tick === 'function' ? step.tick(q.choices) : [...step.tick];
      for (const value of ticked)
        if (!q.choices.some((c) => c.value === value)) throw new Error(`${q.name}: no choice ${value}`);
      return ticked;
    },
    input: async (q) => {
      const entry: Asked = { name: q.name, message: q.message, rejected: [] };
      asked.push(entry);
      const step = next(q.name, q.message);
      if (!('type' in step) || step.type.length === 0) throw new Error(`${q.name} is an input`);
      const lines = step.type.map((line) => (line === '' && q.default !== undefined ? q.default : line));
      for (const [i, line] of lines.entries()) {
        const verdict = q.validate(line);
        const last = i === lines.length - 1;
        if (last && verdict !== true) throw new Error(`${q.name}: ${JSON.stringify(line)} was rejected: ${verdict}`);
        if (!last && verdict === true)
          throw new Error(`${q.name}: ${JSON.stringify(line)} was accepted, the script expected a rejection`);
        if (!last) entry.rejected!.push(verdict as string);
      }
      return lines[lines.length - 1]!;
    },
    confirm: async (q) => {
      asked.push({ name: q.name, message: q.message });
      const step = next(q.name, q.message);
      if (!('confirm' in step)) throw new Error(`${q.name} is a confirmation`);
      return step.confirm;
    },
    progress: async (label, work) => {
      progress.push(label);
      return work((text) => progress.push(`  ${text}`));
    },
    uninterruptible: (_notice, work) => work(),
  };
  return { prompter, asked, progress, left: () => queue.map((s) => s.name) };
}
