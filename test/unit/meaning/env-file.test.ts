import { describe, expect, it } from 'vitest';
import { parseEngineVersion, type EngineVersion } from '../../../src/engine/version.js';
import { argsAfterPlan } from '../../../src/plan/args-after.js';
import { makePlan, type Intent } from '../../../src/plan/make-plan.js';
import type { PlanState } from '../../../src/plan/state.js';
import { readEnvFile, setEnvFileWords, uncarriable } from '../../../src/targets/env-file.js';

const ENGINE = parseEngineVersion('28.5.2') as EngineVersion;
const PATH = '/etc/default/docker';

describe('DOCKER_OPTS never gets a value sh or systemd would change (issue 14, point 6)', () => {
  it.each([
    ['NUL', '--label=a\u0000b', 'U+0000'],
    ['escape', '--label=\u001b[31m', 'U+001B'],
    ['DEL', '--label=a\u007fb', 'U+007F'],
    ['C1 control', '--label=a\u0085b', 'U+0085'],
    ['a lone surrogate (not UTF-8)', '--label=a\ud800b', 'U+D800'],
  ])('%s is refused by name, nothing written', (_, word, name) => {
    const result = setEnvFileWords('DOCKER_OPTS="--debug"\n', ['--debug', word]);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.reason).toBe('control-character');
    expect(result.says).toMatchObject({ key: 'change.meaning.controlChar', params: { char: name } });
    expect(result.hint).toMatchObject({ key: 'change.meaning.hint.controlChar' });
  });

  it('ordinary text, UTF-8 and surrogate pairs are carried', () => {
    for (const word of ['--label=a', '--label=日本', '--label=😀', '--dns=8.8.8.8'])
      expect(uncarriable(word)).toBeUndefined();
    expect(setEnvFileWords(null, ['--label=😀'])).toEqual({
      ok: true,
      text: 'DOCKER_OPTS="--label=😀"\n',
      changed: true,
    });
  });

  it('a trailing # comment is not part of the value for sh, and is kept on the line', () => {
    const text = 'DOCKER_OPTS="--debug" # keep debug on\nOTHER=1\n';
    expect(readEnvFile(text, PATH).sh?.words?.map((w) => w.value)).toEqual(['--debug']);
    expect(setEnvFileWords(text, ['--debug', '--mtu=1400'])).toEqual({
      ok: true,
      text: 'DOCKER_OPTS="--debug --mtu=1400" # keep debug on\nOTHER=1\n',
      changed: true,
    });
    expect(setEnvFileWords("DOCKER_OPTS='-D'\t# x\r\n", ['-D', '--mtu=1'])).toMatchObject({
      text: "DOCKER_OPTS='-D --mtu=1'\t# x\r\n",
    });
  });

  it('systemd reads that comment into the value: an edit for systemd is refused with the fix', () => {
    const text = 'DOCKER_OPTS="--debug" # keep debug on\n';
    // systemd's EnvironmentFile= parser: after the closing quote, "#" is value.
    expect(readEnvFile(text, PATH).systemd?.words.map((w) => w.value)).toEqual(['--debug#', 'keep', 'debug', 'on']);
    const result = setEnvFileWords(text, ['--debug', '--mtu=1400'], { readBySystemd: true });
    expect(result).toMatchObject({ ok: false, reason: 'systemd-comment', word: '# keep debug on' });
    if (!result.ok) expect(result.hint).toMatchObject({ key: 'change.meaning.hint.systemdComment' });
    // A comment on a line of its own is no problem for either reader.
    expect(setEnvFileWords('# keep debug on\nDOCKER_OPTS="--debug"\n', ['-D'], { readBySystemd: true })).toMatchObject({
      ok: true,
      text: '# keep debug on\nDOCKER_OPTS="-D"\n',
    });
    // "#" inside the quotes is value for both.
    expect(
      setEnvFileWords('DOCKER_OPTS="--label=a#b"\n', ['--label=a#b', '-D'], { readBySystemd: true }),
    ).toMatchObject({ ok: true });
  });
});

describe('plan: the words an edit starts from are the ones dockerd gets', () => {
  const state = (manager: PlanState['manager'], env: string): PlanState => ({
    engine: ENGINE,
    daemonJson: { path: '/etc/docker/daemon.json', text: null },
    envFile: {
      path: PATH,
      text: env,
      // What the loader gives: systemd's reading when there is one.
      words: readEnvFile(env, PATH).systemd?.words.map((w) => w.value) ?? [],
      readBy: [manager === 'sysvinit' ? 'init script' : 'systemd unit'],
    },
    args: [],
    manager,
  });
  const set: Intent[] = [{ kind: 'set', key: 'mtu', value: 1400 }];
  const env = 'DOCKER_OPTS="--debug" # keep debug on\n';

  it('sysvinit: sh reads the comment as a comment; the edit keeps it out of the value', () => {
    const s = state('sysvinit', env);
    const plan = makePlan(s, set, { target: 'env-file' });
    expect(plan.diagnostics).toEqual([]);
    expect(plan.changes[0]?.after).toBe('DOCKER_OPTS="--debug --mtu=1400" # keep debug on\n');
    expect(argsAfterPlan(s, plan).map((a) => a.value)).toEqual(['--debug', '--mtu=1400']);
  });

  it('systemd: refused, nothing planned', () => {
    const plan = makePlan(state('systemd', env), set, { target: 'env-file' });
    expect(plan.changes).toEqual([]);
    expect(plan.diagnostics).toMatchObject([
      { id: 'invalid-value', severity: 'error', hint: expect.stringContaining('line of its own') },
    ]);
  });

  it('a NUL given through set (JSON "\\u0000") never reaches the file', () => {
    const plan = makePlan(
      state('sysvinit', 'DOCKER_OPTS=""\n'),
      [{ kind: 'set', key: 'labels', value: ['a\u0000b'] }],
      {
        target: 'env-file',
      },
    );
    expect(plan.changes).toEqual([]);
    expect(plan.diagnostics[0]?.message).toContain('U+0000');
  });
});
