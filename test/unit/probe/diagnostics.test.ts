// Probe results as diagnostics: ids, severities, remedies; and credentials that never reach them.
import { describe, expect, it } from 'vitest';
import { nodeRegistryHttp } from '../../../src/edges/registry-http.js';
import { messageIn } from '../../../src/diagnostics/say.js';
import { sayIn } from '../../../src/i18n/said.js';
import { insecureDiagnostics, mirrorDiagnostics, probeRegistry, type RegistryProbe } from '../../../src/probe/index.js';
import { API, scripted } from './scripted-http.js';

const opts = { timeoutMs: 1000 };
const probe = (over: Partial<RegistryProbe> & Pick<RegistryProbe, 'url' | 'kind' | 'ok'>): RegistryProbe => ({
  detail: 'why',
  ...over,
});

describe('mirrorDiagnostics', () => {
  it('one warning per unusable mirror, with its remedy; nothing for a working one', () => {
    const found = mirrorDiagnostics([
      probe({ url: 'https://ok.example', kind: 'registry', ok: true }),
      probe({ url: 'https://dead.example', kind: 'unreachable', ok: false, detail: 'no answer within 5000 ms' }),
      probe({
        url: 'https://web.example',
        kind: 'not-registry',
        ok: false,
        detail: 'answers HTTP 200 with an HTML page',
      }),
      probe({
        url: 'https://self.example:5000',
        kind: 'tls-error',
        ok: false,
        detail: 'TLS: certificate signed by unknown authority',
      }),
      probe({
        url: 'https://plain.example:5000',
        kind: 'tls-error',
        ok: false,
        plainHttp: true,
        detail: 'not a TLS server',
      }),
      probe({
        url: 'https://auth.example',
        kind: 'registry',
        ok: false,
        auth: 'basic-required',
        detail: 'wants a password',
      }),
    ]);
    expect(found.map((d) => `${d.id}/${d.severity}/${d.key}`)).toEqual([
      'mirror-unreachable/warning/registry-mirrors',
      'mirror-not-registry/warning/registry-mirrors',
      'mirror-tls-error/warning/registry-mirrors',
      'registry-http-https-mismatch/warning/registry-mirrors',
      'mirror-auth-failed/warning/registry-mirrors',
    ]);
    expect(found[0]).toMatchObject({
      message: 'mirror https://dead.example: no answer within 5000 ms; dockerd tries it on every pull, then falls back',
      hint: 'fix the network path, or remove it: dockerd-config mirror remove https://dead.example',
    });
    expect(found[1]?.message).toBe('mirror https://web.example answers HTTP 200 with an HTML page');
    expect(found[2]?.hint).toContain('/etc/docker/certs.d/self.example:5000/ca.crt');
    expect(found[3]).toMatchObject({
      message: expect.stringContaining('server gave HTTP response to HTTPS client'),
      hint: expect.stringContaining('write it as http://plain.example:5000'),
    });
    expect(found.every((d) => d.fixable === false)).toBe(true);
  });

  it('an error when no mirror works (every pull waits, then goes to Docker Hub); none for no mirrors', () => {
    const dead = probe({ url: 'https://dead.example', kind: 'unreachable', ok: false });
    expect(mirrorDiagnostics([dead, dead]).at(-1)).toMatchObject({
      id: 'mirror-unreachable',
      severity: 'error',
      message: expect.stringContaining('none of the 2 mirrors works'),
    });
    expect(mirrorDiagnostics([dead]).at(-1)?.message).toContain('none of the 1 mirror works');
    expect(mirrorDiagnostics([])).toEqual([]);
    expect(
      mirrorDiagnostics([dead, probe({ url: 'https://ok.example', kind: 'registry', ok: true })]).map(
        (d) => d.severity,
      ),
    ).toEqual(['warning']);
  });
});

describe('in Chinese', () => {
  it("what a probe found and what it means are catalogue sentences; dockerd's words are quoted as its own", async () => {
    const { ctx } = scripted({
      'https://web.example/v2/': { status: 200, headers: { 'content-type': 'text/html' }, body: '<html>' },
    });
    const web = await probeRegistry(ctx, 'https://web.example', opts);
    expect(web.detail).toBe(
      'answers HTTP 200 with an HTML page, not the registry API (no Docker-Distribution-Api-Version header)',
    );
    expect(sayIn('zh', web.says!)).toBe(
      '返回 HTTP 200，内容是一个 HTML 页面，不是镜像仓库 API（没有 Docker-Distribution-Api-Version 响应头）',
    );
    const [notRegistry] = mirrorDiagnostics([web, probe({ url: 'https://ok.example', kind: 'registry', ok: true })]);
    expect(messageIn('zh', notRegistry!)).toBe(`镜像加速器 https://web.example ${sayIn('zh', web.says!)}`);
    const [plain] = mirrorDiagnostics([
      probe({ url: 'https://p.example', kind: 'tls-error', ok: false, plainHttp: true }),
      probe({ url: 'https://ok.example', kind: 'registry', ok: true }),
    ]);
    expect(messageIn('zh', plain!)).toBe(
      '镜像加速器 https://p.example 在这个端口上使用纯 HTTP，dockerd 会失败（dockerd 的原话：server gave HTTP response to HTTPS client）',
    );
    const [http] = insecureDiagnostics([{ address: 'r.local:5000', answers: 'http' }]);
    expect(messageIn('zh', http!)).toContain('（dockerd 的原话：server gave HTTP response to HTTPS client）');
    expect(http!.message).toBe(
      'r.local:5000 answers plain HTTP only: dockerd reaches it because it is in insecure-registries (without it: "server gave HTTP response to HTTPS client")',
    );
  });
});

describe('credentials in a mirror URL never reach the output', () => {
  const secretFree = (value: unknown): void => expect(JSON.stringify(value)).not.toContain('s3cret');

  it('masked in url, detail and every diagnostic, whatever the probe finds', async () => {
    const { ctx } = scripted({
      'https://alice:s3cret@dead.example/v2/': { ok: false, code: 'ECONNREFUSED', error: 'connection refused' },
      'https://alice:s3cret@web.example/v2/': { status: 200, headers: { 'content-type': 'text/html' }, body: '<html>' },
      'https://alice:s3cret@tls.example/v2/': {
        ok: false,
        code: 'ERR_SSL_WRONG_VERSION_NUMBER',
        error: 'not a TLS server (it answers plain HTTP?)',
      },
      'https://alice:s3cret@ok.example/v2/': { status: 200, headers: API },
    });
    const probes = await Promise.all(
      ['dead', 'web', 'tls', 'ok'].map((h) => probeRegistry(ctx, `https://alice:s3cret@${h}.example`, opts)),
    );
    expect(probes.map((p) => p.url)).toEqual([
      'https://alice:xxxxx@dead.example',
      'https://alice:xxxxx@web.example',
      'https://alice:xxxxx@tls.example',
      'https://alice:xxxxx@ok.example',
    ]);
    secretFree(probes);
    secretFree(mirrorDiagnostics(probes));
    secretFree(mirrorDiagnostics(probes.slice(0, 3)));
  });

  it('masked in a detail that quotes the URL back (as the edge does for a URL it cannot parse)', async () => {
    const { ctx } = scripted({
      'https://': (r) => ({ ok: false, code: 'ERR_INVALID_URL', error: `not a URL: ${r.url}` }),
    });
    const p = await probeRegistry(ctx, 'https://alice:s3cret@m.example:99999', opts);
    secretFree(p);
    secretFree(mirrorDiagnostics([p]));
  });

  it('the real edge: a port out of range, no network touched', async () => {
    const p = await probeRegistry(
      { http: nodeRegistryHttp, clock: () => performance.now() },
      'https://alice:s3cret@m.example:99999',
      opts,
    );
    expect(p).toMatchObject({ kind: 'unreachable', ok: false });
    secretFree(p);
  });
});
