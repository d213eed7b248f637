import { describe, expect, it } from 'vitest';
import { brief, check, errors, PATH } from './check.js';

const PREFIX = `unable to configure the Docker daemon with file ${PATH}: `;

describe('deprecated and removed settings, per version', () => {
  it.each([
    // json, engine, diagnostics
    ['{"graph": "/srv/docker"}', '20.10.24', ['deprecated-key warning 1:2']],
    ['{"graph": "/srv/docker"}', '23.0.0', ['removed-key error 1:2']],
    ['{"graph": "/srv/docker"}', '24.0.0', ['removed-key error 1:2']],
    ['{"graph": "/a", "data-root": "/b"}', '20.10.24', ['deprecated-key warning 1:2', 'removed-key error 1:2']],
    [
      '{"cluster-store": "consul://x:8500", "cluster-advertise": "eth0:2376"}',
      '20.10.24',
      ['deprecated-key warning 1:2', 'deprecated-key warning 1:38'],
    ],
    ['{"cluster-advertise": "eth0:2376"}', '20.10.24', ['deprecated-key warning 1:2', 'invalid-value error 1:2']],
    ['{"cluster-store": "consul://x:8500"}', '23.0.0', ['removed-key error 1:2']],
    ['{"oom-score-adjust": -500}', '24.0.0', ['deprecated-key warning 1:2']],
    ['{"oom-score-adjust": -500}', '25.0.0', ['removed-key error 1:2']],
    ['{"oom-score-adjust": 0}', '25.0.0', ['deprecated-key warning 1:2']],
    ['{"api-cors-header": "*"}', '27.0.1', ['deprecated-key warning 1:2']],
    ['{"api-cors-header": "*"}', '28.5.2', ['removed-key error 1:2']],
    ['{"api-cors-header": ""}', '28.5.2', ['deprecated-key warning 1:2']],
    ['{"allow-nondistributable-artifacts": ["r.local"]}', '28.0.0', ['deprecated-key warning 1:2']],
    ['{"allow-nondistributable-artifacts": ["r.local"]}', '28.1.0', ['ignored-key warning 1:2']],
    ['{"host-gateway-ip": "172.17.0.1"}', '28.5.2', ['deprecated-key warning 1:2']],
    [
      '{"host-gateway-ip": "172.17.0.1", "host-gateway-ips": ["172.17.0.1"]}',
      '28.5.2',
      ['deprecated-key warning 1:2', 'flag-file-conflict error 1:2'],
    ],
  ])('%s on %s', (json, engine, expected) => {
    expect(check(json, { engine }).map(brief)).toEqual(expected);
  });

  it('words each refusal as that version does', () => {
    expect(errors(check('{"graph": "/srv"}', { engine: '23.0.0' }))[0]?.dockerd).toBe(
      `${PREFIX}merged configuration validation from file and command line flags failed: the "graph" config file option is deprecated; use "data-root" instead`,
    );
    expect(errors(check('{"cluster-store": "consul://x"}', { engine: '23.0.0' }))[0]?.dockerd).toMatch(
      /^Host-discovery and overlay networks/,
    );
    expect(errors(check('{"graph": "/a", "data-root": "/b"}', { engine: '20.10.24' }))[0]?.dockerd).toBe(
      `${PREFIX}cannot specify both "graph" and "data-root" config file options`,
    );
  });

  it('applies to flags as well', () => {
    expect(check('{}', { engine: '25.0.0', args: '--oom-score-adjust=-500' }).map(brief)).toEqual([
      'removed-key error 12:-',
    ]);
    expect(errors(check('{}', { engine: '20.10.24', args: '--graph=/a --data-root=/b' }))).toMatchObject([
      { id: 'removed-key', dockerd: 'cannot specify both "--graph" and "--data-root" option' },
    ]);
  });

  it("knows Debian's 20.10 has no cluster-store backend", () => {
    expect(errors(check('{"cluster-store": "consul://x:8500"}', { engine: '20.10.24+dfsg1' }))).toMatchObject([
      { id: 'removed-key', dockerd: expect.stringContaining('Backend storage not supported yet') },
    ]);
  });
});
