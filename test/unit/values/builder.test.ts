import { describe, expect, it } from 'vitest';
import { errorsOf, fullLine, problemsOf } from './helpers.js';

const G = 'could not get builder GC policy: ';
const B28 = `error initializing buildkit: error creating buildkit instance: ${G}`;
const gc = (v: Record<string, unknown>): Record<string, unknown> => ({ builder: { gc: v } });
const rule = (r: Record<string, unknown>): Record<string, unknown> => gc({ enabled: true, policy: [r] });

/** [what, engine, daemon.json values, dockerd's lines (none: accepted)] */
type Row = [string, string, Record<string, unknown>, string[]];

// The 20.10.24 / 26.1.5 / 28.5.2 rows are checked live by test/cases/value-builder-*; these
// cover the version boundaries and 29 as read from moby's source.
const rows: Row[] = [
  // builder.history (24.0+): maxAge decoded as buildkit's Duration from 25.0; a negative maxEntries panics
  [
    'history maxAge a word',
    '26.1.5',
    { builder: { history: { maxAge: 'x' } } },
    ['unable to configure the Docker daemon with file /etc/docker/daemon.json: invalid duration x'],
  ],
  ['history maxAge seconds', '26.1.5', { builder: { history: { maxAge: '3600' } } }, []],
  ['history maxAge quoted', '28.5.2', { builder: { history: { MaxAge: '"48h"' } } }, []],
  ['history maxAge before 25.0 is int64 seconds', '24.0.9', { builder: { history: { maxEntries: 5 } } }, []],
  [
    'history maxEntries negative',
    '26.1.5',
    { builder: { History: { MaxEntries: -1 } } },
    ['panic: runtime error: slice bounds out of range [-1:]'],
  ],
  ['history maxEntries zero', '28.5.2', { builder: { history: { maxEntries: 0 } } }, []],
  ['no history before 24.0', '20.10.24', { builder: { history: { maxEntries: -1 } } }, []],
  ['GC off by default before 28.2', '28.1.1', gc({ defaultKeepStorage: '10x' }), []],
  [
    'GC on by default from 28.2',
    '28.2.0',
    gc({ defaultKeepStorage: '10x' }),
    [`${B28}failed to parse defaultRESERVEDSPACE: invalid suffix: 'x'`],
  ],
  ['28.0 parses sizes the new way', '28.0.0', rule({}), []],
  ['before 28 an empty keepStorage is refused', '27.5.1', rule({}), [`${G}invalid size: ''`]],
  [
    'until as a timestamp before 24',
    '23.0.6',
    rule({ keepStorage: '1GB', filter: ['until=1700000000'] }),
    [`${G}"until" filter expects a duration (e.g., '24h'): time: missing unit in duration "1700000000"`],
  ],
  [
    'unused-for names itself',
    '20.10.24',
    rule({ keepStorage: '1GB', filter: ['unused-for=x'] }),
    [`${G}"unused-for" filter expects a duration (e.g., '24h'): time: invalid duration "x"`],
  ],
  ['until as a timestamp from 24', '24.0.9', rule({ keepStorage: '1GB', filter: ['until=1700000000.5'] }), []],
  [
    '29: empty until',
    '29.0.0',
    rule({ filter: ['until='] }),
    [
      `${B28}"until" filter expects a duration (e.g., '24h') or a timestamp: failed to parse value as time or duration: value is empty`,
    ],
  ],
  [
    '29: bad seconds',
    '29.0.0',
    rule({ filter: ['until=soon'] }),
    [
      `${B28}"until" filter expects a duration (e.g., '24h') or a timestamp: failed to parse value as time or duration: invalid seconds "soon": invalid syntax`,
    ],
  ],
  ['29: trailing dot is fine', '29.0.0', rule({ filter: ['until=5.'] }), []],
  [
    '29: bad nanoseconds',
    '29.0.0',
    rule({ filter: ['until=5.1x'] }),
    [
      `${B28}"until" filter expects a duration (e.g., '24h') or a timestamp: failed to parse value as time or duration: invalid nanoseconds: invalid character 'x' at position 1`,
    ],
  ],
  ['GC disabled from 28.2', '29.0.0', gc({ enabled: false, defaultMinFreeSpace: 'x' }), []],
  ['29: policy skips the defaults', '29.0.0', gc({ policy: [], defaultMinFreeSpace: 'x' }), []],
  [
    'before 23 an entry without "=" panics, GC on or off',
    '20.10.24',
    gc({ policy: [{ filter: ['type'] }] }),
    ['panic: runtime error: index out of range [1] with length 1'],
  ],
  [
    'from 23 an entry without "=" is a name without value',
    '23.0.0',
    rule({ keepStorage: '1GB', filter: ['type'] }),
    [],
  ],
];

/** [what, the until value, Go's time.Parse error (none: accepted)]: the same on 26.1.5 and 29.0.0. */
const dates: Array<[string, string, string | undefined]> = [
  ['month out of range', '2006-13-45', 'parsing time "2006-13-45": month out of range'],
  ['Feb 29 of a common year', '2019-02-29', 'parsing time "2019-02-29": day out of range'],
  ['Feb 29 of a leap year', '2020-02-29', undefined],
  ['one-digit month', '2020-1-01', 'parsing time "2020-1-01" as "2006-01-02": cannot parse "1-01" as "01"'],
  ['extra text', '2020-01-01x', 'parsing time "2020-01-01x": extra text: "x"'],
  ['an offset', '2020-01-01T10:00:00+01:00', undefined],
  [
    'offset hour 25',
    '2020-01-01T10:00:00+25:00',
    'parsing time "2020-01-01T10:00:00+25:00": time zone offset hour out of range',
  ],
  ['a comma fraction the layout lacks', '2020-01-01T10:00:00,5', undefined],
  [
    'lower-case z',
    '2020-01-01T10:00:00z',
    'parsing time "2020-01-01T10:00:00z" as "2006-01-02T15:04:05Z07:00": cannot parse "z" as "Z07:00"',
  ],
  ['one-digit hour', '2020-01-01T9:00', undefined],
];
const UNTIL = `"until" filter expects a duration (e.g., '24h') or a timestamp: `;
for (const [what, until, error] of dates)
  for (const [engine, prefix] of [
    ['26.1.5', G],
    ['29.0.0', B28],
  ] as const)
    rows.push([
      `a date: ${what}`,
      engine,
      rule({ keepStorage: '1GB', filter: [`until=${until}`] }),
      error === undefined ? [] : [`${prefix}${UNTIL}${error}`],
    ]);

describe('builder.gc', () => {
  it.each(rows)('%s (%s)', (_what, raw, values, lines) => {
    expect(errorsOf(problemsOf(raw, values)).map((p) => fullLine(p))).toEqual(lines);
  });
});
