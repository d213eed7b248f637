/**
 * log-driver and log-opts. dockerd validates the default log options in NewDaemon, and only
 * when log-opts is non-empty; an unknown driver without options is accepted until a container starts.
 */
import { hint, message } from '../../../diagnostics/say.js';
import { atLeast, type EngineVersion } from '../../../engine/version.js';
import { ramInBytes, usesGoUnitsV05 } from '../go/units.js';
import { startError } from '../shared/dockerd-text.js';
import { caution, refused } from '../shared/problem.js';
import { isFromFlag, objectOf, stringOf } from '../shared/settings.js';
import type { ValueProblem, ValueRule } from '../types.js';
import { builtinLogDrivers, COMMON_LOG_OPTS, type LogDriver } from './log-drivers.js';
import { awslogsFormatFault, gelfAddressFault, logOptValueFault, type LogOptFault } from './log-opt-values.js';

const DEFAULT_LOG_DRIVER = 'json-file';

const goBool = (v: string): boolean =>
  ['1', 't', 'T', 'TRUE', 'true', 'True', '0', 'f', 'F', 'FALSE', 'false', 'False'].includes(v);

function optsLine(engine: EngineVersion, reason: string) {
  // 25.0+ wraps the same error twice on the way out of NewDaemon.
  const wrap = atLeast(engine, '25.0.0') ? 'failed to set log opts: failed to set log opts' : 'failed to set log opts';
  return startError(`${wrap}: ${reason}`);
}

/** logger.ValidateLogOpts for a built-in driver: the first reason dockerd would give, if any. */
function driverError(
  driver: LogDriver,
  opts: Record<string, string>,
  engine: EngineVersion,
): string | LogOptFault | undefined {
  if (driver.name === 'none') return undefined;
  const mode = opts['mode'] ?? '';
  if (!['', 'blocking', 'non-blocking'].includes(mode)) return `logger: logging mode not supported: ${mode}`;
  if ('max-buffer-size' in opts) {
    if (mode !== 'non-blocking') return "logger: max-buffer-size option is only supported with 'mode=non-blocking'";
    const size = ramInBytes(opts['max-buffer-size'] ?? '', usesGoUnitsV05(engine));
    if (!size.ok) return `error parsing option max-buffer-size: ${size.error}`;
  }
  const cacheDisabled = opts['cache-disabled'];
  if (cacheDisabled && !goBool(cacheDisabled)) return `invalid value for option cache-disabled: ${cacheDisabled}`;
  const own = Object.fromEntries(Object.entries(opts).filter(([k]) => !COMMON_LOG_OPTS.includes(k)));
  if (driver.name === 'gelf') {
    const fault = gelfAddressFault(own, engine);
    if (fault) return fault;
  }
  for (const key of Object.keys(own)) if (driver.keys && !driver.keys.includes(key)) return driver.unknownKey(key);
  if (driver.name === 'awslogs' && !own['awslogs-group']) return "must specify a value for log opt 'awslogs-group'";
  const fault = logOptValueFault(driver.name, own, engine);
  if (fault) return fault;
  if (driver.name === 'awslogs') {
    if (own['awslogs-datetime-format'] !== undefined && own['awslogs-multiline-pattern'] !== undefined) {
      return "you cannot configure log opt 'awslogs-datetime-format' and 'awslogs-multiline-pattern' at the same time";
    }
    return awslogsFormatFault(own, engine);
  }
  if (driver.name === 'logentries' && !own['logentries-token']) return 'Missing logentries token';
  return undefined;
}

export const logOptsRule: ValueRule = {
  keys: ['log-driver', 'log-opts'],
  check(ctx) {
    // An empty --log-driver replaces the default; in the file "" is Go's zero value, which the
    // merge fills from the flag's default (json-file).
    const given = stringOf(ctx, 'log-driver');
    const name = given === '' && isFromFlag(ctx, 'log-driver') ? '' : given || DEFAULT_LOG_DRIVER;
    const raw = objectOf(ctx, 'log-opts') ?? {};
    const opts = Object.fromEntries(Object.entries(raw).filter((e): e is [string, string] => typeof e[1] === 'string'));
    const driver = builtinLogDrivers(ctx.engine).find((d) => d.name === name);
    const problems: ValueProblem[] = [];
    const hasOpts = Object.keys(raw).length > 0;
    if (!driver) {
      const plugin = { version: `${ctx.engine.major}.${ctx.engine.minor}`, driver: name };
      if (hasOpts) {
        problems.push(
          refused({
            key: 'log-driver',
            ...message('validate.logDriver.pluginAtStart', plugin),
            ...hint('validate.logDriver.hint.builtinOrPlugin', {
              drivers: builtinLogDrivers(ctx.engine)
                .map((d) => d.name)
                .join(', '),
            }),
            line: optsLine(
              ctx.engine,
              name === ''
                ? 'error looking up logging plugin : legacy plugin: Unable to find plugin without name'
                : `error looking up logging plugin ${name}: plugin "${name}" not found`,
            ),
          }),
        );
      } else {
        problems.push(
          caution({
            key: 'log-driver',
            ...message('validate.logDriver.pluginAtRun', plugin),
            ...hint('validate.logDriver.hint.builtin'),
          }),
        );
      }
      return problems;
    }
    if (!hasOpts) return problems;
    const reason = driverError(driver, opts, ctx.engine);
    if (typeof reason === 'object') {
      problems.push(
        refused({ key: 'log-opts', ...reason.says, ...reason.hint, line: optsLine(ctx.engine, reason.reason) }),
      );
    } else if (reason) {
      problems.push(
        refused({
          key: 'log-opts',
          ...message('validate.logOpts.invalid', { driver: name, dockerd: reason }),
          ...(driver.keys
            ? hint('validate.logOpts.hint.accepts', {
                driver: name,
                options: [...driver.keys, ...COMMON_LOG_OPTS].join(', '),
              })
            : hint('validate.logOpts.hint.docs')),
          line: optsLine(ctx.engine, reason),
        }),
      );
    }
    return problems;
  },
};
