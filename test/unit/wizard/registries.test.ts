import { cpSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXIT } from '../../../src/cli/errors.js';
import { runWizard } from '../../../src/wizard/run-wizard.js';
import { API, blackHole, reply, scripted, type Answer } from '../probe/scripted-http.js';
import { makeTestPki, type TestPki } from '../../helpers/test-pki.js';
import { fixtureRoot, makeRoot, rootCtx } from '../targets/fixture-root.js';
import { scriptedPrompter, type Step } from './scripted-prompter.js';
import { capturedIo, wizardOptions } from './wizard-io.js';

const FAST = 'https://ghcr-fast.example';
const SLOW = 'http://127.0.0.1:5000';
const DEAD = 'https://ghcr-dead.example';
const OLD = 'https://ghcr-old.example';
const CERTS = 'etc/docker/certs.d';

async function run(
  script: Step[],
  files: Record<string, string>,
  engineVersion = '28.5.2',
  answers: Record<string, Answer> = {},
) {
  const root = makeRoot({});
  cpSync(fixtureRoot('debian-docker-io'), root, { recursive: true });
  cpSync(makeRoot(files), root, { recursive: true });
  const http = scripted({
    [`${FAST}/v2/`]: reply(200, API),
    [`${SLOW}/v2/`]: () => new Promise((resolve) => setTimeout(() => resolve(reply(200, API)), 40)),
    [`${DEAD}/v2/`]: blackHole,
    [`${OLD}/v2/`]: reply(200, API),
    ...answers,
  });
  const ctx = { ...rootCtx(root), http: http.ctx.http };
  const { io, output } = capturedIo();
  const scriptedRun = scriptedPrompter(script);
  const code = await runWizard({ ctx, io }, wizardOptions(root, { engineVersion }), scriptedRun.prompter);
  const read = (p: string) => (existsSync(join(root, p)) ? readFileSync(join(root, p), 'utf8') : null);
  return { code, output: output(), read, ...scriptedRun };
}

const CONTAINERD = { 'etc/docker/daemon.json': '{"features": {"containerd-snapshotter": true}}\n' };

describe('the wizard: mirrors for other registries', () => {
  it('probes the typed mirrors of ghcr.io, offers them fastest first, and writes the ticked ones to its hosts.toml', async () => {
    const r = await run(
      [
        { name: 'tasks', tick: ['registries'] },
        { name: 'registries', tick: ['ghcr.io'] },
        { name: 'registryName', type: [''] },
        { name: 'registryMirrorUrl', type: ['ftp://x.example', `${DEAD} ${SLOW} ${FAST}`] },
        { name: 'registryMirrorUrl', type: [''] },
        { name: 'registryMirrors', tick: (choices) => choices.filter((c) => c.checked).map((c) => c.value) },
        { name: 'apply', confirm: true },
      ],
      CONTAINERD,
    );
    expect(r.code).toBe(EXIT.ok);
    const offered = r.asked.find((a) => a.name === 'registryMirrors')!.choices!;
    expect(offered.map((c) => [c.value, c.checked])).toEqual([
      [FAST, true],
      [SLOW, true],
      [DEAD, false],
    ]);
    expect(r.asked.find((a) => a.name === 'registryMirrorUrl')!.rejected![0]).toContain(
      '"ftp://x.example" is not a mirror URL',
    );
    const toml = r.read(`${CERTS}/ghcr.io/hosts.toml`)!;
    expect(toml.indexOf(FAST)).toBeGreaterThan(0);
    expect(toml.indexOf(FAST)).toBeLessThan(toml.indexOf(SLOW));
    expect(toml).not.toContain(DEAD);
    expect(r.output).toContain('+[host."https://ghcr-fast.example"]');
    expect(r.read('etc/docker/daemon.json')).toBe(CONTAINERD['etc/docker/daemon.json']);
  });

  it('a configured registry is offered with its mirrors; unticking one removes it, and a typed registry is asked too', async () => {
    const r = await run(
      [
        { name: 'tasks', tick: ['registries'] },
        { name: 'registries', tick: ['ghcr.io'] },
        { name: 'registryName', type: ['https://bad', 'reg.local:5000'] },
        { name: 'registryName', type: [''] },
        { name: 'registryMirrorUrl', type: [''] },
        { name: 'registryMirrors', tick: [] },
        { name: 'registryMirrorUrl', type: [FAST] },
        { name: 'registryMirrorUrl', type: [''] },
        { name: 'registryMirrors', tick: [FAST] },
        { name: 'apply', confirm: true },
      ],
      {
        ...CONTAINERD,
        [`${CERTS}/ghcr.io/hosts.toml`]: `# keep\nserver = "https://ghcr.io"\n\n[host."${OLD}"]\n  capabilities = ["pull", "resolve"]\n`,
      },
    );
    expect(r.code).toBe(EXIT.ok);
    const registries = r.asked.find((a) => a.name === 'registries')!.choices!;
    expect(registries[0]).toMatchObject({ value: 'ghcr.io', label: 'ghcr.io  (has a hosts.toml)' });
    expect(r.read(`${CERTS}/ghcr.io/hosts.toml`)).toBe('# keep\nserver = "https://ghcr.io"\n');
    expect(r.read(`${CERTS}/reg.local:5000/hosts.toml`)).toContain(`[host."${FAST}"]`);
  });

  it('says when this store does not read hosts.toml before asking', async () => {
    const r = await run(
      [
        { name: 'tasks', tick: ['registries'] },
        { name: 'registries', tick: [] },
        { name: 'registryName', type: [''] },
      ],
      { 'etc/docker/daemon.json': '{}\n' },
      '26.1.5',
    );
    expect(r.output).toContain('the classic image store (dockerd 26.1.5) does not read hosts.toml');
    expect(r.code).toBe(EXIT.ok);
  });
});

describe('the wizard: a self-signed registry gets its CA trusted before it is marked insecure', () => {
  let pki: TestPki;
  beforeAll(() => {
    pki = makeTestPki();
  });
  afterAll(() => pki.cleanup());

  it('an https registry with an untrusted certificate: the CA given is installed, no insecure-registries entry', async () => {
    const untrusted = { ok: false as const, code: 'UNABLE_TO_VERIFY_LEAF_SIGNATURE', error: 'TLS: unable to verify' };
    const r = await run(
      [
        { name: 'tasks', tick: ['insecure'] },
        { name: 'insecureRegistry', type: ['reg.internal:5443'] },
        { name: 'insecureRegistry', type: [''] },
        { name: 'trustCa', type: ['/nonexistent/ca.pem', pki.path('c.key'), pki.path('ca.pem')] },
        { name: 'apply', confirm: true },
      ],
      { 'etc/docker/daemon.json': '{}\n' },
      '28.5.2',
      { 'https://reg.internal:5443/v2/': untrusted },
    );
    expect(r.code).toBe(EXIT.ok);
    const asked = r.asked.find((a) => a.name === 'trustCa')!;
    expect(asked.rejected).toHaveLength(2);
    expect(r.read(`${CERTS}/reg.internal:5443/ca.crt`)).toBe(readFileSync(pki.path('ca.pem'), 'utf8'));
    expect(r.read('etc/docker/daemon.json')).toBe('{}\n');
  });

  it('an empty answer keeps the insecure entry, as before', async () => {
    const untrusted = { ok: false as const, code: 'UNABLE_TO_VERIFY_LEAF_SIGNATURE', error: 'TLS: unable to verify' };
    const r = await run(
      [
        { name: 'tasks', tick: ['insecure'] },
        { name: 'insecureRegistry', type: ['reg.internal:5443'] },
        { name: 'insecureRegistry', type: [''] },
        { name: 'trustCa', type: [''] },
        { name: 'apply', confirm: true },
      ],
      { 'etc/docker/daemon.json': '{}\n' },
      '28.5.2',
      { 'https://reg.internal:5443/v2/': untrusted },
    );
    expect(r.code).toBe(EXIT.ok);
    expect(JSON.parse(r.read('etc/docker/daemon.json')!)).toEqual({ 'insecure-registries': ['reg.internal:5443'] });
    expect(r.read(`${CERTS}/reg.internal:5443/ca.crt`)).toBeNull();
  });
});
