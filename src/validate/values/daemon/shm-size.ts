/** default-shm-size: a size string decoded by go-units RAMInBytes while the file is read. */
import { hint, message } from '../../../diagnostics/say.js';
import { ramInBytes, usesGoUnitsV05 } from '../go/units.js';
import { decodeError } from '../shared/dockerd-text.js';
import { refused } from '../shared/problem.js';
import { stringOf } from '../shared/settings.js';
import type { ValueRule } from '../types.js';

export const shmSizeRule: ValueRule = {
  keys: ['default-shm-size'],
  check(ctx) {
    const size = stringOf(ctx, 'default-shm-size');
    if (size === undefined) return [];
    // MemBytes.UnmarshalJSON refuses the empty string before go-units sees it.
    const reason =
      size === ''
        ? 'invalid size: "\\"\\""'
        : (() => {
            const r = ramInBytes(size, usesGoUnitsV05(ctx.engine));
            return r.ok ? undefined : r.error;
          })();
    if (!reason) return [];
    return [
      refused({
        key: 'default-shm-size',
        ...message('validate.shmSize.notSize', { size }),
        ...hint('validate.shmSize.hint.size'),
        line: decodeError(ctx.engine, reason),
      }),
    ];
  },
};
