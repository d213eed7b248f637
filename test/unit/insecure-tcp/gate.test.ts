// Issue 14, point 5: one rule for every path that writes hosts or TLS settings. A TCP listener
// beyond loopback without TLS client verification (tlsverify with a CA) is refused unless
// --allow-insecure-tcp, judged on the resulting configuration (daemon.json and flags together);
// a listener that was already open and that the change does not widen warns instead.
import { describe, expect, it } from 'vitest';
import { judgeChange, insecureTcpGate } from '../../../src/change/judge.js';
import { loadState } from '../../../src/change/state.js';
import { parseEngineVersion } from '../../../src/engine/version.js';
import type { DaemonArg } from '../../../src/model/daemon-arg.js';
import type { Intent } from '../../../src/plan/make-plan.js';
import { loadDaemonConfig } from '../../../src/validate/model.js';
import { clientsVerified, openTcpListeners } from '../../../src/validate/values/hosts/open-tcp.js';
import { makeRoot, rootCtx } from '../targets/fixture-root.js';
import { TEST_OPTIONS } from '../../helpers/global-options.js';

const engine = parseEngineVersion('28.5.2')!;
const CA = '/etc/docker/tls/ca.pem';
const settingsOf = (json: object | null, flags: string[] = []) =>
  loadDaemonConfig({
    daemonJson: {
      path: '/etc/docker/daemon.json',
      bytes: json === null ? null : Buffer.from(JSON.stringify(json)),
      explicit: false,
    },
    args: flags.map((value): DaemonArg => ({ value, source: { kind: 'command-line' } })),
    engine,
  }).settings;
const VERIFIED = { tlsverify: true, tlscacert: CA, tlscert: '/c.pem', tlskey: '/k.pem' };

describe('openTcpListeners: the TCP listeners anyone on the network may use', () => {
  it.each([
    ['0.0.0.0 without TLS', { hosts: ['tcp://0.0.0.0:2375'] }, [], ['tcp://0.0.0.0:2375']],
    ['[::] without TLS', { hosts: ['tcp://[::]:2375'] }, [], ['tcp://[::]:2375']],
    ['a LAN address', { hosts: ['tcp://192.168.1.5:2375'] }, [], ['tcp://192.168.1.5:2375']],
    ['a host name that is not localhost', { hosts: ['tcp://docker.lan:2375'] }, [], ['tcp://docker.lan:2375']],
    [
      'the same listener spelled twice counts once',
      { hosts: ['tcp://0.0.0.0:2375', ' tcp://0.0.0.0:2375'] },
      [],
      ['tcp://0.0.0.0:2375'],
    ],
    [
      'loopback is not the network',
      { hosts: ['tcp://127.0.0.1:2375', 'tcp://localhost:2375', 'tcp://[::1]:2375'] },
      [],
      [],
    ],
    ['a unix socket', { hosts: ['unix:///var/run/docker.sock'] }, [], []],
    ['verified TLS with a CA', { hosts: ['tcp://0.0.0.0:2376'], ...VERIFIED }, [], []],
    [
      'TLS without client verification',
      { hosts: ['tcp://0.0.0.0:2376'], tls: true, tlsverify: false },
      [],
      ['tcp://0.0.0.0:2376'],
    ],
    [
      'tlsverify without a CA: the system store, not verification',
      { hosts: ['tcp://0.0.0.0:2376'], tlsverify: true },
      [],
      ['tcp://0.0.0.0:2376'],
    ],
    ['-H on the command line (DOCKER_OPTS, --daemon-args)', {}, ['-H', 'tcp://0.0.0.0:2375'], ['tcp://0.0.0.0:2375']],
    ['--tlsverify as a flag brings the default CA path', {}, ['-H', 'tcp://0.0.0.0:2376', '--tlsverify'], []],
  ])('%s', (_name, json, flags, open) => {
    expect(openTcpListeners(settingsOf(json, flags), engine).map((l) => l.normalized)).toEqual(open);
  });

  it('clientsVerified: tlsverify and a CA', () => {
    expect(clientsVerified(settingsOf(VERIFIED))).toBe(true);
    expect(clientsVerified(settingsOf({ ...VERIFIED, tlscacert: '' }))).toBe(false);
    expect(clientsVerified(settingsOf({ ...VERIFIED, tlsverify: false }))).toBe(false);
  });
});

describe('insecureTcpGate: refuse what the change opens, warn about what it keeps', () => {
  const gate = (before: object | null, after: object | null, allow = false) =>
    insecureTcpGate(settingsOf(before), settingsOf(after), engine, allow).map((d) => [d.severity, d.hint]);
  it("a new open listener: an error with host add's hint", () => {
    const [d] = insecureTcpGate(settingsOf({}), settingsOf({ hosts: ['tcp://0.0.0.0:2375'] }), engine, false);
    expect(d).toMatchObject({ id: 'tcp-without-tls', severity: 'error', key: 'hosts' });
    expect(d?.message).toContain('tcp://0.0.0.0:2375 exposes the Docker API to the network');
    expect(d?.hint).toContain('--allow-insecure-tcp');
  });
  it('--allow-insecure-tcp turns the refusal into a warning', () => {
    expect(gate({}, { hosts: ['tcp://0.0.0.0:2375'] }, true).map(([s]) => s)).toEqual(['warning']);
  });
  it('verification turned off on a verified listener is new: refused', () => {
    const before = { hosts: ['tcp://0.0.0.0:2376'], ...VERIFIED };
    expect(gate(before, { hosts: ['tcp://0.0.0.0:2376'] }).map(([s]) => s)).toEqual(['error']);
    expect(gate(before, { ...before, tlsverify: false }).map(([s]) => s)).toEqual(['error']);
    expect(gate(before, { ...before, tlscacert: undefined }).map(([s]) => s)).toEqual(['error']);
  });
  it('an open listener that stays open: a warning that says it was open before', () => {
    const before = { hosts: ['tcp://0.0.0.0:2375'] };
    const found = gate(before, { ...before, 'registry-mirrors': ['https://m.example.com'] });
    expect(found.map(([s]) => s)).toEqual(['warning']);
    expect(String(found[0]?.[1])).toContain('It was open before this change');
  });
  it('moving an open listener to another address is new', () => {
    expect(gate({ hosts: ['tcp://0.0.0.0:2375'] }, { hosts: ['tcp://0.0.0.0:2380'] }).map(([s]) => s)).toEqual([
      'error',
    ]);
  });
  it('nothing open after: nothing to say', () => {
    expect(gate({ hosts: ['tcp://0.0.0.0:2375'] }, { hosts: ['tcp://127.0.0.1:2375'] })).toEqual([]);
  });
});

describe('judgeChange applies the gate to every intent', () => {
  const OPTIONS = { ...TEST_OPTIONS, daemonArgs: '' };
  const judged = async (json: object | null, intents: Intent[], allowInsecureTcp = false, target?: 'env-file') => {
    const files: Record<string, string> = json === null ? {} : { '/etc/docker/daemon.json': JSON.stringify(json) };
    const root = makeRoot(files);
    const state = await loadState(rootCtx(root), { ...OPTIONS, root });
    return judgeChange(state, { intents }, { strict: false, allowInsecureTcp, ...(target ? { target } : {}) });
  };
  it.each<[string, object | null, Intent[]]>([
    ['set hosts', {}, [{ kind: 'set', key: 'hosts', value: ['tcp://0.0.0.0:2375'] }]],
    ['add hosts (host add, apply)', null, [{ kind: 'add', key: 'hosts', values: ['tcp://0.0.0.0:2375'] }]],
    [
      'unset tlsverify',
      { hosts: ['tcp://0.0.0.0:2376'], tlsverify: true, tlscacert: CA },
      [{ kind: 'unset', key: 'tlsverify' }],
    ],
    [
      'set tlsverify false',
      { hosts: ['tcp://0.0.0.0:2376'], tlsverify: true, tlscacert: CA },
      [{ kind: 'set', key: 'tlsverify', value: false }],
    ],
  ])('%s: refused, with tcp-without-tls', async (_name, json, intents) => {
    const result = await judged(json, intents);
    expect(result.refused).toBe(true);
    expect(result.diagnostics.filter((d) => d.id === 'tcp-without-tls' && d.severity === 'error')).toHaveLength(1);
  });
  it('--allow-insecure-tcp: written, with the warning', async () => {
    const result = await judged({}, [{ kind: 'set', key: 'hosts', value: ['tcp://0.0.0.0:2375'] }], true);
    expect(result.refused).toBe(false);
    expect(result.diagnostics.some((d) => d.id === 'tcp-without-tls' && d.severity === 'warning')).toBe(true);
  });
  it('mirror add on a host that already listens on tcp://0.0.0.0:2375: written, with a warning', async () => {
    const result = await judged({ hosts: ['unix:///var/run/docker.sock', 'tcp://0.0.0.0:2375'] }, [
      { kind: 'add', key: 'registry-mirrors', values: ['https://m.example.com'] },
    ]);
    expect(result.refused).toBe(false);
    expect(result.diagnostics.filter((d) => d.id === 'tcp-without-tls').map((d) => d.severity)).toEqual(['warning']);
  });
});
