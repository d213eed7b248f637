/**
 * The wizard's questions as data: what to ask, the choices, and how an answer is checked as it is
 * typed. A prompter (the terminal, or a script in tests) asks them; nothing here touches a screen.
 */

export interface Choice {
  value: string;
  label: string;
  /** A line shown under the list while this choice is highlighted. */
  description?: string;
  /** Checkbox: ticked at first. */
  checked?: boolean;
}

/** true, or the sentence shown under the input (and the input stays open). */
export type Check = (typed: string) => true | string;

export interface SelectQuestion {
  name: string;
  message: string;
  choices: readonly Choice[];
  default?: string;
}

export interface CheckboxQuestion {
  name: string;
  message: string;
  choices: readonly Choice[];
  /** A tick is required before ⏎ is taken. */
  required?: boolean;
}

export interface InputQuestion {
  name: string;
  message: string;
  default?: string;
  validate: Check;
}

export interface ConfirmQuestion {
  name: string;
  message: string;
  default: boolean;
}

/** Everything that asks or shows progress: the terminal (src/edges/terminal-prompter.ts) or a script. */
export interface Prompter {
  select(q: SelectQuestion): Promise<string>;
  checkbox(q: CheckboxQuestion): Promise<string[]>;
  input(q: InputQuestion): Promise<string>;
  confirm(q: ConfirmQuestion): Promise<boolean>;
  /** Runs `work` with a live status line (a spinner on a terminal); `update` replaces its text; `succeeded` judges the result (✓ or ✗). */
  progress<T>(
    label: string,
    work: (update: (text: string) => void) => Promise<T>,
    succeeded?: (result: T) => boolean,
  ): Promise<T>;
  /** Runs `work` to its end even when Ctrl-C is pressed, saying `notice` if it is. */
  uninterruptible<T>(notice: string, work: () => Promise<T>): Promise<T>;
}
