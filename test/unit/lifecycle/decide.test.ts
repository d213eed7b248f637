import { describe, expect, it } from 'vitest';
import { parseEngineVersion } from '../../../src/engine/version.js';
import { decideAction } from '../../../src/lifecycle/decide.js';
import type { Setting } from '../../../src/validate/values/types.js';

const file = (entries: Record<string, unknown>, from: Setting['from'] = 'file'): Map<string, Setting> =>
  new Map(
    Object.entries(entries).map(([key, value]) => [
      key,
      { key, value, from, source: { kind: from === 'file' ? 'daemon-json' : 'unit' } },
    ]),
  );

const v = (s: string) => {
  const parsed = parseEngineVersion(s);
  if (!parsed) throw new Error(s);
  return parsed;
};

describe('decideAction: reload or restart', () => {
  const cases: [string, Record<string, unknown>, Record<string, unknown>, string, string][] = [
    ['a mirror added', {}, { 'registry-mirrors': ['https://m.example'] }, '20.10.24', 'reload'],
    [
      'mirrors and insecure registries changed',
      { 'registry-mirrors': ['https://a'] },
      { 'registry-mirrors': ['https://b'], 'insecure-registries': ['r:5000'] },
      '28.5.2',
      'reload',
    ],
    ['debug and labels', {}, { debug: true, labels: ['a=b'] }, '26.1.5', 'reload'],
    ['live-restore turned on', {}, { 'live-restore': true }, '20.10.24', 'reload'],
    [
      'mirrors cleared with []: present, so reload applies it',
      { 'registry-mirrors': ['https://a'] },
      { 'registry-mirrors': [] },
      '20.10.24',
      'reload',
    ],
    [
      'mirrors key removed: a reload would keep the old mirrors',
      { 'registry-mirrors': ['https://a'] },
      {},
      '20.10.24',
      'restart',
    ],
    ['hosts added', {}, { hosts: ['unix:///var/run/docker.sock'] }, '28.5.2', 'restart'],
    ['log-level: accepted by reload but not applied', {}, { 'log-level': 'debug' }, '28.5.2', 'restart'],
    [
      'a mirror plus a storage driver',
      {},
      { 'registry-mirrors': ['https://a'], 'storage-driver': 'overlay2' },
      '28.5.2',
      'restart',
    ],
    ['default-stop-timeout is reloadable only from 29.7', {}, { 'default-stop-timeout': 20 }, '29.7.2', 'reload'],
    ['nothing changed', { debug: true }, { debug: true }, '28.5.2', 'none'],
  ];
  it.each(cases)('%s', (_name, before, after, engine, action) => {
    expect(
      decideAction({ before: file(before), after: file(after), engine: v(engine), argsChanged: false }).action,
    ).toBe(action);
  });

  it('restarts when the command line changed (drop-in, DOCKER_OPTS), and says why', () => {
    const d = decideAction({ before: file({}), after: file({}), engine: v('28.5.2'), argsChanged: true });
    expect(d.action).toBe('restart');
    expect(d.reason).toMatch(/command line/);
  });

  it('restarts when a reloadable setting comes from a flag (reload reads only the file)', () => {
    const d = decideAction({
      before: file({}),
      after: file({ debug: true }, 'flag'),
      engine: v('28.5.2'),
      argsChanged: false,
    });
    expect(d.action).toBe('restart');
  });

  it('names the changed settings', () => {
    const d = decideAction({
      before: file({ debug: false }),
      after: file({ debug: true, labels: ['x=y'] }),
      engine: v('20.10.24'),
      argsChanged: false,
    });
    expect(d.changed).toEqual(['debug', 'labels']);
    expect(d.reason).toMatch(/debug, labels are reloadable/);
  });
});
