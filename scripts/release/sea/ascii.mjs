// One character above U+00FF anywhere in a script makes V8 keep its whole source as UTF-16: for
// the bundle in the snapshot, 2 MB more to load on every start. esbuild's `charset: 'ascii'`
// escapes strings and identifiers but leaves regular expression literals and String.raw templates
// as written; this rewrites those two without changing what they mean, and refuses anything else.
// The result is plain ASCII (Latin-1 would do for V8, but the file is read as UTF-8).
import { tokenizer } from 'acorn';

const WIDE = /[\u0080-\uffff]/;
const WIDE_RUN = /[\u0080-\uffff]+/g;
const hex = (unit) => `\\u${unit.toString(16).toUpperCase().padStart(4, '0')}`;
const escapeUnits = (text) =>
  [...text].map((c) => [...Array(c.length).keys()].map((i) => hex(c.charCodeAt(i))).join('')).join('');

/** `\` before the character: an escape of it, which a \uXXXX in its place would not mean. */
function escapedAt(text, index) {
  let n = 0;
  for (let i = index - 1; i >= 0 && text[i] === '\\'; i--) n++;
  return n % 2 === 1;
}

function rewrite(text, where, replace) {
  return text.replace(WIDE_RUN, (run, index) => {
    if (escapedAt(text, index)) throw new Error(`${where}: an escaped non-ASCII character; write it as \\u{…}`);
    return replace(run);
  });
}

/** `code` with every character above U+007F written as an escape; throws where it cannot be. */
export function toAscii(code) {
  if (!WIDE.test(code)) return code;
  const tokens = [...tokenizer(code, { ecmaVersion: 'latest', sourceType: 'script', allowHashBang: true })];
  /** Open template literals: whether String.raw tags it, and whether we are inside a `${…}`. */
  const open = [];
  const edits = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    const label = token.type.label;
    const top = open.at(-1);
    if (label === '`') {
      if (top && !top.inSub) open.pop();
      else {
        const raw =
          tokens[i - 1]?.value === 'raw' && tokens[i - 2]?.type.label === '.' && tokens[i - 3]?.value === 'String';
        const tagged = ['name', ')', ']', '`'].includes(tokens[i - 1]?.type.label ?? '');
        open.push({ raw, tagged: tagged && !raw, inSub: false, braces: 0 });
      }
      continue;
    }
    if (top?.inSub) {
      if (label === '{' || label === '${') top.braces++;
      else if (label === '}') {
        if (top.braces === 0) top.inSub = false;
        else top.braces--;
      }
    }
    if (label === '${' && top && !top.inSub) {
      top.inSub = true;
      top.braces = 0;
      continue;
    }
    const text = code.slice(token.start, token.end);
    if (!WIDE.test(text)) continue;
    const where = `bundle offset ${token.start} (${JSON.stringify(text.slice(0, 40))})`;
    if (label === 'regexp') {
      // \uXXXX is the same character in a pattern (a surrogate pair is one code point with /u and /v).
      edits.push([token.start, token.end, rewrite(text, where, escapeUnits)]);
    } else if (label === 'template' && top && !top.tagged) {
      // A substitution of a plain string: the same text in the cooked and the String.raw value.
      edits.push([token.start, token.end, rewrite(text, where, (run) => `\${"${escapeUnits(run)}"}`)]);
    } else {
      throw new Error(`${where}: a non-ASCII character in a ${label} token that cannot be escaped here`);
    }
  }
  let result = '';
  let at = 0;
  for (const [start, end, replacement] of edits) {
    result += code.slice(at, start) + replacement;
    at = end;
  }
  result += code.slice(at);
  const left = WIDE.exec(result);
  if (left) throw new Error(`bundle offset ${left.index}: a non-ASCII character outside any token (a comment?)`);
  return result;
}
