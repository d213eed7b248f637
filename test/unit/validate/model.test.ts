import { describe, expect, it } from 'vitest';
import { catalogueFor } from '../../../src/engine/catalogue.js';
import { parseFirstValue } from '../../../src/jsonfile/parse.js';
import type { JsonObject } from '../../../src/jsonfile/types.js';
import { flattenLikeDockerd, loadDaemonConfig, locate } from '../../../src/validate/model.js';
import { engine, PATH, UNIT, words } from './check.js';

const load = (json: string, args = '', version = '28.5.2') =>
  loadDaemonConfig({
    daemonJson: { path: PATH, bytes: Buffer.from(json), explicit: false },
    args: words(args),
    engine: engine(version),
  });

describe('the model: daemon.json flattened like dockerd, with the flags, with provenance', () => {
  it('flattens objects outside the flat list into their children', () => {
    const root = parseFirstValue('{"a": {"debug": true, "x": 1}, "log-opts": {"max-size": "1m"}, "debug": false}')
      .value as JsonObject;
    const entries = flattenLikeDockerd(root.members, catalogueFor(engine('28.5.2')));
    expect(entries.map((e) => [e.key, e.parent?.key, e.effect, e.shadowed])).toEqual([
      ['debug', 'a', 'ignored', true],
      ['x', 'a', 'unknown', false],
      ['log-opts', undefined, 'effective', false],
      ['debug', undefined, 'effective', false],
    ]);
  });

  it('locates effective settings from the file with their position, and from flags with their source', () => {
    const model = load(
      '{\n  "debug": true,\n  "proxies": {"http-proxy": "http://p:3128"},\n  "labels": ["a=b", null]\n}',
      '-H fd://',
    );
    expect(locate(model, 'debug')).toMatchObject({
      value: true,
      from: 'file',
      line: 2,
      column: 3,
      path: ['debug'],
      source: { kind: 'daemon-json', path: PATH, line: 2 },
    });
    expect(locate(model, 'http-proxy')).toMatchObject({
      value: 'http://p:3128',
      path: ['proxies', 'http-proxy'],
      line: 3,
    });
    expect(locate(model, 'labels')?.value).toEqual(['a=b', '']); // Go decodes null into ""
    expect(locate(model, 'hosts')).toMatchObject({ value: ['fd://'], from: 'flag', source: UNIT });
  });

  it('converts flags to daemon.json shapes', () => {
    const model = load(
      '{}',
      '--log-opt=max-size=10m --default-ulimit=nofile=1024:2048 --mtu=0x5dc -D --add-runtime=crun=/usr/bin/crun --feature=cdi',
    );
    expect(Object.fromEntries([...model.settings].map(([k, s]) => [k, s.value]))).toEqual({
      'log-opts': { 'max-size': '10m' },
      'default-ulimits': { nofile: { Name: 'nofile', Soft: 1024, Hard: 2048 } },
      mtu: 1500,
      debug: true,
      runtimes: { crun: { path: '/usr/bin/crun' } },
      features: { cdi: true },
    });
  });

  it('merges --add-runtime into "runtimes" and keeps the file\'s value of a conflicting key', () => {
    const model = load('{"runtimes": {"a": {"path": "/a"}}, "debug": false}', '--add-runtime=b=/b -D');
    expect(locate(model, 'runtimes')?.value).toEqual({ a: { path: '/a' }, b: { path: '/b' } });
    expect(locate(model, 'debug')).toMatchObject({ value: false, from: 'file' });
  });

  it('leaves ignored and unknown keys out of the settings', () => {
    const model = load('{"registry-mirror": ["x"], "foo": 1, "http-proxy": "http://p"}');
    expect([...model.settings.keys()]).toEqual([]);
  });
});
