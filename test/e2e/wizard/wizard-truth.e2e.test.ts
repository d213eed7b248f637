// Issue 12, points 1 and 2, in a real terminal (tmux): the wizard's first screen on a daemon.json
// that does not parse shows what repair would recover, marked; and once the file parses again,
// an old failure in the daemon's log no longer stops the wizard.
import { afterEach, describe, expect, it } from 'vitest';
import { cliPath } from '../../helpers/run-cli.js';
import { tempRoot, type TempRoot } from '../../helpers/temp-root.js';
import { openTerminal, type Terminal } from '../../helpers/tmux.js';

let terminal: Terminal | undefined;
let root: TempRoot | undefined;
afterEach(async () => {
  await terminal?.close();
  root?.cleanup();
  terminal = root = undefined;
});

const ENGLISH = { LANG: 'C.UTF-8', LC_ALL: '', LC_MESSAGES: '' };
const DAEMON_JSON = '/etc/docker/daemon.json';

async function wizard(r: TempRoot): Promise<Terminal> {
  terminal = await openTerminal(
    [process.execPath, cliPath, '--root', r.dir, '--engine-version', '20.10', 'wizard', '--no-restart'],
    { env: ENGLISH },
  );
  return terminal;
}

describe('the wizard says what is true about daemon.json', () => {
  it('a file that does not parse: its settings as repair would recover them, marked, and the reason', async () => {
    root = tempRoot('broken-debian');
    const t = await wizard(root);
    // Wait for the line itself: the first screen is still being written when the first mark shows.
    const screen = await t.waitFor(
      /registry-mirrors\s+\["https:\/\/mirror\.example\.com","https:\/\/registry\.docker-cn\.com"\].*\(recovered by repair, not in effect\)/,
    );
    expect(screen).not.toContain('No settings yet');
    // The reason once: with doctor's offer to repair, not also above it.
    const offer = await t.waitFor('to deal with first:');
    expect(offer.match(/\[json-syntax\]/g)).toHaveLength(1);
  });

  it('fixed by hand while the log still holds the old failure: the wizard goes on', async () => {
    root = tempRoot('broken-debian', {
      [DAEMON_JSON]: JSON.stringify({ 'registry-mirrors': ['https://mirror.example.com'] }, null, 2),
    });
    expect(root.read('/var/log/docker.log')).toMatch(/invalid character|not valid JSON|daemon\.json/);
    const t = await wizard(root);
    const screen = await t.waitFor(/What do you want to set up\?|nothing can be added to it/);
    expect(screen).not.toContain('nothing can be added to it');
    expect(screen).toContain('What do you want to set up?');
  });
});
