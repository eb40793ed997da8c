import type { KeyFact } from './facts.js';
import { keyShapes, knownKeyPrefixes, type KeyShape } from './providers/key-shapes.js';
import { isLocalHost, parseHttpUrl, providerForDestination, providers, type ProviderId } from './providers/providers.js';
import { memoize } from './memo.js';
import { lookupTable } from './table.js';

// ---------------------------------------------------------------------------------------------
// Characters that do not belong in a key but survive copy and paste.
// ---------------------------------------------------------------------------------------------

export type SuspiciousCharacterKind = 'invisible' | 'byte-order-mark' | 'space' | 'quote' | 'look-alike';

export interface SuspiciousCharacter {
  readonly kind: SuspiciousCharacterKind;
  /** Words for it in messages: "a zero-width space". */
  readonly name: string;
  /** `U+200B`. */
  readonly codePoint: string;
  /** The ASCII character it stands for; empty when it should simply go. */
  readonly replacement: string;
  /** False when the ASCII character it stands for is a guess (Cyrillic І could be I or l). */
  readonly certain: boolean;
}

function codePointLabel(character: string): string {
  return `U+${(character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

const INVISIBLE_NAMES: Readonly<Record<number, string>> = {
  0x00ad: 'soft hyphen',
  0x034f: 'combining grapheme joiner',
  0x180e: 'Mongolian vowel separator',
  0x200b: 'zero-width space',
  0x200c: 'zero-width non-joiner',
  0x200d: 'zero-width joiner',
  0x200e: 'left-to-right mark',
  0x200f: 'right-to-left mark',
  0x202a: 'left-to-right embedding',
  0x202b: 'right-to-left embedding',
  0x202c: 'pop directional formatting',
  0x202d: 'left-to-right override',
  0x202e: 'right-to-left override',
  0x2060: 'word joiner',
  0x2061: 'invisible function application',
  0x2062: 'invisible times',
  0x2063: 'invisible separator',
  0x2064: 'invisible plus',
  0x2066: 'left-to-right isolate',
  0x2067: 'right-to-left isolate',
  0x2068: 'first strong isolate',
  0x2069: 'pop directional isolate',
};

const SPACE_NAMES: Readonly<Record<number, string>> = {
  0x00a0: 'non-breaking space',
  0x1680: 'Ogham space',
  0x2007: 'figure space',
  0x202f: 'narrow non-breaking space',
  0x205f: 'medium mathematical space',
  0x3000: 'ideographic space',
};

const QUOTE_NAMES: Readonly<Record<number, string>> = {
  0x2018: 'typographic quote ‘',
  0x2019: 'typographic quote ’',
  0x201a: 'typographic quote ‚',
  0x201b: 'typographic quote ‛',
  0x201c: 'typographic quote “',
  0x201d: 'typographic quote ”',
  0x201e: 'typographic quote „',
  0x201f: 'typographic quote ‟',
  0x2032: 'prime ′',
  0x2033: 'double prime ″',
  0x00ab: 'guillemet «',
  0x00bb: 'guillemet »',
  0x2039: 'guillemet ‹',
  0x203a: 'guillemet ›',
  0xff02: 'full-width quote ＂',
  0xff07: 'full-width quote ＇',
};

/** Non-ASCII letters that render like ASCII ones: [code point, ASCII, certain]. */
const LOOK_ALIKES: readonly (readonly [number, string, boolean])[] = [
  // Cyrillic
  [0x0430, 'a', true], [0x0435, 'e', true], [0x043e, 'o', true], [0x0440, 'p', true], [0x0441, 'c', true],
  [0x0443, 'y', true], [0x0445, 'x', true], [0x0455, 's', true], [0x0456, 'i', true], [0x0458, 'j', true],
  [0x04bb, 'h', true], [0x0501, 'd', true], [0x051b, 'q', true], [0x051d, 'w', true],
  [0x0410, 'A', true], [0x0412, 'B', true], [0x0415, 'E', true], [0x041a, 'K', true], [0x041c, 'M', true],
  [0x041d, 'H', true], [0x041e, 'O', true], [0x0420, 'P', true], [0x0421, 'C', true], [0x0422, 'T', true],
  [0x0425, 'X', true], [0x0405, 'S', true], [0x0408, 'J', true], [0x04ae, 'Y', true], [0x051a, 'Q', true],
  [0x051c, 'W', true], [0x0406, 'I', false], [0x04c0, 'I', false],
  // Greek
  [0x0391, 'A', true], [0x0392, 'B', true], [0x0395, 'E', true], [0x0396, 'Z', true], [0x0397, 'H', true],
  [0x039a, 'K', true], [0x039c, 'M', true], [0x039d, 'N', true], [0x039f, 'O', true], [0x03a1, 'P', true],
  [0x03a4, 'T', true], [0x03a5, 'Y', true], [0x03a7, 'X', true], [0x03bf, 'o', true], [0x03bd, 'v', true],
  [0x0399, 'I', false],
  // Latin
  [0x0131, 'i', false],
  // Dashes that word processors and chat apps substitute for `-`
  [0x2010, '-', true], [0x2011, '-', true], [0x2012, '-', true], [0x2013, '-', true], [0x2014, '-', true],
  [0x2015, '-', true], [0x2212, '-', true], [0xfe58, '-', true], [0xfe63, '-', true],
];

const LOOK_ALIKE_NAMES: Readonly<Record<number, string>> = { 0x2013: 'en dash', 0x2014: 'em dash', 0x2212: 'minus sign' };

const lookAlikes = new Map(LOOK_ALIKES.map(([code, ascii, certain]) => [code, { ascii, certain }]));

function scriptName(code: number): string {
  if (code >= 0x0400 && code <= 0x052f) return 'Cyrillic';
  if (code >= 0x0370 && code <= 0x03ff) return 'Greek';
  if (code >= 0xff00 && code <= 0xffef) return 'full-width';
  if (code >= 0x2010 && code <= 0x2015) return 'typographic dash';
  return 'non-ASCII';
}

/**
 * What a character is doing in a key, when it is one that copy and paste smuggles in: an invisible
 * formatting character, a byte-order mark, a non-ASCII space, a typographic quote or a look-alike
 * of an ASCII letter. ASCII whitespace is not here: key-whitespace owns it.
 */
export function suspiciousCharacter(character: string): SuspiciousCharacter | undefined {
  const code = character.codePointAt(0);
  if (code === undefined) return undefined;
  // Printable ASCII, tab, CR and LF (nearly every character of every key) are never suspicious.
  if ((code >= 0x20 && code < 0x7f) || code === 0x09 || code === 0x0a || code === 0x0d) return undefined;
  const codePoint = codePointLabel(character);
  if (code === 0xfeff) return { kind: 'byte-order-mark', name: 'byte-order mark', codePoint, replacement: '', certain: true };
  const invisible = INVISIBLE_NAMES[code] ?? (code >= 0xfe00 && code <= 0xfe0f ? 'variation selector' : undefined);
  if (invisible !== undefined) return { kind: 'invisible', name: invisible, codePoint, replacement: '', certain: true };
  if ((code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) || (code >= 0x7f && code <= 0x9f)) {
    return { kind: 'invisible', name: 'control character', codePoint, replacement: '', certain: true };
  }
  const space = SPACE_NAMES[code] ?? (code >= 0x2000 && code <= 0x200a ? 'typographic space' : undefined);
  if (space !== undefined) return { kind: 'space', name: space, codePoint, replacement: '', certain: true };
  const quote = QUOTE_NAMES[code];
  if (quote !== undefined) return { kind: 'quote', name: quote, codePoint, replacement: '', certain: true };
  const lookAlike = lookAlikes.get(code);
  if (lookAlike !== undefined) {
    const name = LOOK_ALIKE_NAMES[code] ?? `${scriptName(code)} ${character}`;
    return { kind: 'look-alike', name, codePoint, replacement: lookAlike.ascii, certain: lookAlike.certain };
  }
  // Full-width forms of ASCII (IME input): `ｓｋ－` for `sk-`.
  if (code >= 0xff01 && code <= 0xff5e) {
    return { kind: 'look-alike', name: `full-width ${character}`, codePoint, replacement: String.fromCharCode(code - 0xfee0), certain: true };
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Quotes around a value
// ---------------------------------------------------------------------------------------------

/** Opening quote → the closing quotes that pair with it. */
const QUOTE_PAIRS = lookupTable<string>({
  '"': '"',
  "'": "'",
  '`': '`',
  '\u201c': '\u201d\u201c',
  '\u201d': '\u201d',
  '\u2018': '\u2019\u2018',
  '\u2019': '\u2019',
  '\u201e': '\u201c\u201d',
  '\u201a': '\u2018\u2019',
  '\u00ab': '\u00bb',
  '\u00bb': '\u00ab',
  '\u2039': '\u203a',
  '\uff02': '\uff02',
  '\uff07': '\uff07',
});

const QUOTE_WORDS = lookupTable<string>({
  '"': 'a double quote (")',
  "'": "a single quote (')",
  '`': 'a backtick (`)',
});

/** Every opening and closing quote of QUOTE_PAIRS. */
const QUOTE_CHARACTERS = new Set([...Object.keys(QUOTE_PAIRS), ...Object.values(QUOTE_PAIRS).flatMap((closers) => [...closers])]);

/** True for ASCII and typographic quote characters. */
export function isQuoteCharacter(character: string): boolean {
  return character.length === 1 && QUOTE_CHARACTERS.has(character);
}

/** "a double quote (")", "a typographic quote “". */
export function quoteName(character: string): string {
  return QUOTE_WORDS[character] ?? `a ${suspiciousCharacter(character)?.name ?? `quote ${character}`}`;
}

/** True when `open … close` is a matching pair of quotes. */
export function quotesPair(open: string, close: string): boolean {
  return QUOTE_PAIRS[open]?.includes(close) === true;
}

/** The part of a value between leading and trailing ASCII whitespace (key-whitespace owns that). */
export function coreSpan(value: string): { start: number; end: number } {
  let start = 0;
  while (start < value.length && isAsciiWhitespace(value.charCodeAt(start))) start += 1;
  let end = value.length;
  while (end > start && isAsciiWhitespace(value.charCodeAt(end - 1))) end -= 1;
  return { start, end };
}

// ---------------------------------------------------------------------------------------------
// The key as the user meant it
// ---------------------------------------------------------------------------------------------

/** A key as the user meant it, with where each of its characters sits in the original value. */
export interface CleanedKey {
  readonly text: string;
  /** UTF-16 offset in the original value of each UTF-16 unit of `text`. */
  readonly offsets: readonly number[];
}

function isWhitespaceUnit(unit: { readonly text: string }): boolean {
  return unit.text.trim().length === 0;
}

/** Printable ASCII, tab, CR and LF: characters that cleaning keeps as they are. */
const PLAIN_ASCII = /^[\t\n\r\x20-\x7e]*$/;

function isAsciiWhitespace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d;
}

/** `cleanKey` for plain ASCII, where no character is mapped or dropped: only the ends are trimmed and unquoted. */
function plainKeySpan(value: string): { start: number; end: number } {
  let start = 0;
  let end = value.length;
  const trim = (): void => {
    while (start < end && isAsciiWhitespace(value.charCodeAt(start))) start += 1;
    while (end > start && isAsciiWhitespace(value.charCodeAt(end - 1))) end -= 1;
  };
  trim();
  while (end > start) {
    const first = value.charAt(start);
    const last = value.charAt(end - 1);
    if (end - start >= 2 && quotesPair(first, last)) {
      start += 1;
      end -= 1;
    } else if (isQuoteCharacter(first)) start += 1;
    else if (isQuoteCharacter(last)) end -= 1;
    else break;
    trim();
  }
  return { start, end };
}

/**
 * The value with what the character and quote rules report taken out: surrounding whitespace,
 * invisible characters, look-alikes mapped to ASCII, quotes around it, typographic quotes inside.
 * Format and provider checks judge this, so that one pasted `\r` is reported once, by
 * key-whitespace, not again as a bad charset. ASCII quotes inside the key stay, for key-format.
 */
export function cleanKey(value: string): CleanedKey {
  if (PLAIN_ASCII.test(value)) {
    const { start, end } = plainKeySpan(value);
    const plainOffsets: number[] = [];
    for (let offset = start; offset < end; offset += 1) plainOffsets.push(offset);
    return { text: value.slice(start, end), offsets: plainOffsets };
  }
  let units: { text: string; index: number }[] = [];
  let index = 0;
  for (const character of value) {
    const suspicious = suspiciousCharacter(character);
    const text = suspicious === undefined || suspicious.kind === 'quote' ? character : suspicious.kind === 'space' ? ' ' : suspicious.replacement;
    if (text.length > 0) units.push({ text, index });
    index += character.length;
  }
  // Indices, not shift()/slice(): trimming 100k pasted spaces must stay linear.
  let first = 0;
  let last = units.length;
  const trim = (): void => {
    while (first < last && isWhitespaceUnit(units[first] as { text: string })) first += 1;
    while (first < last && isWhitespaceUnit(units[last - 1] as { text: string })) last -= 1;
  };
  trim();
  while (first < last) {
    const head = (units[first] as { text: string }).text;
    const tail = (units[last - 1] as { text: string }).text;
    if (last - first >= 2 && quotesPair(head, tail)) {
      first += 1;
      last -= 1;
    } else if (isQuoteCharacter(head)) first += 1;
    else if (isQuoteCharacter(tail)) last -= 1;
    else break;
    trim();
  }
  units = units.slice(first, last);
  units = units.filter((unit) => suspiciousCharacter(unit.text)?.kind !== 'quote');
  const offsets: number[] = [];
  for (const unit of units) for (let offset = 0; offset < unit.text.length; offset += 1) offsets.push(unit.index + offset);
  return { text: units.map((unit) => unit.text).join(''), offsets };
}

/** `cleanKey(value).text`. */
export function cleanKeyCandidate(value: string): string {
  if (PLAIN_ASCII.test(value)) {
    const { start, end } = plainKeySpan(value);
    return value.slice(start, end);
  }
  return cleanKey(value).text;
}

// ---------------------------------------------------------------------------------------------
// Shapes
// ---------------------------------------------------------------------------------------------

const ASCENDING_ALPHABETS = ['abcdefghijklmnopqrstuvwxyz', 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', '0123456789'];

function hasLongRun(text: string, length: number): boolean {
  let run = 1;
  for (let index = 1; index < text.length; index += 1) {
    run = text.charCodeAt(index) === text.charCodeAt(index - 1) ? run + 1 : 1;
    if (run >= length) return true;
  }
  return false;
}

/** For each ASCII code, 1 + the index of the ASCENDING_ALPHABETS it is in (they are contiguous ranges of ASCII); 0 for none. */
const ALPHABET_OF_CODE = new Uint8Array(128);
ASCENDING_ALPHABETS.forEach((alphabet, index) => {
  for (let position = 0; position < alphabet.length; position += 1) ALPHABET_OF_CODE[alphabet.charCodeAt(position)] = index + 1;
});

/** Which of the ASCENDING_ALPHABETS a UTF-16 unit is in, -1 for none. */
function alphabetOf(code: number): number {
  return code < 128 ? (ALPHABET_OF_CODE[code] as number) - 1 : -1;
}

/** A window of `length` units that is a piece of one of the alphabets: each unit one above the one before, all in that alphabet. */
function hasAscendingSequence(text: string, length: number): boolean {
  let run = 0;
  let previousCode = -1;
  let previousAlphabet = -1;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    const alphabet = alphabetOf(code);
    run = alphabet === -1 ? 0 : alphabet === previousAlphabet && code === previousCode + 1 ? run + 1 : 1;
    if (run >= length) return true;
    previousCode = code;
    previousAlphabet = alphabet;
  }
  return false;
}

/**
 * True when a body reads like random key material rather than something typed by a person
 * (`xxxxxxxx…`, `abcdefgh…`, `1234567890`): random bodies of key length practically never
 * contain seven equal or ascending characters in a row, nor use only a handful of characters.
 */
export function looksRandom(body: string): boolean {
  if (hasLongRun(body, 7) || hasAscendingSequence(body, 7)) return false;
  // Enough distinct characters; counting stops as soon as there are.
  const needed = Math.min(8, Math.ceil(body.length / 4));
  const seen = new Set<string>();
  if (seen.size >= needed) return true;
  for (const character of body) {
    seen.add(character);
    if (seen.size >= needed) return true;
  }
  return false;
}

/**
 * The shape a value was meant to have: the most specific shape of the provider whose prefix it
 * has, else the provider's prefix-less shape (Mistral, Cohere); undefined when it has none of the
 * provider's prefixes.
 */
export function intendedShapeOf(candidate: string, shapes: readonly KeyShape[]): KeyShape | undefined {
  return shapes.find((shape) => shape.prefix.length > 0 && candidate.startsWith(shape.prefix)) ?? shapes.find((shape) => shape.contextOnly === true);
}

const JSON_WEB_TOKEN = /^eyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]*$/;
/** OAuth access tokens that providers accept as Bearer credentials: Google's `ya29.`, Anthropic's `sk-ant-oat01-`. */
const ACCESS_TOKEN_PREFIXES = ['ya29.', 'sk-ant-oat'];

/**
 * A token rather than an API key: a JWT (Microsoft Entra ID, a gateway's session) or an OAuth
 * access token. Such credentials are valid in a Bearer header and follow no key shape.
 */
export function isAccessToken(candidate: string): boolean {
  return JSON_WEB_TOKEN.test(candidate) || ACCESS_TOKEN_PREFIXES.some((prefix) => candidate.startsWith(prefix) && candidate.length > prefix.length + 16);
}

const PLAUSIBLE_KEY = /^[A-Za-z0-9._~+/=-]{20,512}$/;

/**
 * A value that could be a key of a format keylint does not know yet: key characters only, a key's
 * length, random-looking. Providers change formats without notice; such a value is not damaged.
 */
export function isPlausibleUnknownKey(candidate: string): boolean {
  return PLAUSIBLE_KEY.test(candidate) && looksRandom(candidate);
}

/** True when `value` fits this shape: prefix, length range, charset, marker, ending, randomness. */
export function matchesShape(value: string, shape: KeyShape): boolean {
  if (!value.startsWith(shape.prefix)) return false;
  if (value.length < shape.minLength || value.length > shape.maxLength) return false;
  const body = value.slice(shape.prefix.length);
  if (!shape.bodyCharacters.test(body)) return false;
  if (shape.marker !== undefined && !body.includes(shape.marker)) return false;
  if (shape.suffix !== undefined && !body.endsWith(shape.suffix)) return false;
  return looksRandom(body.replace(shape.marker ?? '\u0000', ''));
}

/**
 * The known shape a value has, judged by prefix, charset, plausible length, marker and how random
 * the body looks. Prefix-less shapes (Mistral, Cohere, Azure OpenAI) only count when `provider`
 * says the context is that provider. Undefined for anything that is not recognisably a key.
 */
export function keyShapeOf(value: string, provider?: ProviderId): KeyShape | undefined {
  if (value.length < SHORTEST_KEY_LENGTH) return undefined;
  let shapeOf = shapeOfByProvider.get(provider);
  if (shapeOf === undefined) {
    shapeOf = memoize((candidate: string) => keyShapes.find((shape) => (shape.contextOnly !== true || shape.provider === provider) && matchesShape(candidate, shape)), RECENT_VALUES);
    shapeOfByProvider.set(provider, shapeOf);
  }
  return shapeOf(value);
}

/** Shorter values fit no shape (most values in a .env file): no need to look. */
const SHORTEST_KEY_LENGTH = Math.min(...keyShapes.map((shape) => shape.minLength));

function isAsciiKeyCharacter(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39) || code === 0x2d || code === 0x5f || code === 0x2e;
}

/** Non-ASCII and control characters: cleaning may map them to key characters or drop them. */
function mayBeCleanedAway(code: number): boolean {
  return code >= 0x7f || (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d);
}

/**
 * False when no key shape can come out of `cleanKeyCandidate(value)`. Cleaning only trims and
 * unquotes the ends, maps look-alikes and drops invisible characters; every ASCII letter, digit,
 * `-`, `_` and `.` (Google's `AQ.` keys) stays where it is, and no ASCII space, quote or punctuation may remain inside a key.
 * So all the value's ASCII key characters must sit in one run of key characters and characters
 * cleaning may map or drop, and that run must be at least as long as the shortest key. Code and
 * prose (most string literals of a code base) fail at their second word, before any cleaned copy
 * is built.
 */
export function mayHoldKey(value: string): boolean {
  let run = 0;
  let longestRun = 0;
  let runHasKeyCharacter = false;
  /** Length of the run holding the ASCII key characters, once that run has ended; -1 before. */
  let keyRun = -1;
  for (let index = 0; index < value.length; index += 1) {
    const code = value.charCodeAt(index);
    if (isAsciiKeyCharacter(code)) {
      if (keyRun !== -1) return false;
      run += 1;
      runHasKeyCharacter = true;
    } else if (mayBeCleanedAway(code)) {
      run += 1;
    } else {
      if (runHasKeyCharacter) keyRun = run;
      run = 0;
      runHasKeyCharacter = false;
    }
    if (run > longestRun) longestRun = run;
  }
  if (runHasKeyCharacter) keyRun = run;
  return (keyRun === -1 ? longestRun : keyRun) >= SHORTEST_KEY_LENGTH;
}

/**
 * Every key rule asks for the shape of the fact it is checking, after the adapter asked for every
 * value of the file: the answers for about one file's values are kept (a bounded few, so no
 * large amount of text is held on to).
 */
const RECENT_VALUES = 64;
const shapeOfByProvider = new Map<ProviderId | undefined, (value: string) => KeyShape | undefined>();

/** The shapes of one provider's keys, most specific prefix first. */
export function keyShapesOfProvider(provider: ProviderId): KeyShape[] {
  return keyShapes.filter((shape) => shape.provider === provider).sort((left, right) => right.prefix.length - left.prefix.length);
}

/**
 * The key family a value claims by its prefix alone (`sk-ant-api03-` → Anthropic), whatever its
 * length or body: a truncated or mangled key still says where it came from. The most specific
 * prefix wins; the bare `sk-` comes back as the ambiguous OpenAI shape.
 */
export function keyFamilyOf(value: string): KeyShape | undefined {
  const prefix = knownKeyPrefixes.find((candidate) => value.startsWith(candidate));
  if (prefix === undefined) return undefined;
  return keyShapes.find((shape) => shape.prefix === prefix);
}

/** Below this many characters after a family prefix, the prefix alone proves nothing (`hf_x`). */
const FAMILY_EVIDENCE_LENGTH = 8;

/**
 * The provider a value's key certainly belongs to, from its shape or, for a mangled key, from a
 * prefix no other provider uses. The bare `sk-` without OpenAI's marker proves nothing: DeepSeek,
 * LiteLLM proxies and others use it too.
 */
export function keyProviderOf(value: string): ProviderId | undefined {
  const shape = keyShapeOf(value);
  if (shape !== undefined && (shape.ambiguous !== true || shape.marker !== undefined)) return shape.provider;
  const family = keyFamilyOf(value);
  if (family === undefined || family.ambiguous === true) return undefined;
  return value.length - family.prefix.length >= FAMILY_EVIDENCE_LENGTH ? family.provider : undefined;
}

// ---------------------------------------------------------------------------------------------
// Names
// ---------------------------------------------------------------------------------------------

/** `openaiApiKey` → `OPENAI_API_KEY`, `x-api-key` → `X_API_KEY`. */
export function toConstantCase(name: string): string {
  return constantCaseOf(name);
}

/** Names repeat (every key rule asks about the same variable): each is converted once. */
const constantCaseOf = memoize((name: string): string =>
  name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1_$2')
    .replace(/[^A-Za-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .toUpperCase(),
);

const KEY_WORD_ENDINGS: readonly (readonly string[])[] = [
  ['API', 'KEY'],
  ['APIKEY'],
  ['ACCESS', 'KEY'],
  ['SECRET', 'KEY'],
  ['SECRET'],
  ['TOKEN'],
  ['BEARER'],
  ['API', 'TOKEN'],
  ['AUTH', 'KEY'],
];
const COUNTING_WORDS = new Set(['MAX', 'MIN', 'NUM', 'COUNT', 'TOTAL', 'LIMIT', 'MAXIMUM', 'MINIMUM', 'NEXT', 'PAGE', 'CSRF', 'XSRF']);
const PROVIDER_NAME_WORDS = new Set(providers.flatMap((provider) => provider.nameHints.flatMap((hint) => hint.split('_'))));

/**
 * True when a variable, option or header name says it holds an API key, token or secret:
 * `OPENAI_API_KEY`, `apiKey`, `x-api-key`, `MY_BOT_TOKEN`, `OPENAI_KEY`, `JWT_SECRET`. Not
 * `MAX_TOKENS`, `TOKEN_URL`, `KEY_ID`, `PRIMARY_KEY`.
 */
export function isKeyName(name: string, extraKeyNames: readonly string[] = []): boolean {
  return extraKeyNames.includes(name) || isKeyNameCached(name);
}

const isKeyNameCached = memoize(isKeyNameWithoutExtras);

function isKeyNameWithoutExtras(name: string): boolean {
  if (providers.some((provider) => provider.keyEnvNames.includes(name))) return true;
  const words = toConstantCase(name).split('_').filter((word) => word.length > 0);
  if (words.length === 0) return false;
  const last = words[words.length - 1] as string;
  const beforeLast = words[words.length - 2];
  // `OPENAI_KEY`, `anthropicKey`: a provider name then KEY.
  if (last === 'KEY' && beforeLast !== undefined && PROVIDER_NAME_WORDS.has(beforeLast)) return true;
  const ending = KEY_WORD_ENDINGS.find((candidate) => candidate.every((word, index) => words[words.length - candidate.length + index] === word));
  if (ending === undefined) return false;
  const before = words[words.length - ending.length - 1];
  return before === undefined || !COUNTING_WORDS.has(before);
}

/**
 * The provider a key's name points at, strictly: the SDK's own variable (`ANTHROPIC_API_KEY`), or a
 * provider word right before the key word (`MY_GROQ_API_KEY`, `openaiKey`). `GOOGLE_CLIENT_SECRET`
 * and `AZURE_STORAGE_KEY` name no AI provider.
 */
export function providerForKeyName(name: string): ProviderId | undefined {
  return providerForKeyNameCached(name);
}

/** Provider name hints, longest first (so AZURE_OPENAI beats OPENAI), each with the key-name pattern it makes. */
const KEY_NAME_HINTS = providers
  .flatMap((provider) => provider.nameHints.map((hint) => ({ hint, id: provider.id })))
  .sort((left, right) => right.hint.length - left.hint.length)
  .map(({ hint, id }) => ({ id, pattern: new RegExp(`(?:^|_)${hint}_(?:API_?)?(?:KEY|TOKEN|SECRET_KEY)$`) }));

const providerForKeyNameCached = memoize((name: string): ProviderId | undefined => {
  const constant = toConstantCase(name);
  const exact = providers.find((provider) => provider.keyEnvNames.includes(constant));
  if (exact !== undefined) return exact.id;
  // Every hint pattern ends in KEY or TOKEN: other names need no look at the hints.
  if (!constant.endsWith('KEY') && !constant.endsWith('TOKEN')) return undefined;
  return KEY_NAME_HINTS.find(({ pattern }) => pattern.test(constant))?.id;
});

// ---------------------------------------------------------------------------------------------
// Where a key goes
// ---------------------------------------------------------------------------------------------

export interface KeyContext {
  /** The provider whose key this must be, when something says so. */
  readonly provider?: ProviderId;
  /** What said so. */
  readonly source?: 'destination' | 'client' | 'name';
  /** The request goes to a server that is not a known provider: a gateway, a proxy, a local model server. */
  readonly gateway: boolean;
  /** The request goes to this machine or the local network (Ollama, LM Studio, vLLM). */
  readonly local: boolean;
  readonly destination?: URL;
}

/**
 * Which provider a key fact must belong to. The destination wins, because that is who will read
 * the key; a destination that is no provider's host (a gateway or local server) accepts whatever
 * it was configured to accept, so it implies nothing. Without a destination: the provider the
 * adapter knows (the SDK constructor), then the variable name.
 */
export function keyContextOf(fact: KeyFact): KeyContext {
  const destination = fact.destination === undefined ? undefined : parseHttpUrl(fact.destination);
  if (destination !== undefined) {
    const provider = providerForDestination(destination);
    if (provider !== undefined) return { provider: provider.id, source: 'destination', gateway: false, local: false, destination };
    return { gateway: true, local: isLocalHost(destination.hostname), destination };
  }
  if (fact.provider !== undefined) return { provider: fact.provider, source: 'client', gateway: false, local: false };
  const named = fact.name === undefined ? undefined : providerForKeyName(fact.name);
  return named === undefined ? { gateway: false, local: false } : { provider: named, source: 'name', gateway: false, local: false };
}

// ---------------------------------------------------------------------------------------------
// Evidence
// ---------------------------------------------------------------------------------------------

/**
 * Why a value is judged as an API key at all. A name alone (`token`, `secret`, `apiKey`) is no
 * evidence: most such values in real code are a parser's token, a session secret or a test's
 * stand-in, and have nothing to do with an AI provider.
 */
export interface KeyEvidence {
  /**
   * `shape`: the value has a known provider key shape (a leak wherever it is);
   * `destination`: it is sent to a provider's API host;
   * `client`: it is an option of a provider SDK's client;
   * `header`: it is in a header only one provider reads (`x-goog-api-key`);
   * `variable`: it sits in a provider's variable (`OPENAI_API_KEY=`, `MY_GROQ_API_KEY=`) outside code;
   * `declared`: the user's config lists the variable as a key.
   */
  readonly kind: 'shape' | 'destination' | 'client' | 'header' | 'variable' | 'declared';
  readonly provider?: ProviderId;
}

/** Key headers that one provider alone reads; `authorization`, `x-api-key` and `api-key` are everyone's. */
const GENERIC_KEY_HEADERS = new Set(['authorization', 'x-api-key', 'api-key', 'proxy-authorization']);
const PROVIDER_KEY_HEADERS = new Map(
  providers.filter((provider) => !GENERIC_KEY_HEADERS.has(provider.auth.header)).map((provider) => [provider.auth.header, provider.id] as const),
);

const PROVIDER_OF_KEY_ENV_NAME = new Map(providers.flatMap((provider) => provider.keyEnvNames.map((name) => [name, provider.id] as const)));

/** The provider whose SDK reads exactly this variable for its key (`ANTHROPIC_API_KEY`); undefined for any other name. */
export function providerOfKeyVariable(name: string): ProviderId | undefined {
  return PROVIDER_OF_KEY_ENV_NAME.get(name);
}

/**
 * The evidence that a key fact is an API credential, or undefined when there is none and no key
 * rule may judge it. In code a variable or property name is not evidence (an `openaiApiKey` field
 * of an alias table holds a field name) unless it is a provider's own variable; in `.env` files, environment exports and collection
 * variables the name is the variable the SDK reads.
 */
export function keyEvidenceOf(fact: KeyFact): KeyEvidence | undefined {
  if (mayHoldKey(fact.value)) {
    const shape = keyShapeOf(cleanKeyCandidate(fact.value));
    if (shape !== undefined) return { kind: 'shape', provider: shape.provider };
  }
  const destination = fact.destination === undefined ? undefined : parseHttpUrl(fact.destination);
  const destinationProvider = destination === undefined ? undefined : providerForDestination(destination);
  if (destinationProvider !== undefined) return { kind: 'destination', provider: destinationProvider.id };
  if (fact.evidence === 'client') return { kind: 'client', ...(fact.provider === undefined ? {} : { provider: fact.provider }) };
  const headerProvider = fact.name === undefined ? undefined : PROVIDER_KEY_HEADERS.get(fact.name.toLowerCase());
  if (headerProvider !== undefined) return { kind: 'header', provider: headerProvider };
  if (fact.name !== undefined) {
    // In code only a provider's own variable written as such (`const MISTRAL_API_KEY = …`) says so.
    const named = fact.origin.medium === 'code' ? PROVIDER_OF_KEY_ENV_NAME.get(fact.name) : providerForKeyName(fact.name);
    if (named !== undefined) return { kind: 'variable', provider: named };
  }
  if (fact.evidence === 'declared') return { kind: 'declared' };
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Placeholders
// ---------------------------------------------------------------------------------------------

export type PlaceholderKind = 'empty' | 'placeholder' | 'masked' | 'unexpanded' | 'variable-name';

export interface Placeholder {
  readonly kind: PlaceholderKind;
  /** The variable named, for `unexpanded` and `variable-name`. */
  readonly variable?: string;
}

const UNEXPANDED_PATTERNS: readonly RegExp[] = [
  /^\$\{([A-Za-z_][A-Za-z0-9_]*)(?::?[-=?+][^}]*)?\}$/,
  /^\$([A-Za-z_][A-Za-z0-9_]*)$/,
  /^%([A-Za-z_][A-Za-z0-9_]*)%$/,
  /^\$env:([A-Za-z_][A-Za-z0-9_]*)$/i,
  /^(?:process\.env|import\.meta\.env|Deno\.env\.get\(|os\.environ|os\.getenv\()\.?\[?\(?["']?([A-Za-z_][A-Za-z0-9_]*)["']?[\])]*$/,
  /^os\.environ\.get\(["']([A-Za-z_][A-Za-z0-9_]*)["'].*\)$/,
];

/**
 * Mask characters dashboards and logs use to hide the middle of a key. Only `.test()`ed, so the
 * fixed-length alternatives match the same strings without backtracking through a 6 MB run.
 */
const MASK_RUN = /\*{3}|[\u2022\u25cf\u00b7]{2}|\u2026|\.{3}|[xX]{6}/;
const MASK_CHARACTERS = /[*\u2022\u25cf\u00b7\u2026.xX]/g;

const PLACEHOLDER_PHRASES = new Set([
  'changeme', 'change_me', 'replaceme', 'replace_me', 'dummy', 'dummy_key', 'dummy_api_key', 'dummy_token',
  'test', 'testing', 'test_key', 'test_api_key', 'test_token', 'fake', 'fake_key', 'fake_api_key', 'placeholder',
  'example', 'example_key', 'sample', 'sample_key', 'undefined', 'null', 'none', 'nil', 'false', 'true', 'todo',
  'tbd', 'fixme', 'secret', 'key', 'api_key', 'apikey', 'token', 'my_key', 'my_api_key', 'mykey', 'myapikey',
  'my_token', 'foo', 'bar', 'foobar', 'abc', 'abc123', 'password', 'sk', 'na', 'n_a', 'empty', 'missing',
  'not_set', 'notset', 'unset', 'default', 'demo', 'invalid', 'blank', 'required', 'redacted', 'hidden', 'secret_key',
  'insert_key', 'add_key', 'nokey', 'no_key',
]);
const KEY_WORDS = new Set(['key', 'apikey', 'token', 'secret', 'api', 'credential', 'credentials']);
const INSTRUCTION_WORDS = new Set(['insert', 'enter', 'paste', 'put', 'add', 'replace', 'set', 'fill']);
const PLACEHOLDER_WORDS = new Set(['placeholder', 'changeme', 'dummy', 'redacted', 'xxx', 'xxxx']);

function knownPrefixOf(value: string): string {
  return knownKeyPrefixes.find((prefix) => value.startsWith(prefix)) ?? '';
}

function unexpandedVariable(value: string): string | undefined {
  for (const pattern of UNEXPANDED_PATTERNS) {
    const match = pattern.exec(value);
    if (match !== null) return match[1];
  }
  return undefined;
}

function isPlaceholderWording(value: string): boolean {
  const normalized = value.toLowerCase().replace(/^[<[({]+|[>\])}]+$/g, '');
  const words = normalized.split(/[^a-z0-9]+/).filter((word) => word.length > 0);
  if (words.length === 0) return true;
  if (PLACEHOLDER_PHRASES.has(words.join('_')) || PLACEHOLDER_PHRASES.has(words.join(''))) return true;
  if (words.some((word) => PLACEHOLDER_WORDS.has(word) || /^x{3,}$/.test(word))) return true;
  const mentionsKey = words.some((word) => KEY_WORDS.has(word) || word.endsWith('key') || word.endsWith('token'));
  if (!mentionsKey) return false;
  if (words.includes('your') || words.includes('yours')) return true;
  if (words[words.length - 1] === 'here') return true;
  return INSTRUCTION_WORDS.has(words[0] as string);
}

/** A short body after a key prefix that a person typed: `sk-123456789`, `sk-abc`, `sk-test`. */
function isTypedBody(body: string): boolean {
  if (body.length >= 20) return false;
  if (/^\d*$/.test(body) || hasLongRun(body, 3) || hasAscendingSequence(body, 4)) return true;
  return isPlaceholderWording(body);
}

const ENV_NAME = /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/;

/**
 * Whether a value is a stand-in rather than a key: empty, a placeholder (`YOUR_API_KEY`,
 * `<your key>`, `sk-xxxx`, `sk-...`, `sk-123456789`, `changeme`, `undefined`), a masked key copied
 * from a dashboard or an error message (`sk-proj-****abcd`, `sk-…abcd`), a variable reference that
 * nothing expanded (`$OPENAI_API_KEY`, `${OPENAI_API_KEY}`, `process.env.X` as a string), or the
 * variable's name instead of its value.
 */
export function placeholderOf(value: string): Placeholder | undefined {
  const candidate = cleanKeyCandidate(value);
  if (candidate.length === 0) return { kind: 'empty' };
  if (keyShapeOf(candidate) !== undefined) return undefined;
  const variable = unexpandedVariable(candidate);
  if (variable !== undefined) return { kind: 'unexpanded', variable };
  if (/^<[^<>]*>$/.test(candidate)) return { kind: 'placeholder' };
  const prefix = knownPrefixOf(candidate);
  const body = candidate.slice(prefix.length);
  if (!/\s/.test(candidate) && MASK_RUN.test(body)) {
    if (body.replace(MASK_CHARACTERS, '').length > 0) return { kind: 'masked' };
    // `sk-proj-****` hides a key; `sk-...` and `sk-xxxx` never had one.
    return prefix.length > 0 && /^[*\u2022\u25cf]+$/.test(body) ? { kind: 'masked' } : { kind: 'placeholder' };
  }
  if (candidate.length <= 100 && isPlaceholderWording(body.length > 0 ? body : candidate)) return { kind: 'placeholder' };
  if (prefix.length > 0 && isTypedBody(body)) return { kind: 'placeholder' };
  if (ENV_NAME.test(candidate) && isKeyName(candidate)) return { kind: 'variable-name', variable: candidate };
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Secrets
// ---------------------------------------------------------------------------------------------

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const TOKEN_CHARACTERS = /^[A-Za-z0-9_.-]+$/;

/** Shannon entropy in bits per character. */
export function shannonEntropy(text: string): number {
  const counts = new Map<string, number>();
  for (const character of text) counts.set(character, (counts.get(character) ?? 0) + 1);
  let entropy = 0;
  for (const count of counts.values()) {
    const probability = count / text.length;
    entropy -= probability * Math.log2(probability);
  }
  return entropy;
}

/** True for base64 that decodes to readable text: an encoded blob, not random key material. */
function isEncodedText(value: string): boolean {
  if (!/^[A-Za-z0-9+/_-]+={0,2}$/.test(value)) return false;
  const standard = value.replace(/-/g, '+').replace(/_/g, '/').replace(/=+$/, '');
  if (standard.length % 4 === 1) return false;
  let decoded: string;
  try {
    decoded = atob(standard.padEnd(Math.ceil(standard.length / 4) * 4, '='));
  } catch {
    return false;
  }
  const printable = [...decoded].filter((character) => /[\x20-\x7e\t\r\n]/.test(character)).length;
  return decoded.length > 0 && printable / decoded.length >= 0.95;
}

/**
 * True for a token that reads like a generated secret: 20–200 token characters, letters and
 * digits, high entropy. Not hex (hashes, commit ids), not UUIDs, not base64 blobs (with `+`, `/`
 * or `=`, or decoding to text), not identifiers or dotted paths.
 */
const PROSE_WORD = /^[A-Za-z][A-Za-z'’]*[,.!?;:]?$/;

/** Three or more words of letters, most of the value: a sentence pasted into the key slot, not a wrapped key. */
export function isProse(text: string): boolean {
  const words = text.split(/\s+/).filter((word) => word.length > 0);
  const proseWords = words.filter((word) => PROSE_WORD.test(word)).length;
  return proseWords >= 3 && proseWords * 2 >= words.length;
}

/** `sk-synthetic-cloudflare-lifecycle-private-83d4`: words joined by dashes, a test's stand-in, not a random key body. */
function isMadeOfWords(value: string): boolean {
  const words = value.split(/[-_.]/).filter((part) => /^[a-z]{3,}$/.test(part));
  return words.length >= 3 && words.join('').length * 2 >= value.length;
}

export function isHighEntropyToken(value: string): boolean {
  if (value.length < 20 || value.length > 200 || !TOKEN_CHARACTERS.test(value) || isMadeOfWords(value)) return false;
  if (UUID.test(value) || /^[0-9a-f]+$/i.test(value) || isEncodedText(value)) return false;
  if (!/[A-Za-z]/.test(value) || !/\d/.test(value)) return false;
  return shannonEntropy(value) >= 3.5 && looksRandom(value);
}

export interface SecretContext {
  /** The variable, option or header name the value is bound to. */
  readonly name?: string;
  /** The provider known for certain, which lets prefix-less keys (Mistral, Cohere, Azure) count. */
  readonly provider?: ProviderId;
  readonly extraKeyNames?: readonly string[];
}

/**
 * True when a value is a real-looking secret: a recognised key shape, or a high-entropy token
 * under a name that says key, token or secret. Placeholders, masked keys, hashes, UUIDs, base64
 * blobs, `sk-learn` and short values are not.
 */
export function looksLikeSecret(value: string, context: SecretContext = {}): boolean {
  const candidate = cleanKeyCandidate(value);
  if (placeholderOf(candidate) !== undefined) return false;
  const provider = context.provider ?? (context.name === undefined ? undefined : providerForKeyName(context.name));
  if (keyShapeOf(candidate, provider) !== undefined) return true;
  return context.name !== undefined && isKeyName(context.name, context.extraKeyNames) && isHighEntropyToken(candidate);
}
