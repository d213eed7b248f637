// node write-once.mjs ROOT PATH BEFORE_FILE|- AFTER_FILE: one applyChanges, as a command would.
import { readFileSync } from 'node:fs';
import { applyChanges } from '../../../../src/apply/index.js';
import { createContext } from '../../../../src/context.js';
import { report } from './report.js';

const [root = '/', path = '', beforeFile = '-', afterFile = ''] = process.argv.slice(2);
await report(() =>
  applyChanges(createContext({ root }), [
    {
      path,
      kind: 'daemon-json',
      before: beforeFile === '-' ? null : readFileSync(beforeFile),
      after: readFileSync(afterFile, 'utf8'),
    },
  ]),
);
