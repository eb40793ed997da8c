import type { Source } from './source.js';

/** The shells whose quoting rules the tokenizer knows. */
export type Shell = 'bash' | 'cmd' | 'powershell';

/** How the characters of a word were quoted; `ansi-c` is bash's `$'…'`. */
export type QuoteStyle = 'none' | 'single' | 'double' | 'ansi-c';

/**
 * How a variable reference is written. The tokenizer records every one it sees, including those
 * the running shell leaves alone (`%VAR%` in bash, `$VAR` in cmd.exe), because those are the bugs.
 */
export type ExpansionSyntax =
  | 'dollar' // $VAR
  | 'dollar-brace' // ${VAR}
  | 'percent' // %VAR%
  | 'powershell-env' // $env:VAR
  | 'template' // {{VAR}}
  | 'command'; // $(…) or `…`

export interface Expansion {
  readonly syntax: ExpansionSyntax;
  /** The variable name (`OPENAI_API_KEY`); empty for command substitutions. */
  readonly name: string;
  /** The reference exactly as written. */
  readonly text: string;
  readonly quote: QuoteStyle;
  /** True when the shell that runs this text replaces the reference by a value. */
  readonly expands: boolean;
  /** True when an enclosing double-quoted `bash -c "…"` already replaced it before this shell saw it. */
  readonly expandedByOuterShell: boolean;
  /** Offsets in the original file. */
  readonly start: number;
  readonly end: number;
  /** Indices into the word's value. */
  readonly valueStart: number;
  readonly valueEnd: number;
  /** The text inside `$(…)` or backticks, for finding commands nested in it. */
  readonly body?: Source;
}

export interface QuoteSegment {
  readonly quote: QuoteStyle;
  /** Indices into the word's value. */
  readonly valueStart: number;
  readonly valueEnd: number;
}

/** One argument as the program receives it, with the origin of every character. */
export interface Word {
  readonly kind: 'word';
  /** After quote removal and escapes; variable references are kept as written (`Bearer $KEY`). */
  readonly value: string;
  /** `offsets[i]` is the original-file offset of `value[i]`; one extra entry for the end. */
  readonly offsets: readonly number[];
  readonly start: number;
  readonly end: number;
  readonly segments: readonly QuoteSegment[];
  readonly expansions: readonly Expansion[];
}

export type OperatorText = '\n' | ';' | '|' | '||' | '&' | '&&' | '(' | ')';

export interface Operator {
  readonly kind: 'operator';
  readonly text: OperatorText;
  readonly start: number;
  readonly end: number;
}

/** `>`, `2>&1`, `<`, `<<<`: the word that follows (if any) is a file, not an argument. */
export interface Redirect {
  readonly kind: 'redirect';
  readonly text: string;
  /** False for forms that carry their target (`2>&1`). */
  readonly takesTarget: boolean;
  readonly start: number;
  readonly end: number;
}

export type Token = Word | Operator | Redirect;

/**
 * A line continuation the tokenizer met. `trailing-space`: whitespace between the continuation
 * character and the line end, so the line is not continued. `foreign`: another shell's
 * continuation character (`^` in bash, `\` in cmd.exe), which this shell takes literally.
 */
export interface Continuation {
  readonly kind: 'ok' | 'trailing-space' | 'foreign';
  readonly character: '\\' | '^' | '`';
  /** Offset of the continuation character in the original file. */
  readonly start: number;
  /** Offset just past the trailing whitespace (before the line end). */
  readonly end: number;
}

export interface TokenizeOptions {
  readonly shell: Shell;
  /** Strip interactive prompts (`$ `, `> `, `PS> `, `C:\>`) at line starts: for docs and pasted text. */
  readonly prompts?: boolean;
  /** Original offsets of `$` references an enclosing double-quoted string already expanded. */
  readonly outerExpanded?: ReadonlySet<number>;
  /** A `.bat`/`.cmd` file, where `%%` stands for one `%`. */
  readonly batchFile?: boolean;
}

export interface TokenizeResult {
  readonly tokens: readonly Token[];
  readonly continuations: readonly Continuation[];
}
