/**
 * Options dockerd still accepts as keys but refuses (or warns about) when they hold a
 * value, per engine version (§2.4 of the research notes). Keys that are simply unknown to
 * a version are the key checker's business, not ours.
 */
import { hint, message } from '../../../diagnostics/say.js';
import { atLeast, type EngineVersion } from '../../../engine/version.js';
import { bareConfigError, configValidation, startError, type DockerdLine } from '../shared/dockerd-text.js';
import { caution, refused } from '../shared/problem.js';
import { numberOf, objectOf, settingOf, stringOf } from '../shared/settings.js';
import type { ValueContext, ValueProblem, ValueRule } from '../types.js';

const inRange = (e: EngineVersion, from: string, before: string): boolean => atLeast(e, from) && !atLeast(e, before);

function clusterProblems(ctx: ValueContext): ValueProblem[] {
  const advertise = stringOf(ctx, 'cluster-advertise') ?? '';
  const store = stringOf(ctx, 'cluster-store') ?? '';
  const opts = objectOf(ctx, 'cluster-store-opts') ?? {};
  const used = advertise !== '' || store !== '' || Object.keys(opts).length > 0;
  if (!used) return [];
  const key = advertise !== '' ? 'cluster-advertise' : store !== '' ? 'cluster-store' : 'cluster-store-opts';
  if (inRange(ctx.engine, '23.0.0', '24.0.0')) {
    const reason =
      "Host-discovery and overlay networks with external k/v stores are deprecated. The 'cluster-advertise', 'cluster-store', and 'cluster-store-opt' options have been removed";
    return [
      refused({
        id: 'removed-key',
        key,
        ...message('validate.removed.cluster', { key }),
        ...hint('validate.removed.hint.cluster'),
        line: bareConfigError(reason),
      }),
    ];
  }
  if (atLeast(ctx.engine, '23.0.0')) return [];
  if (advertise !== '' && store === '') {
    return [
      refused({
        key: 'cluster-advertise',
        ...message('validate.removed.clusterAdvertiseNeedsStore'),
        ...hint('validate.removed.hint.clusterStore'),
        line: startError(
          'invalid cluster configuration. --cluster-advertise must be accompanied by --cluster-store configuration',
        ),
      }),
    ];
  }
  return [
    caution({
      id: 'deprecated-key',
      key,
      ...message('validate.removed.deprecated', { key, version: '23.0' }),
      ...hint('validate.removed.hint.swarm'),
    }),
  ];
}

function graphProblems(ctx: ValueContext): ValueProblem[] {
  const graph = settingOf(ctx, 'graph');
  if (!graph || typeof graph.value !== 'string' || graph.value === '') return [];
  if (!atLeast(ctx.engine, '23.0.0')) {
    const dataRoot = settingOf(ctx, 'data-root');
    if (graph.from === 'file' && dataRoot?.from === 'file' && dataRoot.value) {
      const line: DockerdLine = {
        dockerd: 'cannot specify both "graph" and "data-root" config file options',
        withFilePrefix: true,
      };
      return [
        refused({
          key: 'graph',
          ...message('validate.removed.graphAndDataRoot'),
          ...hint('validate.hint.keepOnly', { key: 'data-root' }),
          line,
        }),
      ];
    }
    return [
      caution({
        id: 'deprecated-key',
        key: 'graph',
        ...message('validate.removed.deprecated', { key: 'graph', version: '23.0' }),
        ...hint('validate.hint.renameTo', { key: 'data-root' }),
      }),
    ];
  }
  if (!atLeast(ctx.engine, '24.0.0')) {
    return [
      refused({
        id: 'removed-key',
        key: 'graph',
        ...message('validate.removed.in', { key: 'graph', version: '23.0' }),
        ...hint('validate.hint.renameTo', { key: 'data-root' }),
        line: configValidation(ctx.engine, 'the "graph" config file option is deprecated; use "data-root" instead'),
      }),
    ];
  }
  return [];
}

function oomScoreProblems(ctx: ValueContext): ValueProblem[] {
  const n = numberOf(ctx, 'oom-score-adjust');
  if (n === undefined || n === 0) return [];
  // Before 25.0 dockerd writes the value to /proc/self/oom_score_adj, which takes -1000…1000.
  if (!atLeast(ctx.engine, '25.0.0') && (n < -1000 || n > 1000)) {
    return [
      refused({
        key: 'oom-score-adjust',
        ...message('validate.oom.range', { value: String(n) }),
        ...hint('validate.oom.hint.range'),
        line: startError('write /proc/self/oom_score_adj: invalid argument'),
      }),
    ];
  }
  if (inRange(ctx.engine, '25.0.0', '26.0.0')) {
    const reason =
      'DEPRECATED: The "oom-score-adjust" config parameter and the dockerd "--oom-score-adjust" options have been removed.';
    return [
      refused({
        id: 'removed-key',
        key: 'oom-score-adjust',
        ...message('validate.removed.in', { key: 'oom-score-adjust', version: '25.0' }),
        ...hint('validate.removed.hint.oomRemoved'),
        line: configValidation(ctx.engine, reason),
      }),
    ];
  }
  if (inRange(ctx.engine, '24.0.0', '25.0.0'))
    return [
      caution({
        id: 'deprecated-key',
        key: 'oom-score-adjust',
        ...message('validate.removed.deprecated', { key: 'oom-score-adjust', version: '25.0' }),
        ...hint('validate.removed.hint.oomDeprecated'),
      }),
    ];
  return [];
}

function corsProblems(ctx: ValueContext): ValueProblem[] {
  const cors = stringOf(ctx, 'api-cors-header');
  if (cors === undefined || cors === '') return [];
  if (inRange(ctx.engine, '28.0.0', '29.0.0')) {
    const reason =
      'DEPRECATED: The "api-cors-header" config parameter and the dockerd "--api-cors-header" option have been removed; use a reverse proxy if you need CORS headers';
    return [
      refused({
        id: 'removed-key',
        key: 'api-cors-header',
        ...message('validate.removed.in', { key: 'api-cors-header', version: '28.0' }),
        ...hint('validate.removed.hint.corsRemoved'),
        line: configValidation(ctx.engine, reason),
      }),
    ];
  }
  if (inRange(ctx.engine, '27.0.0', '28.0.0'))
    return [
      caution({
        id: 'deprecated-key',
        key: 'api-cors-header',
        ...message('validate.removed.corsNoEffect'),
        ...hint('validate.removed.hint.corsDeprecated'),
      }),
    ];
  return [];
}

export const removedOptionsRule: ValueRule = {
  keys: ['cluster-advertise', 'cluster-store', 'cluster-store-opts', 'graph', 'oom-score-adjust', 'api-cors-header'],
  check(ctx) {
    return [...clusterProblems(ctx), ...graphProblems(ctx), ...oomScoreProblems(ctx), ...corsProblems(ctx)];
  },
};
