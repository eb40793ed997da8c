import { tokenizeBash } from './bash.js';
import { tokenizeCmd } from './cmd.js';
import { tokenizePowerShell } from './powershell.js';
import { Scanner } from './scanner.js';
import { Source } from './source.js';
import type { TokenizeOptions, TokenizeResult } from './types.js';

export { LineMap, Source } from './source.js';
export type * from './types.js';

/**
 * Splits shell text into words, operators and redirections the way the given shell would, keeping
 * for every character of every word its offset in the original file and how it was quoted. Never
 * throws; unterminated quotes run to the end of the text, as they do in the shell.
 */
export function tokenize(input: string | Source, options: TokenizeOptions): TokenizeResult {
  const source = typeof input === 'string' ? new Source(input) : input;
  const scanner = new Scanner(source, options);
  if (options.shell === 'cmd') tokenizeCmd(scanner);
  else if (options.shell === 'powershell') tokenizePowerShell(scanner);
  else tokenizeBash(scanner);
  return { tokens: scanner.tokens, continuations: scanner.continuations };
}
