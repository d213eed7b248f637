// The wizard's Io and options for unit tests: output kept as text, no restart unless asked.
import { createIo, type Io } from '../../../src/cli/io.js';
import type { Lang } from '../../../src/i18n/index.js';
import type { WizardOptions } from '../../../src/wizard/session.js';

export function capturedIo(lang: Lang = 'en'): { io: Io; output: () => string } {
  let text = '';
  const stream = { write: (chunk: string) => ((text += chunk), true) };
  const io = createIo({ json: false, verbose: false, color: false, lang }, {
    stdout: stream,
    stderr: stream,
  } as unknown as NodeJS.Process);
  return { io, output: () => text };
}

export function wizardOptions(root: string, extra: Partial<WizardOptions> = {}): WizardOptions {
  return {
    root,
    json: false,
    yes: false,
    verbose: false,
    color: false,
    strict: false,
    engineVersion: '26.1',
    timeout: 5,
    dryRun: false,
    diff: false,
    restart: false,
    detailedExitcode: false,
    allowInsecureTcp: false,
    probeTimeout: 1,
    ...extra,
  };
}
