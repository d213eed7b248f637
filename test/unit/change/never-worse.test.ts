// Issue 11's pure rules, as tables: the local socket kept when the first address is added, no
// `"hosts": []` left behind, which backup group plain `rollback` restores, and whether a dockerd
// ran at all in the log a failed restart left.
import { describe, expect, it } from 'vitest';
import type { BackupEntry } from '../../../src/apply/index.js';
import { dockerdStarted } from '../../../src/causes/attempts.js';
import { chooseGroup } from '../../../src/cli/commands/rollback.js';
import { parseEngineVersion } from '../../../src/engine/version.js';
import type { DaemonArg } from '../../../src/model/daemon-arg.js';
import { makePlan, type Intent } from '../../../src/plan/make-plan.js';
import type { PlanState } from '../../../src/plan/state.js';

const engine = parseEngineVersion('26.1.5')!;
const state = (
  json: string | null,
  env = '',
  args: DaemonArg[] = [],
  manager: PlanState['manager'] = 'sysvinit',
): PlanState => ({
  engine,
  daemonJson: { path: '/etc/docker/daemon.json', text: json },
  envFile: {
    path: '/etc/default/docker',
    text: env === '' ? null : `DOCKER_OPTS="${env}"\n`,
    words: env === '' ? [] : env.split(' '),
    readBy: ['init script'],
  },
  args: [
    ...args,
    ...(env === ''
      ? []
      : env.split(' ').map((value) => ({ value, source: { kind: 'env-file' as const, path: '/etc/default/docker' } }))),
  ],
  manager,
});
const after = (s: PlanState, intents: Intent[], target?: 'env-file') =>
  makePlan(s, intents, target ? { target } : {}).changes.map((c) => c.after);
const add = (...values: string[]): Intent[] => [{ kind: 'add', key: 'hosts', values }];

describe('hosts: dockerd listens on its default socket only while no address is configured', () => {
  it.each([
    [
      'no hosts anywhere: the socket comes along',
      state(null),
      add('tcp://127.0.0.1:2375'),
      ['unix:///var/run/docker.sock', 'tcp://127.0.0.1:2375'],
    ],
    [
      '"hosts": [] counts as none',
      state('{"hosts": []}\n'),
      add('tcp://127.0.0.1:2375'),
      ['unix:///var/run/docker.sock', 'tcp://127.0.0.1:2375'],
    ],
    ['a unix socket of its own: nothing added', state(null), add('unix:///run/other.sock'), ['unix:///run/other.sock']],
    [
      'hosts already listed: left as they are',
      state('{"hosts": ["tcp://127.0.0.1:2376"]}\n'),
      add('tcp://127.0.0.1:2375'),
      ['tcp://127.0.0.1:2376', 'tcp://127.0.0.1:2375'],
    ],
  ])('%s', (_name, s, intents, hosts) => {
    const [json] = after(s, intents);
    expect(JSON.parse(json!).hosts).toEqual(hosts);
  });

  it('a -H in DOCKER_OPTS already: daemon.json gets no socket (the flags decide)', () => {
    // hosts in daemon.json with -H in DOCKER_OPTS conflict; the env-file is where the setting lives.
    const [env] = after(state(null, '-H tcp://127.0.0.1:2376'), add('tcp://127.0.0.1:2375'));
    expect(env).toBe('DOCKER_OPTS="-H tcp://127.0.0.1:2376 --host=tcp://127.0.0.1:2375"\n');
  });

  it('DOCKER_OPTS: the first -H brings the default unix socket with it', () => {
    const [env] = after(state(null, '--debug'), add('tcp://127.0.0.1:2375'), 'env-file');
    expect(env).toBe('DOCKER_OPTS="--debug --host=unix:///var/run/docker.sock --host=tcp://127.0.0.1:2375"\n');
  });

  it('removing the last address removes the key: no "hosts": [] left', () => {
    const [json] = after(state('{"debug": true, "hosts": ["tcp://127.0.0.1:2375"]}\n'), [
      { kind: 'remove', key: 'hosts', values: ['tcp://127.0.0.1:2375'] },
    ]);
    expect(JSON.parse(json!)).toEqual({ debug: true });
  });
});

const entry = (id: string, over: Partial<BackupEntry> = {}): BackupEntry => ({
  id,
  path: '/etc/docker/daemon.json',
  time: '2026-12-01T00:00:00Z',
  reason: 'x',
  existed: true,
  size: 1,
  group: id,
  ...over,
});

describe('plain rollback undoes the last change still in force', () => {
  const before = entry('20261201T000001Z-daemon.json', { reason: 'mirror add' });
  const rejectedChange = entry('20261201T000002Z-daemon.json', { reason: 'host add' });
  const automatic = entry('20261201T000003Z-daemon.json', {
    reason: 'automatic rollback after a failed restart',
    rejected: true,
    undoes: rejectedChange.id,
  });

  it('after an automatic rollback: neither the rejected version nor the change it undid', () => {
    expect(chooseGroup([before, rejectedChange, automatic], undefined).map((e) => e.id)).toEqual([before.id]);
  });

  it('a manual rollback is a change like any other: undoing it re-applies what it undid', () => {
    const manual = entry('20261201T000004Z-daemon.json', { reason: 'rollback', undoes: before.id });
    expect(chooseGroup([before, rejectedChange, automatic, manual], undefined).map((e) => e.id)).toEqual([manual.id]);
  });

  it('--to names one backup: its whole group', () => {
    const env = entry('20261201T000002Z-default', { path: '/etc/default/docker', group: rejectedChange.id });
    expect(chooseGroup([before, rejectedChange, env], rejectedChange.id).map((e) => e.path)).toEqual([
      '/etc/docker/daemon.json',
      '/etc/default/docker',
    ]);
  });

  it('nothing left to undo: a clear refusal', () => {
    expect(() => chooseGroup([rejectedChange, automatic], undefined)).toThrow(/no backups to roll back to/);
  });
});

describe('dockerdStarted: did a dockerd run in the log since we acted?', () => {
  it.each([
    ['an empty log (the init script died before dockerd)', '', false],
    [
      'only the old daemon shutting down',
      'time="2026-12-01T00:00:00Z" level=info msg="Processing signal \'terminated\'"\ntime="2026-12-01T00:00:01Z" level=info msg="Daemon shutdown complete"\n',
      false,
    ],
    [
      'the old one stopped, a new one refused the file',
      'time="2026-12-01T00:00:01Z" level=info msg="Daemon shutdown complete"\nunable to configure the Docker daemon with file /etc/docker/daemon.json: invalid character \'}\'\n',
      true,
    ],
    ['a new one starting up', 'time="2026-12-01T00:00:02Z" level=info msg="Starting up"\n', true],
    [
      "containerd's lines trailing the old daemon's shutdown",
      'time="2026-12-01T00:00:01Z" level=info msg="Daemon shutdown complete"\ntime="2026-12-01T00:00:01Z" level=info msg="stopping event stream following graceful shutdown" error="<nil>" module=libcontainerd namespace=moby\n',
      false,
    ],
    [
      'systemd alone: ExecStartPre failed',
      'Dec 01 00:00:00 host systemd[1]: docker.service: Control process exited, code=exited, status=1/FAILURE\nDec 01 00:00:00 host systemd[1]: Failed to start docker.service - Docker Application Container Engine.\n',
      false,
    ],
    [
      'journal: a new dockerd pid says why',
      'Dec 01 00:00:00 host dockerd[812]: failed to start daemon: pid file found, ensure docker is not running\n',
      true,
    ],
  ])('%s → %s', (_name, log, started) => {
    expect(dockerdStarted(log)).toBe(started);
  });
});
