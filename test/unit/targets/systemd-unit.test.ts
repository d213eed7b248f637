import { describe, expect, it } from 'vitest';
import type { ExecCommand } from '../../../src/targets/systemd/exec-command.js';
import { parseExecCommand } from '../../../src/targets/systemd/exec-command.js';
import { splitExecLine } from '../../../src/targets/systemd/exec-words.js';
import { expandExecArgs, type ServiceEnv } from '../../../src/targets/systemd/expand.js';
import { readServiceView } from '../../../src/targets/systemd/service-view.js';
import { resolveUnit } from '../../../src/sources/resolve-unit.js';
import { parseUnitFile } from '../../../src/targets/systemd-unit.js';
import { tracedAt } from '../../../src/targets/env/traced.js';
import { fixtureRoot, makeRoot, rootCtx } from './fixture-root.js';

const SPEC = { unitName: 'docker.service', unitPath: '/lib/systemd/system/docker.service', scope: 'system' as const };
const UNIT = { kind: 'unit' as const, path: '/u', line: 1 };

describe('parseUnitFile', () => {
  const kv = (text: string): [string, string, string, number][] =>
    parseUnitFile(text, '/u', 'unit').assignments.map((a) => [a.section, a.key, a.value, a.line]);

  it.each([
    {
      name: 'sections and stripping',
      text: '[Unit]\nDescription = Docker \n[Service]\n  Type=notify\n',
      want: [
        ['Unit', 'Description', 'Docker', 2],
        ['Service', 'Type', 'notify', 4],
      ],
    },
    {
      name: 'comments # and ;',
      text: '[Service]\n# a\n; b\n  # c\nType=notify\n',
      want: [['Service', 'Type', 'notify', 5]],
    },
    {
      name: 'continuation joins with a space',
      text: '[Service]\nExecStart=/usr/bin/dockerd \\\n  -H fd:// \\\n  --debug\n',
      want: [['Service', 'ExecStart', '/usr/bin/dockerd    -H fd://    --debug', 2]],
    },
    {
      name: 'comment lines inside a continuation are skipped',
      text: '[Service]\nExecStart=/a \\\n# note\n  -b\n',
      want: [['Service', 'ExecStart', '/a    -b', 2]],
    },
    {
      name: 'an escaped backslash does not continue',
      text: '[Service]\nExecStart=/a x\\\\\nType=simple\n',
      want: [
        ['Service', 'ExecStart', '/a x\\\\', 2],
        ['Service', 'Type', 'simple', 3],
      ],
    },
    {
      name: 'repeated keys kept in order',
      text: '[Service]\nExecStart=\nExecStart=/a\n',
      want: [
        ['Service', 'ExecStart', '', 2],
        ['Service', 'ExecStart', '/a', 3],
      ],
    },
    { name: 'CRLF and BOM', text: '\uFEFF[Service]\r\nType=notify\r\n', want: [['Service', 'Type', 'notify', 2]] },
    {
      name: 'continuation at end of file',
      text: '[Service]\nExecStart=/a \\',
      want: [['Service', 'ExecStart', '/a', 2]],
    },
    { name: 'value with =', text: '[Service]\nEnvironment=A=b=c\n', want: [['Service', 'Environment', 'A=b=c', 2]] },
  ])('$name', ({ text, want }) => {
    expect(kv(text)).toEqual(want);
  });

  it('warns about lines systemd ignores', () => {
    const file = parseUnitFile('Type=notify\n[Service\n[Service]\nnonsense\n=x\n', '/u', 'unit');
    expect(file.assignments).toEqual([]);
    expect(file.diagnostics.map((d) => [d.id, d.line])).toEqual([
      ['unit-syntax', 1],
      ['unit-syntax', 2],
      ['unit-syntax', 4],
      ['unit-syntax', 5],
    ]);
  });
});

describe('splitExecLine', () => {
  it.each([
    { line: '/usr/sbin/dockerd -H fd:// $DOCKER_OPTS', want: ['/usr/sbin/dockerd', '-H', 'fd://', '$DOCKER_OPTS'] },
    { line: '  /a   b\tc  ', want: ['/a', 'b', 'c'] },
    { line: `/a "b c" 'd e' f"g h"i`, want: ['/a', 'b c', 'd e', 'fg hi'] },
    { line: '/a "x\\"y" \'it\\\'s\'', want: ['/a', 'x"y', "it's"] },
    { line: '/a \\x41\\101\\u00e9 tab\\tend \\s', want: ['/a', 'AAé', 'tab\tend', ' '] },
    { line: '/a \\q', want: ['/a', '\\q'] },
    { line: '/a ""', want: ['/a', ''] },
  ])('$line', ({ line, want }) => {
    expect(splitExecLine(line).words.map((w) => w.value)).toEqual(want);
  });

  it('keeps each word as written', () => {
    expect(splitExecLine(`-/a "b c"  %%x`).words.map((w) => w.raw)).toEqual(['-/a', '"b c"', '%%x']);
  });

  it('reports unbalanced quotes', () => {
    expect(splitExecLine('/a "b').unbalanced).toBe(true);
  });
});

describe('parseExecCommand', () => {
  const parse = (text: string): ExecCommand | undefined => parseExecCommand(text, UNIT, SPEC).command;

  it.each([
    { text: '/usr/bin/dockerd -H fd://', prefixes: '', path: '/usr/bin/dockerd', firstArg: 1 },
    { text: '-/usr/bin/dockerd', prefixes: '-', path: '/usr/bin/dockerd', firstArg: 1 },
    { text: '@/usr/bin/dockerd dockerd --debug', prefixes: '@', path: '/usr/bin/dockerd', firstArg: 2 },
    { text: ':-/usr/bin/dockerd $X', prefixes: ':-', path: '/usr/bin/dockerd', firstArg: 1 },
    { text: '+/usr/bin/dockerd', prefixes: '+', path: '/usr/bin/dockerd', firstArg: 1 },
    { text: '!!/usr/bin/dockerd', prefixes: '!!', path: '/usr/bin/dockerd', firstArg: 1 },
  ])('prefixes of $text', ({ text, prefixes, path, firstArg }) => {
    expect(parse(text)).toMatchObject({ prefixes, path, firstArg, noEnvExpansion: prefixes.includes(':') });
  });

  it('resolves specifiers', () => {
    expect(parse('/usr/bin/dockerd --label=%n --label=100%% --data-root=%S/docker --label=%H')?.resolved).toEqual([
      '/usr/bin/dockerd',
      '--label=docker.service',
      '--label=100%',
      '--data-root=/var/lib/docker',
      '--label=%H',
    ]);
  });

  it('rejects an unknown specifier and unbalanced quotes, as systemd does', () => {
    for (const text of ['/usr/bin/dockerd --label=50%Z', '/usr/bin/dockerd "--label=x']) {
      const parsed = parseExecCommand(text, UNIT, SPEC);
      expect(parsed.command).toBeUndefined();
      expect(parsed.diagnostics).toMatchObject([{ id: 'unit-syntax', severity: 'error' }]);
    }
  });
});

describe('expandExecArgs', () => {
  const env = (vars: Record<string, string>): ServiceEnv =>
    new Map(
      Object.entries(vars).map(([k, v]) => [
        k,
        {
          value: tracedAt(v, -1),
          sourceAt: () => ({ kind: 'env-file' as const, path: '/etc/default/docker', line: 7 }),
        },
      ]),
    );
  const expand = (text: string, vars: Record<string, string>): string[] => {
    const command = parseExecCommand(text, UNIT, SPEC).command;
    if (!command) throw new Error('no command');
    return expandExecArgs(command, env(vars)).map((a) => a.value);
  };

  it.each<{ name: string; text: string; vars: Record<string, string>; want: string[] }>([
    {
      name: '$VAR splits on whitespace',
      text: '/d -H fd:// $DOCKER_OPTS',
      vars: { DOCKER_OPTS: '--dns 8.8.8.8  --debug' },
      want: ['-H', 'fd://', '--dns', '8.8.8.8', '--debug'],
    },
    {
      name: '$VAR unquotes',
      text: '/d $DOCKER_OPTS',
      vars: { DOCKER_OPTS: `--label "a b" --label 'c d'` },
      want: ['--label', 'a b', '--label', 'c d'],
    },
    { name: 'unset $VAR vanishes', text: '/d -H fd:// $DOCKER_OPTS', vars: {}, want: ['-H', 'fd://'] },
    { name: 'empty $VAR vanishes', text: '/d $DOCKER_OPTS --debug', vars: { DOCKER_OPTS: '' }, want: ['--debug'] },
    {
      name: '${VAR} stays one word',
      text: '/d ${DOCKER_OPTS}',
      vars: { DOCKER_OPTS: '--dns 8.8.8.8' },
      want: ['--dns 8.8.8.8'],
    },
    {
      name: '${VAR} inside a word',
      text: '/d --data-root=${ROOT}/docker',
      vars: { ROOT: '/srv' },
      want: ['--data-root=/srv/docker'],
    },
    { name: 'unset ${VAR} is empty', text: '/d --x=${NOPE}y', vars: {}, want: ['--x=y'] },
    { name: '$VAR inside a word is not expanded', text: '/d --x=$X', vars: { X: '1' }, want: ['--x=$X'] },
    { name: '$$ is a dollar', text: '/d --label=$$X $$Y', vars: { X: '1' }, want: ['--label=$X', '$Y'] },
    {
      name: 'a quoted "$VAR" still splits',
      text: '/d "$DOCKER_OPTS"',
      vars: { DOCKER_OPTS: '-D -l debug' },
      want: ['-D', '-l', 'debug'],
    },
    {
      name: '":" prefix: nothing expanded',
      text: ':/d $DOCKER_OPTS ${X}',
      vars: { DOCKER_OPTS: '-D', X: '1' },
      want: ['$DOCKER_OPTS', '${X}'],
    },
    { name: 'argv[0] override', text: '@/d dockerd --debug', vars: {}, want: ['--debug'] },
    { name: 'invalid name as standalone word vanishes', text: '/d $DOCKER-OPTS', vars: { DOCKER: 'x' }, want: [] },
  ])('$name', ({ text, vars, want }) => {
    expect(expand(text, vars)).toEqual(want);
  });

  it('gives split words the source of the variable, others the ExecStart line', () => {
    const command = parseExecCommand('/d -H fd:// $DOCKER_OPTS', UNIT, SPEC).command as ExecCommand;
    expect(expandExecArgs(command, env({ DOCKER_OPTS: '--debug' })).map((a) => a.source)).toEqual([
      UNIT,
      UNIT,
      { kind: 'env-file', path: '/etc/default/docker', line: 7 },
    ]);
  });
});

describe('readServiceView', () => {
  const file = (path: string, kind: 'unit' | 'drop-in', text: string) => parseUnitFile(text, path, kind);

  it("an empty ExecStart= in a drop-in replaces the unit's command", () => {
    const view = readServiceView(
      [
        file('/u', 'unit', '[Service]\nExecStart=/a -H fd://\n'),
        file('/d.conf', 'drop-in', '[Service]\nExecStart=\nExecStart=/b\n'),
      ],
      SPEC,
    );
    expect(view.execStart.map((c) => c.path)).toEqual(['/b']);
    expect(view.execStart[0]?.source).toEqual({ kind: 'drop-in', path: '/d.conf', line: 3 });
    expect(view.diagnostics).toEqual([]);
  });

  it('a second ExecStart= without a reset is refused unless Type=oneshot', () => {
    const files = [
      file('/u', 'unit', '[Service]\nType=notify\nExecStart=/a\n'),
      file('/d.conf', 'drop-in', '[Service]\nExecStart=/b\n'),
    ];
    expect(readServiceView(files, SPEC).diagnostics).toMatchObject([
      { id: 'unit-syntax', severity: 'error', line: 2, file: '/d.conf' },
    ]);
    const oneshot = [file('/u', 'unit', '[Service]\nType=oneshot\nExecStart=/a\nExecStart=/b\n')];
    expect(readServiceView(oneshot, SPEC).diagnostics).toEqual([]);
  });

  it('no ExecStart= at all is refused', () => {
    expect(
      readServiceView([file('/u', 'unit', '[Service]\nExecStart=/a\nExecStart=\n')], SPEC).diagnostics,
    ).toMatchObject([{ id: 'unit-syntax', severity: 'error' }]);
  });

  it('collects Environment= (quoted, reset by an empty one) and EnvironmentFile= (optional with -)', () => {
    const view = readServiceView(
      [
        file(
          '/u',
          'unit',
          '[Service]\nEnvironment=A=1\nEnvironment=\nEnvironment="B=two words" C=3 bad\nEnvironmentFile=-/etc/default/docker\nEnvironmentFile=/etc/docker.env\nExecStart=/a\n',
        ),
      ],
      SPEC,
    );
    expect(view.environment.map((e) => [e.name, e.value])).toEqual([
      ['B', 'two words'],
      ['C', '3'],
    ]);
    expect(view.environmentFiles.map((f) => [f.path, f.optional])).toEqual([
      ['/etc/default/docker', true],
      ['/etc/docker.env', false],
    ]);
    expect(view.diagnostics).toMatchObject([{ id: 'unit-syntax', severity: 'warning' }]);
  });
});

describe('resolveUnit on fake roots', () => {
  it("Debian's docker.io unit", () => {
    const root = fixtureRoot('debian-docker-io');
    const unit = resolveUnit(rootCtx(root));
    expect(unit).toMatchObject({
      systemPath: '/lib/systemd/system/docker.service',
      masked: false,
      program: '/usr/sbin/dockerd',
      runsDockerd: true,
      diagnostics: [],
    });
    expect(unit?.args.map((a) => a.value)).toEqual(['-H', 'fd://', '--containerd=/run/containerd/containerd.sock']);
    expect(unit?.execStart?.source).toEqual({
      kind: 'unit',
      path: `${root}/lib/systemd/system/docker.service`,
      line: 14,
    });
    expect(unit?.environmentFiles).toMatchObject([
      { path: '/etc/default/docker', optional: true, hostPath: `${root}/etc/default/docker` },
    ]);
  });

  it('a drop-in that overrides ExecStart, with DOCKER_OPTS words traced to their line', () => {
    const root = fixtureRoot('debian-drop-in');
    const unit = resolveUnit(rootCtx(root));
    expect(unit?.files.map((f) => f.path.slice(root.length))).toEqual([
      '/lib/systemd/system/docker.service',
      '/run/systemd/system/docker.service.d/50-proxy.conf',
      '/etc/systemd/system/docker.service.d/override.conf',
    ]);
    expect(unit?.args.map((a) => a.value)).toEqual([
      '-H',
      'fd://',
      '-H',
      'tcp://127.0.0.1:2375',
      '--containerd=/run/containerd/containerd.sock',
      '--dns',
      '8.8.8.8',
      '--registry-mirror=https://mirror.example.com',
    ]);
    const dropIn = { kind: 'drop-in', path: `${root}/etc/systemd/system/docker.service.d/override.conf`, line: 4 };
    const envFile = { kind: 'env-file', path: `${root}/etc/default/docker`, line: 6 };
    expect(unit?.args.map((a) => a.source)).toEqual([
      dropIn,
      dropIn,
      dropIn,
      dropIn,
      dropIn,
      envFile,
      envFile,
      envFile,
    ]);
    expect(unit?.env.get('NO_PROXY')?.value.text).toBe('localhost,127.0.0.1');
  });

  it('docker-ce under /usr/lib has no EnvironmentFile=', () => {
    const unit = resolveUnit(rootCtx(fixtureRoot('docker-ce')));
    expect(unit).toMatchObject({ systemPath: '/usr/lib/systemd/system/docker.service', environmentFiles: [] });
    expect(unit?.args.map((a) => a.value)).toEqual(['-H', 'fd://', '--containerd=/run/containerd/containerd.sock']);
  });

  it('no unit: undefined', () => {
    expect(resolveUnit(rootCtx(fixtureRoot('sysvinit')))).toBeUndefined();
  });

  it('drop-ins: merged by file name across directories, /etc hiding /run and /lib, service.d included', () => {
    const root = makeRoot({
      'lib/systemd/system/docker.service': '[Service]\nExecStart=/usr/bin/dockerd -H fd://\n',
      'lib/systemd/system/docker.service.d/10-a.conf': '[Service]\nExecStart=\nExecStart=/usr/bin/dockerd --from-lib\n',
      'etc/systemd/system/docker.service.d/10-a.conf': '[Service]\nExecStart=\nExecStart=/usr/bin/dockerd --from-etc\n',
      'run/systemd/system/docker.service.d/20-b.conf': '[Service]\nEnvironment=B=1\n',
      'etc/systemd/system/service.d/05-all.conf': '[Service]\nEnvironment=ALL=1\n',
      'etc/systemd/system/docker.service.d/README': 'not a .conf file',
      'etc/systemd/system/docker.service.d/30-masked.conf': { symlink: '/dev/null' },
      'lib/systemd/system/docker.service.d/30-masked.conf':
        '[Service]\nExecStart=\nExecStart=/usr/bin/dockerd --masked\n',
    });
    const unit = resolveUnit(rootCtx(root));
    expect(unit?.files.map((f) => f.path.slice(root.length))).toEqual([
      '/lib/systemd/system/docker.service',
      '/etc/systemd/system/service.d/05-all.conf',
      '/etc/systemd/system/docker.service.d/10-a.conf',
      '/run/systemd/system/docker.service.d/20-b.conf',
    ]);
    expect(unit?.args.map((a) => a.value)).toEqual(['--from-etc']);
    expect([...(unit?.env.keys() ?? [])]).toEqual(['ALL', 'B']);
  });

  it('a unit in /etc wins over /lib, also through a symlink kept inside the root', () => {
    const root = makeRoot({
      'lib/systemd/system/docker.service': '[Service]\nExecStart=/usr/bin/dockerd --lib\n',
      'opt/docker.service': '[Service]\nExecStart=/usr/bin/dockerd --opt\n',
      'etc/systemd/system/docker.service': { symlink: '/opt/docker.service' },
    });
    expect(resolveUnit(rootCtx(root))?.args.map((a) => a.value)).toEqual(['--opt']);
  });

  it('a masked unit', () => {
    const root = makeRoot({
      'lib/systemd/system/docker.service': '[Service]\nExecStart=/usr/bin/dockerd\n',
      'etc/systemd/system/docker.service': { symlink: '/dev/null' },
    });
    expect(resolveUnit(rootCtx(root))).toMatchObject({ masked: true, files: [], args: [] });
  });

  it('EnvironmentFile= later files override earlier ones and Environment=; a missing required one is an error', () => {
    const root = makeRoot({
      'lib/systemd/system/docker.service':
        '[Service]\nEnvironment=DOCKER_OPTS=--from-unit\nEnvironmentFile=/etc/a.env\nEnvironmentFile=-/etc/missing.env\nEnvironmentFile=/etc/b.env\nEnvironmentFile=/etc/required.env\nExecStart=/usr/bin/dockerd $DOCKER_OPTS\n',
      'etc/a.env': 'DOCKER_OPTS=--from-a\n',
      'etc/b.env': '# b\nDOCKER_OPTS="--from-b --debug"\n',
    });
    const unit = resolveUnit(rootCtx(root));
    expect(unit?.args.map((a) => [a.value, a.source.path?.slice(root.length), a.source.line])).toEqual([
      ['--from-b', '/etc/b.env', 2],
      ['--debug', '/etc/b.env', 2],
    ]);
    expect(unit?.diagnostics).toMatchObject([{ id: 'unit-syntax', severity: 'error', line: 6 }]);
  });

  it('the rootless user unit', () => {
    const unit = resolveUnit(rootCtx(fixtureRoot('rootless')), { scope: 'user', home: '/home/alice' });
    expect(unit).toMatchObject({
      systemPath: '/home/alice/.config/systemd/user/docker.service',
      program: '/usr/bin/dockerd-rootless.sh',
      runsDockerd: true,
    });
    expect(unit?.args.map((a) => a.value)).toEqual(['--registry-mirror=https://mirror.example.com']);
  });
});
