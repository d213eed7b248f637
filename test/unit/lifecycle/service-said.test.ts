// Issue 13: the service step's diagnostics and questions are catalogue sentences. --json keeps the
// English it always printed (byte for byte); the text says them in the reader's language.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hintIn, messageIn } from '../../../src/diagnostics/say.js';
import type { Diagnostic } from '../../../src/diagnostics/types.js';
import { parseEngineVersion } from '../../../src/engine/version.js';
import { translator } from '../../../src/i18n/index.js';
import * as service from '../../../src/i18n/messages/said/service.js';
import { english, said } from '../../../src/i18n/said.js';
import { planService, previewService, type FinishRequest } from '../../../src/lifecycle/finish.js';
import { englishReason, reasonSaid, reasonText, type Reason } from '../../../src/lifecycle/reason.js';
import { readSources } from '../../../src/sources/read-sources.js';
import { loadDaemonConfig } from '../../../src/validate/model.js';
import { tempRoot } from '../apply/temp-root.js';

const engine = parseEngineVersion('20.10.24')!;
const MIRROR = '{"registry-mirrors": ["https://m.example"]}\n';
const CJK = /[\u4e00-\u9fff]/;

function request(
  ctx: ReturnType<typeof tempRoot>,
  before: string,
  after: string,
  options: Partial<FinishRequest['options']>,
) {
  const config = (text: string) => ({
    settings: loadDaemonConfig({
      daemonJson: { path: join(ctx.root, 'etc/docker/daemon.json'), bytes: Buffer.from(text), explicit: false },
      args: [],
      engine,
    }).settings,
    engine,
  });
  return {
    mode: 'auto',
    before: config(before),
    after: config(after),
    argsChanged: false,
    unitChanged: false,
    backups: [],
    sources: readSources(ctx, { daemonArgsOption: '' }),
    options: { restart: true, yes: false, json: false, timeoutSeconds: 2, ...options },
  } satisfies FinishRequest;
}

const both = (d: Diagnostic | undefined) => ({
  en: [d?.message, d?.hint],
  zh: [messageIn('zh', d!), hintIn('zh', d!)],
});

describe('the service step speaks the reader’s language', () => {
  it('--no-restart: the note, in English as before and in Chinese', async () => {
    const ctx = tempRoot();
    const plan = await planService(
      ctx,
      { confirm: async () => true },
      request(ctx, '{}\n', MIRROR, { restart: false }),
    );
    const note = plan.early?.diagnostics[0];
    expect(both(note)).toEqual({
      en: [
        'written only (--no-restart): dockerd must reload to use it',
        'run `dockerd-config restart --restart-cmd "CMD"`',
      ],
      zh: [
        '只写入了文件（--no-restart）：dockerd 需要重新加载才会使用它',
        '运行 `dockerd-config restart --restart-cmd "CMD"`',
      ],
    });
  });

  it('--root without --restart-cmd: what to do instead, and the preview carries it both ways', async () => {
    const ctx = tempRoot();
    const req = request(ctx, '{}\n', MIRROR, {});
    const plan = await planService(ctx, { confirm: async () => true }, req);
    const manual = `--root ${ctx.root}: the files were changed, but the dockerd that reads them is not restarted from here; restart it there, or give --restart-cmd "CMD"`;
    expect(both(plan.early?.diagnostics[0])).toEqual({
      en: ['dockerd must reload to use the new configuration', manual],
      zh: [
        'dockerd 需要重新加载才会使用新配置',
        `--root ${ctx.root}：文件已修改，但读取它们的 dockerd 不会从这里重启；请在那台主机上重启它，或者给出 --restart-cmd "CMD"`,
      ],
    });
    const preview = previewService(ctx, req);
    expect(preview.manual).toBe(manual);
    expect(preview.manualSays).toEqual(said('service.manual.root', { root: ctx.root }));
  });

  it('a restart that would stop containers: the question in the reader’s language, the refusal in both', async () => {
    const pid = 4242;
    const base = tempRoot();
    mkdirSync(join(base.root, 'var/run'), { recursive: true });
    writeFileSync(join(base.root, 'var/run/docker.pid'), `${pid}\n`);
    const ctx = {
      ...base,
      isTTY: true,
      kill: (p: number) => p === pid,
      api: async (_target: unknown, path: string) =>
        path === '/containers/json'
          ? { ok: true as const, status: 200, body: JSON.stringify([{ Names: ['/web'] }, { Names: ['/db'] }]) }
          : { ok: false as const, error: 'connect ECONNREFUSED', code: 'ECONNREFUSED' },
    };
    const questions: string[] = [];
    // A removed key needs a restart.
    const req = request(ctx, MIRROR, '{}\n', { restartCmd: 'restart-dockerd' });
    const plan = await planService(ctx, { lang: 'zh', confirm: async (q) => (questions.push(q), false) }, req);
    expect(questions).toEqual(['重启 dockerd 会停止正在运行的 2 个容器（未开启 live-restore）。现在重启吗？']);
    expect(both(plan.refusal)).toEqual({
      en: [
        'not changed: restarting dockerd would stop 2 running containers (web, db), and the answer was no',
        'run it again when the containers may stop, or set "live-restore": true first (that change only needs a reload)',
      ],
      zh: [
        '没有修改：重启 dockerd 会停止 2 个正在运行的容器（web、db），而回答是不重启',
        '等这些容器可以停止时再运行，或者先设置 "live-restore": true（这项修改只需要重新加载）',
      ],
    });
    const unasked = await planService({ ...ctx, isTTY: false }, { confirm: async () => true }, req);
    expect(unasked.refusal?.message).toBe(
      'not changed: this change restarts dockerd, which would stop 2 running containers (web, db); pass -y to restart anyway',
    );
    expect(unasked.refusal?.hint).toBe(
      'pass -y (--yes) to restart anyway, or set "live-restore": true first (that change only needs a reload); `restart-dockerd` is what would run',
    );
  });
});

describe('the English the service step always printed', () => {
  it.each([
    [
      said('service.rollback.failed', {
        down: true,
        restored: [{ path: '/etc/docker/daemon.json', rejectedBackup: 'B-2' }, { path: '/etc/default/docker' }],
      }),
      'the previous configuration did not come up either: dockerd is down. Restored: /etc/docker/daemon.json (the rejected version is backup B-2), /etc/default/docker',
    ],
    [
      said('service.verify.unreachable', {
        action: 'restart',
        missing: [{ address: 'unix:///var/run/docker.sock', detail: 'connect ENOENT' }],
        command: 'sh -c x',
        exitCode: 3,
        output: 'a / b',
      }),
      'dockerd did not answer after the restart on unix:///var/run/docker.sock (connect ENOENT): `sh -c x` exited 3: a / b',
    ],
    [said('service.verify.unreachable', { action: 'reload', missing: [] }), 'dockerd did not answer after the reload'],
    [
      said('service.manager.failed', { command: 'systemctl restart docker', exitCode: 1, journal: 'ExecStartPre=/x' }),
      '`systemctl restart docker` failed (exit 1) before dockerd ran, so dockerd never judged the new configuration; it is kept (ExecStartPre=/x)',
    ],
    [
      said('service.write.putBack', {
        message: said('service.write.cannot', {
          action: 'write',
          path: '/b',
          why: said('service.write.errno', { code: 'ENOSPC' }),
        }),
        restored: ['/a'],
        unrestored: [{ path: '/c', id: 'ID-1' }],
      }),
      'cannot write /b: no space left on device; put back /a, already written, from the backup; COULD NOT put back /c: restore it with dockerd-config rollback --to ID-1',
    ],
    [
      said('service.rollback.previous', {
        message: said('service.verify.notApplied', { action: 'reload', settings: ['a', 'b'] }),
      }),
      'previous configuration: dockerd reloaded but does not use the new configuration: a, b differ',
    ],
  ])('%#: %j', (s, text) => {
    expect(english(s)).toBe(text);
  });

  it('a reason: one Said, English for --json and the reader’s words for the text', () => {
    const reason: Reason = { why: 'read-at-start', keys: ['hosts', 'tls'] };
    expect(reasonSaid(reason)).toEqual(said('lifecycle.reason.readAtStart', { keys: ['hosts', 'tls'] }));
    expect(englishReason(reason)).toBe('hosts, tls are read only at start');
    expect(reasonText(reason, translator('zh'))).toBe('hosts、tls 只在启动时读取');
  });
});

describe('the service catalogue in Chinese', () => {
  const keys = Object.keys(service.en) as (keyof typeof service.en)[];
  it('has every key, in Chinese, keeping each `command` the English quotes', () => {
    for (const key of keys) {
      const zh = service.zh[key] as (p: unknown) => string;
      const en = service.en[key] as (p: unknown) => string;
      const p = {
        action: 'restart',
        path: '/etc/docker/daemon.json',
        dir: '/etc/docker',
        command: 'systemctl restart docker',
        start: 'systemctl start docker',
        name: 'systemd (docker.service)',
        names: ['web'],
        settings: ['hosts'],
        missing: [],
        restored: ['/a'],
        unrestored: [],
        message: 'MESSAGE',
        why: 'WHY',
        code: 'ENOSPC',
        quote: "'",
        operator: ';',
        root: '/srv/root',
        where: 'journalctl -u docker',
        id: 'ID',
        file: '/f',
        pid: 7,
        since: 'SINCE',
        seconds: 60,
        column: 3,
        problem: 'PROBLEM',
        exitCode: 1,
        down: true,
      };
      const text = zh(p);
      expect(text, key).toMatch(CJK);
      for (const quoted of en(p).match(/`[^`]+`/g) ?? []) expect(text, key).toContain(quoted);
    }
  });
});
