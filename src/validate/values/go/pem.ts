/**
 * Go's encoding/pem Decode, as crypto/tls and x509.CertPool read certificate and key files:
 * text around the blocks is skipped, a block with a bad END line or bad base64 is skipped too
 * (the search goes on after its BEGIN line), header lines ("Proc-Type: …") are collected.
 */

export interface PemBlock {
  type: string;
  headers: ReadonlyMap<string, string>;
  bytes: Uint8Array;
}

const BEGIN = '-----BEGIN ';
const END = '\n-----END ';
const DASHES = '-----';

/** One line without its "\n" and trailing spaces, tabs and "\r"; and what follows it. */
function getLine(data: string): [string, string] {
  const nl = data.indexOf('\n');
  const [line, rest] = nl < 0 ? [data, ''] : [data.slice(0, nl), data.slice(nl + 1)];
  return [line.replace(/[ \t\r]+$/, ''), rest];
}

// base64.StdEncoding ignores "\r" and "\n"; Decode already took out spaces and tabs. Padding is required.
const STD_BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

function decodeBase64(text: string): Uint8Array | undefined {
  const compact = text.replace(/[ \t\r\n]/g, '');
  return STD_BASE64.test(compact) ? Uint8Array.from(Buffer.from(compact, 'base64')) : undefined;
}

/** The first block in `data` (a latin1 string, so bytes survive) and the text after it. */
function decodeOne(data: string): { block: PemBlock; rest: string } | undefined {
  let rest = data;
  for (;;) {
    if (rest.startsWith(BEGIN)) rest = rest.slice(BEGIN.length);
    else {
      const at = rest.indexOf(`\n${BEGIN}`);
      if (at < 0) return undefined;
      rest = rest.slice(at + 1 + BEGIN.length);
    }
    let typeLine: string;
    [typeLine, rest] = getLine(rest);
    if (!typeLine.endsWith(DASHES)) continue;
    const type = typeLine.slice(0, -DASHES.length);

    const headers = new Map<string, string>();
    let truncated = false;
    for (;;) {
      if (rest === '') {
        truncated = true;
        break;
      }
      const [line, next] = getLine(rest);
      const colon = line.indexOf(':');
      if (colon < 0) break;
      headers.set(line.slice(0, colon).trim(), line.slice(colon + 1).trim());
      rest = next;
    }
    if (truncated) return undefined;

    // Without headers the END line may follow at once, with no newline before it.
    const [endIndex, trailerIndex] =
      headers.size === 0 && rest.startsWith(END.slice(1))
        ? [0, END.length - 1]
        : [rest.indexOf(END), rest.indexOf(END) + END.length];
    if (endIndex < 0) continue;
    const trailer = rest.slice(trailerIndex, trailerIndex + type.length + DASHES.length);
    if (trailer !== `${type}${DASHES}`) continue;
    if (getLine(rest.slice(trailerIndex + trailer.length))[0] !== '') continue;
    const bytes = decodeBase64(rest.slice(0, endIndex));
    if (!bytes) continue;
    return { block: { type, headers, bytes }, rest: getLine(rest.slice(endIndex + END.length - 1))[1] };
  }
}

/** Every block, in order, as repeated pem.Decode calls find them. */
export function goPemBlocks(data: Uint8Array): PemBlock[] {
  const blocks: PemBlock[] = [];
  let rest = Buffer.from(data).toString('latin1');
  for (;;) {
    const found = decodeOne(rest);
    if (!found) return blocks;
    blocks.push(found.block);
    rest = found.rest;
  }
}
