import { hintIn, messageIn } from '../../diagnostics/say.js';
import type { Argv } from 'yargs';
import type { Diagnostic } from '../../diagnostics/types.js';
import { MIRRORS } from '../../plan/list-settings.js';
import { green, red, yellow } from '../../output/render.js';
import { sayIn, type Said } from '../../i18n/said.js';
import { defineCommand } from '../command.js';
import type { Io } from '../io.js';
import { EXIT, UsageError } from '../errors.js';
import { loadState, readableSettings } from '../../change/state.js';
import { sayUnparsable, unparsableJson } from '../../output/unparsable-text.js';
import type { GlobalOptions } from '../options.js';
import type { DigestCheck, Ranked } from '../../probe/index.js';
import { imageIn, parseImageName } from '../../probe/image-name.js';
import { parseRegistryName } from '../../registries/names.js';

type MirrorTestOptions = GlobalOptions & { urls?: string[]; timeout: number; image?: string; registry?: string };

export const rate = (bytesPerSec: number): string =>
  bytesPerSec >= 1e6 ? `${(bytesPerSec / 1e6).toFixed(1)} MB/s` : `${Math.round(bytesPerSec / 1e3)} kB/s`;

/** `mirror test [URL…]`: probe and rank mirrors, concurrently; the configuration is not touched. */
/** A mirror's probe in --json: what it is, how fast it answered and, with --image, read. */
export const probeFields = (probe: Ranked['probe'], throughput: Ranked['throughput']) => ({
  url: probe.url,
  kind: probe.kind,
  ok: probe.ok,
  latencyMs: probe.latencyMs ?? null,
  ...(probe.auth ? { auth: probe.auth } : {}),
  ...(throughput?.ok
    ? { throughputBytesPerSec: throughput.bytesPerSec, bytes: throughput.bytes }
    : throughput
      ? { throughputError: throughput.detail }
      : {}),
});

export const mirrorTestCommand = defineCommand<MirrorTestOptions>({
  command: 'test [urls..]',
  describe: (t) => t('help.command.mirrorTest'),
  builder: (y, t) =>
    y
      .positional('urls', { type: 'string', array: true, describe: t('help.option.mirrorUrls') })
      .option('timeout', { type: 'number', default: 5, describe: t('help.option.probeTimeout') })
      .option('image', { type: 'string', describe: t('help.option.image') })
      .option('registry', {
        type: 'string',
        describe: t('help.option.mirrorTestRegistry'),
      }) as unknown as Argv<MirrorTestOptions>,
  run: async (args, { ctx, io }) => {
    // --registry (or an --image that names a registry other than Docker Hub): that registry's mirrors.
    const image = args.image === undefined ? undefined : parseImageName(args.image);
    if (args.image !== undefined && image === undefined)
      throw new UsageError(io.t('mirrorTest.invalidImage', { image: args.image }));
    const parsed = args.registry === undefined ? undefined : parseRegistryName(args.registry);
    if (parsed && !parsed.ok) throw new UsageError(io.t('mirrorTest.invalidRegistry', { registry: args.registry! }));
    const registry = parsed?.ok ? parsed.registry : image?.registry?.name === 'docker.io' ? undefined : image?.registry;
    if (registry && image?.registry && image.registry.name !== registry.name)
      throw new UsageError(io.t('mirrorTest.imageRegistry', { image: args.image!, registry: registry.name }));
    if (registry) {
      const state = await loadState(ctx, args);
      const { testRegistryMirrors } = await import('./mirror-test-registry.js');
      return testRegistryMirrors({
        ctx,
        io,
        state,
        registry,
        ...(image ? { image } : {}),
        given: args.urls ?? [],
        timeoutSeconds: args.timeout,
      });
    }
    const hubImage = image ? imageIn({ name: 'docker.io', host: 'docker.io' }, image) : undefined;
    const state = await loadState(ctx, args);
    let urls = args.urls ?? [];
    // The configured mirrors of a daemon.json that does not parse are repair's recovery: tested, and said so.
    const readable = urls.length === 0 ? readableSettings(state) : undefined;
    const broken = (readable?.unparsable.length ?? 0) > 0;
    if (readable) {
      const value = readable.settings.get('registry-mirrors')?.value;
      urls = Array.isArray(value) ? value.map(String) : [];
      if (broken) sayUnparsable(io, readable);
    } else {
      for (const url of urls) {
        const checked = MIRRORS.normalize(url, state.engine.version);
        if (!checked.ok)
          throw new UsageError(io.t('mirrorTest.invalid', { url: MIRRORS.display(url), reason: checked.reason }));
      }
    }
    const unparsable = readable ? unparsableJson(readable) : {};
    if (urls.length === 0) {
      io.result({ ok: !broken, registry: 'docker.io', mirrors: [], diagnostics: [], ...unparsable });
      // A file that does not parse has said why above; "none configured" would not be true.
      if (!broken) io.say(io.t('mirrorTest.none'));
      return broken ? EXIT.problems : EXIT.ok;
    }
    const { certsDirFor, measureThroughput, mirrorDiagnostics, probeRegistry, rankMirrors, trustFor } = await import(
      '../../probe/index.js'
    );
    const timeoutMs = Math.max(1, args.timeout) * 1000;
    const certsDir = certsDirFor(ctx, state.raw.daemonJson.flavour);
    const progress = ctx.isTTY && !io.json;
    if (progress) io.note(io.t('mirrorTest.testing', { count: urls.length, image: args.image, seconds: args.timeout }));
    const results = await Promise.all(
      urls.map(async (url) => {
        const options = { timeoutMs, ...trustFor(ctx, certsDir, url) };
        const probe = await probeRegistry(ctx, url, options);
        const throughput =
          probe.ok && hubImage
            ? await measureThroughput(ctx, url, { repo: hubImage.repo, tag: hubImage.reference }, options)
            : undefined;
        if (progress) io.note(`  ${probe.ok ? '✓' : '✗'} ${probe.url}`);
        return throughput ? { probe, throughput } : { probe };
      }),
    );
    const ranked = rankMirrors(results);
    const diagnostics: Diagnostic[] = mirrorDiagnostics(ranked.map((r) => r.probe)).filter(
      (d) => d.severity !== 'error',
    );
    const ok = ranked.every((r) => r.probe.ok) && !broken;
    io.result({
      ok,
      registry: 'docker.io',
      mirrors: ranked.map(({ probe, throughput }) => ({
        ...probeFields(probe, throughput),
        // Compared with the registry's only with --registry (mirror-test-registry.ts).
        digest: null,
        digestMatches: null,
        detail: probe.detail,
      })),
      diagnostics: [...(unparsable.diagnostics ?? []), ...diagnostics],
      ...(broken ? { recovered: unparsable.recovered } : {}),
    });
    const width = Math.max(...ranked.map((r) => r.probe.url.length));
    for (const { probe, throughput } of ranked) io.say(line(io, probe, throughput, width));
    // The remedies name `mirror remove`: they fit the configured mirrors, not URLs being tried out.
    if (!args.urls?.length && diagnostics.length > 0) {
      io.say('');
      for (const d of diagnostics) io.say(remedy(io, d));
    }
    return ok ? EXIT.ok : EXIT.problems;
  },
});

/** A configured mirror's problem and what to do, in the reader's language. */
function remedy(io: Io, d: Diagnostic): string {
  const message = messageIn(io.lang, d);
  const hint = hintIn(io.lang, d);
  if (io.lang !== 'zh' || d.says) return `${message}${hint ? `\n  → ${hint}` : ''}`;
  return `${io.t(`diag.${d.id}.title`)}：${message}${hint ? `\n  ${io.t('diag.hint', { hint })}` : ''}`;
}

/** What a probe found, in a word or two of the reader's language (the wizard's words). */
const KIND_WORD = {
  unreachable: 'wizard.probe.unreachable',
  'not-registry': 'wizard.probe.notRegistry',
  'tls-error': 'wizard.probe.tls',
  registry: 'wizard.probe.auth',
} as const;
export const kindIn = (io: Io, kind: string): string =>
  kind in KIND_WORD ? io.t(KIND_WORD[kind as keyof typeof KIND_WORD]) : kind;

/** A probe's or a download's words in the reader's language: ours by key, the network's own as they are. */
export const detailIn = (io: Io, d: { detail: string; says?: Said }): string =>
  d.says ? sayIn(io.lang, d.says) : d.detail;

/** `sha256:` and the first 12 hex digits: enough to tell two apart in a line. */
const short = (digest: string): string => digest.replace(/^([^:]+:[0-9a-f]{12})[0-9a-f]+$/, '$1…');

function digestPart(io: Io, digest: DigestCheck | undefined): string {
  if (digest === undefined) return '';
  switch (digest.state) {
    case 'matches':
      return `  ${green(io.style, io.t('mirrorTest.digestMatches', { digest: short(digest.digest) }))}`;
    case 'stale':
      return `  ${yellow(io.style, io.t('mirrorTest.digestStale', { digest: short(digest.digest) }))}`;
    case 'missing':
      return `  ${yellow(io.style, io.t('mirrorTest.digestMissing'))}`;
    case 'failed':
      return `  ${io.t('mirrorTest.digestFailed', { detail: detailIn(io, digest) })}`;
  }
}

/** A mirror's line: its answer, latency, the download's speed and, with --registry --image, its digest. */
export function line(
  io: Io,
  probe: { url: string; ok: boolean; kind: string; latencyMs?: number; detail: string; says?: Said },
  throughput: { ok: true; bytesPerSec: number } | { ok: false; detail: string; says?: Said } | undefined,
  width: number,
  digest?: DigestCheck,
): string {
  const { style, t } = io;
  const url = probe.url.padEnd(width);
  if (!probe.ok) return `${red(style, '✗')} ${url}  ${kindIn(io, probe.kind)}: ${detailIn(io, probe)}`;
  // A mirror without the image: "image missing" says why no download was measured.
  const speed =
    throughput === undefined || digest?.state === 'missing'
      ? ''
      : throughput.ok
        ? `  ${rate(throughput.bytesPerSec).padStart(10)}`
        : `  ${t('mirrorTest.download', { detail: detailIn(io, throughput) })}`;
  const mark = digest?.state === 'stale' || digest?.state === 'missing' ? yellow(style, '!') : green(style, '✓');
  return `${mark} ${url}  ${t('mirrorTest.latency', { ms: String(probe.latencyMs ?? '?').padStart(5) })}${speed}${digestPart(io, digest)}`;
}
