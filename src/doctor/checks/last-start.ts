/**
 * dockerd's last start as its log tells it, and the file's error it repeats: a dangling comma is
 * one problem, said once in the config group (with the file's line and its fix), the log's line
 * beside it as evidence, and the service group saying dockerd is down because of it.
 */
import type { Cause } from '../../causes/index.js';
import { JSON_SYNTAX_IDS, type Diagnostic } from '../../diagnostics/types.js';
import { said, type Said } from '../../i18n/said.js';
import type { Facts } from '../facts.js';
import { JOURNAL_HOURS } from '../facts.js';

// Causes that are a property of the files, which the validator sees too.
const FILE_CAUSES = new Set<string>([
  ...JSON_SYNTAX_IDS,
  'unknown-key',
  'invalid-type',
  'invalid-value',
  'invalid-mirror',
  'invalid-insecure-registry',
  'invalid-host',
  'flag-file-conflict',
  'validate-key',
  'config-file-missing',
]);
export const isFileCause = (id: string): boolean => FILE_CAUSES.has(id);

/** Why the last start failed, when nothing started since (a start limit is its own check's finding). */
export function lastFailure({ lastStart }: Pick<Facts, 'lastStart'>): Cause | undefined {
  const cause = lastStart?.cause;
  return cause && !lastStart.laterStarted && cause.id !== 'start-limit-hit' ? cause : undefined;
}

/** The validator's error that the log's cause repeats, if the files still say it. */
export function repeatedInFiles(facts: Pick<Facts, 'validation'>, cause: Cause): Diagnostic | undefined {
  return isFileCause(cause.id) ? facts.validation.find((d) => d.id === cause.id && d.severity === 'error') : undefined;
}

/** The log file and the line of the first error in it; nothing for the journal. */
export function logLine({
  log,
  lastStart,
}: Pick<Facts, 'log' | 'lastStart'>): { file: string; line: number } | undefined {
  return log?.file !== undefined && lastStart?.firstError
    ? { file: log.file, line: lastStart.firstError.lineNo }
    : undefined;
}

/** Where the log was read: its path (with the line), or the journal (the systemd drivers read docker.service's). */
export function logName(facts: Pick<Facts, 'log' | 'lastStart'>): string | Said {
  const at = logLine(facts);
  if (at) return `${at.file}:${at.line}`;
  return facts.log?.file ?? said('doctor.log.journal', { unit: 'docker.service', hours: JOURNAL_HOURS });
}
