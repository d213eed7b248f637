// Issue 15, "tests on a host without Node": the .deb of `npm run release` installed with dpkg on a
// booted systemd box with no Node in it (sdbox.sh with SDBOX_NO_NODE=1: neither node nor the
// checkout bound in), everything run through /usr/bin/dockerd-config; then the executable itself
// with `env -i` and inside a chroot of the bare rootfs. One box for the whole file: the steps build
// on each other (the failing change is rolled back to what `host add` wrote), in order.
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootSdbox, checkout, type Sdbox } from '../helpers/boxes.js';
import {
  expectPortTakenRolledBack,
  expectTcpHostAdded,
  sh,
  type DoctorReport,
  type Report,
} from '../helpers/cli-report.js';
import {
  bareChroot,
  holdPortWithoutNode,
  installed,
  installedJson,
  releaseArtefacts,
  runBare,
  sdboxRootfs,
  treeDigest,
  version,
  type Artefacts,
} from '../helpers/release-box.js';

const DROP_IN = '/etc/systemd/system/docker.service.d/dockerd-config-hosts.conf';
const JSON_FILE = '/etc/docker/daemon.json';
const BACKUPS = '/var/lib/dockerd-config';
const PLUGIN = '/usr/libexec/docker/cli-plugins/docker-daemonconfig';
const fixture = (name: string) => join(checkout, 'fixtures', 'roots', name);
const sha = (path: string): string =>
  existsSync(path) ? createHash('sha256').update(readFileSync(path)).digest('hex') : 'absent';

let artefacts: Artefacts;
let box: Sdbox;
beforeAll(async () => {
  artefacts = releaseArtefacts();
  box = await bootSdbox(`relbox-${process.pid % 10000}`, { noNode: true });
  copyFileSync(artefacts.deb, box.hostPath('/root/dockerd-config.deb'));
});
afterAll(async () => {
  await box?.stop();
});

const mainPid = () => sh(box, 'systemctl show -p MainPID --value docker');

describe('the .deb on a systemd host without Node', () => {
  it('has no Node anywhere, then dpkg -i installs /usr/bin/dockerd-config', async () => {
    expect((await box.exec(['sh', '-c', 'command -v node || command -v nodejs'])).exitCode).not.toBe(0);
    // Not bound in either: the checkout holds Node runtimes (.cache/, release/).
    expect((await box.exec(['test', '-e', checkout])).exitCode).not.toBe(0);
    expect(await sh(box, 'find / -xdev \\( -name node -o -name nodejs \\) -type f -print | head -n 5')).toBe('');

    const dpkg = await box.exec(['dpkg', '-i', '/root/dockerd-config.deb']);
    expect(dpkg.exitCode, dpkg.stdout + dpkg.stderr).toBe(0);
    expect(await sh(box, "dpkg-query -W -f '${Status} ${Version}' dockerd-config")).toBe(
      `install ok installed ${version}`,
    );
    const v = await installed(box, ['--version']);
    expect(v).toMatchObject({ exitCode: 0, stdout: `${version}\n` });
  });

  it('mirror add: a reload, verified, the same dockerd', async () => {
    const pid = await mainPid();
    const { exitCode, report } = await installedJson<Report>(box, ['mirror', 'add', 'https://mirror.example.com']);
    expect(exitCode).toBe(0);
    expect(report).toMatchObject({ ok: true, changed: true, verified: true, rolledBack: false });
    expect(report.service).toMatchObject({ manager: 'systemd', action: 'reload', ok: true });
    expect(report.service.commands).toContain('systemctl reload docker.service');
    expect(await mainPid()).toBe(pid);
    expect(await sh(box, "docker info --format '{{json .RegistryConfig.Mirrors}}'")).toBe(
      '["https://mirror.example.com/"]',
    );
  });

  it('host add: the drop-in, daemon-reload, a restart, verified, and the TCP socket answers', async () => {
    const { exitCode, report } = await installedJson<Report>(box, ['host', 'add', 'tcp://127.0.0.1:2375']);
    await expectTcpHostAdded(box, exitCode, report);
  });

  it('a change dockerd cannot start with (port taken) is rolled back: old files, old daemon', async () => {
    const before = { json: sha(box.hostPath(JSON_FILE)), dropIn: sha(box.hostPath(DROP_IN)) };
    expect(before.dropIn).not.toBe('absent');
    await holdPortWithoutNode(box, 2376);

    const { exitCode, report } = await installedJson<Report>(box, ['host', 'add', 'tcp://127.0.0.1:2376']);
    expectPortTakenRolledBack(exitCode, report);
    expect({ json: sha(box.hostPath(JSON_FILE)), dropIn: sha(box.hostPath(DROP_IN)) }).toEqual(before);
    expect(report.restored?.map((r) => r.path)).toContain(JSON_FILE);
    expect(await sh(box, 'systemctl is-active docker')).toBe('active');
    // The old daemon's configuration: the earlier listener and mirror, not the new one.
    expect(await sh(box, 'curl -sS http://127.0.0.1:2375/_ping')).toBe('OK');
    expect(await sh(box, "docker info --format '{{json .RegistryConfig.Mirrors}}'")).toBe(
      '["https://mirror.example.com/"]',
    );
  });

  it('doctor --json reads the live daemon: the change in use, the open TCP socket, the dead mirror', async () => {
    const { exitCode, report } = await installedJson<DoctorReport & { checks: { id: string; status: string }[] }>(box, [
      'doctor',
    ]);
    const status = Object.fromEntries(report.checks.map((c) => [c.id, c.status]));
    expect(status).toMatchObject({ 'service.state': 'ok', 'service.applied': 'ok', 'network.sockets': 'ok' });
    // The box has no network: the mirror cannot answer, and that is doctor's one error.
    expect(status['network.mirrors']).toBe('error');
    expect(report.diagnostics.filter((d) => d.severity === 'error').map((d) => d.id)).toEqual(['mirror-unreachable']);
    expect(report.diagnostics.map((d) => d.id)).toContain('tcp-without-tls');
    expect(exitCode).toBe(1);
  });

  it('explain, fed the journal of docker.service, names the failed start (and that a later one succeeded)', async () => {
    const journal = 'journalctl -u docker --no-pager | NO_COLOR=1 /usr/bin/dockerd-config explain';
    const json = await box.exec(['sh', '-c', `${journal} --json -`]);
    expect(json.exitCode, json.stderr).toBe(0);
    const report = JSON.parse(json.stdout) as Report & { recognised: boolean };
    expect(report.recognised).toBe(true);
    expect(report.diagnostics.find((d) => d.id === 'address-in-use')).toMatchObject({
      severity: 'warning',
      dockerd: expect.stringMatching(/listen tcp 127\.0\.0\.1:2376: bind: address already in use/),
    });
    expect(await sh(box, `${journal} -`)).toMatch(/A later start in this text succeeded/);
  });

  it('docker daemonconfig runs it as a docker CLI plugin; docker info lists it without running it', async () => {
    const direct = await installedJson<DoctorReport>(box, ['doctor']);
    const viaDocker = await box.exec(['docker', 'daemonconfig', 'doctor', '--json', '-y']);
    expect(viaDocker.exitCode).toBe(direct.exitCode);
    expect((JSON.parse(viaDocker.stdout) as DoctorReport).diagnostics.map((d) => d.id)).toEqual(
      direct.report.diagnostics.map((d) => d.id),
    );

    // With the executable unusable, the shim still answers docker's metadata question itself.
    await sh(box, 'chmod a-x /usr/bin/dockerd-config');
    try {
      const plugins = JSON.parse(await sh(box, "docker info --format '{{json .ClientInfo.Plugins}}'")) as {
        Name: string;
        Path: string;
        Err?: unknown;
        ShortDescription?: string;
      }[];
      const ours = plugins.find((p) => p.Name === 'daemonconfig');
      // A shim that ran the executable here would be listed with Err "failed to fetch metadata".
      expect(ours).toMatchObject({ Path: PLUGIN, SchemaVersion: '0.1.0', Vendor: 'dockerd-config', Version: version });
      expect(ours?.Err).toBeUndefined();
    } finally {
      await sh(box, 'chmod a+x /usr/bin/dockerd-config');
    }
  });

  it('the bash completion loads and completes subcommands', async () => {
    const script = [
      'source /usr/share/bash-completion/completions/dockerd-config',
      'complete -p dockerd-config',
      'COMP_WORDS=(dockerd-config mir); COMP_CWORD=1; _dockerd_config; printf "%s\\n" "${COMPREPLY[@]}"',
    ].join('\n');
    const r = await box.exec(['bash', '-ic', script]);
    expect(r.exitCode, r.stderr).toBe(0);
    expect(r.stdout.split('\n')).toEqual(['complete -F _dockerd_config dockerd-config', 'mirror', '']);
  });

  it('dpkg -r removes the program and keeps every configuration file and backup, byte for byte', async () => {
    const kept = [JSON_FILE, DROP_IN, BACKUPS];
    const before = treeDigest(box, kept);
    expect(Object.keys(before).filter((p) => p.startsWith(`${BACKUPS}/`)).length).toBeGreaterThan(0);
    expect(Object.values(before)).not.toContain('absent');

    const r = await box.exec(['dpkg', '-r', 'dockerd-config']);
    expect(r.exitCode, r.stdout + r.stderr).toBe(0);
    expect(treeDigest(box, kept)).toEqual(before);
    for (const gone of ['/usr/bin/dockerd-config', PLUGIN])
      expect((await box.exec(['test', '-e', gone])).exitCode, gone).not.toBe(0);
    expect(await sh(box, 'systemctl is-active docker')).toBe('active');
  });
});

describe('the executable without Node', () => {
  it('runs with an empty environment (env -i): --version and validate --root', () => {
    expect(runBare(artefacts.exe, ['--version'])).toMatchObject({ exitCode: 0, stdout: `${version}\n` });
    expect(runBare(artefacts.exe, ['--root', fixture('debian-docker-io'), 'validate'])).toMatchObject({ exitCode: 0 });
    const broken = runBare(artefacts.exe, ['--root', fixture('broken-debian'), 'validate', '--json']);
    expect(broken.exitCode).toBe(1);
    expect((JSON.parse(broken.stdout) as Report).diagnostics[0]).toMatchObject({ id: 'json-syntax', line: 5 });
  });

  it('runs inside a chroot of the bare rootfs (no /proc, no Node)', () => {
    const chroot = bareChroot();
    try {
      chroot.put(artefacts.exe, '/dockerd-config');
      chroot.put(fixture('broken-debian'), '/fixture');
      expect(chroot.run(['/bin/sh', '-c', 'command -v node'])).toMatchObject({ exitCode: 127 });
      expect(chroot.run(['/dockerd-config', '--version'])).toMatchObject({ exitCode: 0, stdout: `${version}\n` });
      const r = chroot.run(['/dockerd-config', '--root', '/fixture', 'validate', '--json']);
      expect(r.exitCode, r.stderr).toBe(1);
      const report = JSON.parse(r.stdout) as Report & { file: string };
      expect(report.file).toBe('/fixture/etc/docker/daemon.json');
      expect(report.diagnostics[0]).toMatchObject({ id: 'json-syntax', line: 5 });
    } finally {
      chroot.cleanup();
    }
    expect(existsSync(chroot.dir)).toBe(false);
    expect(existsSync(join(sdboxRootfs, 'dockerd-config'))).toBe(false);
  });
});
