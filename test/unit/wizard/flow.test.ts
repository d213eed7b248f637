import { cpSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXIT } from '../../../src/cli/errors.js';
import { PromptCancelled } from '../../../src/wizard/questions.js';
import { runWizard } from '../../../src/wizard/run-wizard.js';
import { API, blackHole, reply, scripted } from '../probe/scripted-http.js';
import { fixtureRoot, makeRoot, rootCtx } from '../targets/fixture-root.js';
import { scriptedPrompter, type Step } from './scripted-prompter.js';
import { capturedIo, wizardOptions } from './wizard-io.js';

const FAST = 'https://fast.example';
const SLOW = 'https://slow.example';
const DEAD = 'https://dead.example';
const delayed = (ms: number) => () =>
  new Promise<ReturnType<typeof reply>>((resolve) => setTimeout(() => resolve(reply(200, API)), ms));

/** A copy of a fixture root, with the registries the probes reach scripted. */
function setUp(fixture = 'debian-docker-io', files: Record<string, string> = {}) {
  const root = makeRoot(files);
  cpSync(fixtureRoot(fixture), root, { recursive: true });
  const http = scripted({
    [`${FAST}/v2/`]: reply(200, API),
    [`${SLOW}/v2/`]: delayed(40),
    [`${DEAD}/v2/`]: blackHole,
    'http://10.1.2.3:5000/v2/': reply(200, API),
  });
  const ctx = { ...rootCtx(root), http: http.ctx.http };
  const daemonJson = () => {
    const path = join(root, 'etc/docker/daemon.json');
    return existsSync(path) ? readFileSync(path, 'utf8') : null;
  };
  return { root, ctx, daemonJson };
}

async function run(
  script: Step[],
  options: { lang?: 'en' | 'zh'; fixture?: string; files?: Record<string, string> } = {},
) {
  const { root, ctx, daemonJson } = setUp(options.fixture, options.files);
  const { io, output } = capturedIo(options.lang);
  const scriptedRun = scriptedPrompter(script);
  let code: number | undefined;
  let error: unknown;
  try {
    code = await runWizard({ ctx, io }, wizardOptions(root), scriptedRun.prompter);
  } catch (e) {
    error = e;
  }
  return { code, error, output: output(), daemonJson, ...scriptedRun };
}

describe('the wizard, with a scripted person', () => {
  it('tests the mirrors typed, lists them fastest first with the dead one marked, and writes the ticked ones', async () => {
    const r = await run([
      { name: 'tasks', tick: ['mirrors', 'insecure'] },
      { name: 'mirrorUrl', type: ['ftp://mirror.example', `${DEAD} ${SLOW}`] },
      { name: 'mirrorUrl', type: [FAST] },
      { name: 'mirrorUrl', type: [''] },
      { name: 'mirrors', tick: (choices) => choices.filter((c) => c.checked).map((c) => c.value) },
      { name: 'insecureRegistry', type: ['10.0.0.0/33', 'http://10.1.2.3:5000'] },
      { name: 'insecureRegistry', type: [''] },
      { name: 'apply', confirm: true },
    ]);
    expect(r.error).toBeUndefined();
    expect(r.code).toBe(EXIT.ok);
    const mirrorUrl = r.asked.find((a) => a.name === 'mirrorUrl')!;
    expect(mirrorUrl.rejected).toEqual([
      '"ftp://mirror.example" is not a valid registry mirror: invalid mirror: unsupported scheme "ftp" in "ftp://mirror.example"',
    ]);
    const offered = r.asked.find((a) => a.name === 'mirrors')!.choices!;
    expect(offered.map((c) => c.value)).toEqual([FAST, SLOW, DEAD]);
    expect(offered.map((c) => c.checked)).toEqual([true, true, false]);
    expect(offered[2]!.label).toMatch(/^✗ https:\/\/dead\.example\s+unusable: no answer$/);
    expect(r.asked.find((a) => a.name === 'insecureRegistry')!.rejected![0]).toBe(
      '"10.0.0.0/33" is not a valid insecure registry: insecure registry 10.0.0.0/33 is not valid: invalid host "10.0.0.0/33"',
    );
    // As `insecure add` does: the scheme is dropped, with dockerd's warning.
    expect(r.output).toContain(
      "! http://10.1.2.3:5000: insecure registry http://10.1.2.3:5000 should not contain 'http://'",
    );
    expect(r.progress).toContain('  3/3 answered');
    expect(r.output).toContain('10.1.2.3:5000: answers over plain http: it needs this entry');
    expect(JSON.parse(r.daemonJson()!)).toEqual({
      'registry-mirrors': [FAST, SLOW],
      'insecure-registries': ['10.1.2.3:5000'],
    });
    expect(r.output).toContain('+++ ');
    expect(r.output).toMatch(/dockerd will be reloaded \(.*registry-mirrors/);
    expect(r.left()).toEqual([]);
  });

  it('writes nothing when the person says no at the preview', async () => {
    const r = await run([
      { name: 'tasks', tick: ['keys'] },
      { name: 'key', type: ['log-levle', 'log-level'] },
      { name: 'value', type: ['loud', 'warn'] },
      { name: 'key', type: [''] },
      { name: 'apply', confirm: false },
    ]);
    expect(r.code).toBe(EXIT.ok);
    expect(r.daemonJson()).toBeNull();
    expect(r.output).toContain('Cancelled: nothing was changed.');
    const key = r.asked.find((a) => a.name === 'key')!;
    expect(key.rejected).toEqual(['log-levle is not a daemon.json key this dockerd accepts.']);
    expect(r.asked.find((a) => a.name === 'value')!.rejected![0]).toMatch(/loud/);
  });

  it("in Chinese, a refused value and a typed warning are said in Chinese (dockerd's words labelled)", async () => {
    const r = await run(
      [
        { name: 'tasks', tick: ['insecure', 'keys'] },
        { name: 'insecureRegistry', type: ['http://10.1.2.3:5000'] },
        { name: 'insecureRegistry', type: [''] },
        { name: 'key', type: ['log-level'] },
        { name: 'value', type: ['loud', 'warn'] },
        { name: 'key', type: [''] },
        { name: 'apply', confirm: false },
      ],
      { lang: 'zh' },
    );
    expect(r.output).toContain(
      "! http://10.1.2.3:5000（dockerd 的原话：insecure registry http://10.1.2.3:5000 should not contain 'http://'",
    );
    const refused = r.asked.find((a) => a.name === 'value')!.rejected![0]!;
    expect(refused).toMatch(/loud/);
    expect(refused).toMatch(/[\u4e00-\u9fff]/);
  });

  it('stops at Ctrl-C before the confirmation, and nothing is written', async () => {
    const r = await run([
      { name: 'tasks', tick: ['mirrors'] },
      { name: 'mirrorUrl', cancel: true },
    ]);
    expect(r.error).toBeInstanceOf(PromptCancelled);
    expect(r.daemonJson()).toBeNull();
  });

  it('opens the API on a network address without TLS only after a red-flag confirmation', async () => {
    const declined = await run([
      { name: 'tasks', tick: ['api'] },
      { name: 'apiKind', select: 'insecure' },
      { name: 'apiAddress', type: ['tcp://127.0.0.1:2375', 'tcp://0.0.0.0:2375'] },
      { name: 'apiInsecureConfirm', confirm: false },
    ]);
    expect(declined.asked.find((a) => a.name === 'apiAddress')!.rejected).toEqual([
      'That is a loopback address: choose "On this machine only" for it.',
    ]);
    expect(declined.output).toContain('DANGER: tcp://0.0.0.0:2375 without TLS');
    expect(declined.output).toContain('Nothing to change');
    expect(declined.daemonJson()).toBeNull();

    const loopback = await run([
      { name: 'tasks', tick: ['api'] },
      { name: 'apiKind', select: 'loopback' },
      { name: 'apiAddress', type: ['tcp://0.0.0.0:2375', ''] },
      { name: 'apply', confirm: true },
    ]);
    expect(loopback.code).toBe(EXIT.ok);
    // The unit's -H fd:// stays the local socket: the drop-in lets daemon.json carry both.
    expect(JSON.parse(loopback.daemonJson()!).hosts).toEqual(['unix:///var/run/docker.sock', 'tcp://127.0.0.1:2375']);
    expect(loopback.output).toMatch(/docker\.service\.d\/.*\.conf/);
  });

  it('checks TLS files as they are typed', async () => {
    const pem = '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n';
    const r = await run(
      [
        { name: 'tasks', tick: ['api'] },
        { name: 'apiKind', select: 'tls' },
        { name: 'apiAddress', type: [''] },
        {
          name: 'tlsCa',
          type: ['ca.pem', '/etc/docker/tls/missing.pem', '/etc/docker/tls/not-pem.txt', '/etc/docker/tls/ca.pem'],
        },
        { name: 'tlsCert', type: [''] },
        { name: 'tlsKey', type: [''] },
        { name: 'apply', confirm: false },
      ],
      {
        files: {
          'etc/docker/tls/ca.pem': pem,
          'etc/docker/tls/server-cert.pem': pem,
          'etc/docker/tls/server-key.pem': '-----BEGIN PRIVATE KEY-----\n',
          'etc/docker/tls/not-pem.txt': 'hello',
        },
      },
    );
    expect(r.asked.find((a) => a.name === 'tlsCa')!.rejected).toEqual([
      'An absolute path, as dockerd will read it.',
      '/etc/docker/tls/missing.pem does not exist: dockerd would refuse to start without it.',
      '/etc/docker/tls/not-pem.txt is not a PEM file (no "-----BEGIN" line).',
    ]);
    // The whole result is validated as dockerd would: these stand-in PEM files are not real certificates.
    expect(r.output).toMatch(/tlscacert|tlscert|tlskey/);
  });

  it('asks in Chinese, and rejects in Chinese', async () => {
    const r = await run(
      [
        { name: 'tasks', tick: ['insecure'] },
        { name: 'insecureRegistry', type: ['reg/path', '10.1.2.3:5000'] },
        { name: 'insecureRegistry', type: [''] },
        { name: 'apply', confirm: true },
      ],
      { lang: 'zh' },
    );
    expect(r.code).toBe(EXIT.ok);
    expect(r.asked[0]!.message).toBe('要配置哪些内容？（空格勾选，回车继续）');
    expect(r.asked.find((a) => a.name === 'insecureRegistry')!.rejected![0]).toMatch(
      /^"reg\/path" 不是有效的非安全仓库地址：/,
    );
    expect(r.output).toContain('当前设置（以及每一项的来源）');
    expect(r.output).toContain('将要做出的修改');
    expect(JSON.parse(r.daemonJson()!)).toEqual({ 'insecure-registries': ['10.1.2.3:5000'] });
  });

  it('shows doctor errors first, fixes them when asked, then goes on', async () => {
    const r = await run(
      [
        { name: 'doctorFix', confirm: true },
        { name: 'tasks', tick: ['remove'] },
        { name: 'removals', tick: ['debug'] },
        { name: 'apply', confirm: true },
      ],
      { files: { 'etc/docker/daemon.json': '{\n  "debug": true,\n  "log-level": "warn",\n}\n' } },
    );
    expect(r.error).toBeUndefined();
    expect(r.output).toMatch(/Found \d+ problems? to deal with first/);
    expect(r.output).toContain('[json-syntax]');
    expect(JSON.parse(r.daemonJson()!)).toEqual({ 'log-level': 'warn' });
    const removals = r.asked.find((a) => a.name === 'removals')!.choices!;
    expect(removals.map((c) => c.value)).toEqual(['debug', 'log-level']);
  });

  it('says which daemon.json the docker snap reads before asking anything', async () => {
    const r = await run([{ name: 'tasks', cancel: true }], { fixture: 'snap' });
    expect(r.error).toBeInstanceOf(PromptCancelled);
    expect(r.output).toMatch(/Installation:\s+snap, /);
    expect(r.output).toContain('Config file:    /var/snap/docker/current/config/daemon.json');
    expect(r.output).toContain('[docker-flavour]');
  });

  it('edits DOCKER_OPTS where the setting already lives there (sysvinit), as `insecure add` would', async () => {
    const { root, ctx } = setUp('sysvinit');
    const { io, output } = capturedIo();
    const { prompter } = scriptedPrompter([
      { name: 'tasks', tick: ['insecure'] },
      { name: 'insecureRegistry', type: ['10.1.2.3:5000'] },
      { name: 'insecureRegistry', type: [''] },
      { name: 'apply', confirm: true },
    ]);
    expect(await runWizard({ ctx, io }, wizardOptions(root), prompter)).toBe(EXIT.ok);
    expect(readFileSync(join(root, 'etc/default/docker'), 'utf8')).toContain(
      '--insecure-registry 10.0.0.5:5000 --insecure-registry=10.1.2.3:5000"',
    );
    expect(existsSync(join(root, 'etc/docker/daemon.json'))).toBe(false);
    expect(output()).toContain('+++ ');
  });

  it('stops before any question when daemon.json does not parse and the fix is declined', async () => {
    const r = await run([{ name: 'doctorFix', confirm: false }], {
      files: { 'etc/docker/daemon.json': '{\n  "debug": true,,\n}\n' },
    });
    expect(r.code).toBe(EXIT.problems);
    expect(r.output).toContain('is not valid JSON, so nothing can be added to it. Run `dockerd-config repair`');
    expect(r.daemonJson()).toBe('{\n  "debug": true,,\n}\n');
    expect(r.left()).toEqual([]);
  });
});
