import { HOSTS, INSECURE_REGISTRIES, MIRRORS } from '../../plan/list-settings.js';
import type { Command } from '../command.js';
import { listCommand } from '../list-commands.js';
import { applyCommand } from './apply.js';
import { backupsCommand } from './backups.js';
import { completionCommand } from './completion.js';
import { doctorCommand } from './doctor.js';
import { explainCommand } from './explain.js';
import { getCommand } from './get.js';
import { mirrorTestCommand } from './mirror-test.js';
import { registryCommand } from './registry.js';
import { repairCommand } from './repair.js';
import { reloadCommand, restartCommand } from './restart.js';
import { rollbackCommand } from './rollback.js';
import { setCommand } from './set.js';
import { showCommand } from './show.js';
import { unsetCommand } from './unset.js';
import { validateCommand } from './validate.js';
import { wizardCommand } from './wizard.js';

/** Every command, in the order --help lists them. */
export const commands: readonly Command<never>[] = [
  showCommand,
  validateCommand,
  listCommand(MIRRORS, (t) => t('help.command.mirror'), [mirrorTestCommand as unknown as Command<never>]),
  listCommand(INSECURE_REGISTRIES, (t) => t('help.command.insecure')),
  listCommand(HOSTS, (t) => t('help.command.host')),
  registryCommand,
  getCommand,
  setCommand,
  unsetCommand,
  applyCommand,
  repairCommand,
  restartCommand,
  reloadCommand,
  rollbackCommand,
  backupsCommand,
  doctorCommand,
  explainCommand,
  wizardCommand,
  completionCommand,
] as unknown as Command<never>[];
