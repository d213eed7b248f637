import type { InsecureProbe } from '../../probe/index.js';
import { defaultInsecureCover } from '../../validate/values/registry/registry-rules.js';
import type { WizardAnswers } from '../answers.js';
import { INSECURE_REGISTRIES } from '../../plan/list-settings.js';
import type { Session } from '../session.js';
import { givenPath } from '../../context.js';
import { readCertificates } from '../../registries/trust-files.js';
import { readBytes } from '../../sources/fs-read.js';
import { askTypedList } from './typed-list.js';

/**
 * Insecure registries: host[:port] or CIDR as typed; each host is probed to say what it speaks.
 * A loopback one is not, nor written: dockerd treats it as insecure without an entry, whatever it answers.
 */
export async function askInsecure(s: Session): Promise<WizardAnswers['insecure']> {
  const { io, prompter } = s;
  const { t } = io;
  const typed = await askTypedList(s, INSECURE_REGISTRIES, {
    name: 'insecureRegistry',
    first: t('wizard.insecure.enter'),
    more: t('wizard.insecure.more'),
  });
  if (typed.length === 0) return undefined;

  const engine = s.state.engine.version;
  const covered = new Map(typed.map((address) => [address, defaultInsecureCover(address, engine)] as const));
  const toProbe = typed.filter((address) => covered.get(address) === undefined);
  const { certsDirFor, probeInsecureRegistry, trustFor } = await import('../../probe/index.js');
  const certsDir = certsDirFor(s.ctx, s.state.raw.daemonJson.flavour);
  const timeoutMs = Math.max(1, s.options.probeTimeout) * 1000;
  const probes =
    toProbe.length === 0
      ? []
      : await prompter.progress(
          t('wizard.insecure.testing', { count: toProbe.length, seconds: s.options.probeTimeout }),
          () =>
            Promise.all(
              toProbe.map((address) =>
                probeInsecureRegistry(s.ctx, address, { timeoutMs, ...trustFor(s.ctx, certsDir, address) }),
              ),
            ),
        );
  for (const address of typed) {
    const network = covered.get(address);
    const probe = probes.find((p) => p.address === address);
    if (network !== undefined) io.say(`  ${address}: ${t('wizard.insecure.loopback', { network })}`);
    else if (probe) io.say(`  ${address}: ${answerOf(probe, t)}`);
  }
  // The secure way first: a registry whose certificate is only untrusted gets its CA trusted instead.
  const trust: { registry: string; ca: { path: string; text: string } }[] = [];
  for (const probe of probes.filter((p) => (p.answers === 'https' || p.answers === 'both') && !p.trustedTls)) {
    const ca = await askCaFile(s, probe.address);
    if (ca) trust.push({ registry: probe.address, ca });
  }
  // An entry dockerd does not need is not written: validate and doctor would warn about it.
  const needed = typed.filter(
    (address) => covered.get(address) === undefined && !trust.some((t) => t.registry === address),
  );
  return needed.length + trust.length === 0 ? undefined : { add: needed, trust };
}

/** The CA file that signed a registry's certificate, checked as `registry trust` checks it; undefined: none given. */
async function askCaFile(s: Session, address: string): Promise<{ path: string; text: string } | undefined> {
  const { t } = s.io;
  const read = (typed: string) => {
    const path = givenPath(s.ctx, typed.trim());
    const bytes = readBytes(s.ctx, path);
    const text = bytes.ok ? Buffer.from(bytes.bytes).toString('utf8') : undefined;
    return { path, text, ok: text !== undefined && readCertificates(text, path, s.ctx.now()).ok };
  };
  const answer = await s.prompter.input({
    name: 'trustCa',
    message: t('wizard.insecure.offerTrust', { address }),
    validate: (typed) => typed.trim() === '' || read(typed).ok || t('wizard.insecure.badCa', { path: typed.trim() }),
  });
  if (answer.trim() === '') return undefined;
  const file = read(answer);
  return { path: file.path, text: file.text as string };
}

function answerOf(probe: InsecureProbe, t: Session['io']['t']): string {
  switch (probe.answers) {
    case 'not-probed':
      return t('wizard.insecure.cidr');
    case 'http':
      return t('wizard.insecure.http');
    case 'https':
    case 'both':
      return probe.trustedTls ? t('wizard.insecure.trusted') : t('wizard.insecure.https');
    case 'none':
      return t('wizard.insecure.none', { detail: probe.http?.detail ?? probe.https?.detail ?? '' });
  }
}
