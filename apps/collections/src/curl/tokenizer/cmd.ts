import { isNameCharacter, isNameStart, type Scanner } from './scanner.js';

/**
 * Backslashes as the Microsoft C runtime splits a command line (what curl.exe sees): before a
 * `"`, each pair is one backslash and an odd one makes the quote literal; elsewhere they are
 * plain characters. Returns the index after the run (and after a literal quote).
 */
function backslashes(scanner: Scanner, start: number, inQuotes: boolean): { index: number; literalQuote: boolean } {
  const { text } = scanner;
  let end = start;
  while (text[end] === '\\') end += 1;
  const count = end - start;
  const quote = inQuotes ? 'double' : 'none';
  if (text[end] !== '"') {
    for (let index = start; index < end; index += 1) scanner.add('\\', index, quote);
    return { index: end, literalQuote: false };
  }
  for (let pair = 0; pair < Math.floor(count / 2); pair += 1) scanner.add('\\', start + pair * 2, quote, 2);
  if (count % 2 === 1) {
    scanner.add('"', end - 1, quote, 2);
    return { index: end + 1, literalQuote: true };
  }
  return { index: end, literalQuote: false };
}

/** `%NAME%` (and `%1`, `%~dp0`): cmd.exe expands these everywhere, inside double quotes too. */
function percent(scanner: Scanner, index: number, inQuotes: boolean): number {
  const { text } = scanner;
  const quote = inQuotes ? 'double' : 'none';
  if (text[index + 1] === '%' && scanner.options.batchFile === true) {
    scanner.add('%', index, quote, 2);
    return index + 2;
  }
  const argument = /^%~?[a-zA-Z]*[0-9*]/.exec(text.slice(index, index + 16));
  if (argument !== null && !isNameStart(text[index + 1])) {
    scanner.addExpansion(index, index + argument[0].length, quote, 'percent', argument[0].slice(1), true);
    return index + argument[0].length;
  }
  if (isNameStart(text[index + 1])) {
    let end = index + 1;
    while (isNameCharacter(text[end]) || text[end] === '-' || text[end] === '.') end += 1;
    if (text[end] === '%') {
      scanner.addExpansion(index, end + 1, quote, 'percent', text.slice(index + 1, end), true);
      return end + 1;
    }
  }
  scanner.add('%', index, quote);
  return index + 1;
}

/**
 * cmd.exe and a .bat file: `^` escapes and continues lines, only double quotes quote, `%VAR%`
 * expands, `REM` and `::` start comments, `&`, `&&`, `||`, `|` separate commands.
 */
export function tokenizeCmd(scanner: Scanner): void {
  const { text } = scanner;
  let inQuotes = false;
  let commandStart = true;
  while (scanner.index < text.length) {
    if (scanner.lineStart) {
      scanner.lineStart = false;
      if (scanner.skipPrompt()) continue;
    }
    const index = scanner.index;
    const character = text.charAt(index);
    if (character === '\n') {
      inQuotes = false;
      scanner.operator('\n', index, index + 1);
      scanner.index += 1;
      scanner.lineStart = true;
      commandStart = true;
      continue;
    }
    if (!inQuotes && commandStart && !scanner.inWord()) {
      if (character === '@') {
        scanner.index += 1;
        continue;
      }
      if (/^(?:rem(?:\s|$)|::)/i.test(text.slice(index, index + 4))) {
        scanner.skipToLineEnd();
        continue;
      }
    }
    if (character === '"') {
      // A doubled quote inside quotes is a literal quote for the C runtime.
      if (inQuotes && text[index + 1] === '"') {
        scanner.add('"', index, 'double', 2);
        scanner.index += 2;
      } else {
        scanner.consume(index, 1);
        inQuotes = !inQuotes;
        scanner.index += 1;
      }
      commandStart = false;
    } else if (character === '\\') {
      const lineEnd = inQuotes ? -1 : scanner.isStandaloneAtLineEnd(index);
      if (lineEnd !== -1 && lineEnd < text.length) scanner.continuation('foreign', '\\', index, lineEnd);
      else scanner.index = backslashes(scanner, index, inQuotes).index;
      commandStart = false;
    } else if (character === '%') {
      scanner.index = percent(scanner, index, inQuotes);
      commandStart = false;
    } else if (inQuotes) {
      scanner.add(character, index, 'double');
      scanner.index += 1;
    } else if (character === '^') {
      const next = text[index + 1];
      const lineEnd = scanner.blankToLineEnd(index + 1);
      if (next === '\n' || (next === '\r' && text[index + 2] === '\n')) scanner.continuation('ok', '^', index, index + 1);
      else if (lineEnd !== -1 && lineEnd < text.length) scanner.continuation('trailing-space', '^', index, lineEnd);
      else if (next === undefined) scanner.index += 1;
      else {
        scanner.add(next, index, 'none', 2);
        scanner.index += 2;
      }
    } else if (character === '`' && scanner.isStandaloneAtLineEnd(index) !== -1 && scanner.isStandaloneAtLineEnd(index) < text.length) {
      scanner.continuation('foreign', '`', index, scanner.isStandaloneAtLineEnd(index));
    } else if (character === ' ' || character === '\t' || character === '\r') {
      scanner.finishWord();
      scanner.index += 1;
    } else if (character === '&' || character === '|') {
      const doubled = text[index + 1] === character;
      scanner.operator(doubled ? (character === '&' ? '&&' : '||') : character, index, index + (doubled ? 2 : 1));
      scanner.index += doubled ? 2 : 1;
      commandStart = true;
    } else if ((character === '(' || character === ')') && !scanner.inWord()) {
      scanner.operator(character, index, index + 1);
      scanner.index += 1;
      commandStart = true;
    } else if (character === '<' || character === '>') {
      const descriptor = scanner.currentWordValue();
      if (scanner.inWord() && /^\d$/.test(descriptor)) scanner.takeWord();
      else scanner.finishWord();
      const match = /^(?:>>|[<>]&\d|[<>])/.exec(text.slice(index, index + 3));
      const operator = match?.[0] ?? character;
      scanner.redirect(operator, !operator.includes('&'), index, index + operator.length);
      scanner.index += operator.length;
    } else {
      scanner.add(character, index, 'none');
      scanner.index += 1;
      commandStart = false;
    }
  }
  scanner.finishWord();
}
