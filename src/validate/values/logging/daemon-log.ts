/** dockerd's own logging: log-level and log-format. */
import { hint, message } from '../../../diagnostics/say.js';
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
    const levels = known.join(', ');
    return [
      refused({
        key: 'log-level',
        ...message('validate.logLevel.unknown', { level, version: `${ctx.engine.major}.${ctx.engine.minor}` }),
        ...(level.toLowerCase() === 'warning'
          ? hint('validate.logLevel.hint.warningRenamed', { levels })
          : hint('validate.hint.useOneOf', { values: levels })),
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
        ...message('validate.logFormat.invalid', { format }),
        ...hint('validate.logFormat.hint.use'),
        line: configValidation(ctx.engine, `invalid log format: ${format}`),
      }),
    ];
  },
};
