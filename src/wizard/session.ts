import type { Runtime } from '../output/io.js';
import type { LoadedState } from '../change/state.js';
import type { MutatingOptions } from '../change/options.js';
import type { Prompter } from '../model/prompter.js';

export interface WizardOptions extends MutatingOptions {
  /** Seconds per mirror or registry probe (they run at once). */
  probeTimeout: number;
}

/** What every step works with: the effects, the person, the options, and the files as last read. */
export interface Session extends Runtime {
  prompter: Prompter;
  options: WizardOptions;
  state: LoadedState;
}
