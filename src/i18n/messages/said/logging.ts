/**
 * The diagnostics' own sentences of the logging rules (issue 13), by key with parameters; see
 * i18n/said.ts. dockerd's own words are a parameter, never translated.
 */
import type { Messages, Translation } from '../../types.js';

export const en = {} satisfies Messages;

export const zh: Translation<typeof en> = {};
