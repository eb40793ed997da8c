import { curlOptionName, parseCurlArguments, type CurlOption } from './options.js';
import { LineMap, Source, tokenize, type Continuation, type Operator, type Shell, type Token, type Word } from './tokenizer/index.js';
import { joinWords, sliceWord } from './tokenizer/words.js';
import { lookupTable } from '@keylint/core';

/** What a file is, for finding curl commands in it. */
export type InputLanguage = 'bash' | 'powershell' | 'cmd' | 'markdown' | 'text';

/** A line that should have been continued: `next` starts the following line and was meant as an argument. */
export interface MissingContinuation {
  /** Original offset of the end of the line that lacks the continuation. */
  readonly lineEnd: number;
  readonly next: Word;
}

/** An unquoted `&` inside an argument (`…?a=1&b=2`): the shell ended the command there and ran the rest on its own. */
export interface ShellCut {
  /** Original offset of the `&`. */
  readonly start: number;
  /** The argument as the author meant it, `&` and all. */
  readonly word: Word;
  /** What the shell ran as another command (`b=2`). */
  readonly rest: Word;
}

export interface CurlCommand {
  readonly shell: Shell;
  /** `docs` for Markdown, where a command is an example others copy; `curl` for scripts and pasted text. */
  readonly medium: 'curl' | 'docs';
  /** The `curl` (or `curl.exe`) word. */
  readonly name: Word;
  /** Every argument, including lines that were meant to continue the command but did not. */
  readonly args: readonly Word[];
  readonly options: readonly CurlOption[];
  readonly urls: readonly Word[];
  /** Line continuations inside the command. */
  readonly continuations: readonly Continuation[];
  readonly missingContinuations: readonly MissingContinuation[];
  /** Unquoted `&`s that cut the command; its words are read as the author meant them, rejoined. */
  readonly shellCuts: readonly ShellCut[];
  /** Lower-case names of PowerShell variables the file assigns (`$key = …`). */
  readonly assignedVariables: ReadonlySet<string>;
}

export interface ExtractOptions {
  readonly filePath?: string;
  readonly language?: InputLanguage;
}

// Beyond this many levels of `$(…)` or `bash -c "…"` inside each other, inner commands are not
// examined: each level re-reads its text once, so a bound keeps the work linear.
const MAXIMUM_NESTING = 8;

const SHELL_BY_FENCE: Readonly<Record<string, Shell | undefined>> = {
  '': 'bash',
  bash: 'bash',
  sh: 'bash',
  shell: 'bash',
  console: 'bash',
  zsh: 'bash',
  'shell-session': 'bash',
  'sh-session': 'bash',
  terminal: 'bash',
  curl: 'bash',
  text: 'bash',
  txt: 'bash',
  plaintext: 'bash',
  powershell: 'powershell',
  ps1: 'powershell',
  pwsh: 'powershell',
  ps: 'powershell',
  bat: 'cmd',
  cmd: 'cmd',
  batch: 'cmd',
  dos: 'cmd',
  doscon: 'cmd',
};

const COMMAND_PREFIXES = new Set(['sudo', 'time', 'command', 'exec', 'nohup', 'env', 'timeout', 'then', 'do', 'else', 'elif', 'if', 'while', 'until', '!', '{', '&', 'xargs', 'call', 'start']);
const SHELL_COMMANDS = lookupTable<Shell>({ bash: 'bash', sh: 'bash', zsh: 'bash', dash: 'bash', ksh: 'bash', cmd: 'cmd', 'cmd.exe': 'cmd', powershell: 'powershell', 'powershell.exe': 'powershell', pwsh: 'powershell', 'pwsh.exe': 'powershell' });
const PRINTING_COMMANDS = new Set(['echo', 'printf', 'write-host', 'write-output', 'cat', 'grep', 'rg']);
const STARTS_WITH_CURL = /^\s*(?:[^\s'"]*[/\\])?curl(?:\.exe)?\s/i;

/** The language of a file from its name; undefined when the name says nothing. */
export function languageForPath(filePath: string | undefined): InputLanguage | undefined {
  const name = (filePath ?? '').toLowerCase();
  if (/\.(?:sh|bash|zsh|ksh|command)$/.test(name)) return 'bash';
  if (/\.(?:ps1|psm1)$/.test(name)) return 'powershell';
  if (/\.(?:bat|cmd)$/.test(name)) return 'cmd';
  if (/\.(?:md|markdown|mdx)$/.test(name)) return 'markdown';
  if (/\.(?:txt|curl)$/.test(name)) return 'text';
  return undefined;
}

/** Guesses the shell of pasted text from what only one shell writes. */
export function detectShell(text: string): Shell {
  if (/[ \t]`\r?$|\$env:[A-Za-z_]/im.test(text)) return 'powershell';
  if (/[ \t]\^\r?$/m.test(text) || /^\s*curl(?:\.exe)?\s[^\n]*%[A-Za-z_][A-Za-z0-9_]*%/im.test(text)) return 'cmd';
  return 'bash';
}

function commandBaseName(value: string): string {
  return (value.split(/[/\\]/).pop() ?? '').toLowerCase();
}

function isAssignment(word: Word): boolean {
  return /^[A-Za-z_][A-Za-z0-9_]*(?:\[[^\]]*\])?\+?=/.test(word.value) && (word.segments[0]?.quote ?? 'none') === 'none';
}

interface SimpleCommand {
  readonly words: Word[];
  readonly terminator?: Operator;
}

function splitCommands(tokens: readonly Token[]): SimpleCommand[] {
  const commands: SimpleCommand[] = [];
  let words: Word[] = [];
  let skipNextWord = false;
  for (const token of tokens) {
    if (token.kind === 'word') {
      if (skipNextWord) skipNextWord = false;
      else words.push(token);
    } else if (token.kind === 'redirect') {
      skipNextWord = token.takesTarget;
    } else {
      commands.push({ words, terminator: token });
      words = [];
      skipNextWord = false;
    }
  }
  commands.push({ words });
  return commands.filter((command) => command.words.length > 0 || command.terminator?.text === '\n');
}

/** Index of the command word, after assignments and wrappers such as `sudo` or `time`. */
function commandWordIndex(words: readonly Word[]): number {
  let index = 0;
  while (index < words.length) {
    const word = words[index] as Word;
    const name = commandBaseName(word.value);
    if (isAssignment(word)) index += 1;
    else if (COMMAND_PREFIXES.has(name)) {
      index += 1;
      // Wrapper options (`sudo -E`, `timeout 10`) are not the command.
      while (index < words.length && (/^-/.test(words[index]?.value ?? '') || (name === 'timeout' && /^\d/.test(words[index]?.value ?? '')))) index += 1;
    } else return index;
  }
  return index;
}

interface Region {
  readonly source: Source;
  readonly shell: Shell;
  readonly prompts: boolean;
}

class Collector {
  readonly commands: CurlCommand[] = [];
  private readonly lineMap: LineMap;
  private readonly medium: 'curl' | 'docs';
  private readonly assignedVariables: ReadonlySet<string>;
  private readonly batchFile: boolean;

  constructor(text: string, medium: 'curl' | 'docs', batchFile: boolean) {
    this.lineMap = new LineMap(text);
    this.medium = medium;
    this.batchFile = batchFile;
    this.assignedVariables = new Set([...text.matchAll(/\$([A-Za-z_][A-Za-z0-9_]*)\s*(?:\+?=(?!=)|\)?\s*\bin\b)/g)].map((match) => (match[1] ?? '').toLowerCase()));
  }

  region(region: Region, outerExpanded: ReadonlySet<number> | undefined, depth: number): void {
    if (depth > MAXIMUM_NESTING) return;
    const { tokens, continuations } = tokenize(region.source, {
      shell: region.shell,
      prompts: region.prompts,
      batchFile: this.batchFile,
      ...(outerExpanded === undefined ? {} : { outerExpanded }),
    });
    const commands = splitCommands(tokens);
    const merged = new Set<number>();
    commands.forEach((command, index) => {
      for (const word of command.words) this.nested(word, region.shell, outerExpanded, depth);
      if (merged.has(index)) return;
      const nameIndex = commandWordIndex(command.words);
      const nameWord = command.words[nameIndex];
      if (nameWord === undefined) return;
      const name = commandBaseName(nameWord.value);
      if (name === 'curl' || name === 'curl.exe') {
        this.curl(region.shell, commands, index, nameIndex, continuations, merged);
        return;
      }
      if (PRINTING_COMMANDS.has(name)) return;
      // `bash -c "curl …"`, `ssh host 'curl …'`, `eval "curl …"`: a quoted command line.
      const innerShell = SHELL_COMMANDS[name] ?? region.shell;
      for (const word of command.words.slice(nameIndex + 1)) {
        if (word.segments.some((segment) => segment.quote !== 'none') && STARTS_WITH_CURL.test(word.value)) this.quoted(word, innerShell, outerExpanded, depth);
      }
    });
  }

  /** Commands inside `$(…)`, backticks, quoted strings that hold a curl command, and `cmd="curl …"`. */
  private nested(word: Word, shell: Shell, outerExpanded: ReadonlySet<number> | undefined, depth: number): void {
    for (const expansion of word.expansions) {
      if (expansion.body !== undefined && /curl/i.test(expansion.body.text)) this.region({ source: expansion.body, shell, prompts: false }, outerExpanded, depth + 1);
    }
    if (isAssignment(word)) {
      const value = sliceWord(word, word.value.indexOf('=') + 1);
      if (STARTS_WITH_CURL.test(value.value)) this.quoted(value, shell, outerExpanded, depth);
    }
  }

  /** A quoted argument that is itself a command line (`bash -c "curl …"`, `cmd="curl …"`). */
  private quoted(word: Word, shell: Shell, outerExpanded: ReadonlySet<number> | undefined, depth: number): void {
    const expanded = new Set(outerExpanded ?? []);
    for (const expansion of word.expansions) if (expansion.expands) expanded.add(expansion.start);
    this.region({ source: new Source(word.value, word.offsets), shell, prompts: false }, expanded, depth + 1);
  }

  private curl(shell: Shell, commands: readonly SimpleCommand[], index: number, nameIndex: number, continuations: readonly Continuation[], merged: Set<number>): void {
    const command = commands[index] as SimpleCommand;
    const name = command.words[nameIndex] as Word;
    const args = command.words.slice(nameIndex + 1);
    const missingContinuations: MissingContinuation[] = [];
    const shellCuts: ShellCut[] = [];
    let current = command;
    let next = index + 1;
    // `curl https://host/path?a=1&b=2`: the `&` glued to both neighbours was meant as part of the URL.
    while (current.terminator?.text === '&' && args.length > 0) {
      const following = commands[next];
      const before = args[args.length - 1] as Word;
      const first = following?.words[0];
      if (following === undefined || first === undefined || before.end !== current.terminator.start || first.start !== current.terminator.end) break;
      const joined = joinWords(before, '&', current.terminator.start, first);
      args[args.length - 1] = joined;
      shellCuts.push({ start: current.terminator.start, word: joined, rest: first });
      for (const word of following.words.slice(1)) args.push(word);
      merged.add(next);
      current = following;
      next += 1;
    }
    // A line that starts with a curl option right after the command was meant to continue it.
    while (current.terminator?.text === '\n' && current.words.length > 0) {
      const following = commands[next];
      const first = following?.words[0];
      const last = current.words[current.words.length - 1] as Word;
      if (following === undefined || first === undefined || !first.value.startsWith('-') || curlOptionName(first.value) === undefined) break;
      if (this.lineMap.lineIndex(first.start) !== this.lineMap.lineIndex(last.end) + 1) break;
      missingContinuations.push({ lineEnd: last.end, next: first });
      for (const word of following.words) args.push(word);
      merged.add(next);
      current = following;
      next += 1;
    }
    const end = args[args.length - 1]?.end ?? name.end;
    const { options, urls } = parseCurlArguments(args);
    this.commands.push({
      shell,
      medium: this.medium,
      name,
      args,
      options,
      urls,
      continuations: continuationsBetween(continuations, name.start, end),
      missingContinuations,
      shellCuts,
      assignedVariables: this.assignedVariables,
    });
  }
}

/** The continuations (sorted by offset) from `start` to `end`, found by binary search. */
function continuationsBetween(continuations: readonly Continuation[], start: number, end: number): Continuation[] {
  let low = 0;
  let high = continuations.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((continuations[middle]?.start ?? 0) < start) low = middle + 1;
    else high = middle;
  }
  const found: Continuation[] = [];
  for (let index = low; index < continuations.length && (continuations[index]?.start ?? 0) <= end; index += 1) found.push(continuations[index] as Continuation);
  return found;
}

/** Fenced code blocks of a Markdown file, each with the shell its info string names. */
function markdownRegions(text: string): Region[] {
  const regions: Region[] = [];
  let open: { fence: string; shell: Shell | undefined; contentStart: number } | undefined;
  let lineStart = 0;
  while (lineStart <= text.length) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline === -1 ? text.length : newline;
    const line = text.slice(lineStart, lineEnd);
    const fence = /^ {0,3}(`{3,}|~{3,})\s*([^\s`{]*)/.exec(line);
    if (open === undefined && fence !== null) {
      const info = (fence[2] ?? '').toLowerCase();
      open = { fence: fence[1] ?? '```', shell: SHELL_BY_FENCE[info], contentStart: newline === -1 ? text.length : newline + 1 };
    } else if (open !== undefined && fence !== null && (fence[1] ?? '').startsWith(open.fence) && (fence[2] ?? '') === '') {
      if (open.shell !== undefined) regions.push({ source: new Source(text.slice(open.contentStart, lineStart), open.contentStart), shell: open.shell, prompts: true });
      open = undefined;
    }
    if (newline === -1) break;
    lineStart = newline + 1;
  }
  if (open?.shell !== undefined) regions.push({ source: new Source(text.slice(open.contentStart), open.contentStart), shell: open.shell, prompts: true });
  return regions;
}

const PROMPT = /^[ \t]*(?:[$>][ \t]+|PS(?: [^\n>]{0,240})?>[ \t]*|[A-Za-z]:\\[^\n>]{0,240}>[ \t]*)?/;

/**
 * Pasted text or a text file: prose and commands mixed. Each block that starts with a line
 * beginning with `curl` runs to the next blank line; the rest is not read as shell, so an
 * apostrophe in a sentence cannot swallow the commands after it.
 */
function textRegions(text: string, shell: Shell | undefined): Region[] {
  const regions: Region[] = [];
  let lineStart = 0;
  let blockStart = -1;
  const close = (end: number): void => {
    if (blockStart === -1) return;
    const body = text.slice(blockStart, end);
    regions.push({ source: new Source(body, blockStart), shell: shell ?? detectShell(body), prompts: true });
    blockStart = -1;
  };
  while (lineStart <= text.length) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline === -1 ? text.length : newline;
    const line = text.slice(lineStart, lineEnd);
    const prompt = PROMPT.exec(line)?.[0].length ?? 0;
    if (line.trim().length === 0) close(lineStart);
    else if (/^curl(?:\.exe)?(?:\s|$)/i.test(line.slice(prompt))) {
      close(lineStart);
      blockStart = lineStart;
    }
    if (newline === -1) break;
    lineStart = newline + 1;
  }
  close(text.length);
  if (regions.length === 0 && /curl/i.test(text)) regions.push({ source: new Source(text), shell: shell ?? detectShell(text), prompts: true });
  return regions;
}

/** Every curl command in a file, with the shell that runs it and positions in the file. */
export function extractCurlCommands(text: string, options: ExtractOptions = {}): CurlCommand[] {
  const language = options.language ?? languageForPath(options.filePath) ?? 'text';
  const medium = language === 'markdown' ? 'docs' : 'curl';
  const batchFile = language === 'cmd' && /\.(?:bat|cmd)$/i.test(options.filePath ?? '');
  const collector = new Collector(text, medium, batchFile);
  const regions: Region[] =
    language === 'markdown'
      ? markdownRegions(text)
      : language === 'text'
        ? textRegions(text, undefined)
        : [{ source: new Source(text), shell: language, prompts: false }];
  for (const region of regions) collector.region(region, undefined, 0);
  return collector.commands.sort((left, right) => left.name.start - right.name.start);
}
