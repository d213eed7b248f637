import type { runMutation as RunMutation } from './mutate.js';

/**
 * The write path (plan, diff, lock, backups, atomic writes) in a chunk of its own, loaded when a
 * command first changes something: `validate` and `show` start without compiling it.
 */
export const runMutation: typeof RunMutation = async (...args) => (await import('./mutate.js')).runMutation(...args);
