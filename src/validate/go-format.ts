// Values printed the way dockerd prints them (Go's %v), with credentials in URLs masked as
// dockerd masks them ("user:xxxxx@") so that no secret ever reaches our output.

import { maskCredentials } from '../diagnostics/redact.js';

export { maskCredentials };

/** A float64 as %v prints it: shortest digits, exponent form when the exponent is < -4 or ≥ 6. */
export function goFloat(n: number): string {
  if (n === 0) return Object.is(n, -0) ? '-0' : '0';
  if (!Number.isFinite(n)) return n > 0 ? '+Inf' : Number.isNaN(n) ? 'NaN' : '-Inf';
  const [mantissa, expText] = n.toExponential().split('e') as [string, string];
  const exp = Number(expText);
  if (exp < -4 || exp >= 6) {
    const sign = exp < 0 ? '-' : '+';
    return `${mantissa}e${sign}${String(Math.abs(exp)).padStart(2, '0')}`;
  }
  return String(n);
}

/** fmt.Sprintf("%v", v) for a value decoded by encoding/json into interface{}. */
export function goValue(v: unknown): string {
  if (v === null || v === undefined) return '<nil>';
  if (typeof v === 'string') return maskCredentials(v);
  if (typeof v === 'number') return goFloat(v);
  if (typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) return `[${v.map(goValue).join(' ')}]`;
  if (typeof v === 'object') {
    const entries = Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `map[${entries.map(([k, x]) => `${k}:${goValue(x)}`).join(' ')}]`;
  }
  return String(v);
}
