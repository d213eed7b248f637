import { english } from '../../../src/i18n/said.js';
import * as nodeFs from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Fs } from '../../../src/context.js';
import { findDaemonJson } from '../../../src/sources/find-daemon-json.js';
import { configFileFlag, readDaemonArgs } from '../../../src/sources/read-daemon-args.js';
import { readSources } from '../../../src/sources/read-sources.js';
import { splitShellWords } from '../../../src/sources/shell-words.js';
import { said } from '../../../src/i18n/said.js';
import { fixtureRoot, makeRoot, rootCtx } from '../targets/fixture-root.js';

const DEBIAN_UNIT = nodeFs.readFileSync(`${fixtureRoot('debian-docker-io')}/lib/systemd/system/docker.service`, 'utf8');
const ROOT_UID = { uid: 0 };

describe('splitShellWords (--daemon-args)', () => {
  it.each([
    { text: '', want: [] },
    { text: '  -H fd://   --debug ', want: ['-H', 'fd://', '--debug'] },
    { text: `--label 'a b' --label "c \\"d\\"" e\\ f`, want: ['--label', 'a b', '--label', 'c "d"', 'e f'] },
    { text: `--x='1'"2"3`, want: ['--x=123'] },
    { text: '--x=$HOME', want: ['--x=$HOME'] },
  ])('$text', ({ text, want }) => {
    const result = splitShellWords(text);
    expect(result.ok && result.words.map((w) => w.value)).toEqual(want);
  });

  it('reports an unclosed quote with its column', () => {
    expect(splitShellWords(`--label 'a b`)).toEqual({
      ok: false,
      problem: said('service.shell.unclosed', { quote: "'" }),
      column: 9,
    });
  });
});

describe('findDaemonJson', () => {
  it('--config-file given to us is used as given, relative to our working directory', () => {
    const ctx = rootCtx(fixtureRoot('debian-docker-io'));
    expect(findDaemonJson(ctx, { configFileOption: 'conf/daemon.json' })).toMatchObject({
      path: '/work/conf/daemon.json',
      explicit: true,
    });
  });

  it('the default under --root', () => {
    const root = fixtureRoot('debian-docker-io');
    expect(findDaemonJson(rootCtx(root), ROOT_UID)).toMatchObject({
      path: `${root}/etc/docker/daemon.json`,
      systemPath: '/etc/docker/daemon.json',
      explicit: false,
      flavour: 'rootful',
    });
  });

  it('a --config-file flag on the unit (relative to /) makes it explicit', () => {
    const root = makeRoot({
      'lib/systemd/system/docker.service':
        '[Service]\nExecStart=/usr/bin/dockerd -H fd:// --config-file srv/daemon.json\n',
    });
    const found = findDaemonJson(rootCtx(root), ROOT_UID);
    expect(found).toMatchObject({ path: `${root}/srv/daemon.json`, systemPath: '/srv/daemon.json', explicit: true });
    expect(english(found.why)).toContain(`${root}/lib/systemd/system/docker.service:2`);
  });

  it('a --config-file= in DOCKER_OPTS counts too, the last one winning', () => {
    const root = makeRoot({
      'lib/systemd/system/docker.service': DEBIAN_UNIT,
      'etc/default/docker': 'DOCKER_OPTS="--config-file=/etc/docker/a.json --config-file=/etc/docker/b.json"\n',
    });
    const found = findDaemonJson(rootCtx(root), ROOT_UID);
    expect(found).toMatchObject({ systemPath: '/etc/docker/b.json', explicit: true });
    expect(english(found.why)).toContain('/etc/default/docker:1');
  });

  it('a --config-file in --daemon-args', () => {
    const root = fixtureRoot('debian-docker-io');
    expect(findDaemonJson(rootCtx(root), { ...ROOT_UID, daemonArgsOption: '--config-file /tmp/d.json' })).toMatchObject(
      { systemPath: '/tmp/d.json', explicit: true },
    );
  });

  it('rootless: a non-root user with the rootless unit', () => {
    const root = fixtureRoot('rootless');
    const ctx = rootCtx(root, { HOME: '/home/alice' });
    expect(findDaemonJson(ctx, { uid: 1000 })).toMatchObject({
      path: `${root}/home/alice/.config/docker/daemon.json`,
      explicit: false,
      flavour: 'rootless',
    });
    const xdg = rootCtx(root, { HOME: '/home/alice', XDG_CONFIG_HOME: '/home/alice/.cfg' });
    expect(findDaemonJson(xdg, { uid: 1000 })).toMatchObject({
      systemPath: '/home/alice/.cfg/docker/daemon.json',
      flavour: 'rootless',
    });
    expect(findDaemonJson(ctx, { uid: 0 })).toMatchObject({
      systemPath: '/etc/docker/daemon.json',
      flavour: 'rootful',
    });
  });

  it('snap', () => {
    const root = fixtureRoot('snap');
    expect(findDaemonJson(rootCtx(root), ROOT_UID)).toMatchObject({
      path: `${root}/var/snap/docker/current/config/daemon.json`,
      explicit: true,
      flavour: 'snap',
    });
  });
});

describe('configFileFlag', () => {
  const arg = (value: string) => ({ value, source: { kind: 'daemon-args' as const } });
  it.each([
    { args: ['--config-file', '/a.json'], want: '/a.json' },
    { args: ['--config-file=etc/b.json'], want: '/etc/b.json' },
    { args: ['--config-file'], want: undefined },
    { args: ['--debug'], want: undefined },
  ])('$args', ({ args, want }) => {
    expect(configFileFlag(args.map(arg))?.value).toBe(want);
  });
});

describe('readDaemonArgs', () => {
  it("Debian's docker.io under systemd: the unit's flags, DOCKER_OPTS read and used", () => {
    const root = fixtureRoot('debian-docker-io');
    const info = readDaemonArgs(rootCtx(root), ROOT_UID);
    expect(info).toMatchObject({ manager: 'systemd', scope: 'system', from: 'systemd', diagnostics: [] });
    expect(info.args.map((a) => a.value)).toEqual(['-H', 'fd://', '--containerd=/run/containerd/containerd.sock']);
    expect(info.execStart).toEqual({
      text: '/usr/sbin/dockerd -H fd:// --containerd=/run/containerd/containerd.sock $DOCKER_OPTS',
      source: { kind: 'unit', path: `${root}/lib/systemd/system/docker.service`, line: 14 },
      program: '/usr/sbin/dockerd',
    });
    expect(info.envFile).toMatchObject({
      path: `${root}/etc/default/docker`,
      systemPath: '/etc/default/docker',
      exists: true,
      variable: 'DOCKER_OPTS',
      readBy: { unit: true, sysvinit: true },
      used: true,
    });
  });

  it('docker-ce: /etc/default/docker is read by nothing, so DOCKER_OPTS is ignored', () => {
    const info = readDaemonArgs(rootCtx(fixtureRoot('docker-ce')), ROOT_UID);
    expect(info.args.map((a) => a.value)).toEqual(['-H', 'fd://', '--containerd=/run/containerd/containerd.sock']);
    expect(info.envFile).toMatchObject({ exists: true, readBy: { unit: false, sysvinit: false }, used: false });
    expect(info.envFile?.reading?.sh?.words?.map((w) => w.value)).toEqual(['--dns', '8.8.8.8', '--dns', '8.8.4.4']);
  });

  it('a unit that reads the file but does not pass $DOCKER_OPTS ignores it too', () => {
    const root = makeRoot({
      'lib/systemd/system/docker.service':
        '[Service]\nEnvironmentFile=-/etc/default/docker\nExecStart=/usr/sbin/dockerd -H fd://\n',
      'etc/default/docker': 'DOCKER_OPTS=--debug\n',
    });
    expect(readDaemonArgs(rootCtx(root), ROOT_UID).envFile).toMatchObject({ readBy: { unit: true }, used: false });
  });

  it('a drop-in overriding ExecStart=', () => {
    const root = fixtureRoot('debian-drop-in');
    const info = readDaemonArgs(rootCtx(root), ROOT_UID);
    expect(info.execStart?.source).toEqual({
      kind: 'drop-in',
      path: `${root}/etc/systemd/system/docker.service.d/override.conf`,
      line: 4,
    });
    expect(info.args.map((a) => a.value)).toEqual([
      '-H',
      'fd://',
      '-H',
      'tcp://127.0.0.1:2375',
      '--containerd=/run/containerd/containerd.sock',
      '--dns',
      '8.8.8.8',
      '--registry-mirror=https://mirror.example.com',
    ]);
  });

  it('sysvinit: -p from the script, then DOCKER_OPTS as /bin/sh splits it', () => {
    const root = fixtureRoot('sysvinit');
    const info = readDaemonArgs(rootCtx(root), ROOT_UID);
    expect(info).toMatchObject({
      manager: 'sysvinit',
      from: 'sysvinit',
      envFile: { readBy: { unit: false, sysvinit: true }, used: true },
    });
    const script = { kind: 'sysvinit', path: `${root}/etc/init.d/docker`, line: 104 };
    const env = { kind: 'env-file', path: `${root}/etc/default/docker`, line: 7 };
    expect(info.args).toEqual([
      { value: '-p', source: script },
      { value: '/var/run/docker.pid', source: script },
      { value: '-H', source: env },
      { value: 'unix:///var/run/docker.sock', source: env },
      { value: '--insecure-registry', source: env },
      { value: '10.0.0.5:5000', source: env },
    ]);
    expect(info.execStart?.text).toBe('/usr/sbin/dockerd -p "$DOCKER_PIDFILE" $DOCKER_OPTS');
  });

  it('sysvinit honours DOCKER_PIDFILE from the env file', () => {
    const root = makeRoot({
      'etc/init.d/docker': nodeFs.readFileSync(`${fixtureRoot('sysvinit')}/etc/init.d/docker`, 'utf8'),
      'etc/default/docker': 'DOCKER_PIDFILE=/run/dockerd.pid\nDOCKER_OPTS="--debug"\n',
    });
    expect(readDaemonArgs(rootCtx(root), ROOT_UID).args.map((a) => a.value)).toEqual([
      '-p',
      '/run/dockerd.pid',
      '--debug',
    ]);
  });

  it("--daemon-args replaces the manager's flags", () => {
    const info = readDaemonArgs(rootCtx(fixtureRoot('debian-docker-io')), {
      ...ROOT_UID,
      daemonArgsOption: `-H unix:///run/d.sock --label 'a b'`,
    });
    expect(info).toMatchObject({ manager: 'systemd', from: 'daemon-args' });
    expect(info.args).toEqual(
      ['-H', 'unix:///run/d.sock', '--label', 'a b'].map((value) => ({ value, source: { kind: 'daemon-args' } })),
    );
    expect(
      readDaemonArgs(rootCtx(fixtureRoot('debian-docker-io')), { ...ROOT_UID, daemonArgsOption: '' }).args,
    ).toEqual([]);
  });

  it('--daemon-args with an unclosed quote is a usage error', () => {
    const info = readDaemonArgs(rootCtx(fixtureRoot('debian-docker-io')), {
      ...ROOT_UID,
      daemonArgsOption: '--label "x',
    });
    expect(info.diagnostics).toMatchObject([{ id: 'invalid-value', severity: 'error', column: 9 }]);
  });

  it('nothing installed', () => {
    expect(readDaemonArgs(rootCtx(makeRoot({ 'etc/hostname': 'x\n' })), ROOT_UID)).toMatchObject({
      manager: 'none',
      from: 'none',
      args: [],
    });
  });

  it('rootless: the user unit', () => {
    const info = readDaemonArgs(rootCtx(fixtureRoot('rootless'), { HOME: '/home/alice' }), { uid: 1000 });
    expect(info).toMatchObject({ manager: 'systemd', scope: 'user' });
    expect(info.args.map((a) => a.value)).toEqual(['--registry-mirror=https://mirror.example.com']);
  });

  it('passes on env-file-syntax and unit-syntax problems', () => {
    const root = makeRoot({
      'lib/systemd/system/docker.service': DEBIAN_UNIT,
      'etc/systemd/system/docker.service.d/bad.conf': '[Service]\nExecStart=/usr/sbin/dockerd -H tcp://0.0.0.0:2375\n',
      'etc/default/docker': 'export DOCKER_OPTS="--debug"\n',
    });
    const ids = readDaemonArgs(rootCtx(root), ROOT_UID).diagnostics.map((d) => [d.id, d.severity]);
    expect(ids).toEqual([
      ['env-file-syntax', 'warning'],
      ['unit-syntax', 'error'],
    ]);
  });
});

describe('readSources', () => {
  it('bundles daemon.json bytes, the daemon args and the env file bytes', () => {
    const root = fixtureRoot('debian-drop-in');
    const sources = readSources(rootCtx(root), ROOT_UID);
    expect(Buffer.from(sources.daemonJson.bytes ?? []).toString()).toBe('{\n    "log-level": "info"\n}\n');
    expect(sources.daemonJson).toMatchObject({ path: `${root}/etc/docker/daemon.json`, explicit: false });
    expect(sources.envFile?.path).toBe(`${root}/etc/default/docker`);
    expect(Buffer.from(sources.envFile?.bytes ?? []).toString()).toContain('DOCKER_OPTS="--dns 8.8.8.8');
    expect(sources.daemonArgs.from).toBe('systemd');
    expect(sources.diagnostics).toEqual([]);
  });

  it('a missing daemon.json is null, not an error', () => {
    expect(readSources(rootCtx(fixtureRoot('debian-docker-io')), ROOT_UID)).toMatchObject({
      daemonJson: { bytes: null },
      diagnostics: [],
    });
  });

  it('an unreadable daemon.json is reported', () => {
    const root = fixtureRoot('docker-ce');
    const denied = `${root}/etc/docker/daemon.json`;
    const fs = {
      ...nodeFs,
      openSync: ((path: nodeFs.PathLike, ...rest: unknown[]) => {
        if (path === denied) throw Object.assign(new Error('EACCES'), { code: 'EACCES' });
        return (nodeFs.openSync as (...a: unknown[]) => unknown)(path, ...rest);
      }) as Fs['openSync'],
    } as Fs;
    const sources = readSources({ ...rootCtx(root), fs }, ROOT_UID);
    expect(sources.daemonJson.bytes).toBeNull();
    expect(sources.diagnostics).toMatchObject([{ id: 'permission-denied', severity: 'error', file: denied }]);
  });
});
