import type { StringNode } from './json-source.js';
import type { ScopeName, ScriptModel, VariableDefinition } from './model.js';
import { allMatches } from './matches.js';
import { anchored, concat, locate, slice, type SourcedText } from './sourced-text.js';

/** Postman's own pattern: anything but braces between double braces. */
export const VARIABLE_REFERENCE = /\{\{([^{}]*?)\}\}/g;

/** Postman resolves a value that contains references again, up to this many passes. */
const SUBSTITUTION_PASSES = 19;
/** Past this nesting the resolver stops descending (a chain this deep is reported, not walked). */
const MAXIMUM_WALKED_NESTING = 256;
/**
 * An expansion longer than every variable written out together (plus this much) can only come
 * from references that multiply (`a = {{b}}{{b}}`, `b = {{c}}{{c}}`, …): it is reported, not built.
 */
const EXPANSION_ALLOWANCE = 64 * 1024;

/** Why a defined variable has no value Postman could send. */
export type ExpansionProblem =
  /** `chain` runs from the variable to the first name seen twice: `a → b → c → b`. */
  | { readonly kind: 'cycle'; readonly chain: readonly string[] }
  | { readonly kind: 'too-deep'; readonly chain: readonly string[] }
  | { readonly kind: 'too-large'; readonly chain: readonly string[] };

interface Expansion {
  readonly value: string | undefined;
  readonly problem?: ExpansionProblem;
  /** How many levels of references the value nests (0: no reference resolved). */
  readonly height: number;
}

export interface VariableReference {
  readonly name: string;
  /** Offsets of `{{name}}` in the text it was found in. */
  readonly start: number;
  readonly end: number;
}

const NO_REFERENCES: readonly VariableReference[] = Object.freeze([]);

/** Texts repeat across requests (`{{baseUrl}}/…`, `Bearer {{token}}`); their references are found once. */
const referencesByText = new Map<string, readonly VariableReference[]>();
const MAXIMUM_REMEMBERED_TEXTS = 10_000;

export function findReferences(text: string): readonly VariableReference[] {
  // Most fields hold no reference at all; only a text with `{{` can match.
  if (!text.includes('{{')) return NO_REFERENCES;
  const known = referencesByText.get(text);
  if (known !== undefined) return known;
  const references: readonly VariableReference[] = Object.freeze([...text.matchAll(VARIABLE_REFERENCE)].map((match) => Object.freeze({ name: match[1] ?? '', start: match.index, end: match.index + match[0].length })));
  if (referencesByText.size >= MAXIMUM_REMEMBERED_TEXTS) referencesByText.clear();
  referencesByText.set(text, references);
  return references;
}

/**
 * The variables one request can see, narrowest scope first, as Postman ranks them: `--env-var`,
 * environment, the item, its folders from the innermost out, the collection, globals.
 * Disabled definitions are kept apart: they resolve nothing, but a message can mention them.
 */
/** Messages show a chain's first and last few names; keeping only those keeps a 10,000-long chain linear. */
const KEPT_CHAIN_LENGTH = 12;

function prepended(name: string, chain: readonly string[]): readonly string[] {
  return chain.length < KEPT_CHAIN_LENGTH ? [name, ...chain] : [name, ...chain.slice(0, KEPT_CHAIN_LENGTH - 5), ...chain.slice(-4)];
}

function isClosed(chain: readonly string[]): boolean {
  return chain.indexOf(chain[chain.length - 1] ?? '') < chain.length - 1;
}

interface LayerIndex {
  /** Per name, the enabled definition that wins within the layer (the last one). */
  readonly winners: Map<string, VariableDefinition>;
  /** Per name, every definition in file order, disabled ones included. */
  readonly all: Map<string, VariableDefinition[]>;
}

/**
 * Layers are shared by every scope of a collection (its variables, each folder's): each is
 * indexed once, so a lookup costs the number of layers, not the number of variables.
 */
const layerIndexes = new WeakMap<readonly VariableDefinition[], LayerIndex>();

function indexOf(layer: readonly VariableDefinition[]): LayerIndex {
  let index = layerIndexes.get(layer);
  if (index === undefined) {
    index = { winners: new Map(), all: new Map() };
    for (const definition of layer) {
      if (definition.enabled) index.winners.set(definition.name, definition);
      const list = index.all.get(definition.name);
      if (list === undefined) index.all.set(definition.name, [definition]);
      else list.push(definition);
    }
    layerIndexes.set(layer, index);
  }
  return index;
}

export class VariableScopes {
  private readonly layers: readonly (readonly VariableDefinition[])[];
  // Layers never change once built, and one scope serves every request of a folder: answers are kept.
  private readonly definitionsByName = new Map<string, VariableDefinition[]>();
  private readonly expansionsByName = new Map<string, Expansion>();
  private maximumExpansionLength: number | undefined;
  private enabledNames: string[] | undefined;

  constructor(layers: readonly (readonly VariableDefinition[])[]) {
    this.layers = layers;
  }

  /** The enabled definition that wins; within one layer the last one wins, as in Postman's lists. */
  lookup(name: string): VariableDefinition | undefined {
    for (const layer of this.layers) {
      const found = indexOf(layer).winners.get(name);
      if (found !== undefined) return found;
    }
    return undefined;
  }

  definitionsOf(name: string): readonly VariableDefinition[] {
    let definitions = this.definitionsByName.get(name);
    if (definitions === undefined) {
      definitions = this.layers.flatMap((layer) => indexOf(layer).all.get(name) ?? []);
      this.definitionsByName.set(name, definitions);
    }
    return definitions;
  }

  names(): readonly string[] {
    this.enabledNames ??= [...new Set(this.layers.flatMap((layer) => layer.filter((definition) => definition.enabled).map((definition) => definition.name)))];
    return this.enabledNames;
  }

  /** The value a reference stands for after Postman's repeated substitution; undefined when it does not resolve. */
  valueOf(name: string): string | undefined {
    return this.expand(name, []).value;
  }

  /** Why a defined variable does not resolve: it refers back to itself, nests too deep or expands without bound. */
  expansionProblem(name: string): ExpansionProblem | undefined {
    return this.expand(name, []).problem;
  }

  private expansionLimit(): number {
    this.maximumExpansionLength ??= EXPANSION_ALLOWANCE + this.layers.reduce((total, layer) => layer.reduce((sum, definition) => sum + definition.value.length, total), 0);
    return this.maximumExpansionLength;
  }

  /**
   * Each name is expanded once (memoised), so references that multiply cost their count, not
   * their product; names on `stack` are being expanded, so meeting one again is a cycle.
   */
  private expand(name: string, stack: string[]): Expansion {
    const known = this.expansionsByName.get(name);
    if (known !== undefined) return known;
    // Met again while being expanded: the chain is closed by the frames that unwind to it.
    if (stack.includes(name)) return { value: undefined, height: 0, problem: { kind: 'cycle', chain: [name] } };
    const definition = this.lookup(name);
    if (definition === undefined) return this.remember(name, { value: undefined, height: 0 });
    if (stack.length >= MAXIMUM_WALKED_NESTING) return { value: undefined, height: MAXIMUM_WALKED_NESTING, problem: { kind: 'too-deep', chain: [name] } };
    const references = findReferences(definition.value);
    if (references.length === 0) return this.remember(name, { value: definition.value, height: 0 });
    stack.push(name);
    try {
      const limit = this.expansionLimit();
      const parts: string[] = [];
      let length = 0;
      let height = 0;
      let cursor = 0;
      for (const reference of references) {
        const inner = this.expand(reference.name, stack);
        if (inner.problem !== undefined) return this.failed(name, inner);
        parts.push(definition.value.slice(cursor, reference.start), inner.value ?? definition.value.slice(reference.start, reference.end));
        length += reference.start - cursor + (inner.value ?? '').length;
        if (inner.value !== undefined) height = Math.max(height, inner.height + 1);
        cursor = reference.end;
        if (length > limit) return this.remember(name, { value: undefined, height, problem: { kind: 'too-large', chain: [name] } });
      }
      parts.push(definition.value.slice(cursor));
      if (height >= SUBSTITUTION_PASSES) return this.remember(name, { value: undefined, height, problem: { kind: 'too-deep', chain: [name] } });
      return this.remember(name, { value: parts.join(''), height });
    } finally {
      stack.pop();
    }
  }

  /**
   * A name whose expansion met a problem has it too, the chain grown by the name. A cycle's chain
   * is closed once it ends on a name it already holds; a member's own chain stops where it comes
   * back to that member (`c → b → c`, not `c → b → c → b`).
   */
  private failed(name: string, inner: Expansion): Expansion {
    const problem = inner.problem as ExpansionProblem;
    if (problem.kind !== 'cycle') return this.remember(name, { value: undefined, height: inner.height, problem: { ...problem, chain: prepended(name, problem.chain) } });
    const back = problem.chain.indexOf(name);
    const chain = back === -1 ? [name, ...problem.chain] : [name, ...problem.chain.slice(0, back + 1)];
    const expansion: Expansion = { value: undefined, height: 0, problem: { kind: 'cycle', chain } };
    // An open chain (a member of a cycle still being expanded) depends on the stack: not remembered.
    return isClosed(chain) ? this.remember(name, expansion) : expansion;
  }

  private remember(name: string, expansion: Expansion): Expansion {
    this.expansionsByName.set(name, expansion);
    return expansion;
  }

  /**
   * What Postman sends for a field: each resolvable `{{name}}` replaced by its value, the
   * replacement pinned to the reference in the file. Unresolvable references stay as written,
   * which is what Postman sends too.
   */
  resolve(sourced: SourcedText, fallback: StringNode): { value: SourcedText; unresolved: string[] } {
    const references = findReferences(sourced.text);
    // Nothing to substitute: the text is sent as written (a copy would be the same pieces).
    if (references.length === 0) return { value: sourced, unresolved: [] };
    const parts: SourcedText[] = [];
    const unresolved: string[] = [];
    let cursor = 0;
    for (const reference of references) {
      const value = this.valueOf(reference.name);
      if (value === undefined) {
        unresolved.push(reference.name);
        continue;
      }
      parts.push(slice(sourced, cursor, reference.start));
      const span = locate(sourced, reference.start, reference.end, fallback);
      parts.push(anchored(value, span.node, span.start, span.end));
      for (const leftover of findReferences(value)) unresolved.push(leftover.name);
      cursor = reference.end;
    }
    parts.push(slice(sourced, cursor));
    return { value: concat(...parts), unresolved };
  }
}

export function scopeLayers(input: {
  readonly envVars: readonly VariableDefinition[];
  readonly environments: readonly (readonly VariableDefinition[])[];
  readonly item: readonly VariableDefinition[];
  readonly folders: readonly (readonly VariableDefinition[])[];
  readonly collection: readonly VariableDefinition[];
  readonly globals: readonly VariableDefinition[];
}): VariableScopes {
  // Later -e files win over earlier ones, as later definitions do within one list.
  return new VariableScopes([
    input.envVars,
    [...input.environments].reverse().flat(),
    input.item,
    ...[...input.folders].reverse(),
    input.collection,
    input.globals,
  ]);
}

export const SCOPE_LABELS: Readonly<Record<ScopeName, string>> = {
  'env-var': '--env-var',
  environment: 'the environment',
  item: 'the request',
  folder: 'a folder',
  collection: 'the collection',
  globals: 'globals',
};

export interface ScriptSetCall {
  readonly name: string;
  readonly line: StringNode;
  readonly nameStart: number;
  readonly nameEnd: number;
  /** Present when the value is a string literal on the same line. */
  readonly value?: { readonly text: string; readonly start: number; readonly end: number };
}

const SET_CALL =
  /\b(?:pm\s*\.\s*(?:environment|globals|collectionVariables|variables)\s*\.\s*set|postman\s*\.\s*set(?:Environment|Global)Variable)\s*\(\s*(['"`])((?:\\.|(?!\1)[^\\])*)\1\s*(?:,\s*(['"`])((?:\\.|(?!\3)[^\\])*)\3)?/g;

/** `pm.environment.set("name", "value")` and the legacy `postman.setEnvironmentVariable(…)` calls in scripts. */
export function scriptSetCalls(scripts: readonly ScriptModel[]): ScriptSetCall[] {
  const calls: ScriptSetCall[] = [];
  for (const script of scripts) {
    for (const line of script.lines) {
      // Every call the pattern matches spells `set`; most script lines have none.
      if (!line.value.includes('set')) continue;
      for (const match of allMatches(line.value, SET_CALL)) {
        const quote = match[1] ?? '';
        const name = match[2] ?? '';
        const nameStart = match.index + match[0].indexOf(quote) + 1;
        const call: ScriptSetCall = { name, line, nameStart, nameEnd: nameStart + name.length };
        const valueText = match[4];
        if (valueText !== undefined && !valueText.includes('\\') && !(match[3] === '`' && valueText.includes('${'))) {
          const valueStart = match.index + match[0].length - 1 - valueText.length;
          calls.push({ ...call, value: { text: valueText, start: valueStart, end: valueStart + valueText.length } });
        } else {
          calls.push(call);
        }
      }
    }
  }
  return calls;
}
