/**
 * IP addresses and CIDR prefixes parsed the way Go's net package does (net.ParseIP,
 * net.ParseCIDR): dockerd accepts or refuses exactly these forms.
 */

export interface ParsedIP {
  /** 4 bytes for dotted IPv4, 16 for anything written as IPv6. */
  bytes: Uint8Array;
}

export interface ParsedCIDR {
  /** The network address with the host bits cleared. */
  network: ParsedIP;
  bits: number;
  /** Go's IPNet.String(), e.g. "10.0.0.0/8", "fd00::/8". */
  text: string;
}

/** Dotted decimal, four fields, no leading zeros (Go ≥ 1.17). */
function parseIPv4(text: string): Uint8Array | undefined {
  const fields = text.split('.');
  if (fields.length !== 4) return undefined;
  const bytes = new Uint8Array(4);
  for (const [i, field] of fields.entries()) {
    if (!/^[0-9]{1,3}$/.test(field)) return undefined;
    if (field.length > 1 && field.startsWith('0')) return undefined;
    const n = Number(field);
    if (n > 255) return undefined;
    bytes[i] = n;
  }
  return bytes;
}

/** RFC 4291 text form: hex groups, one "::", an optional dotted IPv4 tail; no zone. */
function parseIPv6(text: string): Uint8Array | undefined {
  const bytes = new Uint8Array(16);
  const halves = text.split('::');
  if (halves.length > 2) return undefined;
  const groupsOf = (part: string, last: boolean): number[] | undefined => {
    if (part === '') return [];
    const out: number[] = [];
    const pieces = part.split(':');
    for (const [i, piece] of pieces.entries()) {
      if (last && i === pieces.length - 1 && piece.includes('.')) {
        const v4 = parseIPv4(piece);
        if (!v4) return undefined;
        out.push(((v4[0] ?? 0) << 8) | (v4[1] ?? 0), ((v4[2] ?? 0) << 8) | (v4[3] ?? 0));
        continue;
      }
      if (!/^[0-9a-fA-F]{1,4}$/.test(piece)) return undefined;
      out.push(parseInt(piece, 16));
    }
    return out;
  };
  const head = groupsOf(halves[0] ?? '', halves.length === 1);
  const tail = halves.length === 2 ? groupsOf(halves[1] ?? '', true) : [];
  if (!head || !tail) return undefined;
  const total = head.length + tail.length;
  if (halves.length === 1 ? total !== 8 : total > 7) return undefined;
  const groups = [...head, ...new Array<number>(8 - total).fill(0), ...tail];
  for (const [i, g] of groups.entries()) {
    bytes[i * 2] = g >> 8;
    bytes[i * 2 + 1] = g & 0xff;
  }
  return bytes;
}

/** net.ParseIP: whichever of '.' and ':' comes first decides the family. */
export function goParseIP(text: string): ParsedIP | undefined {
  for (const ch of text) {
    if (ch === '.') {
      const bytes = parseIPv4(text);
      return bytes ? { bytes } : undefined;
    }
    if (ch === ':') {
      const bytes = parseIPv6(text);
      return bytes ? { bytes } : undefined;
    }
  }
  return undefined;
}

/** net/netip.ParseAddr (29.x decodes dns and host-gateway-ips with it): like ParseIP plus an IPv6 zone. */
export function goParseAddr(text: string): ParsedIP | undefined {
  const zone = text.indexOf('%');
  if (zone >= 0) {
    if (zone === text.length - 1) return undefined;
    const ip = goParseIP(text.slice(0, zone));
    return ip && ip.bytes.length === 16 && !text.slice(0, zone).includes('.') ? ip : undefined;
  }
  return goParseIP(text);
}

const V4_IN_V6_PREFIX = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff];

function isV4Mapped(bytes: Uint8Array): boolean {
  return bytes.length === 16 && V4_IN_V6_PREFIX.every((b, i) => bytes[i] === b);
}

export function isIPv4(ip: ParsedIP): boolean {
  return ip.bytes.length === 4 || isV4Mapped(ip.bytes);
}

export function isLoopbackIP(ip: ParsedIP): boolean {
  if (ip.bytes.length === 4) return ip.bytes[0] === 127;
  if (isV4Mapped(ip.bytes)) return ip.bytes[12] === 127;
  return ip.bytes.every((b, i) => b === (i === 15 ? 1 : 0));
}

/** net.IP.String(): dotted IPv4 (also for v4-mapped IPv6), RFC 5952 for IPv6. */
export function formatIP(ip: ParsedIP): string {
  const b = ip.bytes;
  if (b.length === 4) return Array.from(b).join('.');
  if (isV4Mapped(b)) return Array.from(b.slice(12)).join('.');
  const groups: number[] = [];
  for (let i = 0; i < 16; i += 2) groups.push(((b[i] ?? 0) << 8) | (b[i + 1] ?? 0));
  // The longest run of two or more zero groups becomes "::" (the first one on a tie).
  let bestStart = -1;
  let bestLen = 0;
  for (let i = 0; i < 8; ) {
    if (groups[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && groups[j] === 0) j++;
    if (j - i > bestLen && j - i >= 2) [bestStart, bestLen] = [i, j - i];
    i = j;
  }
  const hex = groups.map((g) => g.toString(16));
  if (bestStart < 0) return hex.join(':');
  return `${hex.slice(0, bestStart).join(':')}::${hex.slice(bestStart + bestLen).join(':')}`;
}

/** net.ParseCIDR: "addr/bits" with a decimal prefix length within the family's size. */
export function goParseCIDR(text: string): ParsedCIDR | undefined {
  const slash = text.indexOf('/');
  if (slash < 0) return undefined;
  const addr = text.slice(0, slash);
  const mask = text.slice(slash + 1);
  const v4 = parseIPv4(addr);
  const bytes = v4 ?? parseIPv6(addr);
  if (!bytes || !/^[0-9]+$/.test(mask) || mask.length > 8) return undefined;
  const bits = Number(mask);
  if (bits > bytes.length * 8) return undefined;
  const network = new Uint8Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) {
    const keep = Math.max(0, Math.min(8, bits - i * 8));
    network[i] = (bytes[i] ?? 0) & ((0xff << (8 - keep)) & 0xff);
  }
  const ip = { bytes: network };
  const prefixText =
    bytes.length === 16 && isV4Mapped(network) ? `${formatIP(ip)}/${bits - 96}` : `${formatIP(ip)}/${bits}`;
  return { network: ip, bits, text: prefixText };
}

/** The 4-byte form of an IPv4 or v4-mapped address (net.IP.To4), else undefined. */
function to4(bytes: Uint8Array): Uint8Array | undefined {
  if (bytes.length === 4) return bytes;
  return isV4Mapped(bytes) ? bytes.slice(12) : undefined;
}

/** net.IPNet.Contains: an IPv4 network holds IPv4 and v4-mapped addresses only, and the reverse. */
export function cidrContains(cidr: ParsedCIDR, ip: ParsedIP): boolean {
  const net4 = to4(cidr.network.bytes);
  const network = net4 ?? cidr.network.bytes;
  // A 16-byte mask over a 4-byte network keeps its last 32 bits (networkNumberAndMask).
  const bits = net4 && cidr.network.bytes.length === 16 ? Math.max(0, cidr.bits - 96) : cidr.bits;
  const addr = to4(ip.bytes) ?? ip.bytes;
  if (addr.length !== network.length) return false;
  return network.every((b, i) => {
    const keep = Math.max(0, Math.min(8, bits - i * 8));
    const mask = (0xff << (8 - keep)) & 0xff;
    return (b & mask) === ((addr[i] ?? 0) & mask);
  });
}

/** netip.ParsePrefix's error for text that goParseCIDR refuses (27.0+ decode pools, 28.0+ fixed-cidr-v6). */
export function netipParsePrefixError(text: string): string {
  const where = `netip.ParsePrefix("${text}")`;
  const slash = text.lastIndexOf('/');
  if (slash < 0) return `${where}: no '/'`;
  const bits = text.slice(slash + 1);
  if (!/^(0|[1-9][0-9]*)$/.test(bits)) return `${where}: bad bits after slash: "${bits}"`;
  const addr = text.slice(0, slash);
  if (!goParseCIDR(`${addr}/0`)) return `${where}: ParseAddr("${addr}"): unable to parse IP`;
  return `${where}: prefix length out of range`;
}
