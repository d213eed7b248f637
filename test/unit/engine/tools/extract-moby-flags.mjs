// Research tool (not run by the tests): list dockerd's Linux flags for every release tag of
// moby/moby, to check src/engine/flag-table.ts against the source. It reads a bare mirror of the
// repository (the search tool's `fetch github:moby/moby` puts one under /work/.mirror).
//
//   node test/unit/engine/tools/extract-moby-flags.mjs [GIT_DIR] > flags.json
//
// Output: { "<tag>": { "<flag>": { kind, short, named, meth, value, marks } } }. Flag names given
// by constants (FlagTLS …) are resolved within the same package; cobra's --help is added by hand.
import { execFileSync } from 'node:child_process';

const gitDir = process.argv[2] ?? '/work/.mirror/moby+moby/repo';
const git = (...args) =>
  execFileSync('git', [`--git-dir=${gitDir}`, ...args], { encoding: 'utf8', maxBuffer: 1 << 26 });

const version = (tag) =>
  tag
    .replace(/^docker-v|^v/, '')
    .split('.')
    .map(Number);
const tags = git('tag')
  .split('\n')
  .filter((t) => /^(v2[0-8]\.\d+\.\d+|docker-v29\.\d+\.\d+)$/.test(t))
  .sort((a, b) => {
    const [x, y] = [version(a), version(b)];
    return x[0] - y[0] || x[1] - y[1] || x[2] - y[2];
  });

/** The arguments of a call, given the text right after its "(". */
function callArgs(text) {
  const out = [];
  let depth = 0;
  let current = '';
  let quote = null;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      current += c;
      if (c === '\\' && quote !== '`') current += text[++i];
      else if (c === quote) quote = null;
      continue;
    }
    if (c === '"' || c === '`' || c === "'") quote = c;
    else if ('({['.includes(c)) depth++;
    else if (')}]'.includes(c)) {
      if (depth === 0) return [...out, current.trim()];
      depth--;
    } else if (c === ',' && depth === 0) {
      out.push(current.trim());
      current = '';
      continue;
    }
    current += c;
  }
  return out;
}

const result = {};
for (const tag of tags) {
  const dir = tag.startsWith('docker-v29') ? 'daemon/command' : 'cmd/dockerd';
  const files = git('ls-tree', '--name-only', `${tag}:${dir}`)
    .split('\n')
    .filter(
      (f) => f.endsWith('.go') && !f.endsWith('_test.go') && !/windows|freebsd|solaris|unsupported|darwin/.test(f),
    );
  const src = files.map((f) => git('show', `${tag}:${dir}/${f}`).replace(/^\s*\/\/.*$/gm, '')).join('\n');
  const constants = Object.fromEntries([...src.matchAll(/(\w+)\s*=\s*"([a-z0-9-]+)"/g)].map((m) => [m[1], m[2]]));
  const variables = Object.fromEntries(
    [...src.matchAll(/(\w+)\s*:?=\s*((?:opts|dopts)\.\w+\()/g)].map((m) => [
      m[1],
      `${m[2]}${callArgs(src.slice(m.index + m[0].length)).join(', ')})`,
    ]),
  );
  const name = (arg) => (arg?.startsWith('"') ? JSON.parse(arg) : (constants[arg] ?? `?${arg}`));
  const flags = {};
  for (const m of src.matchAll(/flags\.(\w+)\(/g)) {
    const method = m[1];
    const args = callArgs(src.slice(m.index + m[0].length));
    if (/^Mark(Deprecated|Hidden|ShorthandDeprecated)$/.test(method)) {
      const flag = (flags[name(args[0])] ??= {});
      flag.marks = [...(flag.marks ?? []), method.slice(4)];
      continue;
    }
    if (!/^(Bool|String|Int|Uint|Float|Duration|IP|Var)/.test(method)) continue;
    const isVar = method === 'Var' || method === 'VarP';
    const valueFirst = isVar || /Var(P)?$/.test(method); // XxxVar(&ptr, name, …) and Var(value, name, …)
    const long = name(args[valueFirst ? 1 : 0]);
    const short = method.endsWith('P') ? name(args[valueFirst ? 2 : 1]) : undefined;
    const value = isVar ? (variables[args[0]] ?? args[0]) : undefined;
    const kind = method.startsWith('Bool')
      ? 'bool'
      : /Slice|Array/.test(method) || /ListOpts|IPListOpts|PoolsOpt|DefaultAddressPools|NamedSetOpts/.test(value ?? '')
        ? 'list'
        : /MapOpts|MapMapOpts|Ulimit|Runtime/.test(value ?? '')
          ? 'map'
          : 'value';
    const named =
      /Named\w*\("([^"]+)"/.exec(value ?? '')?.[1] ??
      (/DefaultAddressPools/.test(value ?? '')
        ? 'default-address-pools'
        : /NamedNRIOpts/.test(value ?? '')
          ? 'nri-opts'
          : undefined);
    flags[long] = { ...flags[long], kind, short, named, meth: method, value };
  }
  flags.help = { kind: 'bool', short: 'h', meth: 'cobra', marks: ['ShorthandDeprecated'] };
  result[tag] = flags;
}
process.stdout.write(`${JSON.stringify(result)}\n`);
