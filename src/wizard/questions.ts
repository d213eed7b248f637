/**
 * The wizard's questions are data in src/model/prompter.ts; what stays here is the one piece of code
 * that goes with them.
 */

/** Ctrl-C at a question: the wizard (or the command that asked) stops there; nothing has been written. */
export class PromptCancelled extends Error {
  constructor() {
    super('cancelled at a question');
    this.name = 'PromptCancelled';
  }
}
