/** Diagnostics in Chinese: a headline and a remedy per id, the English detail kept beside them. */
import type { Messages, Translation } from '../types.js';

export const en = {} satisfies Messages;

export const zh: Translation<typeof en> = {};
