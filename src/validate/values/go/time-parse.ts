/**
 * Go's time.Parse, for the numeric layouts dockerd's timestamps use (moby's GetTimestamp:
 * "2006-01-02T15:04:05.999999999Z07:00" and its shorter forms). Only whether it parses and Go's
 * error text matter here, so the result is the error or undefined. Works on bytes, as Go does.
 */
import { timeQuoteBytes } from './time-quote.js';

type Element = 'year' | 'month' | 'day' | 'hour' | 'minute' | 'second' | 'fraction' | 'zone';

/** The layout elements these layouts use, longest first where one is a prefix of another. */
const ELEMENTS: ReadonlyArray<[string, Element]> = [
  ['2006', 'year'],
  ['01', 'month'],
  ['02', 'day'],
  ['15', 'hour'],
  ['04', 'minute'],
  ['05', 'second'],
  ['.999999999', 'fraction'],
  ['Z07:00', 'zone'],
];

interface Chunk {
  literal: string;
  element?: { text: string; kind: Element };
}

function chunks(layout: string): Chunk[] {
  const out: Chunk[] = [];
  let literal = '';
  for (let i = 0; i < layout.length; ) {
    const hit = ELEMENTS.find(([text]) => layout.startsWith(text, i));
    if (!hit) {
      literal += layout[i++];
      continue;
    }
    out.push({ literal, element: { text: hit[0], kind: hit[1] } });
    literal = '';
    i += hit[0].length;
  }
  out.push({ literal });
  return out;
}

const isDigit = (s: string, i: number): boolean => i < s.length && s[i]! >= '0' && s[i]! <= '9';

/** getnum: one or two digits (`fixed`: exactly two). */
function getnum(s: string, fixed: boolean): { n: number; rest: string } | undefined {
  if (!isDigit(s, 0)) return undefined;
  if (!isDigit(s, 1)) return fixed ? undefined : { n: s.charCodeAt(0) - 48, rest: s.slice(1) };
  return { n: (s.charCodeAt(0) - 48) * 10 + (s.charCodeAt(1) - 48), rest: s.slice(2) };
}

const isLeap = (y: number): boolean => y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
const daysIn = (month: number, year: number): number =>
  month === 2 ? (isLeap(year) ? 29 : 28) : [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;

/** A fraction after the seconds: "." or "," then digits. */
const startsFraction = (s: string): boolean => s.length >= 2 && (s[0] === '.' || s[0] === ',') && isDigit(s, 1);

function fractionLength(s: string): number {
  let n = 1;
  while (isDigit(s, n)) n++;
  return n;
}

/** time.Parse(layout, value)'s error, or undefined when it parses. */
export function goTimeParseError(layout: string, text: string): string | undefined {
  const value0 = Buffer.from(text, 'utf8').toString('latin1');
  const cannot = (layoutElem: string, valueElem: string): string =>
    `parsing time ${timeQuoteBytes(value0)} as ${timeQuoteBytes(layout)}: cannot parse ${timeQuoteBytes(valueElem)} as ${timeQuoteBytes(layoutElem)}`;
  const because = (message: string): string => `parsing time ${timeQuoteBytes(value0)}${message}`;

  let value = value0;
  let year = 0;
  let month = -1;
  let day = -1;
  const parts = chunks(layout);
  for (const [i, { literal, element }] of parts.entries()) {
    if (!value.startsWith(literal)) return cannot(literal, value);
    value = value.slice(literal.length);
    if (!element) {
      if (value !== '') return because(`: extra text: ${timeQuoteBytes(value)}`);
      break;
    }
    const hold = value;
    let bad = false;
    let range = '';
    switch (element.kind) {
      case 'year':
        if (value.length < 4 || !/^[0-9]{4}/.test(value)) bad = true;
        else [year, value] = [Number(value.slice(0, 4)), value.slice(4)];
        break;
      case 'month':
      case 'day':
      case 'minute':
      case 'hour': {
        const got = getnum(value, element.kind !== 'hour');
        if (!got) {
          bad = true;
          break;
        }
        value = got.rest;
        if (element.kind === 'month') {
          month = got.n;
          if (month <= 0 || month > 12) range = 'month';
        } else if (element.kind === 'day') day = got.n;
        else if (element.kind === 'hour' && got.n >= 24) range = 'hour';
        else if (element.kind === 'minute' && got.n >= 60) range = 'minute';
        break;
      }
      case 'second': {
        const got = getnum(value, true);
        if (!got) {
          bad = true;
          break;
        }
        value = got.rest;
        if (got.n >= 60) {
          range = 'second';
          break;
        }
        // A fraction the layout does not ask for is still taken after the seconds.
        if (startsFraction(value) && parts[i + 1]?.element?.kind !== 'fraction') {
          value = value.slice(fractionLength(value));
        }
        break;
      }
      case 'fraction':
        if (startsFraction(value)) value = value.slice(fractionLength(value));
        break;
      case 'zone': {
        if (value[0] === 'Z') {
          value = value.slice(1);
          break;
        }
        if (value.length < 6 || value[3] !== ':') {
          bad = true;
          break;
        }
        const hr = getnum(value.slice(1, 3), true);
        const mm = hr && getnum(value.slice(4, 6), true);
        if (hr && hr.n > 24) range = 'time zone offset hour';
        if (mm && mm.n > 60) range = 'time zone offset minute';
        if (!hr || !mm || (value[0] !== '+' && value[0] !== '-')) bad = true;
        value = value.slice(6);
        break;
      }
    }
    if (range !== '') return because(`: ${range} out of range`);
    if (bad) return cannot(element.text, hold);
  }
  if (month < 0) month = 1;
  if (day < 0) day = 1;
  if (day < 1 || day > daysIn(month, year)) return because(': day out of range');
  return undefined;
}
