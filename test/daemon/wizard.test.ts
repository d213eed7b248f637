// The wizard against a real systemd and dockerd (systemd-nspawn, Debian's docker.io), in a real
// terminal: tmux runs it inside the box. The remote API on loopback needs the hosts drop-in, a
// daemon-reload and a restart; the wizard shows that before it asks, then verifies both sockets.
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { bootSdbox, checkout, cliEntry, type Sdbox } from '../helpers/boxes.js';
import { sh } from '../helpers/cli-report.js';
import { openTerminal, type Terminal } from '../helpers/tmux.js';

let box: Sdbox | undefined;
let terminal: Terminal | undefined;
afterEach(async () => {
  await terminal?.close();
  await box?.stop();
  box = terminal = undefined;
});

describe('the wizard on a real systemd host', () => {
  it('opens the API on 127.0.0.1: previews the drop-in and the restart, applies, and both sockets answer', async () => {
    box = await bootSdbox(`sdwz-${process.pid % 10000}`);
    const sdbox = join(checkout, 'test', 'infra', 'sdbox.sh');
    terminal = await openTerminal(
      ['bash', sdbox, 'exec', box.name, 'env', 'TERM=xterm-256color', 'NO_COLOR=1', 'node', cliEntry, 'wizard'],
      { env: { LANG: 'C.UTF-8' } },
    );
    const t = terminal;
    const first = await t.waitFor('What do you want to set up?', 30_000);
    expect(first).toMatch(/Installation:\s+rootful, service manager: systemd/);
    await t.keys('Down', 'Down', 'Down', 'Space', 'Enter');
    await t.waitFor('Where should the Docker API listen');
    await t.keys('Enter');
    await t.waitFor('Address (tcp://HOST:PORT)');
    await t.keys('Enter');

    const preview = await t.waitFor('Apply it now', 30_000);
    expect(preview).toContain('+++ /etc/systemd/system/docker.service.d/');
    expect(preview).toContain('"tcp://127.0.0.1:2375"');
    expect(preview).toMatch(/dockerd will be restarted \(dockerd's command line changed/);
    expect(preview).toContain('A restart stops running containers (live-restore is off); none are running now.');
    await t.keys('Enter');

    expect(await t.exitCode(120_000)).toBe(0);
    const end = await t.screen();
    expect(end).toMatch(/dockerd restarted \(.*\) and verified: .*tcp:\/\/127\.0\.0\.1:2375/);
    expect(end).toContain('Done.');
    expect(end).toContain('✓ Applying · waiting for every socket, comparing /info with the files');
    expect(await sh(box, 'curl -sS --max-time 5 http://127.0.0.1:2375/_ping')).toBe('OK');
    expect(await sh(box, 'curl -sS --max-time 5 --unix-socket /var/run/docker.sock http://x/_ping')).toBe('OK');
  });
});
