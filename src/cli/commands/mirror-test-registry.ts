// `mirror test --registry REGISTRY [URL…] [--image NAME[:TAG]]`: the mirrors of one registry (its
// certs.d hosts.toml; for docker.io also daemon.json's registry-mirrors where they apply), probed
// as `mirror test` probes Docker Hub's, asked with containerd's `?ns=REGISTRY`; with --image, the
// digest each serves compared with the registry's own. Loaded only by `mirror test --registry`.
import { readableSettings, type LoadedState } from '../../change/state.js';
import type { Ctx } from '../../context.js';
import { hintIn, hintOf, messageIn } from '../../diagnostics/say.js';
import type { Diagnostic } from '../../diagnostics/types.js';
import { sayUnparsable, unparsableJson } from '../../output/unparsable-text.js';
import {
  compareDigests,
  digestDiagnostics,
  digestMatches,
  manifestDigest,
  measureThroughput,
  mirrorDiagnostics,
  probeRegistry,
  rankMirrors,
  trustFor,
  type ManifestAnswer,
  type Ranked,
} from '../../probe/index.js';
import { imageIn, type ImageName } from '../../probe/image-name.js';
import { registryMirrors, type MirrorTarget } from '../../probe/registry-mirrors.js';
import type { RegistryName } from '../../registries/names.js';
import { askRunningDaemon, registryFacts, registryHostsToml } from '../../change/registries.js';
import { EXIT, UsageError } from '../errors.js';
import type { Io } from '../io.js';
import { detailIn, line, probeFields } from './mirror-test.js';

export async function testRegistryMirrors(input: {
  ctx: Ctx;
  io: Io;
  state: LoadedState;
  registry: RegistryName;
  image?: ImageName;
  given: readonly string[];
  timeoutSeconds: number;
}): Promise<number> {
  const { ctx, io, state, registry } = input;
  const readable = readableSettings(state);
  const broken = readable.unparsable.length > 0;
  if (broken) sayUnparsable(io, readable);
  const facts = registryFacts(ctx, state, await askRunningDaemon(ctx, state));
  const { engine, store, certsDir } = facts;
  const toml = registryHostsToml(facts, registry);
  const file = toml && { path: toml.path };
  const reading = toml?.reading;
  const plan = registryMirrors({
    registry,
    store: store.store,
    engine,
    daemonMirrors: facts.mirrors,
    ...(file && reading ? { hostsToml: { path: file.path, reading } } : {}),
    given: input.given,
  });
  if (plan.invalid.length > 0) throw new UsageError(io.t('mirrorTest.invalidEndpoint', { url: plan.invalid[0]! }));
  const unparsable = unparsableJson(readable);
  const hostsTomlDiagnostics = reading?.diagnostics ?? [];
  const image = input.image ? imageIn(registry, input.image) : undefined;
  const upstreamShown = plan.upstream;
  const notes = (): void => {
    for (const url of plan.notPulling) io.say(io.t('mirrorTest.notPulling', { url }));
    for (const note of plan.notes) io.say(io.t(`registries.note.${note.why}`, note as never));
  };

  if (plan.mirrors.length === 0) {
    io.result({
      ok: !broken,
      registry: registry.name,
      upstream: plan.upstream,
      mirrors: [],
      diagnostics: [...(unparsable.diagnostics ?? []), ...hostsTomlDiagnostics],
      ...(broken ? { recovered: unparsable.recovered } : {}),
    });
    if (!broken) io.say(io.t('mirrorTest.registryNone', { registry: registry.name, file: file?.path }));
    notes();
    io.diagnostics(hostsTomlDiagnostics);
    return broken ? EXIT.problems : EXIT.ok;
  }

  const timeoutMs = Math.max(1, input.timeoutSeconds) * 1000;
  // containerd asks a host that is not the registry itself for `?ns=<registry>`; Hub's mirrors as dockerd's classic pulls do.
  const ns = registry.name === 'docker.io' ? undefined : registry.name;
  const progress = ctx.isTTY && !io.json;
  if (progress)
    io.note(
      io.t('mirrorTest.testing', { count: plan.mirrors.length, image: image?.shown, seconds: input.timeoutSeconds }),
    );
  const upstreamAnswer: Promise<ManifestAnswer | undefined> =
    image && !input.image?.digest
      ? manifestDigest(ctx, plan.upstream, image, { timeoutMs, ...trustFor(ctx, certsDir, plan.upstream) })
      : Promise.resolve(undefined);
  const probed = await Promise.all(
    plan.mirrors.map(async (target) => {
      const trust = trustFor(ctx, certsDir, target.api);
      const probe = await probeRegistry(ctx, target.url, { timeoutMs, api: target.api, ...trust });
      const [throughput, answer] =
        probe.ok && image
          ? await Promise.all([
              measureThroughput(
                ctx,
                target.url,
                { repo: image.repo, tag: image.reference },
                { timeoutMs, api: target.api, ...(ns ? { ns } : {}), ...trust },
              ),
              // A tag is never resolved on a pull-only host: asking it would find "stale" where containerd does not look.
              target.resolves === false && !input.image?.digest
                ? Promise.resolve(undefined)
                : manifestDigest(ctx, target.api, image, { timeoutMs, ...(ns ? { ns } : {}), ...trust }),
            ])
          : [undefined, undefined];
      if (progress) io.note(`  ${probe.ok ? '✓' : '✗'} ${probe.url}`);
      return { target, probe, throughput, answer };
    }),
  );
  const upstream = await upstreamAnswer;
  const compared = image
    ? compareDigests({
        ...(input.image?.digest ? { pinned: input.image.digest } : {}),
        upstream: { url: plan.upstream, answer: upstream ?? { ok: false, missing: false, detail: '' } },
        mirrors: probed.map((p) => ({ url: p.probe.url, ...(p.answer ? { answer: p.answer } : {}) })),
      })
    : undefined;
  const results = probed.map((p, i): Ranked & { target: MirrorTarget } => ({
    target: p.target,
    probe: p.probe,
    ...(p.throughput ? { throughput: p.throughput } : {}),
    ...(compared?.checks[i] ? { digest: compared.checks[i] } : {}),
  }));
  const ranked = rankMirrors(results) as (Ranked & { target: MirrorTarget })[];
  const place = (target: MirrorTarget) => ({
    ...(target.file ? { file: target.file } : {}),
    ...(target.line !== undefined ? { line: target.line } : {}),
    ...(target.origin === 'daemon-json' ? { key: 'registry-mirrors' } : {}),
  });
  // A probe's finding where the mirror is written: hosts.toml's line (a remedy naming `mirror remove`,
  // which edits daemon.json, is left out), or daemon.json's key.
  const probeFindings: Diagnostic[] = ranked.flatMap(({ target, probe }) =>
    mirrorDiagnostics([probe])
      .filter((d) => d.severity !== 'error')
      .map((d): Diagnostic => {
        if (target.origin === 'daemon-json') return d;
        const { key: _key, hint: _hint, hintSays, ...rest } = d;
        const daemonJsonRemedy =
          hintSays?.key === 'probe.mirror.hint.remove' || hintSays?.key === 'probe.mirror.hint.root';
        return { ...rest, ...place(target), ...(daemonJsonRemedy || !hintSays ? {} : hintOf(hintSays)) };
      }),
  );
  const digestFindings =
    image && compared
      ? digestDiagnostics({
          image: image.shown,
          name: image.name,
          reference: compared.reference,
          mirrors: ranked.map((r) => ({ place: { url: r.probe.url, ...place(r.target) }, check: r.digest })),
        })
      : [];
  const diagnostics = [...probeFindings, ...digestFindings];
  const ok = ranked.every((r) => r.probe.ok) && digestFindings.length === 0 && !broken;

  io.result({
    ok,
    registry: registry.name,
    upstream: plan.upstream,
    ...(image && compared
      ? {
          image: image.shown,
          reference: {
            from: compared.reference.from,
            url: compared.reference.url ?? null,
            digest: compared.reference.digest ?? null,
            ...(upstream
              ? {
                  upstream: upstream.ok
                    ? { ok: true, digest: upstream.digest }
                    : upstream.missing
                      ? { ok: false, missing: true }
                      : { ok: false, missing: false, detail: upstream.detail },
                }
              : {}),
          },
        }
      : {}),
    mirrors: ranked.map(({ target, probe, throughput, digest }) => ({
      ...probeFields(probe, throughput),
      endpoint: target.api,
      origin: target.origin,
      digest: digest && 'digest' in digest ? digest.digest : null,
      digestMatches: digestMatches(digest),
      ...(digest?.state === 'missing' ? { imageMissing: true } : {}),
      ...(digest?.state === 'failed' ? { digestError: digest.detail } : {}),
      detail: probe.detail,
    })),
    diagnostics: [...(unparsable.diagnostics ?? []), ...hostsTomlDiagnostics, ...diagnostics],
    ...(broken ? { recovered: unparsable.recovered } : {}),
  });

  io.say(
    io.t('mirrorTest.registry', {
      registry: registry.name,
      count: plan.mirrors.length,
      file: file?.path,
      upstream: upstreamShown,
    }),
  );
  if (image && compared) {
    const { reference } = compared;
    if (reference.from === 'pinned') io.say(io.t('mirrorTest.referencePinned', { image: image.shown }));
    else if (reference.from === 'upstream')
      io.say(io.t('mirrorTest.reference', { image: image.shown, digest: reference.digest!, url: reference.url! }));
    else {
      if (upstream && !upstream.ok && upstream.missing)
        io.say(io.t('mirrorTest.upstreamMissing', { image: image.shown, url: plan.upstream }));
      else if (upstream && !upstream.ok)
        io.say(
          io.t('mirrorTest.upstreamFailed', {
            image: image.shown,
            url: plan.upstream,
            detail: detailIn(io, upstream),
          }),
        );
      io.say(
        reference.from === 'mirror'
          ? io.t('mirrorTest.comparedWith', { url: reference.url!, digest: reference.digest! })
          : io.t('mirrorTest.noneServes'),
      );
    }
  }
  const width = Math.max(...ranked.map((r) => r.probe.url.length));
  for (const r of ranked) io.say(line(io, r.probe, r.throughput, width, r.digest));
  notes();
  io.diagnostics(hostsTomlDiagnostics);
  if (diagnostics.length > 0) {
    io.say('');
    for (const d of diagnostics) io.say(remedy(io, d));
  }
  return ok ? EXIT.ok : EXIT.problems;
}

/** A mirror's problem and what to do, in the reader's language. */
function remedy(io: Io, d: Diagnostic): string {
  const message = messageIn(io.lang, d);
  const hint = hintIn(io.lang, d);
  const where = d.file ? `${d.file}${d.line !== undefined ? `:${d.line}` : ''}: ` : '';
  if (io.lang !== 'zh') return `${where}${message}${hint ? `\n  → ${hint}` : ''}`;
  return `${where}${io.t(`diag.${d.id}.title`)}：${message}${hint ? `\n  ${io.t('diag.hint', { hint })}` : ''}`;
}
