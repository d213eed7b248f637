/** dockerd's own logging: log-level and log-format. */
import { atLeast } from '../../../engine/version.js';
import { bareConfigError, configValidation } from '../shared/dockerd-text.js';
import { refused } from '../shared/problem.js';
import { stringOf } from '../shared/settings.js';
import type { ValueRule } from '../types.js';

// logrus.ParseLevel (20.10–24.x) knows "warning"; 25.0+ checks containerd's list, which does not.
const LOGRUS_LEVELS = ['panic', 'fatal', 'error', 'warn', 'warning', 'info', 'debug', 'trace'];
const LEVELS_25 = ['panic', 'fatal', 'error', 'warn', 'info', 'debug', 'trace'];

export const logLevelRule: ValueRule = {
  keys: ['log-level'],
  check(ctx) {
    const level = stringOf(ctx, 'log-level');
    if (level === undefined || level === '') return [];
    const known = atLeast(ctx.engine, '25.0.0') ? LEVELS_25 : LOGRUS_LEVELS;
    if (known.includes(level.toLowerCase())) return [];
    return [
      refused({
        key: 'log-level',
        message: `log level "${level}" is not one dockerd ${ctx.engine.major}.${ctx.engine.minor} knows`,
        hint: `Use one of: ${known.join(', ')}${level.toLowerCase() === 'warning' ? ' ("warning" became "warn" in 25.0)' : ''}.`,
        line: atLeast(ctx.engine, '23.0.0')
          ? configValidation(ctx.engine, `invalid logging level: ${level}`)
          : bareConfigError(`unable to parse logging level: ${level}`),
      }),
    ];
  },
};

export const logFormatRule: ValueRule = {
  keys: ['log-format'],
  check(ctx) {
    const format = stringOf(ctx, 'log-format');
    if (format === undefined || format === '' || format === 'text' || format === 'json') return [];
    return [
      refused({
        key: 'log-format',
        message: `log format "${format}" is neither "text" nor "json"`,
        hint: 'Use "text" or "json" (lower case).',
        line: configValidation(ctx.engine, `invalid log format: ${format}`),
      }),
    ];
  },
};
