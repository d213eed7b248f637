// Issue 14, point 5, the wizard's path: its red-flag question is its --allow-insecure-tcp. Confirmed,
// the preview and the write judge the listener as allowed; a key typed in "other settings" that
// opens one is refused like `set hosts`.
import { cpSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXIT } from '../../../src/cli/errors.js';
import { runWizard } from '../../../src/wizard/run-wizard.js';
import { fixtureRoot, makeRoot, rootCtx } from '../targets/fixture-root.js';
import { scriptedPrompter, type Step } from '../wizard/scripted-prompter.js';
import { capturedIo, wizardOptions } from '../wizard/wizard-io.js';

async function run(script: Step[]) {
  const root = makeRoot({});
  cpSync(fixtureRoot('debian-docker-io'), root, { recursive: true });
  const { io, output } = capturedIo();
  const scripted = scriptedPrompter(script);
  const code = await runWizard({ ctx: rootCtx(root), io }, wizardOptions(root), scripted.prompter);
  const path = join(root, 'etc/docker/daemon.json');
  return { code, output: output(), daemonJson: existsSync(path) ? readFileSync(path, 'utf8') : null, ...scripted };
}

describe('the wizard and unverified TCP listeners', () => {
  it('confirmed at the red flag: previewed and written, with the warning', async () => {
    const r = await run([
      { name: 'tasks', tick: ['api'] },
      { name: 'apiKind', select: 'insecure' },
      { name: 'apiAddress', type: ['tcp://0.0.0.0:2375'] },
      { name: 'apiInsecureConfirm', confirm: true },
      { name: 'apply', confirm: true },
    ]);
    expect(r.output).not.toContain('Nothing was changed');
    expect(r.code).toBe(EXIT.ok);
    expect(JSON.parse(r.daemonJson!).hosts).toContain('tcp://0.0.0.0:2375');
  });

  it('typed as a key ("hosts"): refused as it is typed, a loopback value taken', async () => {
    const r = await run([
      { name: 'tasks', tick: ['keys'] },
      { name: 'key', type: ['hosts'] },
      {
        name: 'value',
        type: ['["unix:///var/run/docker.sock","tcp://0.0.0.0:2375"]', '["unix:///var/run/docker.sock"]'],
      },
      { name: 'key', type: [''] },
      { name: 'apply', confirm: false },
    ]);
    const asked = r.asked.find((a) => a.name === 'value');
    expect(asked?.rejected).toHaveLength(1);
    expect(asked?.rejected?.[0]).toContain('exposes the Docker API to the network without TLS client verification');
  });
});
