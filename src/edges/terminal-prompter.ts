/**
 * The wizard's questions on a real terminal, through @inquirer/prompts: the only module that
 * loads it. Ctrl-C at a question becomes PromptCancelled; while a change is being applied the
 * terminal is put in raw mode, so Ctrl-C reaches neither us nor the commands we run as a signal.
 */
import { maskCredentials } from '../diagnostics/redact.js';
import type { Translate } from '../i18n/index.js';
import type { Prompter } from '../model/prompter.js';
import { PromptCancelled } from '../wizard/questions.js';

const FRAMES = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏'];
const KEY_WORDS = {
  navigate: 'wizard.keys.navigate',
  select: 'wizard.keys.select',
  submit: 'wizard.keys.submit',
  all: 'wizard.keys.all',
  invert: 'wizard.keys.invert',
} as const;

type Streams = { stdin: NodeJS.ReadStream; stdout: NodeJS.WriteStream };

export function terminalPrompter(t: Translate, color: boolean, streams: Streams = process): Prompter {
  const dim = (text: string) => (color ? `\u001b[2m${text}\u001b[0m` : text);
  const theme = {
    style: {
      keysHelpTip: (keys: [string, string][]) =>
        dim(
          keys
            .map(([key, word]) => `${key} ${word in KEY_WORDS ? t(KEY_WORDS[word as keyof typeof KEY_WORDS]) : word}`)
            .join(' • '),
        ),
    },
  };
  const inquirer = () => import('@inquirer/prompts');
  const asked = async <T>(ask: () => Promise<T>): Promise<T> => {
    try {
      return await ask();
    } catch (error) {
      if (error instanceof Error && error.name === 'ExitPromptError') throw new PromptCancelled();
      throw error;
    }
  };

  // A choice's label is shown, its value returned: only the label is masked (inquirer writes to
  // the terminal itself, past the Io edge).
  return {
    select: (q) =>
      asked(async () =>
        (await inquirer()).select({
          message: maskCredentials(q.message),
          choices: q.choices.map((c) => ({
            value: c.value,
            name: maskCredentials(c.label),
            ...(c.description ? { description: maskCredentials(c.description) } : {}),
          })),
          ...(q.default ? { default: q.default } : {}),
          theme,
        }),
      ),
    checkbox: (q) =>
      asked(async () =>
        (await inquirer()).checkbox({
          message: maskCredentials(q.message),
          choices: q.choices.map((c) => ({
            value: c.value,
            name: maskCredentials(c.label),
            checked: c.checked ?? false,
            ...(c.description ? { description: maskCredentials(c.description) } : {}),
          })),
          pageSize: 12,
          theme,
          ...(q.required
            ? { validate: (items: readonly unknown[]) => items.length > 0 || t('wizard.check.pickOne') }
            : {}),
        }),
      ),
    input: (q) =>
      asked(async () =>
        (await inquirer()).input({
          message: maskCredentials(q.message),
          ...(q.default !== undefined ? { default: q.default } : {}),
          validate: (text: string) => q.validate(text),
        }),
      ),
    confirm: (q) =>
      asked(async () =>
        (await inquirer()).confirm({
          message: maskCredentials(q.message),
          default: q.default,
          transformer: (yes: boolean) => (yes ? t('wizard.yes') : t('wizard.no')),
        }),
      ),

    async progress(label, work, succeeded = () => true) {
      let text = '';
      let frame = 0;
      const draw = (symbol: string) =>
        streams.stdout.write(`\r\u001b[2K${symbol} ${label}${text ? dim(` · ${maskCredentials(text)}`) : ''}`);
      draw(FRAMES[0]!);
      const timer = setInterval(() => draw(FRAMES[++frame % FRAMES.length]!), 80);
      try {
        const result = await work((next) => {
          text = next;
        });
        draw(succeeded(result) ? '✓' : '✗');
        return result;
      } catch (error) {
        draw('✗');
        throw error;
      } finally {
        clearInterval(timer);
        streams.stdout.write('\n');
      }
    },

    async uninterruptible(notice, work) {
      const { stdin } = streams;
      let told = false;
      const tell = () => {
        if (!told) streams.stdout.write(`\n${notice}\n`);
        told = true;
      };
      const onData = (chunk: Buffer) => {
        if (chunk.includes(3)) tell();
      };
      const raw = stdin.isTTY && !stdin.isRaw;
      if (raw) stdin.setRawMode(true);
      stdin.on('data', onData);
      stdin.resume();
      process.on('SIGINT', tell);
      try {
        return await work();
      } finally {
        process.off('SIGINT', tell);
        stdin.off('data', onData);
        if (raw) stdin.setRawMode(false);
        stdin.pause();
      }
    },
  };
}
