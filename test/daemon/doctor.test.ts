// Issue 4 against a real systemd (systemd-nspawn, Debian's docker.io unit), a real dockerd whose
// real journal doctor reads, and a real registry: what `doctor` finds, and that `doctor --fix`
// leaves a daemon that runs. A fresh box per test.
import { readFileSync, writeFileSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { bootSdbox, cli, type Sdbox } from '../helpers/boxes.js';
import { holdPort, sh } from '../helpers/cli-report.js';
import { waitForPing } from '../helpers/daemon-state.js';
import { startRegistry, type Registry } from '../helpers/registry.js';

interface Finding {
  id: string;
  severity: string;
  message: string;
  check: string;
  line?: number;
  dockerd?: string;
  fix?: string;
  evidence?: string;
}
interface DoctorReport {
  ok: boolean;
  checks: { id: string; status: string; note?: string }[];
  diagnostics: Finding[];
  fixed?: {
    done: string[];
    files: { path: string }[];
    service?: { action: string; ok: boolean; commands: string[] };
    verified?: boolean;
    rolledBack?: boolean;
  };
}

let box: Sdbox | undefined;
afterEach(async () => {
  await box?.stop();
  box = undefined;
});

/**
 * A booted box is one whose systemd is up; docker.service may still be starting (or between
 * Restart= attempts). Every test here reloads, reads MainPID or asks the daemon: wait for it.
 */
async function dockerUp(b: Sdbox, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const state = (await b.exec(['systemctl', 'is-active', 'docker.service'])).stdout.trim();
    if (state === 'active') break;
    if (Date.now() > deadline) {
      const status = await b.exec(['systemctl', 'status', '--no-pager', '-n', '20', 'docker.service']);
      throw new Error(`docker.service in ${b.name} is ${state} after ${timeoutMs} ms:\n${status.stdout}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  await waitForPing(b, Math.max(5_000, deadline - Date.now()));
}

let serial = 0;
async function boot(options: { netns?: string } = {}): Promise<Sdbox> {
  box = await bootSdbox(`sd4-${process.pid % 10000}-${serial++}`, options);
  await dockerUp(box);
  return box;
}

async function doctor(
  b: Sdbox,
  args: readonly string[] = [],
): Promise<{ exitCode: number; report: DoctorReport; ms: number }> {
  const started = Date.now();
  const r = await cli(b, ['doctor', ...args, '--json', '-y'], { timeoutMs: 180_000 });
  const ms = Date.now() - started;
  try {
    return { exitCode: r.exitCode, report: JSON.parse(r.stdout) as DoctorReport, ms };
  } catch {
    throw new Error(`doctor did not print one JSON document (exit ${r.exitCode}):\n${r.stdout}\n${r.stderr}`);
  }
}

const finding = (report: DoctorReport, check: string, id: string): Finding | undefined =>
  report.diagnostics.find((d) => d.check === check && d.id === id);
const errors = (report: DoctorReport): string[] =>
  report.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.check}:${d.id}`);
const pingOk = (b: Sdbox) => sh(b, 'curl -sS --max-time 5 --unix-socket /var/run/docker.sock http://x/_ping');

describe('doctor on a real systemd host', () => {
  it("a dangling comma that made systemd give up: the line, the journal's cause, the start limit; --fix repairs and starts it", async () => {
    const b = await boot();
    writeFileSync(
      b.hostPath('/etc/docker/daemon.json'),
      '{\n  "registry-mirrors": ["https://mirror.example.com"],\n}\n',
    );
    for (let i = 0; i < 4; i++) await b.exec(['systemctl', 'restart', 'docker']);

    const { exitCode, report } = await doctor(b, ['--offline']);
    expect(exitCode).toBe(1);
    // The error once, with the file's line and fix, and the real journal as evidence.
    expect(finding(report, 'config.validation', 'json-syntax')).toMatchObject({
      severity: 'error',
      line: 3,
      fix: 'repair daemon.json',
      evidence: "dockerd's log says the same: the journal (docker.service, last 6 h)",
    });
    // From the real journal: dockerd's own line, classified as that error; the service group points up to it.
    expect(report.diagnostics.filter((d) => d.id === 'json-syntax')).toHaveLength(1);
    expect(finding(report, 'service.state', 'config-refused')).toMatchObject({
      severity: 'error',
      message: expect.stringContaining('its last start failed on json-syntax'),
      dockerd: expect.stringMatching(/invalid character '\}' looking for beginning of object key string/),
    });
    expect(finding(report, 'service.start-limit', 'start-limit-hit')).toMatchObject({ severity: 'error' });
    expect(report.checks.find((c) => c.id === 'network.mirrors')).toMatchObject({ status: 'skipped' });

    const fixed = await doctor(b, ['--fix', '--offline']);
    expect(fixed.exitCode).toBe(0);
    expect(fixed.report.fixed).toMatchObject({
      service: { action: 'restart', ok: true },
      verified: true,
      rolledBack: false,
    });
    expect(fixed.report.fixed?.service?.commands).toContain('systemctl reset-failed docker.service docker.socket');
    expect(errors(fixed.report)).toEqual([]);
    expect(await pingOk(b)).toBe('OK');
    expect(JSON.parse(readFileSync(b.hostPath('/etc/docker/daemon.json'), 'utf8'))).toEqual({
      'registry-mirrors': ['https://mirror.example.com'],
    });
  });

  it('"hosts" in daemon.json against the unit\'s -H fd://: flag-file-conflict; --fix writes the drop-in and both sockets answer', async () => {
    const b = await boot();
    writeFileSync(b.hostPath('/etc/docker/daemon.json'), '{"hosts": ["tcp://127.0.0.1:2375"]}\n');
    await b.exec(['systemctl', 'restart', 'docker']);

    const { exitCode, report } = await doctor(b, ['--offline']);
    expect(exitCode).toBe(1);
    expect(finding(report, 'config.validation', 'flag-file-conflict')).toMatchObject({
      severity: 'error',
      fix: expect.stringContaining('dockerd-config-hosts.conf'),
    });
    expect(finding(report, 'service.state', 'config-refused')).toMatchObject({
      message: expect.stringContaining('its last start failed on flag-file-conflict'),
      dockerd: expect.stringContaining(
        'the following directives are specified both as a flag and in the configuration file: hosts',
      ),
    });

    const fixed = await doctor(b, ['--fix', '--offline']);
    expect(fixed.exitCode).toBe(0);
    expect(fixed.report.fixed).toMatchObject({ service: { ok: true }, verified: true });
    expect(fixed.report.fixed?.files.map((f) => f.path)).toEqual(
      expect.arrayContaining([
        '/etc/docker/daemon.json',
        '/etc/systemd/system/docker.service.d/dockerd-config-hosts.conf',
      ]),
    );
    expect(await pingOk(b)).toBe('OK');
    expect(await sh(b, 'curl -sS --max-time 5 http://127.0.0.1:2375/_ping')).toBe('OK');
    expect(errors(fixed.report)).toEqual([]);
  });

  it('a file edited by hand and never reloaded: config-not-applied (a warning); --fix reloads, same dockerd', async () => {
    const b = await boot();
    const pid = await sh(b, 'systemctl show -p MainPID --value docker');
    writeFileSync(b.hostPath('/etc/docker/daemon.json'), '{"debug": true, "labels": ["doctor=yes"]}\n');

    const { exitCode, report } = await doctor(b, ['--offline']);
    expect(exitCode).toBe(0);
    expect(finding(report, 'service.applied', 'config-not-applied')).toMatchObject({
      severity: 'warning',
      message: expect.stringContaining('debug'),
    });

    const fixed = await doctor(b, ['--fix', '--offline']);
    expect(fixed.exitCode).toBe(0);
    expect(fixed.report.fixed?.service).toMatchObject({ action: 'reload', ok: true });
    expect(finding(fixed.report, 'service.applied', 'config-not-applied')).toBeUndefined();
    expect(await sh(b, 'systemctl show -p MainPID --value docker')).toBe(pid);
    expect(await sh(b, "docker info --format '{{.Debug}}'")).toBe('true');
  });

  it('a unit drop-in added by hand: unit-reload-needed; a group-writable daemon.json: file-permissions; --fix mends both', async () => {
    const b = await boot();
    await sh(
      b,
      'mkdir -p /etc/systemd/system/docker.service.d && printf "[Service]\\nEnvironment=DOCTOR_TEST=1\\n" > /etc/systemd/system/docker.service.d/extra.conf && systemctl daemon-reload',
    );
    await sh(b, 'printf "[Service]\\nEnvironment=DOCTOR_TEST=2\\n" > /etc/systemd/system/docker.service.d/extra.conf');
    writeFileSync(b.hostPath('/etc/docker/daemon.json'), '{}\n');
    await sh(b, 'chmod 0666 /etc/docker/daemon.json');

    const { report } = await doctor(b, ['--offline']);
    expect(finding(report, 'service.unit-reload', 'unit-reload-needed')).toMatchObject({ severity: 'warning' });
    expect(finding(report, 'security.files', 'file-permissions')).toMatchObject({
      fix: 'chmod 0644 /etc/docker/daemon.json',
    });

    const fixed = await doctor(b, ['--fix', '--offline']);
    expect(fixed.exitCode).toBe(0);
    expect(fixed.report.fixed?.service?.commands).toEqual(expect.arrayContaining(['systemctl daemon-reload']));
    expect(finding(fixed.report, 'service.unit-reload', 'unit-reload-needed')).toBeUndefined();
    expect(await sh(b, 'stat -c %a /etc/docker/daemon.json')).toBe('644');
    expect(await sh(b, 'systemctl show -p Environment --value docker')).toContain('DOCTOR_TEST=2');
  });

  it('a proxy in a drop-in, daemon-reloaded but never restarted: proxy-not-applied, with the password masked; --fix restarts', async () => {
    const b = await boot();
    await sh(
      b,
      'mkdir -p /etc/systemd/system/docker.service.d && printf "[Service]\\nEnvironment=HTTPS_PROXY=http://ops:hunter2@127.0.0.1:3128\\n" > /etc/systemd/system/docker.service.d/proxy.conf && systemctl daemon-reload',
    );

    const { report } = await doctor(b, ['--offline']);
    expect(finding(report, 'network.proxy', 'proxy-not-applied')).toMatchObject({
      severity: 'warning',
      message: expect.stringContaining('ops:xxxxx@127.0.0.1:3128'),
    });
    expect(finding(report, 'security.credentials', 'credentials-in-url')).toBeTruthy();
    expect(JSON.stringify(report)).not.toContain('hunter2');

    const fixed = await doctor(b, ['--fix', '--offline']);
    expect(fixed.report.fixed?.service).toMatchObject({ action: 'restart', ok: true });
    expect(finding(fixed.report, 'network.proxy', 'proxy-not-applied')).toBeUndefined();
    // dockerd masks the user name too.
    expect(await sh(b, "docker info --format '{{.HTTPSProxy}}'")).toBe('http://xxxxx:xxxxx@127.0.0.1:3128');
  });
});

describe('doctor probes mirrors: a live registry, a closed port, a black hole', () => {
  let registry: Registry;
  beforeAll(async () => {
    registry = await startRegistry({ netns: `dcfg-doc-${process.pid % 10000}`, port: 5000 });
  });
  afterAll(async () => {
    await registry?.stop();
  });

  it('each mirror is named for what it is, and the dead ones cost one timeout together', async () => {
    const b = await boot({ netns: registry.netns });
    await holdPort(b, 7001); // accepts, never answers
    await holdPort(b, 7002);
    await holdPort(b, 7003);
    const mirrors = [
      registry.url,
      'http://127.0.0.1:7009',
      'http://127.0.0.1:7001',
      'http://127.0.0.1:7002',
      'http://127.0.0.1:7003',
    ];
    writeFileSync(b.hostPath('/etc/docker/daemon.json'), `${JSON.stringify({ 'registry-mirrors': mirrors })}\n`);
    await sh(b, 'systemctl reload docker');

    const { exitCode, report, ms } = await doctor(b, ['--timeout', '2', '--only', 'network']);
    expect(exitCode).toBe(0); // dead mirrors are warnings: dockerd falls back
    const about = (url: string) =>
      report.diagnostics.filter((d) => d.check === 'network.mirrors' && d.message.includes(url.replace(/\/$/, '')));
    expect(about(registry.url).filter((d) => d.severity !== 'info')).toEqual([]);
    expect(about('http://127.0.0.1:7009')[0]).toMatchObject({
      id: 'mirror-unreachable',
      message: expect.stringContaining('refused'),
    });
    expect(about('http://127.0.0.1:7001')[0]).toMatchObject({
      id: 'mirror-unreachable',
      message: expect.stringMatching(/no answer within 2000 ms/),
    });
    expect(about('http://127.0.0.1:7002')[0]).toMatchObject({ id: 'mirror-unreachable' });
    // Three black holes at 2 s each: one after the other they would take 6 s; at once, one timeout.
    expect(ms).toBeLessThan(5000);
    expect(new Set(report.checks.map((c) => c.id.split('.')[0]))).toEqual(new Set(['network']));
  });
});
