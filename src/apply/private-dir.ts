import { dirname } from 'node:path';
import type { Fs } from '../context.js';
import { errnoCode, fsFailure } from './errors.js';

/**
 * Make sure our state directory exists and only root can look in: backups may hold proxy
 * credentials. Parents get the usual 0755.
 */
export function ensurePrivateDir(fs: Fs, dir: string): void {
  try {
    if (fs.statSync(dir).isDirectory()) return;
  } catch (error) {
    if (errnoCode(error) !== 'ENOENT') throw fsFailure(error, 'open the directory', dir);
  }
  try {
    fs.mkdirSync(dirname(dir), { recursive: true, mode: 0o755 });
    fs.mkdirSync(dir, { mode: 0o700 });
  } catch (error) {
    if (errnoCode(error) !== 'EEXIST') throw fsFailure(error, 'create the directory', dir);
  }
}
