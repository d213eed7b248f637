import { describe, expect, it } from 'vitest';
import { parseEngineVersion, type EngineVersion } from '../../../src/engine/version.js';
import { argsAfterPlan } from '../../../src/plan/args-after.js';
import { makePlan, type Intent } from '../../../src/plan/make-plan.js';
import type { PlanState } from '../../../src/plan/state.js';
import { duplicateNotes } from '../../../src/targets/daemon-json.js';
import {
  HOSTS_DROP_IN_MARKER,
  HOSTS_DROP_IN_PATH,
  controlCharacter,
  planHostsDropIn,
  renderHostsDropIn,
} from '../../../src/targets/drop-in.js';
import { parseExecCommand } from '../../../src/targets/systemd/exec-command.js';
import { resolveUnit } from '../../../src/sources/resolve-unit.js';
import { join } from 'node:path';
import { makeRoot, rootCtx } from '../targets/fixture-root.js';

const ENGINE = parseEngineVersion('28.5.2') as EngineVersion;
const JSON_PATH = '/etc/docker/daemon.json';

const state = (json: string | null, extra: Partial<PlanState> = {}): PlanState => ({
  engine: ENGINE,
  daemonJson: { path: JSON_PATH, text: json },
  envFile: { path: '/etc/default/docker', text: null, words: [], readBy: [] },
  args: [],
  manager: 'systemd',
  ...extra,
});

describe('a key that appears twice: the change report says what became of each copy (issue 14, point 6)', () => {
  const twice = '{\n  "mtu": 1400,\n  "debug": true,\n  "mtu": 1500\n}\n';

  it('set edits the last copy (the one dockerd uses) and says the earlier one is removed', () => {
    const plan = makePlan(state(twice), [{ kind: 'set', key: 'mtu', value: 1300 }]);
    expect(plan.changes[0]?.after).toBe('{\n  "debug": true,\n  "mtu": 1300\n}\n');
    expect(plan.diagnostics).toMatchObject([
      { id: 'json-duplicate-key', severity: 'info', key: 'mtu', line: 4, file: JSON_PATH },
    ]);
    expect(plan.diagnostics[0]?.message).toBe(
      '"mtu" appeared more than once in daemon.json; dockerd uses the last copy (line 4), so this change edited that one and removed the earlier copy (line 2), which dockerd ignored',
    );
  });

  it('unset removes every copy, and says so', () => {
    const plan = makePlan(state(twice), [{ kind: 'unset', key: 'mtu' }]);
    expect(plan.changes[0]?.after).toBe('{\n  "debug": true\n}\n');
    expect(plan.diagnostics.map((d) => d.message)).toEqual([
      '"mtu" appeared more than once in daemon.json (lines 2, 4); every copy was removed, or dockerd would use the one left',
    ]);
  });

  it('removing elements edits the last copy and keeps the earlier one, said', () => {
    const text = '{"dns": ["1.1.1.1"], "dns": ["8.8.8.8", "9.9.9.9"]}';
    const plan = makePlan(state(text), [{ kind: 'remove', key: 'dns', values: ['8.8.8.8'] }]);
    expect(plan.changes[0]?.after).toBe('{"dns": ["1.1.1.1"], "dns": ["9.9.9.9"]}');
    expect(plan.diagnostics[0]?.message).toContain('left the earlier copy (line 1) as it was');
  });

  it('nested: the duplicate parent is named by its path', () => {
    const text = '{\n"log-opts": {"max-size": "1m"},\n"log-opts": {"max-file": "3"}\n}';
    expect(duplicateNotes(text, [{ op: 'set', key: ['log-opts', 'max-size'], value: '2m' }])).toEqual([
      { key: 'log-opts', lines: [2, 3], fate: 'edited', merged: true },
    ]);
    expect(duplicateNotes('{"a": 1}', [{ op: 'set', key: 'a', value: 2 }])).toEqual([]);
    expect(duplicateNotes(null, [{ op: 'set', key: 'a', value: 2 }])).toEqual([]);
  });

  it('objects: dockerd merges the copies, and the note says the value is now exactly the one given', () => {
    const text = '{\n"log-opts": {"max-size": "1m"},\n"log-opts": {"max-file": "3"}\n}';
    const plan = makePlan(state(text), [{ kind: 'set', key: 'log-opts', value: { 'max-file': '5' } }]);
    expect(plan.changes[0]?.after).toBe('{\n"log-opts": {"max-file": "5"}\n}');
    expect(plan.diagnostics[0]?.message).toContain('dockerd merges such copies member by member');
  });

  it('the earlier copy goes even when the last already holds the value (and is said); one copy: no note', () => {
    const plan = makePlan(state('{"mtu": 1, "mtu": 1300}'), [{ kind: 'set', key: 'mtu', value: 1300 }]);
    expect(plan.changes[0]?.after).toBe('{"mtu": 1300}');
    expect(plan.diagnostics).toMatchObject([{ id: 'json-duplicate-key', severity: 'info' }]);
    expect(makePlan(state('{"mtu": 1300}'), [{ kind: 'set', key: 'mtu', value: 1300 }]).diagnostics).toEqual([]);
  });
});

describe('our hosts drop-in goes when the last "hosts" does (issue 14, point 11)', () => {
  const SPEC = { unitName: 'docker.service', unitPath: '/lib/systemd/system/docker.service', scope: 'system' as const };
  const exec = parseExecCommand(
    '/usr/bin/dockerd -H fd:// --containerd=/run/containerd/containerd.sock',
    { kind: 'unit', path: '/lib/systemd/system/docker.service', line: 9 },
    SPEC,
  ).command!;
  const ours = renderHostsDropIn(exec);
  const withDropIn = (json: string, dropIn: string): PlanState =>
    state(json, {
      hostsDropIn: { path: `/r${HOSTS_DROP_IN_PATH}`, text: dropIn, before: dropIn },
      args: [
        {
          value: '--containerd=/run/containerd/containerd.sock',
          source: { kind: 'drop-in', path: `/r${HOSTS_DROP_IN_PATH}`, line: 8 },
        },
      ],
    });
  const removeLast: Intent[] = [{ kind: 'remove', key: 'hosts', values: ['unix:///var/run/docker.sock'] }];

  it('removed through the plan, with a note; the unit then passes its own -H again', () => {
    const s = withDropIn('{\n  "hosts": ["unix:///var/run/docker.sock"]\n}\n', ours);
    const plan = makePlan(s, removeLast);
    expect(plan.changes.map((c) => [c.kind, c.remove ?? false])).toEqual([
      ['daemon-json', false],
      ['drop-in', true],
    ]);
    expect(plan.needsDaemonReload).toBe(true);
    expect(plan.diagnostics).toMatchObject([{ severity: 'info', message: expect.stringContaining('is removed') }]);
    // args-after does not take -H off for a removal.
    expect(argsAfterPlan(s, plan).map((a) => a.value)).toEqual(['--containerd=/run/containerd/containerd.sock']);
  });

  it('kept while hosts has entries, and when the drop-in is not ours', () => {
    const two = '{"hosts": ["unix:///var/run/docker.sock", "tcp://127.0.0.1:2375"]}';
    expect(makePlan(withDropIn(two, ours), removeLast).changes.map((c) => c.kind)).toEqual(['daemon-json']);
    const foreign = '[Service]\nExecStart=\nExecStart=/usr/bin/dockerd\n';
    expect(
      makePlan(withDropIn('{"hosts": ["unix:///var/run/docker.sock"]}', foreign), removeLast).changes.map(
        (c) => c.kind,
      ),
    ).toEqual(['daemon-json']);
    expect(ours.startsWith(HOSTS_DROP_IN_MARKER)).toBe(true);
  });

  it('an unrelated change does not touch it', () => {
    const plan = makePlan(withDropIn('{}', ours), [{ kind: 'set', key: 'debug', value: true }]);
    expect(plan.changes.map((c) => c.kind)).toEqual(['daemon-json']);
  });
});

describe('nothing with a line break or control character goes into a unit file (issue 14, point 6)', () => {
  it.each(['/etc/docker/dae\nmon.json', '/a\rb', '/a\u0000b', '/a\u2028b'])('%j', (path) => {
    expect(controlCharacter(path)).toBeDefined();
    const exec = parseExecCommand(
      '/usr/bin/dockerd -H fd://',
      { kind: 'unit', path: '/u', line: 1 },
      {
        unitName: 'docker.service',
        unitPath: '/u',
        scope: 'system',
      },
    ).command!;
    expect(() => renderHostsDropIn(exec, path)).toThrow(RangeError);
  });
  it('spaces, %, $, quotes and backslashes are fine in a comment line', () => {
    expect(controlCharacter('/etc/my docker/%h/$X/"q"\\.json')).toBeUndefined();
  });
});

describe('planHostsDropIn refuses a daemon.json path it cannot write into the drop-in', () => {
  it('a line break in --config-file: blocked, said, nothing to write', () => {
    const root = makeRoot({
      'lib/systemd/system/docker.service': '[Service]\nExecStart=/usr/sbin/dockerd -H fd://\n',
    });
    const unit = resolveUnit(rootCtx(root))!;
    const input = { unit, dropInPath: join(root, HOSTS_DROP_IN_PATH), current: null, hostsInDaemonJson: true };
    expect(planHostsDropIn({ ...input, daemonJsonPath: '/etc/docker/dae\nmon.json' })).toMatchObject({
      action: 'blocked',
      says: { key: 'change.meaning.unitControl', params: { char: 'U+000A' } },
    });
    expect(planHostsDropIn({ ...input, daemonJsonPath: '/etc/my docker/100%/daemon.json' })).toMatchObject({
      action: 'write',
      text: expect.stringContaining('# "hosts" is set in /etc/my docker/100%/daemon.json, and'),
    });
  });
});
