/** The CLI's own sentences (commands, progress, results, errors), not diagnostics. */
import type { Messages, Translation } from '../types.js';

export const en = {} satisfies Messages;

export const zh: Translation<typeof en> = {};
