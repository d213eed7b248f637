import { describe, expect, it } from 'vitest';
import { translator } from '../../../src/i18n/index.js';
import * as cli from '../../../src/i18n/messages/cli.js';

type CliKey = keyof typeof cli.en;
type Params<K extends CliKey> = Parameters<(typeof cli.en)[K]>[0];
type UnionToIntersection<U> = (U extends unknown ? (u: U) => void : never) extends (i: infer I) => void ? I : never;

/**
 * One value for every parameter any CLI message takes (the type checker says when one is
 * missing); values are distinct so each can be found in the text.
 */
const SAMPLE: UnionToIntersection<Exclude<Params<CliKey>, undefined>> = {
  command: 'mirror',
  noun: 'registry mirror',
  message: 'MESSAGE-1',
  path: '/etc/docker/daemon.json',
  where: ' /lib/systemd/system/docker.service:14',
  name: 'docker.service',
  backup: '20250102T030405Z-7',
  action: 'reload',
  mode: 'restart',
  reason: 'REASON-2',
  value: 'VALUE-3',
  runs: 'RUNS-3',
  why: 'WHY-5',
  because: 'service-manager-failed',
  names: ['web-1', 'db-2'],
  answered: ['unix:///var/run/docker.sock', 'tcp://127.0.0.1:2376'],
  stillDown: true,
  paths: ['/etc/docker/daemon.json', '/etc/default/docker'],
  keys: ['debug', 'labels'],
  state: 'activating',
  running: 3,
  version: '27.1.2',
  how: 'package',
  engine: 'ENGINE-4',
  manager: 'systemd',
  count: 4,
  variable: 'DOCKER_OPTS',
  key: 'registry-mirrors',
  size: 321,
  summary: 'SUMMARY-5',
  line: 'LINE-6',
  url: 'https://mirror.example.com',
  image: 'alpine:3.20',
  seconds: 7,
  ms: '  123',
  detail: 'DETAIL-7',
  id: '20250102T030405Z-8',
  removed: true,
  registry: 'ghcr.io',
  file: '/etc/docker/certs.d/ghcr.io/hosts.toml',
  upstream: 'https://ghcr.io/v2',
  digest: 'sha256:DIGEST-9',
};

/** Values a translation shows as they are (the others are words: each language has its own). */
const VERBATIM = [
  'path',
  'backup',
  'message',
  'reason',
  'runs',
  'state',
  'version',
  'engine',
  'manager',
  'variable',
  'key',
  'summary',
  'line',
  'url',
  'image',
  'detail',
  'id',
  'ms',
  'registry',
  'file',
  'upstream',
  'digest',
] as const;
const SHOWN_AS_NUMBER = ['running', 'count', 'size', 'seconds'] as const;
const LISTS = ['answered', 'paths', 'keys'] as const;

const KEYS = Object.keys(cli.en) as CliKey[];
const say = (lang: 'en' | 'zh', key: CliKey, params: unknown = SAMPLE): string =>
  (cli[lang][key] as (p: unknown) => string)(params);
const CJK = /[\u4e00-\u9fff]/;
const quoted = (text: string): string[] => [...text.matchAll(/`[^`]+`/g)].map((m) => m[0]).sort();

describe('the CLI message catalogue', () => {
  it('has the same keys in both languages, each in one of the areas the CLI prints', () => {
    expect(Object.keys(cli.zh).sort()).toEqual([...KEYS].sort());
    const areas = new Set([
      'help',
      'main',
      'mutate',
      'service',
      'lifecycle',
      'list',
      'show',
      'get',
      'backups',
      'validate',
      'explain',
      'mirrorTest',
      'repair',
      'rollback',
      'source',
    ]);
    expect(KEYS.filter((key) => !areas.has(key.split('.')[0]!))).toEqual([]);
  });

  it.each(KEYS)('%s: a sentence in each language, Chinese in Chinese, no value lost or left unfilled', (key) => {
    const en = say('en', key);
    const zh = say('zh', key);
    for (const text of [en, zh]) {
      expect(text.trim().length, key).toBeGreaterThan(0);
      expect(text, key).not.toMatch(/undefined|\[object Object\]|NaN/);
    }
    expect(zh, key).toMatch(CJK);
    const shown: [string, string][] = [...VERBATIM, ...SHOWN_AS_NUMBER].map((name) => [name, String(SAMPLE[name])]);
    for (const name of LISTS) for (const item of SAMPLE[name]) shown.push([name, item]);
    // Whatever value the English shows, the Chinese shows too.
    for (const [name, value] of shown) if (en.includes(value)) expect(zh, `${key}: ${name}`).toContain(value);
  });

  it.each(KEYS)('%s: Chinese keeps every `command`, flag and path the English quotes', (key) => {
    expect(quoted(say('zh', key))).toEqual(quoted(say('en', key)));
  });
});

describe('the English sentences, as the CLI printed them before the catalogue', () => {
  const t = translator('en');

  it('keeps the outcome lines and their parentheses', () => {
    expect(t('mutate.nothingToChange')).toBe('Nothing to change: the configuration already says this.');
    expect(t('mutate.changed', { path: '/etc/docker/daemon.json', backup: 'B1' })).toBe(
      'changed /etc/docker/daemon.json (backup B1)',
    );
    expect(t('mutate.changed', { path: '/etc/docker/daemon.json', backup: undefined })).toBe(
      'changed /etc/docker/daemon.json',
    );
    expect(
      t('mutate.wouldAct', {
        action: 'restart',
        reason: 'hosts is read only at start',
        runs: 'without --dry-run this runs `systemctl restart docker`',
      }),
    ).toBe(
      'dockerd would be restarted (hosts is read only at start): without --dry-run this runs `systemctl restart docker`',
    );
    expect(t('mutate.runs.command', { line: 'systemctl daemon-reload && systemctl restart docker' })).toBe(
      'without --dry-run this runs `systemctl daemon-reload && systemctl restart docker`',
    );
    expect(t('validate.accepts', { path: '/d.json', engine: 'dockerd 27.1.2 (package)', summary: undefined })).toBe(
      '/d.json: dockerd 27.1.2 (package) would accept this configuration.',
    );
    expect(t('main.usageError', { message: 'Unknown argument: x' })).toBe(
      "dockerd-config: Unknown argument: x\nRun 'dockerd-config --help' for usage.",
    );
  });

  it('keeps its plurals exactly, the odd ones included', () => {
    expect(t('service.verified', { action: 'reload', reason: 'r', answered: ['unix:///a.sock'] })).toBe(
      'dockerd reloaded (r) and verified: unix:///a.sock answers with the new configuration',
    );
    expect(t('service.verified', { action: 'restart', reason: 'r', answered: ['a', 'b'] })).toBe(
      'dockerd restarted (r) and verified: a, b answer with the new configuration',
    );
    expect(t('lifecycle.confirmRestart', { running: 1 })).toBe(
      'Restarting dockerd stops 1 running container (live-restore is off). Restart now?',
    );
    expect(t('mirrorTest.testing', { count: 2, image: undefined, seconds: 5 })).toBe(
      'testing 2 mirrors (at most 5 s)…',
    );
    expect(t('lifecycle.reason.readAtStart', { keys: ['hosts'] })).toBe('hosts is read only at start');
    expect(t('lifecycle.reason.readAtStart', { keys: ['hosts', 'tls'] })).toBe('hosts, tls are read only at start');
    // Each noun's own plural (issue 12: noun + "s" said "insecure registrys").
    expect(t('list.none', { command: 'insecure', noun: 'insecure registry' })).toBe(
      'no insecure registries configured',
    );
  });
});

describe('the Chinese sentences', () => {
  const t = translator('zh');

  it('say reload and restart in words, and list keys with the enumeration comma', () => {
    expect(
      t('mutate.wouldAct', {
        action: 'reload',
        reason: t('lifecycle.reason.reloadable', { keys: ['debug', 'labels'] }),
        runs: t('mutate.runs.command', { line: 'systemctl reload docker' }),
      }),
    ).toBe(
      'dockerd 将会重新加载（debug、labels 可以重新加载：容器继续运行）：去掉 --dry-run 将运行 `systemctl reload docker`',
    );
    expect(t('service.failed', { action: 'restart' })).toBe('dockerd 重启失败');
  });

  it('name each list setting by its own Chinese noun, whatever the English noun', () => {
    expect(t('list.none', { command: 'mirror', noun: 'registry mirror' })).toBe('没有配置镜像加速器');
    expect(t('list.none', { command: 'insecure', noun: 'insecure registry' })).toBe('没有配置非安全仓库');
    expect(t('list.none', { command: 'host', noun: 'daemon address' })).toBe('没有配置监听地址');
  });
});
