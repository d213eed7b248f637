// Issue 17: the Ansible collection (ansible/ansible_collections/dockerd_config/daemon) against a
// fleet of three booted systemd hosts without Node (Debian 12, stock docker.io), each in a network
// namespace of its own, reached by this machine's ansible-core over real ssh (test/helpers/fleet.ts).
// The install role copies the standalone executable of `node scripts/release/release.mjs` to them;
// the settings module changes dockerd on all three at once; the doctor module reads them back.
// One fleet for the whole file: the steps build on each other, in order.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Box } from '../helpers/boxes.js';
import { sh } from '../helpers/cli-report.js';
import { containerState, runKeepAlive } from '../helpers/containers.js';
import { bootFleet, netnsOf, taskResults, type AnsibleRun, type Fleet } from '../helpers/fleet.js';
import { holdPortWithoutNode, releaseArtefacts, releaseDir, treeDigest } from '../helpers/release-box.js';

const HOSTS = ['a', 'b', 'c'].map((x) => `fleet-${process.pid % 10000}-${x}`);
const [A, B, C] = HOSTS as [string, string, string];
const MIRROR = 'https://mirror.example.com';
const MIRROR2 = 'https://mirror2.example.com';
const BINARY = '/usr/local/bin/dockerd-config';
/** Everything a change may write on a host: the config, the drop-ins, the CLI's backups and lock. */
const WRITTEN = ['/etc/docker', '/etc/systemd/system/docker.service.d', '/var/lib/dockerd-config', BINARY];

// One playbook, run with different extra vars: the install role, then two changes (a reload and a
// restart), each registered. JSON is YAML.
const SITE = [
  {
    name: 'dockerd-config on the fleet',
    hosts: 'all',
    gather_facts: false,
    roles: [{ role: 'dockerd_config.daemon.install', vars: { dockerd_config_install_release_dir: releaseDir } }],
    tasks: [
      {
        name: 'registry mirrors',
        'dockerd_config.daemon.settings': { mirrors: '{{ fleet_mirrors }}', binary: '{{ dockerd_config_binary }}' },
      },
      {
        name: 'listeners',
        'dockerd_config.daemon.settings': {
          hosts: '{{ fleet_hosts }}',
          assume_yes: '{{ fleet_assume_yes | default(false) }}',
          binary: '{{ dockerd_config_binary }}',
        },
      },
    ],
  },
];
const DOCTOR = [
  {
    name: 'doctor on the fleet',
    hosts: 'all',
    gather_facts: false,
    tasks: [
      {
        name: 'doctor',
        'dockerd_config.daemon.doctor': { fail_on: 'never', binary: BINARY },
        register: 'doctor',
      },
      {
        name: 'keep the report on the controller',
        'ansible.builtin.copy': {
          content: '{{ doctor.report | to_nice_json }}\n',
          dest: '{{ fleet_reports }}/{{ inventory_hostname }}.json',
          mode: '0600',
        },
        delegate_to: 'localhost',
      },
    ],
  },
];

let fleet: Fleet;
let site: string;
const times: Record<string, number> = {};
const vars = (v: Record<string, unknown>): string[] => ['-e', JSON.stringify(v)];
const mainPid = (box: Box) => sh(box, 'systemctl show -p MainPID --value docker');
const mirrorsOf = async (box: Box) =>
  JSON.parse(await sh(box, "docker info --format '{{json .RegistryConfig.Mirrors}}'")) as string[];
const each = <T>(f: (box: Box) => Promise<T>): Promise<T[]> => Promise.all(fleet.boxes.map(f));
const ok = (run: AnsibleRun, expected: number): void =>
  expect(run.exitCode, `ansible-playbook exited ${run.exitCode}\n${run.stdout}\n${run.stderr}`).toBe(expected);
/** What a run printed from the settings tasks on (the install role's lines left out), recap included. */
const recapText = (run: AnsibleRun): string => {
  const from = run.stdout.indexOf('TASK [registry mirrors]');
  return run.stdout.slice(from >= 0 ? from : run.stdout.indexOf('PLAY RECAP')).trim();
};

beforeAll(async () => {
  releaseArtefacts(); // fails naming `npm run release` when the executable is missing
  const t = Date.now();
  fleet = await bootFleet({ names: HOSTS });
  times.boot = Date.now() - t;
  site = fleet.playbook('site', SITE);
});
afterAll(async () => {
  await fleet?.stop();
  const line = Object.entries(times)
    .map(([k, ms]) => `${k} ${(ms / 1000).toFixed(1)} s`)
    .join(', ');
  process.stdout.write(`ansible fleet of ${HOSTS.length} hosts: ${line}\n`);
});

describe('a fleet of three systemd hosts, managed over ssh', () => {
  it('each host has a network namespace of its own, and `ansible all -m ping` answers over ssh', async () => {
    const namespaces = fleet.boxes.map((b) => netnsOf(b.leader));
    expect(new Set([...namespaces, netnsOf('self')]).size).toBe(HOSTS.length + 1);
    for (const box of fleet.boxes) expect(await sh(box, 'systemctl is-active ssh docker')).toBe('active\nactive');
    const ping = await fleet.adhoc('all', ['-m', 'ping']);
    ok(ping, 0);
    for (const h of HOSTS) expect(ping.stdout).toContain(`${h} | SUCCESS`);
    expect(ping.tasks.map((t) => [t.host, t.status, t.result.ping]).sort()).toEqual(
      HOSTS.map((h) => [h, 'ok', 'pong']),
    );
  });

  it('run 1: the role installs the executable, the mirrors reload dockerd, the listener restarts it; verified on every host', async () => {
    const before = await each(mainPid);
    const run = await fleet.playbookRun(site, vars({ fleet_mirrors: [MIRROR], fleet_hosts: ['tcp://127.0.0.1:2375'] }));
    times['first run'] = run.ms;
    ok(run, 0);
    for (const h of HOSTS) expect(run.recap[h]).toMatchObject({ failures: 0, unreachable: 0, changed: 4 }); // the copy beside it, its move into place, the mirrors, the listener
    expect(Object.keys(taskResults(run, 'Copy the executable beside the installed one', HOSTS))).toHaveLength(3);
    const mirrors = taskResults(run, 'registry mirrors', HOSTS);
    const listeners = taskResults(run, 'listeners', HOSTS);
    for (const h of HOSTS) {
      expect(mirrors[h]!.result).toMatchObject({ changed: true, verified: true, rolled_back: false });
      expect(mirrors[h]!.result.service).toMatchObject({ manager: 'systemd', action: 'reload', ok: true });
      expect((mirrors[h]!.result.service as { commands: string[] }).commands).toContain(
        'systemctl reload docker.service',
      );
      expect(listeners[h]!.result).toMatchObject({ changed: true, verified: true, rolled_back: false });
      expect(listeners[h]!.result.service).toMatchObject({ manager: 'systemd', action: 'restart', ok: true });
    }
    for (const [i, box] of fleet.boxes.entries()) {
      expect(await sh(box, `${BINARY} --version`)).toMatch(/^\d+\.\d+\.\d+/);
      expect(await mainPid(box)).not.toBe(before[i]); // restarted by the listener change
      expect(await mirrorsOf(box)).toEqual([`${MIRROR}/`]);
      expect(await sh(box, 'curl -sS http://127.0.0.1:2375/_ping')).toBe('OK');
    }
    writeRecap('run 1 (first run)', run);
  });

  it('run 2, the same playbook: changed=0 on every host, dockerd untouched', async () => {
    const before = await each(mainPid);
    const run = await fleet.playbookRun(site, vars({ fleet_mirrors: [MIRROR], fleet_hosts: ['tcp://127.0.0.1:2375'] }));
    times['idempotent rerun'] = run.ms;
    ok(run, 0);
    for (const h of HOSTS) expect(run.recap[h]).toMatchObject({ failures: 0, changed: 0 });
    for (const t of ['registry mirrors', 'listeners'])
      for (const r of Object.values(taskResults(run, t, HOSTS)))
        expect(r.result).toMatchObject({ changed: false, outcome: 'unchanged' });
    expect(await each(mainPid)).toEqual(before);
    writeRecap('run 2 (same playbook again)', run);
  });

  it('--check --diff with a changed spec: the diff of every host shown, nothing written anywhere', async () => {
    const files = fleet.boxes.map((b) => treeDigest(b, WRITTEN));
    const pids = await each(mainPid);
    const run = await fleet.playbookRun(site, [
      '--check',
      '--diff',
      ...vars({ fleet_mirrors: [MIRROR2], fleet_hosts: ['tcp://127.0.0.1:2375', 'tcp://127.0.0.1:2377'] }),
    ]);
    times['check mode'] = run.ms;
    ok(run, 0);
    for (const h of HOSTS) expect(run.recap[h]).toMatchObject({ failures: 0, changed: 2 });
    for (const t of ['registry mirrors', 'listeners'])
      for (const r of Object.values(taskResults(run, t, HOSTS))) {
        expect(r.result).toMatchObject({ changed: true, outcome: 'dry-run' });
        expect((r.result.diff as unknown[]).length, JSON.stringify(r.result)).toBeGreaterThan(0);
      }
    // The default callback prints each host's diff of daemon.json.
    expect(run.stdout.match(/^\+\+\+ after: \/etc\/docker\/daemon\.json$/gm)?.length).toBeGreaterThanOrEqual(3);
    expect(run.stdout).toContain(`+    "${MIRROR2}"`);
    expect(run.stdout).toContain('tcp://127.0.0.1:2377');
    expect(fleet.boxes.map((b) => treeDigest(b, WRITTEN))).toEqual(files);
    expect(await each(mainPid)).toEqual(pids);
    for (const box of fleet.boxes) expect(await mirrorsOf(box)).toEqual([`${MIRROR}/`]);
    writeRecap('check mode (--check --diff, changed spec)', run);
  });

  it('a port taken on one host: that host fails rolled back and keeps its old daemon; the others change', async () => {
    const b = fleet.box(B);
    await holdPortWithoutNode(b, 2376);
    const filesB = treeDigest(b, WRITTEN);
    const run = await fleet.playbookRun(
      site,
      vars({ fleet_mirrors: [MIRROR], fleet_hosts: ['tcp://127.0.0.1:2375', 'tcp://127.0.0.1:2376'] }),
    );
    ok(run, 2); // a host failed
    expect(run.recap[B]).toMatchObject({ failures: 1 });
    for (const h of [A, C]) expect(run.recap[h]).toMatchObject({ failures: 0, changed: 1 });
    const listeners = taskResults(run, 'listeners', HOSTS);
    expect(listeners[B]).toMatchObject({ status: 'failed', result: { rolled_back: true, verified: false } });
    expect(listeners[B]!.result.msg).toMatch(/already listens on 127\.0\.0\.1:2376/);
    expect((listeners[B]!.result.diagnostics as { id: string }[]).map((d) => d.id)).toContain('address-in-use');
    for (const h of [A, C]) {
      expect(listeners[h]).toMatchObject({ status: 'changed', result: { verified: true, rolled_back: false } });
      expect(await sh(fleet.box(h), 'curl -sS http://127.0.0.1:2376/_ping')).toBe('OK');
    }
    // B: the old files, and the old configuration running.
    expect(treeDigest(b, ['/etc/docker/daemon.json', '/etc/systemd/system/docker.service.d'])).toEqual(
      Object.fromEntries(
        Object.entries(filesB).filter(([p]) => p === '/etc/docker/daemon.json' || p.includes('docker.service.d')),
      ),
    );
    expect(await sh(b, 'systemctl is-active docker')).toBe('active');
    expect(await sh(b, 'curl -sS http://127.0.0.1:2375/_ping')).toBe('OK');
    expect(await mirrorsOf(b)).toEqual([`${MIRROR}/`]);
    writeRecap('one host with its port taken', run);
  });

  it('a container without live-restore: refused without assume_yes (nothing changes), stopped and named with it', async () => {
    const names = Object.fromEntries(fleet.boxes.map((b) => [b.name, `keep-${b.name.slice(-1)}`]));
    await each((box) => runKeepAlive(box, names[box.name]!));
    const started = await each((box) => containerState(box, names[box.name]!));
    const files = fleet.boxes.map((b) => treeDigest(b, WRITTEN));
    const pids = await each(mainPid);
    const spec = { fleet_mirrors: [MIRROR], fleet_hosts: ['tcp://127.0.0.1:2375', 'tcp://127.0.0.1:2377'] };

    // Check mode says what the real run will do: refused too, for the same reason.
    const checked = await fleet.playbookRun(site, [...vars(spec), '--check']);
    ok(checked, 2);
    for (const [h, r] of Object.entries(taskResults(checked, 'listeners', HOSTS))) {
      expect(r.status, h).toBe('failed');
      expect(String(r.result.msg)).toContain(names[h]!);
    }

    const refused = await fleet.playbookRun(site, vars(spec));
    ok(refused, 2);
    for (const h of HOSTS) expect(refused.recap[h]).toMatchObject({ failures: 1, changed: 0 });
    for (const [h, r] of Object.entries(taskResults(refused, 'listeners', HOSTS))) {
      expect(r.status, h).toBe('failed');
      expect(r.result).toMatchObject({ changed: false, rolled_back: false });
      expect(String(r.result.msg)).toContain(names[h]!);
    }
    expect(fleet.boxes.map((b) => treeDigest(b, WRITTEN))).toEqual(files);
    expect(await each(mainPid)).toEqual(pids);
    expect(await each((box) => containerState(box, names[box.name]!))).toEqual(started);

    const consented = await fleet.playbookRun(site, vars({ ...spec, fleet_assume_yes: true }));
    ok(consented, 0);
    for (const [h, r] of Object.entries(taskResults(consented, 'listeners', HOSTS))) {
      expect(r.result, h).toMatchObject({ changed: true, verified: true, stopped_containers: [names[h]] });
    }
    for (const box of fleet.boxes) {
      expect(await containerState(box, names[box.name]!)).toMatchObject({ Running: false, Status: 'exited' });
      expect(await sh(box, 'curl -sS http://127.0.0.1:2377/_ping')).toBe('OK');
    }
  });

  it('the doctor play gathers a report from every host onto the controller', async () => {
    const reports = `${fleet.dir}/reports`;
    mkdirSync(reports);
    const run = await fleet.playbookRun(fleet.playbook('doctor', DOCTOR), vars({ fleet_reports: reports }));
    ok(run, 0);
    const doctor = taskResults(run, 'doctor', HOSTS);
    for (const h of HOSTS) {
      expect(run.recap[h]).toMatchObject({ failures: 0 });
      const r = doctor[h]!.result as { changed: boolean; checks: { id: string; status: string }[] };
      expect(r.changed).toBe(false);
      const status = Object.fromEntries(r.checks.map((c) => [c.id, c.status]));
      expect(status).toMatchObject({ 'service.state': 'ok', 'service.applied': 'ok' });
      // The boxes have no network: the mirror cannot answer.
      expect(status['network.mirrors']).toBe('error');
      const saved = JSON.parse(readFileSync(`${reports}/${h}.json`, 'utf8')) as { diagnostics: { id: string }[] };
      expect(saved.diagnostics.map((d) => d.id)).toEqual(expect.arrayContaining(['tcp-without-tls']));
    }
  });

  it('the install role with the .deb: dpkg installs it from the controller, a second run changes nothing', async () => {
    const DEB = [
      {
        name: 'dockerd-config from the .deb',
        hosts: 'all',
        gather_facts: false,
        roles: [
          {
            role: 'dockerd_config.daemon.install',
            vars: { dockerd_config_install_release_dir: releaseDir, dockerd_config_install_method: 'deb' },
          },
        ],
        tasks: [{ name: 'the installed binary', 'ansible.builtin.command': '{{ dockerd_config_binary }} --version' }],
      },
    ];
    const playbook = fleet.playbook('deb', DEB);
    const first = await fleet.playbookRun(playbook, ['--limit', HOSTS[0]!]);
    ok(first, 0);
    expect(first.recap[HOSTS[0]!]).toMatchObject({ failures: 0 });
    expect(await sh(fleet.boxes[0]!, "dpkg-query -W -f '${Status}' dockerd-config")).toBe('install ok installed');
    const again = await fleet.playbookRun(playbook, ['--limit', HOSTS[0]!]);
    ok(again, 0);
    // The version check is a command (always "changed"); the role's own tasks change nothing.
    expect(again.recap[HOSTS[0]!]!.changed).toBeLessThanOrEqual(1);
  });
});

/** FLEET_RECAP_FILE: append what a run printed (its settings tasks and PLAY RECAP) and its time, for the README. */
function writeRecap(title: string, run: AnsibleRun): void {
  const file = process.env.FLEET_RECAP_FILE;
  if (!file) return;
  const text = `== ${title}: ${(run.ms / 1000).toFixed(1)} s, exit ${run.exitCode}\n${recapText(run)}\n\n`;
  writeFileSync(file, text, { flag: 'a' });
}
