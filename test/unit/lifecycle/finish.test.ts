// finishChange end to end against a scripted daemon: the service manager is --restart-cmd, the
// daemon's behaviour (start, die on a taken port, SIGHUP, /_ping, /info) is a fake behind ctx.exec,
// ctx.kill and ctx.api. Files, backups and the rollback are real, in a temp --root.
import { appendFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyChanges } from '../../../src/apply/index.js';
import type { ApiResponse } from '../../../src/edges/docker-api.js';
import { parseEngineVersion } from '../../../src/engine/version.js';
import {
  finishChange,
  planService,
  previewRefusal,
  previewService,
  type FinishRequest,
} from '../../../src/lifecycle/finish.js';
import { readSources } from '../../../src/sources/read-sources.js';
import { loadDaemonConfig } from '../../../src/validate/model.js';
import { tempRoot } from '../apply/temp-root.js';

const engine = parseEngineVersion('20.10.24')!;
const RESTART = 'restart-dockerd';
const TAKEN = 'tcp://127.0.0.1:9';

/** A dockerd that reads <root>/etc/docker/daemon.json when (re)started and on SIGHUP. */
function fakeDaemon(root: string, behaviour: { applyOnHup?: boolean } = {}) {
  const json = join(root, 'etc/docker/daemon.json');
  const pidfile = join(root, 'var/run/docker.pid');
  const log = join(root, 'var/log/docker.log');
  mkdirSync(join(root, 'var/run'), { recursive: true });
  mkdirSync(join(root, 'var/log'), { recursive: true });
  let running: { pid: number; mirrors: string[] } | undefined;
  // From now on every start fails, whatever the files say (a disk that filled up, say).
  const failing = { now: false };
  let nextPid = 1000;
  const read = () => JSON.parse(readFileSync(json, 'utf8')) as { 'registry-mirrors'?: string[]; hosts?: string[] };
  const start = () => {
    appendFileSync(log, 'time="2026-11-28T01:02:03Z" level=info msg="Starting up"\n');
    const config = read();
    if (config.hosts?.includes(TAKEN) || failing.now) {
      appendFileSync(log, 'failed to load listeners: listen tcp 127.0.0.1:9: bind: address already in use\n');
      running = undefined;
      rmSync(pidfile, { force: true });
      return;
    }
    running = { pid: nextPid++, mirrors: config['registry-mirrors'] ?? [] };
    writeFileSync(pidfile, `${running.pid}\n`);
  };
  const commands: string[] = [];
  const ctxParts = {
    exec: async (file: string, args: readonly string[]) => {
      commands.push([file, ...args].join(' '));
      if (file === 'sh' && args[1]?.endsWith(RESTART)) start();
      return { exitCode: 0, stdout: '', stderr: '' };
    },
    kill: (pid: number, signal: NodeJS.Signals | 0) => {
      if (running?.pid !== pid) return false;
      if (signal === 'SIGHUP') {
        commands.push(`HUP ${pid}`);
        if (behaviour.applyOnHup !== false) running.mirrors = read()['registry-mirrors'] ?? running.mirrors;
      }
      return true;
    },
    api: async (target: { socketPath?: string }, path: string): Promise<ApiResponse> => {
      if (!running || target.socketPath !== join(root, 'var/run/docker.sock'))
        return { ok: false, error: 'connect ECONNREFUSED', code: 'ECONNREFUSED' };
      if (path === '/_ping') return { ok: true, status: 200, body: 'OK' };
      const mirrors = running.mirrors.map((m) => (m.endsWith('/') ? m : `${m}/`));
      return {
        ok: true,
        status: 200,
        body: JSON.stringify({
          RegistryConfig: {
            Mirrors: mirrors,
            InsecureRegistryCIDRs: ['127.0.0.0/8'],
            IndexConfigs: { 'docker.io': { Name: 'docker.io', Mirrors: mirrors, Secure: true, Official: true } },
          },
          ContainersRunning: 0,
        }),
      };
    },
    sleep: async () => {},
  };
  return { json, start, commands, ctxParts, failing, isRunning: () => running !== undefined };
}

async function setUp(before: string, after: string, behaviour?: { applyOnHup?: boolean }) {
  let clock = 0;
  const ctx0 = tempRoot();
  const daemon = fakeDaemon(ctx0.root, behaviour);
  const ctx = { ...ctx0, ...daemon.ctxParts, clock: () => (clock += 10) };
  mkdirSync(join(ctx.root, 'etc/docker'), { recursive: true });
  writeFileSync(daemon.json, before);
  daemon.start();
  const { files } = await applyChanges(ctx, [
    { path: daemon.json, kind: 'daemon-json', before: Buffer.from(before), after },
  ]);
  const config = (text: string) => ({
    settings: loadDaemonConfig({
      daemonJson: { path: daemon.json, bytes: Buffer.from(text), explicit: false },
      args: [],
      engine,
    }).settings,
    engine,
  });
  const request = (over: Partial<FinishRequest> = {}): FinishRequest => ({
    mode: 'auto',
    before: config(before),
    after: config(after),
    argsChanged: false,
    unitChanged: false,
    backups: files.map((f) => f.backup ?? ''),
    sources: readSources(ctx, { daemonArgsOption: '' }),
    options: { restart: true, yes: true, json: true, timeoutSeconds: 2, restartCmd: `sh ${RESTART}` },
    ...over,
  });
  const io = { confirm: async () => true };
  return { ctx, daemon, request, io };
}

const MIRROR = '{"registry-mirrors": ["https://m.example"]}\n';

describe('finishChange', () => {
  it('reloads a mirror change with SIGHUP and verifies it in /info', async () => {
    const { ctx, daemon, request, io } = await setUp('{}\n', MIRROR);
    const report = await finishChange(ctx, io, request());
    expect(report.service).toMatchObject({ manager: 'custom', action: 'reload', ok: true });
    expect(report.verified).toBe(true);
    expect(report.rolledBack).toBe(false);
    expect(daemon.commands).toContain('HUP 1000');
    expect(daemon.commands.some((c) => c.includes(RESTART))).toBe(false);
  });

  it('restarts when a key is removed (a reload would keep the old value)', async () => {
    const { ctx, daemon, request, io } = await setUp(MIRROR, '{}\n');
    const report = await finishChange(ctx, io, request());
    expect(report.service.action).toBe('restart');
    expect(report.verified).toBe(true);
    expect(daemon.commands.filter((c) => c.includes(RESTART))).toHaveLength(1);
  });

  it('rolls back a change dockerd will not start with, says why, and proves the old configuration runs', async () => {
    const bad = `{"hosts": ["unix:///var/run/docker.sock", "${TAKEN}"]}\n`;
    const { ctx, daemon, request, io } = await setUp('{}\n', bad);
    const report = await finishChange(ctx, io, request());
    expect(report.rolledBack).toBe(true);
    expect(report.service.ok).toBe(false);
    expect(report.diagnostics[0]).toMatchObject({ id: 'address-in-use', severity: 'error' });
    expect(report.diagnostics[0]?.dockerd).toMatch(/address already in use/);
    expect(readFileSync(daemon.json, 'utf8')).toBe('{}\n');
    expect(report.restored[0]?.path).toBe(daemon.json);
    expect(report.restored[0]?.rejectedBackup).toBeTruthy();
    expect(report.answered).toEqual(['unix:///var/run/docker.sock']);
    expect(daemon.isRunning()).toBe(true);
    expect(report.diagnostics.some((d) => d.id === 'rollback-failed')).toBe(false);
  });

  it('says plainly when even the old configuration does not come up, naming both versions', async () => {
    const { ctx, daemon, request, io } = await setUp('{}\n', `{"hosts": ["${TAKEN}"], "debug": true}\n`);
    daemon.failing.now = true;
    const report = await finishChange(ctx, io, request());
    expect(report.outcome).toBe('rollback-failed');
    expect(report.rolledBack).toBe(true);
    const failed = report.diagnostics.find((d) => d.id === 'rollback-failed');
    expect(failed?.message).toMatch(/did not come up either/);
    expect(failed?.message).toMatch(/daemon\.json \(the rejected version is backup \d{8}T\d{6}Z/);
  });

  it('never rolls back to a configuration that had already failed: the new one is kept, and said so', async () => {
    const bad = `{"hosts": ["${TAKEN}"]}\n`;
    const after = `{"hosts": ["${TAKEN}"], "debug": true}\n`;
    const { ctx, daemon, request, io } = await setUp(bad, after);
    const report = await finishChange(ctx, io, request());
    expect(report.outcome).toBe('kept');
    expect(report.kept).toBe('no-better-state');
    expect(report.rolledBack).toBe(false);
    expect(report.diagnostics.map((d) => d.id)).toEqual(['address-in-use', 'rollback-skipped']);
    expect(readFileSync(daemon.json, 'utf8')).toBe(after);
  });

  it('a stopped daemon (no pid, a clean log) stays stopped: nothing is run, the change is kept', async () => {
    const { ctx, daemon, request, io } = await setUp('{}\n', MIRROR);
    rmSync(join(ctx.root, 'var/run/docker.pid'));
    const report = await finishChange(ctx, { ...io }, request());
    expect(report).toMatchObject({ outcome: 'kept', kept: 'daemon-stopped' });
    expect(report.diagnostics[0]?.id).toBe('daemon-stopped');
    expect(daemon.commands).toEqual([]);
  });

  it('a --restart-cmd that fails at once ends the wait at once, with its exit status and words; the change is kept', async () => {
    const { ctx, request, io } = await setUp('{}\n', `{"hosts": ["unix:///var/run/docker.sock"], "debug": true}\n`);
    const failingCtx = { ...ctx, exec: async () => ({ exitCode: 1, stdout: '', stderr: 'boom' }) };
    const report = await finishChange(
      failingCtx,
      io,
      request({ options: { restart: true, yes: true, json: true, timeoutSeconds: 30, restartCmd: 'false' } }),
    );
    expect(report).toMatchObject({ outcome: 'kept', kept: 'service-manager-failed', rolledBack: false });
    expect(report.diagnostics[0]).toMatchObject({
      id: 'service-manager-failed',
      message: expect.stringMatching(/exit 1.*boom/),
    });
  });

  it('rolls back a reload the daemon did not apply (config-not-applied), by reloading the old file', async () => {
    const { ctx, daemon, request, io } = await setUp('{}\n', MIRROR, { applyOnHup: false });
    const report = await finishChange(ctx, io, request());
    expect(report.verified).toBe(false);
    expect(report.rolledBack).toBe(true);
    expect(report.diagnostics[0]).toMatchObject({ id: 'config-not-applied' });
    expect(report.differences[0]?.setting).toBe('registry-mirrors');
    expect(readFileSync(daemon.json, 'utf8')).toBe('{}\n');
  });

  it('--no-restart writes only and says which command applies it', async () => {
    const { ctx, daemon, request, io } = await setUp('{}\n', MIRROR);
    const report = await finishChange(
      ctx,
      io,
      request({ options: { restart: false, yes: true, json: true, timeoutSeconds: 2, restartCmd: `sh ${RESTART}` } }),
    );
    expect(report.service.action).toBe('none');
    expect(report.diagnostics[0]).toMatchObject({ id: 'restart-needed', hint: expect.stringMatching(/kill -HUP/) });
    expect(daemon.commands).toEqual([]);
  });

  it('under --root without --restart-cmd, never touches a service and says what to do', async () => {
    const { ctx, daemon, request, io } = await setUp('{}\n', MIRROR);
    const report = await finishChange(
      ctx,
      io,
      request({ options: { restart: true, yes: true, json: true, timeoutSeconds: 2 } }),
    );
    expect(report.service).toMatchObject({ manager: 'none', action: 'none', ok: true });
    expect(report.diagnostics[0]?.hint).toMatch(/--restart-cmd/);
    expect(daemon.commands).toEqual([]);
  });

  it('asks before a restart would stop running containers, and refuses when declined', async () => {
    const { ctx, daemon, request } = await setUp(MIRROR, '{}\n');
    const api = ctx.api;
    const withContainers: typeof ctx = {
      ...ctx,
      isTTY: true,
      api: async (t, p) => {
        if (p === '/containers/json')
          return {
            ok: true,
            status: 200,
            body: JSON.stringify([
              { Id: 'a1', Names: ['/web'] },
              { Id: 'b2', Names: ['/db'] },
            ]),
          };
        return api(t, p);
      },
    };
    const questions: string[] = [];
    const options = { restart: true, yes: false, json: false, timeoutSeconds: 2, restartCmd: `sh ${RESTART}` };
    const plan = await planService(
      withContainers,
      { confirm: async (q) => (questions.push(q), false) },
      request({ options }),
    );
    expect(questions[0]).toMatch(/stops 2 running containers/);
    expect(plan.refusal).toMatchObject({ id: 'containers-would-stop', message: expect.stringMatching(/web, db/) });
    // No terminal (or --json): no question, the same refusal, and the flag to pass.
    const unasked = await planService(
      { ...withContainers, isTTY: false },
      { confirm: async () => true },
      request({ options }),
    );
    expect(unasked.refusal).toMatchObject({ id: 'containers-would-stop', hint: expect.stringMatching(/-y/) });
    const consented = await planService(
      withContainers,
      { confirm: async () => false },
      request({ options: { ...options, yes: true } }),
    );
    expect(consented).toMatchObject({ action: 'restart', containers: ['web', 'db'] });
    expect(consented.refusal).toBeUndefined();
    // --dry-run says the same where nobody can be asked (Ansible's check mode): refused without -y.
    const noTerminal = { ...withContainers, isTTY: false };
    const preview = previewService(noTerminal, request({ options }));
    expect(await previewRefusal(noTerminal, request({ options }), preview)).toMatchObject({
      id: 'containers-would-stop',
    });
    expect(await previewRefusal(noTerminal, request({ options: { ...options, yes: true } }), preview)).toBeUndefined();
    expect(await previewRefusal(withContainers, request({ options }), preview)).toBeUndefined();
    expect(daemon.commands.some((c) => c.includes(RESTART))).toBe(false);
  });

  it("takes the journal's mark while it asks for the containers, and again after a person was asked", async () => {
    const { ctx, request } = await setUp(MIRROR, '{}\n');
    const api = ctx.api;
    let running = false;
    const withContainers: typeof ctx = {
      ...ctx,
      isTTY: true,
      api: async (t, p) =>
        p === '/containers/json'
          ? { ok: true, status: 200, body: JSON.stringify(running ? [{ Id: 'a1', Names: ['/web'] }] : []) }
          : api(t, p),
    };
    const options = { restart: true, yes: false, json: false, timeoutSeconds: 2, restartCmd: `sh ${RESTART}` };
    const unasked = await planService(withContainers, { confirm: async () => true }, request({ options }));
    expect(unasked).toMatchObject({ action: 'restart', containers: [] });
    expect(unasked.mark).toBeInstanceOf(Promise);
    running = true;
    const asked = await planService(withContainers, { confirm: async () => true }, request({ options }));
    expect(asked).toMatchObject({ action: 'restart', containers: ['web'] });
    expect(asked.mark).toBeUndefined();
    const consented = await planService(
      withContainers,
      { confirm: async () => false },
      request({ options: { ...options, yes: true } }),
    );
    expect(consented.mark).toBeInstanceOf(Promise);
  });
});
