import { describe, expect, it } from 'vitest';
import type { Source } from '../../../src/diagnostics/types.js';
import { check, errors, PATH, UNIT, words } from './check.js';

const PREFIX = `unable to configure the Docker daemon with file ${PATH}: the following directives are specified both as a flag and in the configuration file: `;
const ENV_FILE: Source = { kind: 'env-file', path: '/etc/default/docker', line: 3 };

describe('flag vs file conflicts', () => {
  it('Debian\'s unit passes -H fd://: "hosts" in daemon.json stops dockerd', () => {
    const ds = check('{\n  "hosts": ["unix:///var/run/docker.sock", "tcp://127.0.0.1:2375"]\n}', {
      args: '-H fd:// --containerd=/run/containerd/containerd.sock',
    });
    expect(ds).toMatchObject([
      {
        id: 'flag-file-conflict',
        severity: 'error',
        line: 2,
        column: 3,
        key: 'hosts',
        message: expect.stringContaining('/lib/systemd/system/docker.service'),
        hint: expect.stringContaining('dockerd-config host add'),
        dockerd: `${PREFIX}hosts: (from flag: [fd://], from file: [unix:///var/run/docker.sock tcp://127.0.0.1:2375])`,
        fixable: true,
      },
    ]);
  });

  it.each([
    // flags, file, dockerd's list of conflicts
    ['-D', '{"debug": true}', 'debug: (from flag: true, from file: true)'],
    [
      '--debug --log-level=info',
      '{"log-level": "warn", "debug": true}',
      'debug: (from flag: true, from file: true), log-level: (from flag: info, from file: warn)',
    ],
    ['-l info', '{"log-level": "warn"}', 'log-level: (from flag: info, from file: warn)'],
    ['--label=c=d', '{"labels": ["a=b"]}', 'labels: (from flag: [c=d], from file: [a=b])'],
    [
      '--registry-mirror=https://n.example.com',
      '{"registry-mirrors": ["https://m.example.com"]}',
      'registry-mirrors: (from flag: [https://n.example.com/], from file: [https://m.example.com])',
    ],
    [
      '--log-opt=max-file=3',
      '{"log-opts": {"max-size": "10m"}}',
      'log-opts: (from flag: map[max-file:3], from file: map[max-size:10m])',
    ],
    ['--mtu=1400', '{"mtu": 1500}', 'mtu: (from flag: 1400, from file: 1500)'],
    ['--shutdown-timeout=5', '{"shutdown-timeout": 1000000}', 'shutdown-timeout: (from flag: 5, from file: 1e+06)'],
    ['--log-level=info', '{"anything": {"log-level": "debug"}}', 'log-level: (from flag: info, from file: debug)'],
    [
      '--config-file=/etc/docker/daemon.json',
      '{"config-file": "/other.json"}',
      'config-file: (from flag: /etc/docker/daemon.json, from file: /other.json)',
    ],
  ])('%s with %s', (flags, json, list) => {
    const ds = errors(check(json, { args: flags })).filter((d) => d.id === 'flag-file-conflict');
    expect(ds.length).toBeGreaterThan(0);
    for (const d of ds) expect(d.dockerd).toBe(`${PREFIX}${list}`);
  });

  it('lets --add-runtime and "runtimes" merge', () => {
    expect(
      check('{"runtimes": {"crun": {"path": "/usr/bin/crun"}}}', { args: '--add-runtime=other=/usr/sbin/runc' }),
    ).toEqual([]);
  });

  it('masks passwords in what it prints', () => {
    const [d] = check('{"proxies": {"http-proxy": "http://u:secret@p:3128"}}', {
      engine: '26.1.5',
      args: '--http-proxy=http://u:other@q:3128',
    });
    expect(d?.dockerd).toContain('http-proxy: (from flag: http://u:xxxxx@q:3128, from file: http://u:xxxxx@p:3128)');
    expect(JSON.stringify(d)).not.toMatch(/secret|other@/);
  });

  it('names DOCKER_OPTS and says to move the flag out of it', () => {
    const [d] = check('{"insecure-registries": ["a.local:5000"]}', {
      args: words('--insecure-registry=b.local:5000', ENV_FILE),
    });
    expect(d).toMatchObject({
      id: 'flag-file-conflict',
      message: expect.stringContaining('DOCKER_OPTS in /etc/default/docker:3'),
      hint: expect.stringContaining('remove --insecure-registry from DOCKER_OPTS in /etc/default/docker'),
    });
  });

  it('28+: the old "host-gateway-ip" still conflicts with --host-gateway-ip', () => {
    const ds = check('{"host-gateway-ip": "172.17.0.1"}', { engine: '28.5.2', args: '--host-gateway-ip=172.18.0.1' });
    expect(ds.find((d) => d.id === 'flag-file-conflict')?.dockerd).toBe(
      `${PREFIX}host-gateway-ip: (from flag: [172.18.0.1], from file: 172.17.0.1)`,
    );
  });

  it('ignores flags that are not set and keys without a flag twin', () => {
    expect(check('{"debug": true}', { args: [{ value: '--log-level=info', source: UNIT }] })).toEqual([]);
  });
});
