import { checkFacts, type Finding, type TextEdit } from '@keylint/core';
import type { FactSink, FactSource } from './adapters/sink.js';
import { exactEditRange, sourceRangeOf, type StaticText } from './adapters/static-text.js';

/** A finding placed in the file: source offsets, ready for `context.report`. */
export interface PlacedFinding {
  readonly messageId: string;
  readonly data: Readonly<Record<string, string>>;
  readonly range: readonly [number, number];
  readonly fix?: { readonly range: readonly [number, number]; readonly text: string };
  readonly suggestions: readonly PlacedSuggestion[];
}

export interface PlacedSuggestion {
  readonly messageId: string;
  readonly data: Readonly<Record<string, string>>;
  readonly range: readonly [number, number];
  readonly text: string;
}

/** Findings of one file, by rule id. */
export type FileFindings = ReadonlyMap<string, readonly PlacedFinding[]>;

/** A hard-coded value replaced by a reference to where it should live (`process.env.OPENAI_API_KEY`). */
const ENVIRONMENT_REFERENCE = /^(?:process\.env|import\.meta\.env)\.[A-Za-z_][A-Za-z0-9_]*$/;

function fieldText(source: FactSource, field: 'value' | 'name'): StaticText | undefined {
  return field === 'name' ? source.name : source.value;
}

/** The whole literal the field text is, when it is exactly one string or template literal. */
function wholeLiteral(text: StaticText): readonly [number, number] | undefined {
  const root = text.root;
  if (root.type === 'Literal' || (root.type === 'TemplateLiteral' && root.expressions.length === 0)) return root.range;
  const only = text.pieces.length === 1 ? text.pieces[0] : undefined;
  if (only?.node.type === 'Literal') return only.node.range;
  if (only?.node.type === 'TemplateElement' && only.node.parent.type === 'TemplateLiteral' && only.node.parent.expressions.length === 0) return only.node.parent.range;
  return undefined;
}

/** Text that can sit verbatim between the backticks of a template literal. */
const UNSAFE_IN_TEMPLATE = /[`\\]|\$\{/;

/**
 * A hard-coded value swapped for an environment read: the whole literal becomes the reference, or
 * a template literal around it when the value has text before or after (`'Bearer sk-…'` →
 * `` `Bearer ${process.env.OPENAI_API_KEY}` ``). Only for one literal whose text is written as is.
 */
function environmentReference(text: StaticText, edit: TextEdit): { range: readonly [number, number]; text: string } | undefined {
  const literal = wholeLiteral(text);
  if (literal === undefined || text.pieces.length !== 1 || text.pieces[0]?.sourceStart === undefined) return undefined;
  if (edit.start === 0 && edit.end === text.text.length) return { range: literal, text: edit.text };
  const before = text.text.slice(0, edit.start);
  const after = text.text.slice(edit.end);
  if (UNSAFE_IN_TEMPLATE.test(before) || UNSAFE_IN_TEMPLATE.test(after)) return undefined;
  return { range: literal, text: `\`${before}\${${edit.text}}${after}\`` };
}

/**
 * Where an edit of core's goes in the file. Edits inside a literal apply only when the literal has
 * no escapes (offsets then map one to one); an edit that swaps a whole literal for an environment
 * reference replaces the literal, quotes and all.
 */
function placeEdit(source: FactSource, edit: TextEdit): { range: readonly [number, number]; text: string } | undefined {
  const text = fieldText(source, edit.field);
  if (text === undefined) return undefined;
  if (ENVIRONMENT_REFERENCE.test(edit.text)) return environmentReference(text, edit);
  const range = exactEditRange(text, edit.start, edit.end, edit.text);
  return range === undefined ? undefined : { range, text: edit.text };
}

function placeFinding(finding: Finding, source: FactSource): PlacedFinding {
  const text = fieldText(source, finding.location.field);
  const range = text === undefined ? source.node.range : sourceRangeOf(text, finding.location.start, finding.location.end);
  const fix = finding.fix === undefined ? undefined : placeEdit(source, finding.fix);
  const suggestions = (finding.suggestions ?? []).flatMap((suggestion) => {
    const placed = placeEdit(source, suggestion.fix);
    return placed === undefined ? [] : [{ messageId: suggestion.messageId, data: suggestion.data ?? {}, ...placed }];
  });
  return { messageId: finding.messageId, data: finding.data, range, ...(fix === undefined ? {} : { fix }), suggestions };
}

/**
 * Runs the whole catalog once over a file's facts and places every finding. The same value
 * reached twice (a `const` key used in two requests) is reported once per place.
 */
export function placeFindings(sink: FactSink): FileFindings {
  const byRule = new Map<string, PlacedFinding[]>();
  // Most files carry no fact at all; core has nothing to say about them.
  if (sink.facts.length === 0) return byRule;
  const seen = new Set<string>();
  for (const finding of checkFacts(sink.facts)) {
    const source = sink.sources.get(finding.fact);
    if (source === undefined) continue;
    const placed = placeFinding(finding, source);
    const identity = `${finding.ruleId}\u0000${finding.messageId}\u0000${placed.range[0]}\u0000${placed.range[1]}`;
    if (seen.has(identity)) continue;
    seen.add(identity);
    const list = byRule.get(finding.ruleId) ?? [];
    list.push(placed);
    byRule.set(finding.ruleId, list);
  }
  return byRule;
}
