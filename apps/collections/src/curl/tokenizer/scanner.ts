import type { Source } from './source.js';
import type { Continuation, Expansion, ExpansionSyntax, OperatorText, QuoteSegment, QuoteStyle, Shell, Token, TokenizeOptions, Word } from './types.js';

export function isNameStart(character: string | undefined): boolean {
  return character !== undefined && /[A-Za-z_]/.test(character);
}

export function isNameCharacter(character: string | undefined): boolean {
  return character !== undefined && /[A-Za-z0-9_]/.test(character);
}

export function isBlank(character: string | undefined): boolean {
  return character === ' ' || character === '\t';
}

/** Collects the characters of one word together with where each came from. */
class WordBuilder {
  value = '';
  readonly offsets: number[] = [];
  readonly segments: { quote: QuoteStyle; valueStart: number; valueEnd: number }[] = [];
  readonly expansions: Expansion[] = [];
  readonly start: number;
  end: number;

  constructor(start: number) {
    this.start = start;
    this.end = start;
  }

  add(character: string, originalOffset: number, quote: QuoteStyle): void {
    const last = this.segments[this.segments.length - 1];
    if (last !== undefined && last.quote === quote && last.valueEnd === this.value.length) last.valueEnd += character.length;
    else this.segments.push({ quote, valueStart: this.value.length, valueEnd: this.value.length + character.length });
    this.value += character;
    for (let index = 0; index < character.length; index += 1) this.offsets.push(originalOffset);
  }

  build(): Word {
    const segments: QuoteSegment[] = this.segments;
    return {
      kind: 'word',
      value: this.value,
      offsets: [...this.offsets, this.end],
      start: this.start,
      end: this.end,
      segments,
      expansions: this.expansions,
    };
  }
}

/**
 * The state every dialect shares: the cursor, the word being built, the tokens so far. Every
 * dialect moves the cursor forward on every step, which is what makes tokenizing linear.
 */
export class Scanner {
  readonly source: Source;
  readonly text: string;
  readonly shell: Shell;
  readonly options: TokenizeOptions;
  index = 0;
  /** True at the first character of a physical line, for prompt stripping. */
  lineStart = true;
  readonly tokens: Token[] = [];
  readonly continuations: Continuation[] = [];
  private word: WordBuilder | undefined;

  constructor(source: Source, options: TokenizeOptions) {
    this.source = source;
    this.text = source.text;
    this.shell = options.shell;
    this.options = options;
  }

  original(index: number): number {
    return this.source.original(index);
  }

  inWord(): boolean {
    return this.word !== undefined;
  }

  currentWordValue(): string {
    return this.word?.value ?? '';
  }

  /** Starts a word even if it stays empty (`''` is an argument). */
  startWord(index: number): WordBuilder {
    this.word ??= new WordBuilder(this.original(index));
    return this.word;
  }

  /** Adds one character of the source (or a decoded character standing for `length` source characters). */
  add(character: string, index: number, quote: QuoteStyle, length = 1): void {
    const word = this.startWord(index);
    word.add(character, this.original(index), quote);
    word.end = this.original(index + length);
  }

  /** Marks source characters as consumed by the current word without adding to its value (quotes). */
  consume(index: number, length: number): void {
    const word = this.startWord(index);
    word.end = this.original(index + length);
  }

  /** Adds a variable reference or substitution, written in `text[start, end)`, to the current word. */
  addExpansion(start: number, end: number, quote: QuoteStyle, syntax: ExpansionSyntax, name: string, expands: boolean, body?: Source): void {
    const word = this.startWord(start);
    const valueStart = word.value.length;
    for (let index = start; index < end; index += 1) word.add(this.text.charAt(index), this.original(index), quote);
    word.end = this.original(end);
    const originalStart = this.original(start);
    const byOuter = this.options.outerExpanded?.has(originalStart) === true;
    word.expansions.push({
      syntax,
      name,
      text: this.text.slice(start, end),
      quote,
      expands: expands || byOuter,
      expandedByOuterShell: byOuter && !expands,
      start: originalStart,
      end: this.original(end),
      valueStart,
      valueEnd: word.value.length,
      ...(body === undefined ? {} : { body }),
    });
  }

  finishWord(): void {
    if (this.word === undefined) return;
    const word = this.word.build();
    this.word = undefined;
    this.tokens.push(addLiteralReferences(word, this.shell, this.options.outerExpanded));
  }

  /** Drops the word being built and returns its value (a file descriptor number before `>`). */
  takeWord(): string | undefined {
    const value = this.word?.value;
    this.word = undefined;
    return value;
  }

  operator(text: OperatorText, start: number, end: number): void {
    this.finishWord();
    this.tokens.push({ kind: 'operator', text, start: this.original(start), end: this.original(end) });
  }

  redirect(text: string, takesTarget: boolean, start: number, end: number): void {
    this.tokens.push({ kind: 'redirect', text, takesTarget, start: this.original(start), end: this.original(end) });
  }

  /** Index of the line end (or text end) if only spaces and tabs follow `from`, else -1. */
  blankToLineEnd(from: number): number {
    let index = from;
    while (isBlank(this.text[index])) index += 1;
    if (index >= this.text.length) return index;
    if (this.text[index] === '\n') return index;
    if (this.text[index] === '\r' && this.text[index + 1] === '\n') return index;
    return -1;
  }

  /** Index just past the line end at `index` (`\n` or `\r\n`). */
  afterLineEnd(index: number): number {
    if (this.text[index] === '\r') return index + 2;
    return index + 1;
  }

  /**
   * A line continuation at `index` (the continuation character). Bad ones are still treated as
   * continuations so that the rest of the command is read as its author meant; the record says
   * what is wrong with them.
   */
  continuation(kind: Continuation['kind'], character: Continuation['character'], index: number, lineEnd: number): void {
    // Only bash's `\` and cmd's `^` glue the next line onto the current word; PowerShell's backtick
    // and the broken forms end it.
    if (kind !== 'ok' || this.shell === 'powershell') this.finishWord();
    this.continuations.push({ kind, character, start: this.original(index), end: this.original(lineEnd) });
    this.index = lineEnd >= this.text.length ? lineEnd : this.afterLineEnd(lineEnd);
    this.lineStart = true;
  }

  /** A standalone character (preceded by a blank or line start) that ends its line: another shell's continuation. */
  isStandaloneAtLineEnd(index: number): number {
    if (this.inWord()) return -1;
    const previous = this.text[index - 1];
    if (index > 0 && previous !== ' ' && previous !== '\t' && previous !== '\n') return -1;
    return this.blankToLineEnd(index + 1);
  }

  skipToLineEnd(): void {
    const end = this.text.indexOf('\n', this.index);
    this.index = end === -1 ? this.text.length : end;
  }

  /** Strips an interactive prompt at a line start (docs and pasted terminal sessions). */
  skipPrompt(): boolean {
    if (this.options.prompts !== true) return false;
    let index = this.index;
    while (isBlank(this.text[index])) index += 1;
    const rest = this.text.slice(index, index + 260);
    const prompt = this.shell === 'powershell' ? /^PS(?: [^\n>]{0,240})?> ?/.exec(rest) : this.shell === 'cmd' ? /^[A-Za-z]:\\[^\n>]{0,240}> ?/.exec(rest) : /^[$>] /.exec(rest);
    if (prompt === null) return false;
    this.index = index + prompt[0].length;
    return true;
  }
}

/** Index just past the `)` that closes the `(` at `open`, skipping quoted text; the text end if none. */
export function matchParenthesis(text: string, open: number): number {
  let depth = 0;
  let index = open;
  while (index < text.length) {
    const character = text[index];
    if (character === '\\') index += 2;
    else if (character === "'") {
      const close = text.indexOf("'", index + 1);
      index = close === -1 ? text.length : close + 1;
    } else if (character === '"') {
      index += 1;
      while (index < text.length && text[index] !== '"') index += text[index] === '\\' ? 2 : 1;
      index += 1;
    } else {
      if (character === '(') depth += 1;
      else if (character === ')') {
        depth -= 1;
        if (depth === 0) return index + 1;
      }
      index += 1;
    }
  }
  return text.length;
}

/** Index just past the `}` that closes the `{` at `open`; the text end if none. */
export function matchBrace(text: string, open: number): number {
  let depth = 0;
  for (let index = open; index < text.length; index += 1) {
    if (text[index] === '{') depth += 1;
    else if (text[index] === '}') {
      depth -= 1;
      if (depth === 0) return index + 1;
    }
  }
  return text.length;
}

/** The quote style at a value index; calls come in increasing order, so the search resumes where it stopped. */
function quoteFinder(word: Word): (valueIndex: number) => QuoteStyle {
  let cursor = 0;
  return (valueIndex) => {
    while (cursor < word.segments.length && (word.segments[cursor]?.valueEnd ?? 0) <= valueIndex) cursor += 1;
    const segment = word.segments[cursor];
    return segment !== undefined && segment.valueStart <= valueIndex ? segment.quote : 'none';
  };
}

/** Two hex digits: what URL encoding puts after a `%` (`%F0%9F`), never a variable name anyone chose. */
export function isPercentEncoding(name: string): boolean {
  return /^[0-9A-Fa-f]{2}$/.test(name);
}

function nameRunEnd(value: string, from: number): number {
  let index = from;
  while (isNameCharacter(value[index])) index += 1;
  return index;
}

/**
 * Finds the references the running shell leaves as literal text: `$VAR` in bash single quotes,
 * `%VAR%` outside cmd.exe, `$VAR` in cmd.exe, `{{VAR}}` anywhere. Each scan starts at a `$`, `%`
 * or `{` and stops at the first character that cannot continue a name, so runs never overlap
 * and the pass is linear.
 */
function addLiteralReferences(word: Word, shell: Shell, outerExpanded: ReadonlySet<number> | undefined): Word {
  const { value } = word;
  if (!/[$%{]/.test(value)) return word;
  const quoteAt = quoteFinder(word);
  const found: Expansion[] = [];
  // References are found left to right, so one cursor over the scanner's references is enough.
  let cursor = 0;
  const covered = (start: number, end: number): boolean => {
    while (cursor < word.expansions.length && (word.expansions[cursor]?.valueEnd ?? 0) <= start) cursor += 1;
    const next = word.expansions[cursor];
    const last = found[found.length - 1];
    return (next !== undefined && next.valueStart < end) || (last !== undefined && start < last.valueEnd);
  };
  const record = (start: number, end: number, syntax: Expansion['syntax'], name: string): void => {
    if (covered(start, end)) return;
    const originalStart = word.offsets[start] ?? word.start;
    const byOuter = syntax !== 'template' && syntax !== 'percent' && outerExpanded?.has(originalStart) === true;
    found.push({
      syntax,
      name,
      text: value.slice(start, end),
      quote: quoteAt(start),
      expands: byOuter,
      expandedByOuterShell: byOuter,
      start: originalStart,
      end: (word.offsets[end - 1] ?? word.end) + 1,
      valueStart: start,
      valueEnd: end,
    });
  };
  for (let index = 0; index < value.length; index += 1) {
    const character = value[index];
    if (character === '{' && value[index + 1] === '{') {
      let nameStart = index + 2;
      while (isBlank(value[nameStart])) nameStart += 1;
      let nameEnd = nameStart;
      while (nameEnd < value.length && !/[{}\s]/.test(value.charAt(nameEnd))) nameEnd += 1;
      let close = nameEnd;
      while (isBlank(value[close])) close += 1;
      if (nameEnd > nameStart && value.startsWith('}}', close)) {
        record(index, close + 2, 'template', value.slice(nameStart, nameEnd));
        index = close + 1;
      }
    } else if (character === '%' && shell !== 'cmd' && isNameStart(value[index + 1])) {
      const end = nameRunEnd(value, index + 1);
      // `%D2%91`, `%F0%9F%98%80`: URL encoding (two hex digits between the signs), not a cmd.exe variable.
      if (value[end] === '%' && !isPercentEncoding(value.slice(index + 1, end))) {
        record(index, end + 1, 'percent', value.slice(index + 1, end));
        index = end;
      }
    } else if (character === '$') {
      const quote = quoteAt(index);
      if (shell !== 'cmd' && (quote === 'none' || quote === 'double')) continue;
      if (value.slice(index + 1, index + 5).toLowerCase() === 'env:' && isNameStart(value[index + 5])) {
        const end = nameRunEnd(value, index + 5);
        record(index, end, 'powershell-env', value.slice(index + 5, end));
        index = end - 1;
      } else if (value[index + 1] === '{' && isNameStart(value[index + 2])) {
        const end = nameRunEnd(value, index + 2);
        if (value[end] === '}') {
          record(index, end + 1, 'dollar-brace', value.slice(index + 2, end));
          index = end;
        }
      } else if (isNameStart(value[index + 1])) {
        const end = nameRunEnd(value, index + 1);
        record(index, end, 'dollar', value.slice(index + 1, end));
        index = end - 1;
      }
    }
  }
  if (found.length === 0) return word;
  const expansions = [...word.expansions, ...found].sort((left, right) => left.valueStart - right.valueStart);
  return { ...word, expansions };
}

/**
 * The part of `$…` bash and PowerShell share: `$(…)` command substitution, `$NAME`, a one-character
 * special variable, else a literal `$`. Returns the index after what it consumed.
 */
export function commandOrParameter(scanner: Scanner, index: number, quote: QuoteStyle, specialCharacters: string): number {
  const { text } = scanner;
  const next = text[index + 1];
  if (next === '(') {
    const end = matchParenthesis(text, index + 1);
    const bodyEnd = text[end - 1] === ')' ? end - 1 : end;
    scanner.addExpansion(index, end, quote, 'command', '', true, scanner.source.slice(index + 2, Math.max(index + 2, bodyEnd)));
    return end;
  }
  if (isNameStart(next)) {
    let end = index + 1;
    while (isNameCharacter(text[end])) end += 1;
    scanner.addExpansion(index, end, quote, 'dollar', text.slice(index + 1, end), true);
    return end;
  }
  if (next !== undefined && specialCharacters.includes(next)) {
    scanner.addExpansion(index, index + 2, quote, 'dollar', next, true);
    return index + 2;
  }
  scanner.add('$', index, quote);
  return index + 1;
}
