import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  findHostFlags,
  HOSTS_DROP_IN_MARKER,
  HOSTS_DROP_IN_PATH,
  planHostsDropIn,
  renderHostsDropIn,
  withoutHostFlags,
} from '../../../src/targets/drop-in.js';
import { parseExecCommand, type ExecCommand } from '../../../src/targets/systemd/exec-command.js';
import { resolveUnit } from '../../../src/sources/resolve-unit.js';
import type { ResolvedUnit } from '../../../src/targets/systemd-unit.js';
import { makeRoot, rootCtx } from './fixture-root.js';

const SPEC = { unitName: 'docker.service', unitPath: '/lib/systemd/system/docker.service', scope: 'system' as const };
const command = (text: string): ExecCommand => {
  const parsed = parseExecCommand(text, { kind: 'unit', path: '/u', line: 1 }, SPEC).command;
  if (!parsed) throw new Error(`cannot parse ${text}`);
  return parsed;
};

const DEBIAN_EXEC = '/usr/sbin/dockerd -H fd:// --containerd=/run/containerd/containerd.sock $DOCKER_OPTS';
const DEBIAN_UNIT = `[Service]\nType=notify\nEnvironmentFile=-/etc/default/docker\nExecStart=${DEBIAN_EXEC}\n`;

describe('withoutHostFlags', () => {
  it.each([
    {
      text: DEBIAN_EXEC,
      want: '/usr/sbin/dockerd --containerd=/run/containerd/containerd.sock $DOCKER_OPTS',
      hosts: ['fd://'],
    },
    {
      text: '/usr/bin/dockerd -H fd:// --containerd=/run/containerd/containerd.sock',
      want: '/usr/bin/dockerd --containerd=/run/containerd/containerd.sock',
      hosts: ['fd://'],
    },
    { text: '/usr/bin/dockerd --host=fd:// --debug', want: '/usr/bin/dockerd --debug', hosts: ['fd://'] },
    { text: '/usr/bin/dockerd -H=fd:// --debug', want: '/usr/bin/dockerd --debug', hosts: ['fd://'] },
    { text: '/usr/bin/dockerd --host fd:// --debug', want: '/usr/bin/dockerd --debug', hosts: ['fd://'] },
    { text: '/usr/bin/dockerd -Hfd:// --debug', want: '/usr/bin/dockerd --debug', hosts: ['fd://'] },
    {
      text: '/usr/bin/dockerd -H fd:// -H tcp://127.0.0.1:2375 --debug',
      want: '/usr/bin/dockerd --debug',
      hosts: ['fd://', 'tcp://127.0.0.1:2375'],
    },
    {
      text: `-/usr/bin/dockerd -H fd:// --label "a b" --label=100%% '--x=y'`,
      want: `-/usr/bin/dockerd --label "a b" --label=100%% '--x=y'`,
      hosts: ['fd://'],
    },
    { text: '@/usr/bin/dockerd dockerd -H fd://', want: '@/usr/bin/dockerd dockerd', hosts: ['fd://'] },
    { text: '/usr/bin/dockerd --debug', want: '/usr/bin/dockerd --debug', hosts: [] },
    { text: '/usr/bin/dockerd --hosts-file=x -Hx', want: '/usr/bin/dockerd --hosts-file=x', hosts: ['x'] },
  ])('$text', ({ text, want, hosts }) => {
    expect(findHostFlags(command(text)).map((f) => f.value)).toEqual(hosts);
    expect(withoutHostFlags(command(text))).toBe(want);
  });
});

describe('renderHostsDropIn', () => {
  it("for Debian's unit", () => {
    expect(renderHostsDropIn(command(DEBIAN_EXEC))).toBe(
      [
        HOSTS_DROP_IN_MARKER,
        '# "hosts" is set in /etc/docker/daemon.json, and dockerd refuses to start when -H is also',
        "# given on its command line. This drop-in repeats the unit's ExecStart= without the -H",
        '# flags. dockerd-config removes it when "hosts" is removed from daemon.json; after',
        '# editing it by hand, run "systemctl daemon-reload".',
        '[Service]',
        'ExecStart=',
        'ExecStart=/usr/sbin/dockerd --containerd=/run/containerd/containerd.sock $DOCKER_OPTS',
        '',
      ].join('\n'),
    );
  });
});

/** A root with the unit (and more files), resolved; `dropIn` is where ours goes under that root. */
function setUp(files: Record<string, string>): { root: string; unit: () => ResolvedUnit; dropIn: string } {
  const root = makeRoot({
    'lib/systemd/system/docker.service': DEBIAN_UNIT,
    'etc/default/docker': 'DOCKER_OPTS="--debug"\n',
    ...files,
  });
  const unit = (): ResolvedUnit => {
    const resolved = resolveUnit(rootCtx(root));
    if (!resolved) throw new Error('no unit');
    return resolved;
  };
  return { root, unit, dropIn: join(root, HOSTS_DROP_IN_PATH) };
}

function write(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}

describe('planHostsDropIn', () => {
  it('writes the drop-in when hosts moves to daemon.json; then dockerd gets no -H; a second plan changes nothing', () => {
    const { unit, dropIn } = setUp({});
    const plan = planHostsDropIn({ unit: unit(), dropInPath: dropIn, current: null, hostsInDaemonJson: true });
    expect(plan).toMatchObject({ action: 'write', path: dropIn });
    if (plan.action !== 'write') return;
    write(dropIn, plan.text);
    expect(unit().args.map((a) => a.value)).toEqual(['--containerd=/run/containerd/containerd.sock', '--debug']);
    expect(unit().diagnostics).toEqual([]);
    expect(
      planHostsDropIn({ unit: unit(), dropInPath: dropIn, current: plan.text, hostsInDaemonJson: true }),
    ).toMatchObject({ action: 'none' });
  });

  it('removes our drop-in when hosts leaves daemon.json', () => {
    const { unit, dropIn } = setUp({});
    const text = renderHostsDropIn(command(DEBIAN_EXEC));
    write(dropIn, text);
    expect(planHostsDropIn({ unit: unit(), dropInPath: dropIn, current: text, hostsInDaemonJson: false })).toEqual({
      action: 'remove',
      path: dropIn,
      reason: '"hosts" is no longer set in daemon.json',
    });
  });

  it('nothing to do without hosts and without a drop-in', () => {
    const { unit, dropIn } = setUp({});
    expect(
      planHostsDropIn({ unit: unit(), dropInPath: dropIn, current: null, hostsInDaemonJson: false }),
    ).toMatchObject({ action: 'none' });
  });

  it('not needed when the unit passes no -H (and an old drop-in of ours goes)', () => {
    const { unit, dropIn } = setUp({
      'lib/systemd/system/docker.service': '[Service]\nExecStart=/usr/bin/dockerd --debug\n',
    });
    expect(planHostsDropIn({ unit: unit(), dropInPath: dropIn, current: null, hostsInDaemonJson: true })).toMatchObject(
      { action: 'none' },
    );
    const old = `${HOSTS_DROP_IN_MARKER}\n[Service]\nExecStart=\nExecStart=/usr/bin/dockerd\n`;
    write(dropIn, old);
    expect(planHostsDropIn({ unit: unit(), dropInPath: dropIn, current: old, hostsInDaemonJson: true })).toMatchObject({
      action: 'remove',
    });
  });

  it('rewrites our drop-in when the unit changed underneath it', () => {
    const { unit, dropIn } = setUp({});
    const stale = `${HOSTS_DROP_IN_MARKER}\n[Service]\nExecStart=\nExecStart=/usr/sbin/dockerd --old\n`;
    write(dropIn, stale);
    const plan = planHostsDropIn({ unit: unit(), dropInPath: dropIn, current: stale, hostsInDaemonJson: true });
    expect(plan).toMatchObject({ action: 'write', text: renderHostsDropIn(command(DEBIAN_EXEC)) });
  });

  it('blocked by a later drop-in that passes -H itself', () => {
    const { root, unit, dropIn } = setUp({
      'etc/systemd/system/docker.service.d/override.conf':
        '[Service]\nExecStart=\nExecStart=/usr/sbin/dockerd -H fd:// -H tcp://127.0.0.1:2375\n',
    });
    expect(planHostsDropIn({ unit: unit(), dropInPath: dropIn, current: null, hostsInDaemonJson: true })).toMatchObject(
      {
        action: 'blocked',
        source: { kind: 'drop-in', path: `${root}/etc/systemd/system/docker.service.d/override.conf`, line: 3 },
      },
    );
  });

  it('an earlier drop-in that passes -H is repeated without it', () => {
    const { unit, dropIn } = setUp({
      'etc/systemd/system/docker.service.d/10-tcp.conf':
        '[Service]\nExecStart=\nExecStart=/usr/sbin/dockerd -H fd:// -H tcp://127.0.0.1:2375 --debug\n',
    });
    expect(planHostsDropIn({ unit: unit(), dropInPath: dropIn, current: null, hostsInDaemonJson: true })).toMatchObject(
      { action: 'write', text: expect.stringContaining('\nExecStart=/usr/sbin/dockerd --debug\n') },
    );
  });

  it('leaves a same-named file it did not write alone', () => {
    const { unit, dropIn } = setUp({});
    const theirs = '[Service]\nExecStart=\nExecStart=/usr/sbin/dockerd\n';
    write(dropIn, theirs);
    expect(
      planHostsDropIn({ unit: unit(), dropInPath: dropIn, current: theirs, hostsInDaemonJson: false }),
    ).toMatchObject({ action: 'none' });
    expect(
      planHostsDropIn({ unit: unit(), dropInPath: dropIn, current: theirs, hostsInDaemonJson: true }),
    ).toMatchObject({ action: 'blocked' });
  });
});
