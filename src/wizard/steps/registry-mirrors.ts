import type { PlannedChange } from '../../change/judge.js';
import {
  askRunningDaemon,
  configuredMirrors,
  registryFacts,
  registryMirrorEdit,
  type RunningDaemon,
} from '../../change/registries.js';
import type { Ctx } from '../../context.js';
import { checkTrustFiles, registryTrustEdit } from '../../change/registry-trust.js';
import { atLeast } from '../../engine/version.js';
import { parseMirrorUrl } from '../../registries/edit-hosts-toml.js';
import { endpointOf } from '../../registries/hosts-toml.js';
import { parseRegistryName, type RegistryName } from '../../registries/names.js';
import { registryOfDir } from '../../registries/report.js';
import type { WizardAnswers } from '../answers.js';
import type { Session } from '../session.js';
import { rankedChoices } from './mirrors.js';

/** Registries people behind slow links mirror most, offered without typing. */
export const COMMON_REGISTRIES = ['ghcr.io', 'registry.k8s.io', 'quay.io', 'gcr.io', 'mcr.microsoft.com'];

/** Lines of values until an empty one, each checked as typed (`check` gives the sentence for a bad one). */
async function askValues(
  s: Session,
  question: { name: string; first: string; more: string },
  check: (value: string) => true | string,
): Promise<string[]> {
  const values: string[] = [];
  for (;;) {
    const line = await s.prompter.input({
      name: question.name,
      message: values.length === 0 ? question.first : question.more,
      validate: (typed) => {
        for (const value of typed.split(/[\s,]+/).filter(Boolean)) {
          const ok = check(value);
          if (ok !== true) return ok;
        }
        return true;
      },
    });
    if (line.trim() === '') return values;
    values.push(...line.split(/[\s,]+/).filter(Boolean));
  }
}

/**
 * Mirrors for registries other than Docker Hub (their certs.d hosts.toml): which registries, then
 * for each its configured mirrors and the typed ones, probed at once and offered fastest first as
 * the Docker Hub step does; the ticked ones, in that order, become the registry's mirrors.
 */
export async function askRegistryMirrors(s: Session): Promise<WizardAnswers['registryMirrors']> {
  const { io, prompter } = s;
  const { t } = io;
  const facts = registryFacts(s.ctx, s.state, await askRunningDaemon(s.ctx, s.state));
  const { engine } = facts;
  if (facts.store.store !== 'containerd' || !atLeast(engine, '28.0.0'))
    io.say(t('wizard.registries.notRead', { store: facts.store.store, engine: engine.raw }));
  const configured = facts.dirs
    .map((d) => parseRegistryName(registryOfDir(d.name)))
    .flatMap((p) => (p.ok && p.registry.name !== 'docker.io' ? [p.registry.name] : []));
  const names = [...new Set([...configured, ...COMMON_REGISTRIES])];
  const ticked = await prompter.checkbox({
    name: 'registries',
    message: t('wizard.registries.pick'),
    choices: names.map((name) => ({
      value: name,
      label: configured.includes(name) ? t('wizard.registries.configured', { name }) : name,
    })),
  });
  const typedNames = await askValues(
    s,
    { name: 'registryName', first: t('wizard.registries.other'), more: t('wizard.registries.more') },
    (value) => {
      const parsed = parseRegistryName(value);
      if (!parsed.ok) return t('wizard.registries.badName', { name: value });
      return parsed.registry.name === 'docker.io' ? t('wizard.registries.hub') : true;
    },
  );
  const registries = [
    ...new Set([
      ...ticked,
      ...typedNames.map((n) => (parseRegistryName(n) as { registry: { name: string } }).registry.name),
    ]),
  ];
  const answers: NonNullable<WizardAnswers['registryMirrors']> = [];
  for (const name of registries) {
    const registry = (parseRegistryName(name) as { registry: RegistryName }).registry;
    io.say('');
    io.say(t('wizard.registries.registry', { registry: name }));
    const have = configuredMirrors(facts, registry);
    const typed = await askValues(
      s,
      {
        name: 'registryMirrorUrl',
        first: t('wizard.registries.enter', { registry: name }),
        more: t('wizard.mirrors.more'),
      },
      (value) => (parseMirrorUrl(value).ok ? true : t('wizard.registries.badUrl', { url: value })),
    );
    const same = (a: string, b: string) => endpointOf(a) === endpointOf(b);
    const candidates: string[] = [];
    for (const url of [...have, ...typed.map((u) => (parseMirrorUrl(u) as { url: string }).url)])
      if (!candidates.some((c) => same(c, url))) candidates.push(url);
    if (candidates.length === 0) {
      io.say(t('wizard.mirrors.none'));
      continue;
    }
    const choices = await rankedChoices(s, candidates, () => true);
    const picked = await prompter.checkbox({
      name: 'registryMirrors',
      message: t('wizard.registries.pickMirrors', { registry: name }),
      choices,
    });
    const remove = have.filter((c) => !picked.some((url) => same(c, url)));
    const add = picked.filter((url) => !have.some((c) => same(c, url)));
    if (add.length + remove.length > 0) answers.push({ registry: name, add, remove });
  }
  return answers.length > 0 ? answers : undefined;
}

/**
 * The registries' files (hosts.toml mirrors, trusted CAs) added to the daemon.json change the
 * other steps planned: one change, previewed and written (and rolled back) as a whole.
 */
export function withRegistryChanges(
  ctx: Ctx,
  planned: PlannedChange,
  answers: Pick<WizardAnswers, 'registryMirrors' | 'insecure'>,
  daemon: RunningDaemon = {},
): PlannedChange {
  const registry = (name: string) => (parseRegistryName(name) as { registry: RegistryName }).registry;
  const results = [
    ...(answers.registryMirrors ?? []).map((e) =>
      registryMirrorEdit(ctx, planned.state, registry(e.registry), e, daemon),
    ),
    ...(answers.insecure?.trust ?? []).map(({ registry: name, ca }) =>
      registryTrustEdit(ctx, planned.state, registry(name), { ca }, checkTrustFiles({ ca }, ctx.now()), daemon),
    ),
  ];
  if (results.length === 0) return planned;
  const changes = results.flatMap((r) => ('changes' in r ? r.changes : r.change ? [r.change] : []));
  return {
    ...planned,
    plan: { ...planned.plan, changes: [...planned.plan.changes, ...changes] },
    diagnostics: [...planned.diagnostics, ...results.flatMap((r) => r.diagnostics)],
    refused: planned.refused || results.some((r) => r.refused),
  };
}
