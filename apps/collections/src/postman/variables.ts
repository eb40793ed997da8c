import type { StringNode } from './json-source.js';
import type { ScopeName, ScriptModel, VariableDefinition } from './model.js';
import { allMatches } from './matches.js';
import { anchored, concat, locate, slice, type SourcedText } from './sourced-text.js';

/** Postman's own pattern: anything but braces between double braces. */
export const VARIABLE_REFERENCE = /\{\{([^{}]*?)\}\}/g;

/** Postman resolves a value that contains references again, up to this many passes. */
const SUBSTITUTION_PASSES = 19;

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
export class VariableScopes {
  private readonly layers: readonly (readonly VariableDefinition[])[];
  // Layers never change once built, and one scope serves every request of a folder: answers are kept.
  private readonly definitionsByName = new Map<string, VariableDefinition[]>();
  private readonly valuesByName = new Map<string, string | undefined>();
  private enabledNames: string[] | undefined;

  constructor(layers: readonly (readonly VariableDefinition[])[]) {
    this.layers = layers;
  }

  /** The enabled definition that wins; within one layer the last one wins, as in Postman's lists. */
  lookup(name: string): VariableDefinition | undefined {
    for (const layer of this.layers) {
      for (let index = layer.length - 1; index >= 0; index -= 1) {
        const definition = layer[index];
        if (definition !== undefined && definition.enabled && definition.name === name) return definition;
      }
    }
    return undefined;
  }

  definitionsOf(name: string): readonly VariableDefinition[] {
    let definitions = this.definitionsByName.get(name);
    if (definitions === undefined) {
      definitions = this.layers.flatMap((layer) => layer.filter((definition) => definition.name === name));
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
    if (this.valuesByName.has(name)) return this.valuesByName.get(name);
    const definition = this.lookup(name);
    const value = definition === undefined ? undefined : this.substituteText(definition.value, SUBSTITUTION_PASSES - 1);
    this.valuesByName.set(name, value);
    return value;
  }

  private substituteText(text: string, passes: number): string {
    let current = text;
    for (let pass = 0; pass < passes && current.includes('{{'); pass += 1) {
      const next = current.replace(VARIABLE_REFERENCE, (match, name: string) => this.lookup(name)?.value ?? match);
      if (next === current) break;
      current = next;
    }
    return current;
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
