import { defineCommand } from '../command.js';
import { EXIT } from '../errors.js';

export const backupsCommand = defineCommand({
  command: 'backups',
  describe: (t) => t('help.command.backups'),
  run: async (_args, { ctx, io }) => {
    const { listBackups } = await import('../../apply/index.js');
    const backups = listBackups(ctx);
    io.result({ ok: true, backups });
    if (backups.length === 0) io.say(io.t('backups.none'));
    for (const b of backups)
      io.say(
        `${b.id}  ${b.path}  ${b.existed ? io.t('backups.size', { size: b.size }) : io.t('backups.didNotExist')}  ${b.reason}`,
      );
    return EXIT.ok;
  },
});
