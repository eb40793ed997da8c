import { commandOrParameter, isNameCharacter, isNameStart, matchBrace, type Scanner } from './scanner.js';
import type { QuoteStyle } from './types.js';

const BACKTICK_ESCAPES: Readonly<Record<string, string>> = { n: '\n', t: '\t', r: '\r', '0': '\0', a: '\u0007', b: '\b', f: '\f', v: '\v', e: '\u001b' };
const SPECIAL_VARIABLES = '_?^$';

/** `$env:NAME`, `$NAME`, `${NAME}`, `$(…)` outside single quotes. Returns the index after it. */
function dollar(scanner: Scanner, index: number, quote: QuoteStyle): number {
  const { text } = scanner;
  const next = text[index + 1];
  const scope = /^(env|script|global|local|using|private):/i.exec(text.slice(index + 1, index + 10));
  if (scope !== null && isNameStart(text[index + 1 + scope[0].length])) {
    let end = index + 1 + scope[0].length;
    while (isNameCharacter(text[end])) end += 1;
    const name = text.slice(index + 1 + scope[0].length, end);
    const isEnvironment = scope[1]?.toLowerCase() === 'env';
    scanner.addExpansion(index, end, quote, isEnvironment ? 'powershell-env' : 'dollar', isEnvironment ? name : `${scope[0]}${name}`, true);
    return end;
  }
  if (next === '{') {
    const end = matchBrace(text, index + 1);
    const inner = text.slice(index + 2, Math.max(index + 2, end - 1));
    const environment = /^env:(.+)$/i.exec(inner);
    scanner.addExpansion(index, end, quote, environment === null ? 'dollar-brace' : 'powershell-env', environment?.[1] ?? inner, true);
    return end;
  }
  return commandOrParameter(scanner, index, quote, SPECIAL_VARIABLES);
}

/** `'…'`: nothing expands; `''` is one quote. */
function singleQuoted(scanner: Scanner, start: number): number {
  const { text } = scanner;
  scanner.consume(start, 1);
  let index = start + 1;
  while (index < text.length) {
    if (text[index] === "'") {
      if (text[index + 1] === "'") {
        scanner.add("'", index, 'single', 2);
        index += 2;
        continue;
      }
      scanner.consume(index, 1);
      return index + 1;
    }
    scanner.add(text.charAt(index), index, 'single');
    index += 1;
  }
  return index;
}

/** `"…"`: backtick escapes, `""` is one quote, variables and subexpressions expand. */
function doubleQuoted(scanner: Scanner, start: number): number {
  const { text } = scanner;
  scanner.consume(start, 1);
  let index = start + 1;
  while (index < text.length) {
    const character = text.charAt(index);
    if (character === '"') {
      if (text[index + 1] === '"') {
        scanner.add('"', index, 'double', 2);
        index += 2;
        continue;
      }
      scanner.consume(index, 1);
      return index + 1;
    }
    if (character === '`' && index + 1 < text.length) {
      const escaped = text.charAt(index + 1);
      scanner.add(BACKTICK_ESCAPES[escaped] ?? escaped, index, 'double', 2);
      index += 2;
    } else if (character === '$') index = dollar(scanner, index, 'double');
    else {
      scanner.add(character, index, 'double');
      index += 1;
    }
  }
  return index;
}

/** `@"…"@` and `@'…'@` here-strings: the body runs to a line that starts with the closing pair. */
function hereString(scanner: Scanner, start: number): number {
  const { text } = scanner;
  const quote = text.charAt(start + 1);
  const closing = text.indexOf(`\n${quote}@`, start + 2);
  const end = closing === -1 ? text.length : closing;
  scanner.consume(start, 2);
  for (let index = start + 2; index < end; index += 1) scanner.add(text.charAt(index), index, quote === "'" ? 'single' : 'double');
  return closing === -1 ? end : closing + 3;
}

/**
 * PowerShell: backtick escapes and continues lines, `$env:NAME` is the environment, `$NAME` a
 * script variable, single quotes are literal, `#` and `<# … #>` are comments.
 */
export function tokenizePowerShell(scanner: Scanner): void {
  const { text } = scanner;
  while (scanner.index < text.length) {
    if (scanner.lineStart) {
      scanner.lineStart = false;
      if (scanner.skipPrompt()) continue;
    }
    const index = scanner.index;
    const character = text.charAt(index);
    if (character === '\n') {
      scanner.operator('\n', index, index + 1);
      scanner.index += 1;
      scanner.lineStart = true;
    } else if (character === ' ' || character === '\t' || character === '\r') {
      scanner.finishWord();
      scanner.index += 1;
    } else if (character === '<' && text[index + 1] === '#') {
      const close = text.indexOf('#>', index + 2);
      scanner.finishWord();
      scanner.index = close === -1 ? text.length : close + 2;
    } else if (character === '#' && !scanner.inWord()) {
      scanner.skipToLineEnd();
    } else if (character === '`') {
      const next = text[index + 1];
      const lineEnd = scanner.blankToLineEnd(index + 1);
      if (next === '\n' || (next === '\r' && text[index + 2] === '\n')) scanner.continuation('ok', '`', index, index + 1);
      else if (lineEnd !== -1 && lineEnd < text.length) scanner.continuation('trailing-space', '`', index, lineEnd);
      else if (next === undefined) scanner.index += 1;
      else {
        scanner.add(BACKTICK_ESCAPES[next] ?? next, index, 'none', 2);
        scanner.index += 2;
      }
    } else if ((character === '\\' || character === '^') && scanner.isStandaloneAtLineEnd(index) !== -1 && scanner.isStandaloneAtLineEnd(index) < text.length) {
      scanner.continuation('foreign', character, index, scanner.isStandaloneAtLineEnd(index));
    } else if (character === '@' && (text[index + 1] === '"' || text[index + 1] === "'") && scanner.blankToLineEnd(index + 2) !== -1) {
      scanner.index = hereString(scanner, index);
    } else if (character === "'") {
      scanner.index = singleQuoted(scanner, index);
    } else if (character === '"') {
      scanner.index = doubleQuoted(scanner, index);
    } else if (character === '$') {
      scanner.index = dollar(scanner, index, 'none');
    } else if (character === '|' || character === ';' || (character === '&' && text[index + 1] === '&')) {
      const doubled = character !== ';' && text[index + 1] === character;
      scanner.operator(doubled ? (character === '&' ? '&&' : '||') : (character as '|' | ';'), index, index + (doubled ? 2 : 1));
      scanner.index += doubled ? 2 : 1;
    } else if (character === '>' || (character === '<' && !scanner.inWord())) {
      const descriptor = scanner.currentWordValue();
      if (scanner.inWord() && /^(?:\d|\*)$/.test(descriptor)) scanner.takeWord();
      else scanner.finishWord();
      const match = /^(?:>>|>&\d|[<>])/.exec(text.slice(index, index + 3));
      const operator = match?.[0] ?? character;
      scanner.redirect(operator, !operator.includes('&'), index, index + operator.length);
      scanner.index += operator.length;
    } else {
      scanner.add(character, index, 'none');
      scanner.index += 1;
    }
  }
  scanner.finishWord();
}
