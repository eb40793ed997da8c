/**
 * A small analysis of JavaScript regular expressions for the patterns that backtrack
 * exponentially: nested quantifiers whose inner repetition can also be split across outer
 * iterations (`(a+)+`, `(\w*\s?)*`), and repeated alternations whose branches can match the same
 * text (`(a|a)*`, `(\w|\d)+`). Character sets are found by asking the real engine about a sample
 * alphabet, so classes, escapes and `\p{…}` need no hand-written tables.
 */

type RegexNode =
  | { readonly type: 'alternation'; readonly branches: readonly RegexNode[] }
  | { readonly type: 'sequence'; readonly items: readonly RegexNode[] }
  | { readonly type: 'quantifier'; readonly min: number; readonly max: number; readonly body: RegexNode; readonly source: string }
  | { readonly type: 'group'; readonly body: RegexNode }
  /** Lookarounds match no text; their bodies never repeat the outer match. */
  | { readonly type: 'lookaround' }
  /** One character out of a set. */
  | { readonly type: 'character'; readonly set: CharacterSet }
  /** `^`, `$`, `\b`, `\B`, and back-references (treated as matching nothing, which never hides an ambiguity above). */
  | { readonly type: 'assertion' };

/** Printable ASCII, the controls that matter, and a few characters from the other classes rules care about. */
const SAMPLE = [
  ...Array.from({ length: 0x7f }, (_, code) => String.fromCharCode(code)),
  '\u00a0', '\u00ad', '\u00e9', '\u0430', '\u200b', '\u2013', '\u2019', '\u201c', '\u2026', '\u3000', '\ufeff', '\uff41',
];

/** A set of sample characters, as a bit per sample. */
type CharacterSet = readonly boolean[];

function characterSet(source: string, flags: string): CharacterSet {
  const matcher = new RegExp(`^(?:${source})$`, flags.replace(/[gy]/g, ''));
  return SAMPLE.map((character) => matcher.test(character));
}

function intersect(left: CharacterSet, right: CharacterSet): CharacterSet {
  return left.map((member, index) => member && (right[index] ?? false));
}

function union(left: CharacterSet, right: CharacterSet): CharacterSet {
  return left.map((member, index) => member || (right[index] ?? false));
}

const EMPTY_SET: CharacterSet = SAMPLE.map(() => false);

function isEmptySet(set: CharacterSet): boolean {
  return !set.includes(true);
}

class Parser {
  private index = 0;

  constructor(
    private readonly source: string,
    private readonly flags: string,
  ) {}

  parse(): RegexNode {
    const node = this.alternation();
    if (this.index < this.source.length) throw new Error(`unbalanced ) at ${this.index} in /${this.source}/`);
    return node;
  }

  private peek(): string | undefined {
    return this.source[this.index];
  }

  private alternation(): RegexNode {
    const branches = [this.sequence()];
    while (this.peek() === '|') {
      this.index += 1;
      branches.push(this.sequence());
    }
    return branches.length === 1 ? (branches[0] as RegexNode) : { type: 'alternation', branches };
  }

  private sequence(): RegexNode {
    const items: RegexNode[] = [];
    while (this.index < this.source.length && this.peek() !== '|' && this.peek() !== ')') {
      const start = this.index;
      const atom = this.atom();
      items.push(this.quantified(atom, start));
    }
    return { type: 'sequence', items };
  }

  private quantified(atom: RegexNode, start: number): RegexNode {
    const character = this.peek();
    let bounds: [number, number] | undefined;
    if (character === '*') bounds = [0, Infinity];
    else if (character === '+') bounds = [1, Infinity];
    else if (character === '?') bounds = [0, 1];
    else if (character === '{') {
      const match = /^\{(\d+)(?:(,)(\d*))?\}/.exec(this.source.slice(this.index));
      if (match !== null) {
        const min = Number(match[1]);
        const max = match[2] === undefined ? min : match[3] === '' ? Infinity : Number(match[3]);
        bounds = [min, max];
        this.index += match[0].length - 1;
      }
    }
    if (bounds === undefined) return atom;
    this.index += 1;
    if (this.peek() === '?') this.index += 1;
    return { type: 'quantifier', min: bounds[0], max: bounds[1], body: atom, source: this.source.slice(start, this.index) };
  }

  private atom(): RegexNode {
    const character = this.peek();
    if (character === '(') return this.group();
    if (character === '[') return { type: 'character', set: characterSet(this.characterClass(), this.flags) };
    if (character === '\\') return this.escape();
    this.index += 1;
    if (character === '^' || character === '$') return { type: 'assertion' };
    if (character === '.') return { type: 'character', set: characterSet('.', this.flags) };
    return { type: 'character', set: characterSet(escapeLiteral(character ?? ''), this.flags) };
  }

  private group(): RegexNode {
    const rest = this.source.slice(this.index);
    const lookaround = /^\(\?<?[=!]/.exec(rest);
    const prefix = lookaround?.[0] ?? /^\(\?(?:<[A-Za-z_$][\w$]*>|[a-z]*(?:-[a-z]+)?:)?/.exec(rest)?.[0] ?? '(';
    this.index += prefix.length;
    const body = this.alternation();
    if (this.peek() !== ')') throw new Error(`unclosed group in /${this.source}/`);
    this.index += 1;
    return lookaround === null ? { type: 'group', body } : { type: 'lookaround' };
  }

  /** The source of a `[…]` class, nested classes of the `v` flag included. */
  private characterClass(): string {
    const start = this.index;
    let depth = 0;
    while (this.index < this.source.length) {
      const character = this.source[this.index];
      if (character === '\\') this.index += 2;
      else {
        this.index += 1;
        if (character === '[' && (depth === 0 || this.flags.includes('v'))) depth += 1;
        else if (character === ']') {
          depth -= 1;
          if (depth === 0) return this.source.slice(start, this.index);
        }
      }
    }
    throw new Error(`unclosed class in /${this.source}/`);
  }

  private escape(): RegexNode {
    const rest = this.source.slice(this.index);
    if (/^\\[bB]/.test(rest)) {
      this.index += 2;
      return { type: 'assertion' };
    }
    const backReference = /^\\(?:[1-9]\d*|k<[^>]+>)/.exec(rest);
    if (backReference !== null) {
      this.index += backReference[0].length;
      return { type: 'assertion' };
    }
    const escape = /^\\(?:[pP]\{[^}]+\}|u\{[0-9A-Fa-f]+\}|u[0-9A-Fa-f]{4}|x[0-9A-Fa-f]{2}|c[A-Za-z]|0|[\s\S])/.exec(rest);
    const text = escape?.[0] ?? '\\';
    this.index += text.length;
    return { type: 'character', set: characterSet(text, this.flags) };
  }
}

function escapeLiteral(character: string): string {
  return character.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');
}

export function parseRegex(source: string, flags: string): RegexNode {
  return new Parser(source, flags).parse();
}

function canBeEmpty(node: RegexNode): boolean {
  switch (node.type) {
    case 'alternation':
      return node.branches.some(canBeEmpty);
    case 'sequence':
      return node.items.every(canBeEmpty);
    case 'quantifier':
      return node.min === 0 || canBeEmpty(node.body);
    case 'group':
      return canBeEmpty(node.body);
    case 'character':
      return false;
    default:
      return true;
  }
}

/** Every character the node can consume anywhere in a match. */
function charactersOf(node: RegexNode): CharacterSet {
  switch (node.type) {
    case 'alternation':
      return node.branches.map(charactersOf).reduce(union, EMPTY_SET);
    case 'sequence':
      return node.items.map(charactersOf).reduce(union, EMPTY_SET);
    case 'quantifier':
      return node.max === 0 ? EMPTY_SET : charactersOf(node.body);
    case 'group':
      return charactersOf(node.body);
    case 'character':
      return node.set;
    default:
      return EMPTY_SET;
  }
}

/** Can the node match some string, possibly empty, made only of characters in `set`? */
function matchesWithin(node: RegexNode, set: CharacterSet): boolean {
  switch (node.type) {
    case 'alternation':
      return node.branches.some((branch) => matchesWithin(branch, set));
    case 'sequence':
      return node.items.every((item) => matchesWithin(item, set));
    case 'quantifier':
      return node.min === 0 || node.max === 0 || matchesWithin(node.body, set);
    case 'group':
      return matchesWithin(node.body, set);
    case 'character':
      return !isEmptySet(intersect(node.set, set));
    default:
      return true;
  }
}

/** Can the node match a non-empty string made only of characters in `set`? */
function matchesNonEmptyWithin(node: RegexNode, set: CharacterSet): boolean {
  switch (node.type) {
    case 'alternation':
      return node.branches.some((branch) => matchesNonEmptyWithin(branch, set));
    case 'sequence':
      return node.items.every((item) => matchesWithin(item, set)) && node.items.some((item) => matchesNonEmptyWithin(item, set));
    case 'quantifier':
      return node.max > 0 && matchesNonEmptyWithin(node.body, set);
    case 'group':
      return matchesNonEmptyWithin(node.body, set);
    case 'character':
      return !isEmptySet(intersect(node.set, set));
    default:
      return false;
  }
}

/** Quantifiers inside a node (lookarounds excluded), outermost first. */
function quantifiersIn(node: RegexNode): Extract<RegexNode, { type: 'quantifier' }>[] {
  switch (node.type) {
    case 'alternation':
      return node.branches.flatMap(quantifiersIn);
    case 'sequence':
      return node.items.flatMap(quantifiersIn);
    case 'quantifier':
      return [node, ...quantifiersIn(node.body)];
    case 'group':
      return quantifiersIn(node.body);
    default:
      return [];
  }
}

function alternationOf(node: RegexNode): Extract<RegexNode, { type: 'alternation' }> | undefined {
  if (node.type === 'alternation') return node;
  if (node.type === 'group') return alternationOf(node.body);
  if (node.type === 'sequence' && node.items.length === 1) return alternationOf(node.items[0] as RegexNode);
  return undefined;
}

/** Repeats enough times for backtracking to blow up (bounded repeats of a few are harmless). */
function repeatsMany(quantifier: { readonly max: number }): boolean {
  return quantifier.max > 10;
}

export interface RegexProblem {
  readonly kind: 'nested-quantifier' | 'overlapping-alternation';
  readonly part: string;
}

/**
 * The exponential shapes in one pattern. A nested quantifier is reported only when the outer body
 * can match a run of the inner quantifier's own characters, so that one input splits into outer
 * iterations in many ways (`(\.\d+)*` is fine: every iteration needs its `.`).
 */
export function regexProblems(source: string, flags: string): RegexProblem[] {
  const problems: RegexProblem[] = [];
  for (const outer of quantifiersIn(parseRegex(source, flags))) {
    if (!repeatsMany(outer)) continue;
    for (const inner of quantifiersIn(outer.body)) {
      if (inner.max <= 1) continue;
      const own = charactersOf(inner.body);
      if (matchesNonEmptyWithin(outer.body, own) || canBeEmpty(outer.body)) {
        problems.push({ kind: 'nested-quantifier', part: outer.source });
        break;
      }
    }
    const alternation = alternationOf(outer.body);
    if (alternation === undefined) continue;
    const branches = alternation.branches;
    search: for (let left = 0; left < branches.length; left += 1) {
      for (let right = left + 1; right < branches.length; right += 1) {
        const shared = intersect(charactersOf(branches[left] as RegexNode), charactersOf(branches[right] as RegexNode));
        if (isEmptySet(shared)) continue;
        if (matchesNonEmptyWithin(branches[left] as RegexNode, shared) && matchesNonEmptyWithin(branches[right] as RegexNode, shared)) {
          problems.push({ kind: 'overlapping-alternation', part: outer.source });
          break search;
        }
      }
    }
  }
  return problems;
}
