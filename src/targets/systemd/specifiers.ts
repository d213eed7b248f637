/**
 * systemd's %-specifiers in unit files. Those with a fixed value for a system service are
 * resolved; the valid ones that depend on the running machine (%H, %m, %b …) stay as written;
 * an unknown letter makes systemd reject the setting.
 */
export interface SpecifierContext {
  /** "docker.service" */
  unitName: string;
  /** The unit file's path as the system sees it (for %y/%Y). */
  unitPath: string;
  scope: 'system' | 'user';
  home?: string;
  user?: string;
}

const RUNTIME_ONLY = new Set([
  'a',
  'A',
  'b',
  'B',
  'd',
  'D',
  'H',
  'l',
  'm',
  'M',
  'o',
  'q',
  'v',
  'w',
  'W',
  'T',
  'V',
  'g',
  'G',
  'u',
  'U',
  'h',
  's',
]);

function fixedSpecifiers(ctx: SpecifierContext): Record<string, string> {
  const prefix = ctx.unitName.replace(/\.[^.]+$/, '');
  const [name = prefix, instance = ''] = prefix.split('@');
  const system = ctx.scope === 'system';
  return {
    '%': '%',
    n: ctx.unitName,
    N: prefix,
    p: name,
    P: name,
    i: instance,
    I: instance,
    j: name.replace(/^.*-/, ''),
    J: name.replace(/^.*-/, ''),
    f: `/${instance || name}`,
    y: ctx.unitPath,
    Y: ctx.unitPath.replace(/\/[^/]*$/, '') || '/',
    t: system ? '/run' : '/run/user',
    S: system ? '/var/lib' : `${ctx.home ?? '~'}/.local/share`,
    C: system ? '/var/cache' : `${ctx.home ?? '~'}/.cache`,
    L: system ? '/var/log' : `${ctx.home ?? '~'}/.local/state/log`,
    E: system ? '/etc' : `${ctx.home ?? '~'}/.config`,
    ...(system ? { h: '/root', u: 'root', U: '0', g: 'root', G: '0', s: '/bin/sh' } : {}),
  };
}

export type SpecifierResult = { ok: true; value: string } | { ok: false; letter: string };

export function resolveSpecifiers(text: string, ctx: SpecifierContext): SpecifierResult {
  const fixed = fixedSpecifiers(ctx);
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (c !== '%') {
      out += c;
      continue;
    }
    const letter = text[i + 1] ?? '';
    const value = fixed[letter];
    if (value !== undefined) out += value;
    else if (RUNTIME_ONLY.has(letter)) out += `%${letter}`;
    else return { ok: false, letter: `%${letter}` };
    i++;
  }
  return { ok: true, value: out };
}
