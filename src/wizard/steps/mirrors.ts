import { sayIn } from '../../i18n/said.js';
import { underRoot } from '../../context.js';
import { effectiveSettings } from '../../change/state.js';
import { MIRRORS, sameEntry } from '../../plan/list-settings.js';
import type { RegistryProbe } from '../../probe/index.js';
import type { WizardAnswers } from '../answers.js';
import type { Choice } from '../../model/prompter.js';
import type { Session } from '../session.js';
import { askTypedList } from './typed-list.js';
import { readText } from '../../sources/fs-read.js';

/**
 * Mirror candidates nobody has to type: one URL per line, `#` comments. The person extends it
 * (by editing it, or by typing URLs here); we ship none, because public mirrors come and go.
 */
export const CANDIDATES_FILE = '/etc/dockerd-config/mirrors';

function candidatesFromFile(s: Session): string[] {
  try {
    const text = readText(s.ctx, underRoot(s.ctx, CANDIDATES_FILE)) ?? '';
    return text
      .split('\n')
      .map((line) => line.replace(/#.*/, '').trim())
      .filter((line) => line !== '' && MIRRORS.normalize(line, s.state.engine.version).ok);
  } catch {
    return [];
  }
}

/** Why a mirror is unusable, in a word or two; the probe's own sentence is shown under the list. */
const WHY = {
  unreachable: 'wizard.probe.unreachable',
  'not-registry': 'wizard.probe.notRegistry',
  'tls-error': 'wizard.probe.tls',
  registry: 'wizard.probe.auth',
} as const;

/** Each URL once, as dockerd compares them, in the order first seen. */
function unique(urls: readonly string[], same: (a: unknown, b: unknown) => boolean): string[] {
  const out: string[] = [];
  for (const url of urls) if (!out.some((u) => same(u, url))) out.push(url);
  return out;
}

/**
 * Registry mirrors: the configured ones, the candidates file and what is typed are probed at once
 * and listed fastest first, dead ones marked; the ticked ones become the mirrors.
 */
export async function askMirrors(s: Session): Promise<WizardAnswers['mirrors']> {
  const { io, prompter } = s;
  const { t } = io;
  const same = sameEntry(MIRRORS, s.state.engine.version);
  const configuredValue = effectiveSettings(s.state).get('registry-mirrors')?.value;
  const configured = Array.isArray(configuredValue) ? configuredValue.map(String) : [];
  const listed = candidatesFromFile(s);
  if (configured.length + listed.length > 0)
    io.say(t('wizard.mirrors.known', { configured: configured.length, listed: listed.length, file: CANDIDATES_FILE }));
  const typed = await askTypedList(s, MIRRORS, {
    name: 'mirrorUrl',
    first: t('wizard.mirrors.enter'),
    more: t('wizard.mirrors.more'),
  });
  const candidates = unique([...configured, ...typed, ...listed], same);
  if (candidates.length === 0) {
    io.say(t('wizard.mirrors.none'));
    return undefined;
  }

  const wanted = (url: string) => configured.some((c) => same(c, url)) || typed.some((c) => same(c, url));
  const choices = await rankedChoices(s, candidates, wanted);
  const picked = await prompter.checkbox({ name: 'mirrors', message: t('wizard.mirrors.pick'), choices });
  return {
    add: picked.filter((url) => !configured.some((c) => same(c, url))),
    remove: configured.filter((c) => !picked.some((url) => same(c, url))),
  };
}

/**
 * The candidates probed at once and offered fastest first, dead ones last and marked (never
 * ticked); `wanted` ones that answer start ticked.
 */
export async function rankedChoices(
  s: Session,
  candidates: readonly string[],
  wanted: (url: string) => boolean,
): Promise<Choice[]> {
  const { io } = s;
  const { t } = io;
  const probes = await testMirrors(s, candidates);
  const ranked = [
    ...probes.filter((p) => p.ok).sort((a, b) => (a.latencyMs ?? Infinity) - (b.latencyMs ?? Infinity)),
    ...probes.filter((p) => !p.ok),
  ];
  const width = Math.max(...ranked.map((p) => p.url.length));
  return ranked.map((p) => {
    const url = candidates[probes.indexOf(p)]!;
    return {
      value: url,
      label: p.ok
        ? `✓ ${p.url.padEnd(width)}  ${t('wizard.mirrors.latency', { ms: p.latencyMs ?? 0 })}`
        : `✗ ${p.url.padEnd(width)}  ${t('wizard.mirrors.dead', { why: t(WHY[p.kind]) })}`,
      description: p.says ? sayIn(io.lang, p.says) : p.detail,
      checked: p.ok && wanted(url),
    };
  });
}

/** Every candidate at once, with a count of answers so far; one timeout bounds the wait. */
async function testMirrors(s: Session, urls: readonly string[]): Promise<RegistryProbe[]> {
  const { certsDirFor, probeRegistry, trustFor } = await import('../../probe/index.js');
  const certsDir = certsDirFor(s.ctx, s.state.raw.daemonJson.flavour);
  const timeoutMs = Math.max(1, s.options.probeTimeout) * 1000;
  const { t } = s.io;
  return s.prompter.progress(
    t('wizard.mirrors.testing', { count: urls.length, seconds: s.options.probeTimeout }),
    async (update) => {
      let done = 0;
      return Promise.all(
        urls.map(async (url) => {
          const probe = await probeRegistry(s.ctx, url, { timeoutMs, ...trustFor(s.ctx, certsDir, url) });
          done += 1;
          update(t('wizard.mirrors.progress', { done, count: urls.length }));
          return probe;
        }),
      );
    },
  );
}
