/**
 * docker/go-units RAMInBytes (binary units), as default-shm-size is decoded.
 * go-units v0.4.0 parses with a regular expression; v0.5.0 with a hand-written parser that
 * also reports bad suffixes ("10mi" passes the first, "1e3" the second).
 */
import { atLeast, type EngineVersion } from '../../../engine/version.js';
import { goParseFloat, type GoParse } from './strconv.js';

const BINARY: Record<string, number> = { k: 1024, m: 1024 ** 2, g: 1024 ** 3, t: 1024 ** 4, p: 1024 ** 5 };

function ramInBytesV04(size: string): GoParse<number> {
  const m = /^(\d+(\.\d+)*) ?([kKmMgGtTpP])?[iI]?[bB]?$/.exec(size);
  if (!m) return { ok: false, error: `invalid size: '${size}'` };
  const num = goParseFloat(m[1] ?? '');
  if (!num.ok) return num;
  return { ok: true, value: Math.trunc(num.value * (BINARY[(m[3] ?? '').toLowerCase()] ?? 1)) };
}

function ramInBytesV05(size: string): GoParse<number> {
  const invalid: GoParse<number> = { ok: false, error: `invalid size: '${size}'` };
  let sep = -1;
  for (let i = size.length - 1; i >= 0; i--) {
    if ('0123456789. '.includes(size[i] ?? '')) {
      sep = i;
      break;
    }
  }
  if (sep < 0) return invalid;
  const num = size[sep] === ' ' ? size.slice(0, sep) : size.slice(0, sep + 1);
  let suffix = size.slice(sep + 1);
  const parsed = goParseFloat(num);
  if (!parsed.ok) return parsed;
  if (parsed.value < 0) return invalid;
  if (suffix === '') return { ok: true, value: Math.trunc(parsed.value) };
  const badSuffix: GoParse<number> = {
    ok: false,
    error: `invalid suffix: '${suffix.length > 3 ? suffix : suffix.toLowerCase()}'`,
  };
  if (suffix.length > 3) return badSuffix;
  suffix = suffix.toLowerCase();
  if (suffix[0] === 'b') return suffix.length > 1 ? badSuffix : { ok: true, value: Math.trunc(parsed.value) };
  const mul = BINARY[suffix[0] ?? ''];
  if (mul === undefined) return badSuffix;
  if ((suffix.length === 2 && suffix[1] !== 'b') || (suffix.length === 3 && suffix.slice(1) !== 'ib')) return badSuffix;
  return { ok: true, value: Math.trunc(parsed.value * mul) };
}

export function ramInBytes(size: string, goUnitsV05: boolean): GoParse<number> {
  return goUnitsV05 ? ramInBytesV05(size) : ramInBytesV04(size);
}

/**
 * Which go-units the build links: upstream vendors v0.5.0 from 23.0 on; Debian builds use the
 * distribution's library, v0.4.0 up to trixie (verified: 20.10.24 and 26.1.5 accept "10mi"
 * and refuse "1e3"; sid's 28.5.2 does the opposite).
 */
export function usesGoUnitsV05(engine: EngineVersion): boolean {
  return /dfsg/.test(engine.raw) ? atLeast(engine, '28.0.0') : atLeast(engine, '23.0.0');
}
