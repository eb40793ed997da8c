import { commandOrParameter, isBlank, isNameCharacter, isNameStart, matchBrace, type Scanner } from './scanner.js';
import type { QuoteStyle } from './types.js';

const ANSI_C_ESCAPES: Readonly<Record<string, string>> = { n: '\n', t: '\t', r: '\r', a: '\u0007', b: '\b', e: '\u001b', E: '\u001b', f: '\f', v: '\v', '\\': '\\', "'": "'", '"': '"', '?': '?' };
const SPECIAL_PARAMETERS = '0123456789@*#?$!-';

interface PendingHeredoc {
  readonly delimiter: string;
  readonly stripTabs: boolean;
}

/**
 * `$…` in bash, unquoted or inside double quotes: parameters, `${…}`, `$(…)`, `$'…'`. Returns
 * the index after what it consumed.
 */
function dollar(scanner: Scanner, index: number, quote: QuoteStyle): number {
  const { text } = scanner;
  const next = text[index + 1];
  if (quote === 'none' && next === "'") return ansiC(scanner, index);
  if (quote === 'none' && next === '"') {
    scanner.consume(index, 1);
    return index + 1;
  }
  if (text.slice(index + 1, index + 5) === 'env:' && isNameStart(text[index + 5])) {
    // PowerShell's syntax: bash expands `$env` (usually empty) and keeps `:NAME`.
    let end = index + 5;
    while (isNameCharacter(text[end])) end += 1;
    scanner.addExpansion(index, end, quote, 'powershell-env', text.slice(index + 5, end), false);
    return end;
  }
  if (next === '{') {
    const end = matchBrace(text, index + 1);
    let nameEnd = index + 2;
    while (isNameCharacter(text[nameEnd])) nameEnd += 1;
    scanner.addExpansion(index, end, quote, 'dollar-brace', text.slice(index + 2, nameEnd), true);
    return end;
  }
  return commandOrParameter(scanner, index, quote, SPECIAL_PARAMETERS);
}

/** `$'…'`: backslash escapes decoded, nothing expanded. */
function ansiC(scanner: Scanner, start: number): number {
  const { text } = scanner;
  scanner.consume(start, 2);
  let index = start + 2;
  while (index < text.length && text[index] !== "'") {
    const character = text.charAt(index);
    if (character !== '\\' || index + 1 >= text.length) {
      scanner.add(character, index, 'ansi-c');
      index += 1;
      continue;
    }
    const escape = text.charAt(index + 1);
    const hex = escape === 'x' ? /^[0-9A-Fa-f]{1,2}/.exec(text.slice(index + 2, index + 4)) : escape === 'u' ? /^[0-9A-Fa-f]{1,4}/.exec(text.slice(index + 2, index + 6)) : null;
    const octal = /^[0-7]{1,3}/.exec(text.slice(index + 1, index + 4));
    if (hex !== null) {
      scanner.add(String.fromCharCode(Number.parseInt(hex[0], 16)), index, 'ansi-c', 2 + hex[0].length);
      index += 2 + hex[0].length;
    } else if (octal !== null) {
      scanner.add(String.fromCharCode(Number.parseInt(octal[0], 8) & 0xff), index, 'ansi-c', 1 + octal[0].length);
      index += 1 + octal[0].length;
    } else {
      scanner.add(ANSI_C_ESCAPES[escape] ?? escape, index, 'ansi-c', 2);
      index += 2;
    }
  }
  scanner.consume(index, index < text.length ? 1 : 0);
  return Math.min(index + 1, text.length);
}

function singleQuoted(scanner: Scanner, start: number): number {
  const { text } = scanner;
  scanner.consume(start, 1);
  const close = text.indexOf("'", start + 1);
  const end = close === -1 ? text.length : close;
  for (let index = start + 1; index < end; index += 1) scanner.add(text.charAt(index), index, 'single');
  if (close !== -1) scanner.consume(close, 1);
  return close === -1 ? end : close + 1;
}

/** Inside `"…"` a backslash escapes only `$`, backtick, `"`, `\` and the line end. */
function doubleQuoted(scanner: Scanner, start: number): number {
  const { text } = scanner;
  scanner.consume(start, 1);
  let index = start + 1;
  while (index < text.length) {
    const character = text.charAt(index);
    if (character === '"') {
      scanner.consume(index, 1);
      return index + 1;
    }
    if (character === '\\') {
      const next = text[index + 1];
      if (next === '\n') index += 2;
      else if (next === '\r' && text[index + 2] === '\n') index += 3;
      else if (next !== undefined && '$`"\\'.includes(next)) {
        // The escaped character keeps its own column, so findings point at it, not at the backslash.
        scanner.consume(index, 1);
        scanner.add(next, index + 1, 'double');
        index += 2;
      } else {
        scanner.add('\\', index, 'double');
        index += 1;
      }
    } else if (character === '$') index = dollar(scanner, index, 'double');
    else if (character === '`') index = backtick(scanner, index, 'double');
    else {
      scanner.add(character, index, 'double');
      index += 1;
    }
  }
  return index;
}

function backtick(scanner: Scanner, start: number, quote: QuoteStyle): number {
  const { text } = scanner;
  let index = start + 1;
  while (index < text.length && text[index] !== '`') index += text[index] === '\\' ? 2 : 1;
  const end = Math.min(index + 1, text.length);
  scanner.addExpansion(start, end, quote, 'command', '', true, scanner.source.slice(start + 1, Math.min(index, text.length)));
  return end;
}

/** Reads the delimiter word after `<<`; quotes are removed (they only turn off expansion in the body). */
function heredocDelimiter(text: string, from: number): { delimiter: string; end: number } {
  let index = from;
  while (isBlank(text[index])) index += 1;
  let delimiter = '';
  while (index < text.length && !/[\s;&|<>()]/.test(text.charAt(index))) {
    const character = text.charAt(index);
    if (character === "'" || character === '"') {
      const close = text.indexOf(character, index + 1);
      const end = close === -1 ? text.length : close;
      delimiter += text.slice(index + 1, end);
      index = end + 1;
    } else if (character === '\\') {
      delimiter += text.charAt(index + 1);
      index += 2;
    } else {
      delimiter += character;
      index += 1;
    }
  }
  return { delimiter, end: Math.min(index, text.length) };
}

/** Skips heredoc bodies that start after the line end at `from`; returns where scanning resumes. */
function skipHeredocBodies(text: string, from: number, pending: readonly PendingHeredoc[]): number {
  let index = from;
  for (const heredoc of pending) {
    while (index < text.length) {
      const lineEnd = text.indexOf('\n', index);
      const end = lineEnd === -1 ? text.length : lineEnd;
      let line = text.slice(index, end).replace(/\r$/, '');
      if (heredoc.stripTabs) line = line.replace(/^\t+/, '');
      index = lineEnd === -1 ? text.length : lineEnd + 1;
      if (line === heredoc.delimiter) break;
    }
  }
  return index;
}

const OPERATOR_PAIRS = ['||', '&&', ';;', '|&'] as const;

/** bash/sh/zsh: quoting, expansions, `\` continuations, comments, operators, redirections, heredocs. */
export function tokenizeBash(scanner: Scanner): void {
  const { text } = scanner;
  let heredocs: PendingHeredoc[] = [];
  while (scanner.index < text.length) {
    if (scanner.lineStart) {
      scanner.lineStart = false;
      if (scanner.skipPrompt()) continue;
    }
    const index = scanner.index;
    const character = text.charAt(index);
    if (character === '\n') {
      scanner.operator('\n', index, index + 1);
      scanner.index = heredocs.length > 0 ? skipHeredocBodies(text, index + 1, heredocs) : index + 1;
      heredocs = [];
      scanner.lineStart = true;
    } else if (character === ' ' || character === '\t' || character === '\r') {
      scanner.finishWord();
      scanner.index += 1;
    } else if (character === '#' && !scanner.inWord()) {
      scanner.skipToLineEnd();
    } else if (character === '\\') {
      const next = text[index + 1];
      const lineEnd = scanner.blankToLineEnd(index + 1);
      if (next === '\n' || (next === '\r' && text[index + 2] === '\n')) scanner.continuation('ok', '\\', index, index + 1);
      else if (lineEnd !== -1 && lineEnd > index + 1 && lineEnd < text.length) scanner.continuation('trailing-space', '\\', index, lineEnd);
      else if (next === undefined) {
        scanner.add('\\', index, 'none');
        scanner.index += 1;
      } else {
        scanner.consume(index, 1);
        scanner.add(next, index + 1, 'none');
        scanner.index += 2;
      }
    } else if (character === "'") {
      scanner.index = singleQuoted(scanner, index);
    } else if (character === '"') {
      scanner.index = doubleQuoted(scanner, index);
    } else if (character === '$') {
      scanner.index = dollar(scanner, index, 'none');
    } else if (character === '`') {
      const lineEnd = scanner.isStandaloneAtLineEnd(index);
      if (lineEnd !== -1 && lineEnd < text.length) scanner.continuation('foreign', '`', index, lineEnd);
      else scanner.index = backtick(scanner, index, 'none');
    } else if (character === '^' && scanner.isStandaloneAtLineEnd(index) !== -1 && scanner.isStandaloneAtLineEnd(index) < text.length) {
      scanner.continuation('foreign', '^', index, scanner.isStandaloneAtLineEnd(index));
    } else if (character === '<' || character === '>' || (character === '&' && text[index + 1] === '>')) {
      redirection(scanner, index, (heredoc) => heredocs.push(heredoc));
    } else if ('|&;()'.includes(character)) {
      const pair = OPERATOR_PAIRS.find((operator) => text.startsWith(operator, index));
      if (pair === undefined) scanner.operator(character as '|' | '&' | ';' | '(' | ')', index, index + 1);
      else scanner.operator(pair === ';;' ? ';' : pair === '|&' ? '|' : pair, index, index + 2);
      scanner.index = index + (pair === undefined ? 1 : 2);
    } else {
      scanner.add(character, index, 'none');
      scanner.index += 1;
    }
  }
  scanner.finishWord();
}

function redirection(scanner: Scanner, index: number, onHeredoc: (heredoc: PendingHeredoc) => void): void {
  const { text } = scanner;
  const descriptor = scanner.currentWordValue();
  // `2>file`: digits glued to the operator name a file descriptor, not an argument.
  if (scanner.inWord() && /^\d+$/.test(descriptor)) scanner.takeWord();
  else scanner.finishWord();
  if (text.startsWith('<<<', index)) {
    scanner.redirect('<<<', true, index, index + 3);
    scanner.index = index + 3;
    return;
  }
  if (text.startsWith('<<', index)) {
    const stripTabs = text[index + 2] === '-';
    const { delimiter, end } = heredocDelimiter(text, index + (stripTabs ? 3 : 2));
    if (delimiter.length > 0) onHeredoc({ delimiter, stripTabs });
    scanner.redirect('<<', false, index, end);
    scanner.index = end;
    return;
  }
  const match = /^(?:&>>?|[<>]&(?:\d+|-)?|>>|>\||<>|[<>])/.exec(text.slice(index, index + 8));
  const operator = match?.[0] ?? text.charAt(index);
  // `>&2` and `<&-` carry their target.
  const takesTarget = !/&(?:\d+|-)$/.test(operator);
  scanner.redirect(operator, takesTarget, index, index + operator.length);
  scanner.index = index + operator.length;
}
