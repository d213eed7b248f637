import { cpSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chooseDriver, detectManager } from '../../../src/service/index.js';
import { readSources } from '../../../src/sources/read-sources.js';
import { fixtureRoot, makeRoot, rootCtx } from '../targets/fixture-root.js';

/** A copy of a fixture host, plus extra files (e.g. run/systemd/system, which systemd creates when it runs). */
function host(fixture: string | undefined, extra: Record<string, string> = {}, dirs: string[] = []): string {
  const root = makeRoot(extra);
  if (fixture) cpSync(fixtureRoot(fixture), root, { recursive: true });
  for (const d of dirs) mkdirSync(join(root, d), { recursive: true });
  return root;
}

const detect = (root: string, env: Record<string, string> = {}, uid = 0) => {
  const ctx = rootCtx(root, env);
  return detectManager(ctx, readSources(ctx, { uid }), { timeoutMs: 1000 });
};

describe('detectManager: how this host runs dockerd', () => {
  it('systemd when docker.service exists and systemd is running (/run/systemd/system)', () => {
    const d = detect(host('debian-docker-io', {}, ['run/systemd/system']));
    expect(d).toMatchObject({
      kind: 'systemd',
      restartCommand: 'systemctl restart docker',
      reloadCommand: 'systemctl reload docker',
      canRestart: true,
    });
  });

  it("Debian's init script when systemd is not running, even though docker.service is installed", () => {
    const root = host('debian-docker-io');
    const d = detect(root);
    expect(d).toMatchObject({
      kind: 'sysvinit',
      restartCommand: 'service docker restart',
      reloadCommand: `kill -HUP $(cat ${root}/var/run/docker.pid)`,
    });
  });

  it('a unit but neither systemd running nor an init script: nothing to run, and why', () => {
    const root = host(undefined, {
      'lib/systemd/system/docker.service': '[Service]\nExecStart=/usr/sbin/dockerd -H fd://\n',
    });
    expect(detect(root)).toMatchObject({ kind: 'none', manualSteps: expect.stringMatching(/systemd is not running/) });
  });

  it('sysvinit without any unit', () => {
    expect(detect(host('sysvinit')).kind).toBe('sysvinit');
  });

  it('OpenRC by the init script’s interpreter', () => {
    const d = detect(
      host(undefined, { 'etc/init.d/docker': '#!/sbin/openrc-run\ncommand="${DOCKERD_BINARY:-/usr/bin/dockerd}"\n' }),
    );
    expect(d).toMatchObject({ kind: 'openrc', restartCommand: 'rc-service docker restart' });
  });

  it('snap by its daemon.json location', () => {
    expect(detect(host('snap')).kind).toBe('snap');
  });

  it('rootless: systemctl --user', () => {
    const root = host(undefined, {
      'home/alice/.config/systemd/user/docker.service': '[Service]\nExecStart=/usr/bin/dockerd-rootless.sh\n',
    });
    const d = detect(root, { HOME: '/home/alice' }, 1000);
    expect(d).toMatchObject({ kind: 'systemd-user', restartCommand: 'systemctl --user restart docker' });
  });

  it('Docker Desktop: never restarted by us, the GUI steps instead', () => {
    const d = detect(host(undefined, {}, ['home/bob/.docker/desktop']), { HOME: '/home/bob' });
    expect(d).toMatchObject({
      kind: 'desktop',
      canRestart: false,
      manualSteps: expect.stringMatching(/Settings → Docker Engine/),
    });
  });

  it('none: says what to do', () => {
    const d = detect(host(undefined, { 'etc/docker/daemon.json': '{}\n' }));
    expect(d).toMatchObject({ kind: 'none', canRestart: false, manualSteps: expect.stringMatching(/--restart-cmd/) });
  });
});

describe('chooseDriver', () => {
  it('--restart-cmd wins over everything, with the pidfile and log under --root', () => {
    const root = host('debian-docker-io', {}, ['run/systemd/system']);
    const ctx = rootCtx(root);
    const d = chooseDriver(ctx, readSources(ctx), {
      timeoutMs: 1000,
      restartCmd: 's6-svc -r /run/service/docker',
      pidfile: '/run/d.pid',
    });
    expect(d).toMatchObject({
      kind: 'custom',
      restartCommand: 's6-svc -r /run/service/docker',
      reloadCommand: `kill -HUP $(cat ${root}/run/d.pid)`,
    });
  });

  it('under --root without --restart-cmd the host’s service manager is never asked', () => {
    const root = host('debian-docker-io', {}, ['run/systemd/system']);
    const ctx = rootCtx(root);
    expect(chooseDriver(ctx, readSources(ctx), { timeoutMs: 1000 })).toMatchObject({ kind: 'none', canRestart: false });
  });
});
