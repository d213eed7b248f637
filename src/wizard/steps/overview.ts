import { formatVersion } from '../../engine/version.js';
import { loadState, readableSettings, unparsableDiagnostics } from '../../change/state.js';
import { recoveredMark, sayUnparsable } from '../../output/unparsable-text.js';
import { describeSource } from '../../output/source-text.js';
import { bold, dim } from '../../output/render.js';
import type { Session } from '../session.js';

/** The first screen: which docker this is, which file it reads, and every setting with where it comes from. */
export function showOverview(s: Session): void {
  const { io, state } = s;
  const { t } = io;
  const readable = readableSettings(state);
  const settings = [...readable.settings.values()].sort((a, b) => a.key.localeCompare(b.key));
  io.say(bold(io.style, t('wizard.title')));
  io.say(
    t('wizard.overview.engine', {
      engine: t('show.engine', { version: formatVersion(state.engine.version), how: state.engine.how }),
    }),
  );
  io.say(
    t('wizard.overview.flavour', {
      flavour: t(`wizard.flavour.${state.raw.daemonJson.flavour}`),
      manager: state.plan.manager === 'none' ? t('wizard.manager.none') : state.plan.manager,
    }),
  );
  io.say(t('wizard.overview.file', { path: state.raw.daemonJson.systemPath }));
  io.say('');
  // A daemon.json that does not parse: its settings as repair would recover them; its reasons come
  // next, once, with doctor's offer to repair.
  if (readable.unparsable.length > 0) sayUnparsable(io, readable, { reasons: false });
  if (settings.length === 0) io.say(t('wizard.overview.noSettings'));
  else io.say(t('wizard.overview.settings'));
  const width = Math.min(28, Math.max(0, ...settings.map((x) => x.key.length)));
  for (const x of settings)
    io.say(
      `  ${x.key.padEnd(width)}  ${JSON.stringify(x.value)}  ${dim(io.style, describeSource(x.source, io.t))}${readable.recovered.has(x.key) ? `  ${recoveredMark(io)}` : ''}`,
    );
  io.say('');
}

/**
 * doctor's configuration and service checks (no network: the first screen must come quickly).
 * Errors are shown first, and fixed through doctor --fix's transaction when the person agrees.
 * Returns false when the files stay in a state nothing can be planned on.
 */
export async function offerDoctorFixes(s: Session): Promise<boolean> {
  const { io } = s;
  const { t } = io;
  const { examine, sayFixes } = await import('../../doctor/examine.js');
  const check = async () => {
    const { results } = await examine(s, { ...s.options, offline: true, timeout: s.options.probeTimeout });
    const findings = results
      .filter((r) => r.check.group === 'config' || r.check.group === 'service')
      .flatMap((r) => r.findings);
    // Rootless, snap, Desktop: which file that docker reads, whatever its severity.
    return {
      errors: findings.filter((f) => f.severity === 'error'),
      flavour: findings.filter((f) => f.id === 'docker-flavour' && f.severity !== 'error'),
    };
  };
  const { errors, flavour } = await s.prompter.progress(t('wizard.doctor.checking'), () => check());
  io.diagnostics(flavour);
  if (errors.length === 0) return true;
  io.say(t('wizard.doctor.found', { count: errors.length }));
  io.diagnostics(errors);
  const fixable = errors.filter((f) => f.fix);
  if (
    fixable.length > 0 &&
    (await s.prompter.confirm({
      name: 'doctorFix',
      message: t('wizard.doctor.fixNow', { count: fixable.length }),
      default: true,
    }))
  ) {
    const { applyFixes } = await import('../../doctor/fix.js');
    const fixed = await s.prompter.uninterruptible(t('wizard.finishing'), () =>
      s.prompter.progress(t('wizard.doctor.fixing'), (update) =>
        applyFixes({ ...s, io: { ...io, step: update } }, { ...s.options, yes: true }, fixable),
      ),
    );
    await sayFixes(s, fixed, false);
    io.say('');
    s.state = await loadState(s.ctx, s.options);
  }
  // A daemon.json that does not parse is edited by `repair` only: nothing can be planned on it. The
  // file itself says so, not the log: an old failure in the log outlives a file fixed by hand.
  const unreadable = unparsableDiagnostics(s.state).length > 0;
  if (unreadable) io.say(t('wizard.doctor.mustRepair', { path: s.state.raw.daemonJson.systemPath }));
  return !unreadable;
}
