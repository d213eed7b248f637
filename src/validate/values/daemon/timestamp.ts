/**
 * moby's GetTimestamp (api/types/time; daemon/internal/timestamp from 29), as far as a value with a
 * "-" goes: such a value is a date, and Go's time.Parse error is the answer. Which layout it tries
 * depends on the value's shape: a fraction, a "T", a zone ("Z", "z", "+" or three dashes).
 */
import { goTimeParseError } from '../go/time-parse.js';

const count = (s: string, ch: string): number => s.split(ch).length - 1;

/** The layout GetTimestamp parses `value` with. */
export function timestampLayout(value: string): string {
  const local = !/[zZ+]/.test(value) && count(value, '-') !== 3;
  if (value.includes('.')) return local ? '2006-01-02T15:04:05.999999999' : '2006-01-02T15:04:05.999999999Z07:00';
  if (!value.includes('T')) return local ? '2006-01-02' : '2006-01-02Z07:00';
  // An offset such as +01:00 brings a colon of its own.
  const colons = count(value, ':') - (!local && !/[zZ]/.test(value) && count(value, ':') > 0 ? 1 : 0);
  const time = colons === 0 ? '15' : colons === 1 ? '15:04' : '15:04:05';
  return `2006-01-02T${time}${local ? '' : 'Z07:00'}`;
}

/** Go's error for a date-like value (one with a "-"), or undefined when it is a date dockerd takes. */
export function dateValueError(value: string): string | undefined {
  return goTimeParseError(timestampLayout(value), value);
}
