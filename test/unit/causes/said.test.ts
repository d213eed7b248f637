// Issue 12, point 13: the causes' sentences come from the catalogue, so a Chinese reader gets
// Chinese. Over every refusal real dockerds printed (the verdict tables), as bare lines and as
// values of a flag, and over the client errors and systemd's lines explain knows: the English
// is the catalogue's English, and the Chinese holds no English sentence of ours (dockerd's own
// words are quoted as such).
import { describe, expect, it } from 'vitest';
import { classify, explainLog, type Cause } from '../../../src/causes/index.js';
import { english, sayIn } from '../../../src/i18n/said.js';
import { englishSentences } from '../../helpers/english.js';
import { refusedLines as refusals } from './refusals.js';

/** Lines no corpus case produced: the catch-alls, the host's failures, the text explain reads besides. */
const MORE = [
  'failed to start daemon: something nobody has seen',
  'unable to configure the Docker daemon with file /etc/docker/daemon.json: invalid JSON: some new Go 1.28 wording',
  'panic: runtime error: invalid memory address or nil pointer dereference',
  'Status: invalid argument "x" for "--max-concurrent-downloads" flag: strange, Code: 125',
  'failed to start daemon: error initializing graphdriver: driver not supported: overlay2',
  'failed to start daemon: Error initializing network controller: error obtaining controller instance: failed to create NAT chain DOCKER: iptables failed',
  "failed to start daemon: Devices cgroup isn't mounted",
  'failed to start daemon: failed to dial "/run/containerd/containerd.sock": context deadline exceeded',
  'failed to start daemon: pid file found, ensure docker is not running or delete /var/run/docker.pid',
  'failed to load listeners: listen tcp 127.0.0.1:2376: bind: address already in use',
  '/etc/init.d/docker: 86: ulimit: error setting limit (Operation not permitted)',
];

const TEXTS = [
  'Error response from daemon: Get "https://10.0.0.15:5000/v2/": http: server gave HTTP response to HTTPS client',
  'http: server gave HTTP response to HTTPS client',
  'Error response from daemon: Get "https://reg6.test:45443/v2/": x509: certificate signed by unknown authority',
  'x509: certificate is valid for registry.local, not reg.example.com',
  'Get "https://r.example.com/v2/": x509: certificate has expired or is not yet valid',
  'Error response from daemon: toomanyrequests: You have reached your pull rate limit.',
  'Get "https://mirror.example.com/v2/": toomanyrequests: slow down',
  'Error response from daemon: Get "https://registry-1.docker.io/v2/": dial tcp: lookup registry-1.docker.io on 127.0.0.53:53: no such host',
  'Get "https://registry-1.docker.io/v2/": proxyconnect tcp: dial tcp: lookup proxy.example.com: no such host',
  'Error response from daemon: Get "https://registry-1.docker.io/v2/": dial tcp 54.236.113.205:443: i/o timeout',
  'Get "https://mirror.example.com/v2/": net/http: TLS handshake timeout',
  'Get https://10.130.0.159:5000/v1/_ping: dial tcp 10.130.0.159:5000: connection refused',
  'Job for docker.service failed because the control process exited with error code.',
  'Docker is not running ... failed!',
  'docker.service: Start request repeated too quickly.',
];

const causes: Cause[] = [
  ...[...refusals, ...MORE].flatMap((line) =>
    [line, `Status: invalid argument "x" for "--registry-mirror" flag: ${line}`].flatMap((l) => classify(l) ?? []),
  ),
  ...TEXTS.flatMap((text) => {
    const x = explainLog(`${text}\n`);
    return [...(x.cause ? [x.cause] : []), ...x.clientErrors.map((c) => c.cause)];
  }),
];

describe('the causes say their sentences from the catalogue', () => {
  it('has what to check: every refusal, the host’s failures and the client errors', () => {
    expect(refusals.length).toBeGreaterThan(300);
    for (const id of ['registry-tls-error', 'pull-rate-limited', 'registry-connect-failed', 'start-limit-hit'])
      expect(causes.map((c) => c.id)).toContain(id);
  });

  it('the English message and hint are the catalogue’s English, word for word', () => {
    const wrong = causes.filter((c) => english(c.says) !== c.message || english(c.hintSays) !== c.hint);
    expect(wrong.map((c) => c.message)).toEqual([]);
  });

  it('the Chinese holds no English sentence of ours', () => {
    const left = new Map<string, string[]>();
    for (const c of causes)
      for (const s of [c.says, c.hintSays]) {
        const zh = sayIn('zh', s);
        // The init script's words are quoted as its own, like dockerd's.
        const found = englishSentences(zh.replace(/脚本的原话：[^）]*/g, ''));
        if (found.length > 0) left.set(s.key, [zh, ...found]);
      }
    expect([...left]).toEqual([]);
  });

  it('dockerd’s words stay as dockerd wrote them, labelled as its own', () => {
    const cause = classify('failed to start daemon: something nobody has seen')!;
    expect(sayIn('zh', cause.says)).toBe(
      'dockerd 启动失败（dockerd 的原话：failed to start daemon: something nobody has seen）。',
    );
  });

  it('a password in dockerd’s words is masked in every language', () => {
    const cause = classify('failed to start daemon: something new about https://u:p4ss@m.example.com')!;
    for (const lang of ['en', 'zh'] as const) expect(sayIn(lang, cause.says)).toContain('u:xxxxx@m.example.com');
  });
});
