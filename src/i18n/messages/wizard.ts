/** The interactive wizard: questions, choices, validation and progress. */
import type { Messages, Translation } from '../types.js';

export const en = {} satisfies Messages;

export const zh: Translation<typeof en> = {};
