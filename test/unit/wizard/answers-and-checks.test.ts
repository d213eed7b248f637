import { describe, expect, it } from 'vitest';
import { withDefaultCommand } from '../../../src/cli/default-command.js';
import { parseEngineVersion } from '../../../src/engine/version.js';
import { translator } from '../../../src/i18n/index.js';
import { toIntents } from '../../../src/wizard/answers.js';
import { INSECURE_REGISTRIES, MIRRORS } from '../../../src/plan/list-settings.js';
import { keyCheck, listCheck, pemFileCheck, tcpAddressCheck } from '../../../src/wizard/checks.js';
import { makeRoot, rootCtx } from '../targets/fixture-root.js';

const engine = parseEngineVersion('26.1')!;
const en = translator('en');
const zh = translator('zh');

describe('answers → intents (the CLI commands would make the same)', () => {
  it('mirrors, insecure registries, the API with TLS, keys and removals', () => {
    const { intents, allowInsecureTcp } = toIntents({
      mirrors: { add: ['https://a.example'], remove: ['https://old.example'] },
      insecure: { add: ['10.0.0.0/8'] },
      remoteApi: { kind: 'tls', address: 'tcp://0.0.0.0:2376', ca: '/c', cert: '/s', key: '/k' },
      keys: [{ key: 'live-restore', value: true }],
      removals: [
        { kind: 'key', key: 'debug' },
        { kind: 'entry', key: 'registry-mirrors', value: 'https://x.example' },
      ],
    });
    expect(allowInsecureTcp).toBe(false);
    expect(intents).toEqual([
      { kind: 'remove', key: 'registry-mirrors', values: ['https://old.example'] },
      { kind: 'add', key: 'registry-mirrors', values: ['https://a.example'] },
      { kind: 'add', key: 'insecure-registries', values: ['10.0.0.0/8'] },
      { kind: 'add', key: 'hosts', values: ['tcp://0.0.0.0:2376'] },
      { kind: 'set', key: 'tlsverify', value: true },
      { kind: 'set', key: 'tlscacert', value: '/c' },
      { kind: 'set', key: 'tlscert', value: '/s' },
      { kind: 'set', key: 'tlskey', value: '/k' },
      { kind: 'set', key: 'live-restore', value: true },
      { kind: 'unset', key: 'debug' },
      { kind: 'remove', key: 'registry-mirrors', values: ['https://x.example'] },
    ]);
  });

  it('only the confirmed insecure API allows TCP without TLS; nothing asked is nothing to do', () => {
    expect(toIntents({ remoteApi: { kind: 'insecure', address: 'tcp://0.0.0.0:2375' } }).allowInsecureTcp).toBe(true);
    expect(toIntents({ remoteApi: { kind: 'loopback', address: 'tcp://127.0.0.1:2375' } }).allowInsecureTcp).toBe(
      false,
    );
    expect(toIntents({})).toEqual({ intents: [], allowInsecureTcp: false });
  });
});

describe('checks as typed', () => {
  it('mirrors and insecure registries: the CLI rules, an empty line ends the list, in both languages', () => {
    expect(listCheck(MIRRORS, engine, en, true)('')).toBe(true);
    expect(listCheck(MIRRORS, engine, en, true)('https://a.example, https://b.example')).toBe(true);
    expect(listCheck(MIRRORS, engine, en, true)('https://a.example https://user:pw@b.example')).toMatch(
      /^"https:\/\/user:xxxxx@b\.example" is not a valid registry mirror: /,
    );
    expect(listCheck(INSECURE_REGISTRIES, engine, zh, true)('10.0.0.0/33')).toMatch(
      /^"10\.0\.0\.0\/33" 不是有效的非安全仓库地址：/,
    );
  });

  it('API addresses: one TCP address, loopback or not as chosen', () => {
    expect(tcpAddressCheck(engine, en, true)('tcp://127.0.0.1:2375')).toBe(true);
    expect(tcpAddressCheck(engine, en, true)('tcp://10.0.0.5:2375')).toMatch(/^Not a loopback address/);
    expect(tcpAddressCheck(engine, en, false)('tcp://0.0.0.0:2376')).toBe(true);
    expect(tcpAddressCheck(engine, en, false)('unix:///run/x.sock')).toBe('A TCP address: tcp://HOST:PORT.');
    expect(tcpAddressCheck(engine, en, false)('tcp://0.0.0.0:2376 tcp://0.0.0.0:2377')).toBe('One address, please.');
    expect(tcpAddressCheck(engine, en, false)('')).toBe('Type a value.');
  });

  it('keys: those this engine version accepts', () => {
    expect(keyCheck(engine, en)('live-restore')).toBe(true);
    expect(keyCheck(engine, en)('Debug')).toBe('Debug is not a daemon.json key this dockerd accepts.');
  });

  it('TLS files: absolute, present under --root, PEM', () => {
    const root = makeRoot({ 'etc/docker/tls/ca.pem': '-----BEGIN CERTIFICATE-----\n', 'etc/docker/tls/x.txt': 'x' });
    const check = pemFileCheck(rootCtx(root), en);
    expect(check('/etc/docker/tls/ca.pem')).toBe(true);
    expect(check('/etc/docker/tls/x.txt')).toMatch(/is not a PEM file/);
    expect(check('/etc/docker/tls/none.pem')).toMatch(/does not exist/);
    expect(check('tls/ca.pem')).toBe('An absolute path, as dockerd will read it.');
  });
});

describe('no command on a terminal is the wizard', () => {
  it('adds `wizard` only on a terminal, and only when no command is named', () => {
    expect(withDefaultCommand([], true)).toEqual(['wizard']);
    expect(withDefaultCommand(['--root', '/tmp/x', '--lang', 'zh'], true)).toEqual([
      'wizard',
      '--root',
      '/tmp/x',
      '--lang',
      'zh',
    ]);
    expect(withDefaultCommand(['--root', '/tmp/x', 'show'], true)).toEqual(['--root', '/tmp/x', 'show']);
    expect(withDefaultCommand(['--help'], true)).toEqual(['--help']);
    expect(withDefaultCommand([], false)).toEqual([]);
  });
});
