import { defineCommand } from '../command.js';
import { EXIT } from '../errors.js';

export const backupsCommand = defineCommand({
  command: 'backups',
  describe: 'list the backups taken before each change (newest last)',
  run: async (_args, { ctx, io }) => {
    const { listBackups } = await import('../../apply/index.js');
    const backups = listBackups(ctx);
    io.result({ ok: true, backups });
    if (backups.length === 0) io.say('no backups yet');
    for (const b of backups) io.say(`${b.id}  ${b.path}  ${b.existed ? `${b.size} bytes` : '(did not exist)'}  ${b.reason}`);
    return EXIT.ok;
  },
});
