import {
  checkFacts,
  credentialSpanInHeader,
  fatalMessage,
  findingToLintMessage,
  type Fact,
  type Finding,
  type LintMessage,
  type RuleSetting,
} from '@keylint/core';
import { analyzePostman, isKeyLike, KEY_CANDIDATE, type FactAnchors, type PostmanInputs } from './analyze.js';
import { collectionRuleRunner, type Anchor } from './collection-rule.js';
import { collectionRules } from './collection-rules.js';
import { positionAt, stringSourceOffsets, type JsonSource, type StringNode } from './json-source.js';
import { locate } from './sourced-text.js';

export interface PostmanCheckOptions extends PostmanInputs {
  /** Rule id → severity or `off`, for catalog and collection rules alike. */
  readonly severities?: Readonly<Record<string, RuleSetting>>;
}

/** A finding placed in the file: offsets into the text, and whether they cover exactly the characters the finding is about. */
export interface LocatedFinding {
  readonly ruleId: string;
  readonly messageId: string;
  readonly message: string;
  readonly severity: 'error' | 'warn';
  readonly start: number;
  readonly end: number;
  /** True when the span is characters written in the file (not a `{{variable}}` standing for them). */
  readonly exact: boolean;
  readonly finding?: Finding;
  readonly anchors?: FactAnchors;
  /** The fact the finding is about, when it is a core fact. */
  readonly fact?: Fact;
}

function place(source: JsonSource, anchor: Anchor, start: number, end: number): { start: number; end: number; exact: boolean } {
  const span = locate(anchor.text, start, end, anchor.fallback);
  const pieces = anchor.text.pieces.filter((piece) => start < piece.end && end > piece.start);
  const exact = end > start && pieces.length === 1 && pieces[0]?.kind === 'copy' && pieces[0].start <= start && pieces[0].end >= end;
  if (span.start === span.end && span.node.value.length === 0) {
    // An empty value has no characters; point at its quotes.
    return { start: span.node.start, end: span.node.end, exact: false };
  }
  const offsets = cachedStringSpan(source, span.node, span.start, span.end);
  return { ...offsets, exact };
}

/**
 * The source offsets of every character of a string, walked once per string: a value can carry
 * thousands of findings (one per zero-width space), and walking it again for each one is quadratic.
 */
const stringOffsets = new WeakMap<StringNode, number[]>();

function cachedStringSpan(source: JsonSource, node: StringNode, valueStart: number, valueEnd: number): { start: number; end: number } {
  let offsets = stringOffsets.get(node);
  if (offsets === undefined) {
    offsets = stringSourceOffsets(source, node);
    stringOffsets.set(node, offsets);
  }
  const last = offsets.length - 1;
  const clamp = (position: number): number => Math.max(0, Math.min(position, last));
  const start = offsets[clamp(valueStart)] ?? 0;
  const end = offsets[clamp(valueEnd)] ?? start;
  return { start, end: Math.max(start, end) };
}

/** A key that two facts share only when every field is the same (undefined, -0 and NaN kept apart). */
function contentKey(fact: Fact): string {
  return JSON.stringify(fact, (_name, value: unknown) => {
    if (value === undefined) return '\u0000undefined';
    if (typeof value === 'number' && (Object.is(value, -0) || !Number.isFinite(value))) return `\u0000${Object.is(value, -0) ? '-0' : String(value)}`;
    return value;
  });
}

/**
 * `checkFacts` over a batch where thousands of facts are equal (every request of a folder sends
 * the same headers to the same endpoints). Core checks each fact on its own, so equal facts get
 * equal findings: each distinct fact is checked once, and its findings are given to every copy,
 * in the order `checkFacts` would have returned them.
 */
function checkDistinctFacts(facts: readonly Fact[], severities: Readonly<Record<string, RuleSetting>>): Finding[] {
  const representatives = new Map<string, Fact>();
  const representativeOf: Fact[] = [];
  for (const fact of facts) {
    const key = contentKey(fact);
    let representative = representatives.get(key);
    if (representative === undefined) {
      representative = fact;
      representatives.set(key, fact);
    }
    representativeOf.push(representative);
  }
  const findingsOf = new Map<Fact, Finding[]>();
  for (const finding of checkFacts([...representatives.values()], { severities })) {
    const list = findingsOf.get(finding.fact);
    if (list === undefined) findingsOf.set(finding.fact, [finding]);
    else list.push(finding);
  }
  const findings: Finding[] = [];
  facts.forEach((fact, index) => {
    const representative = representativeOf[index] ?? fact;
    for (const finding of findingsOf.get(representative) ?? []) findings.push(representative === fact ? finding : { ...finding, fact });
  });
  return findings;
}

function toMessage(source: JsonSource, located: LocatedFinding): LintMessage {
  const start = positionAt(source.lineStarts, located.start);
  const end = positionAt(source.lineStarts, located.end);
  const position = { line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
  if (located.finding !== undefined) return findingToLintMessage(located.finding, position);
  return { ruleId: located.ruleId, severity: located.severity === 'error' ? 2 : 1, message: located.message, messageId: located.messageId, ...position };
}

export interface PostmanCheckResult {
  readonly messages: LintMessage[];
  readonly located: LocatedFinding[];
  /** Literal values written in the file that have a known key shape, placed in the file (for sanitize). */
  readonly keyShaped: LocatedFinding[];
  readonly kind?: 'collection' | 'environment' | 'globals';
  readonly source?: JsonSource;
}

/** Runs the catalog and the collection rules over one export; every finding placed at its characters in the file. */
export function checkPostmanDocument(text: string, options: PostmanCheckOptions): PostmanCheckResult {
  const severities = options.severities ?? {};
  // Field and request-auth facts are checked as the analysis produces them, so they need not outlive it.
  const collectionChecks = collectionRuleRunner(collectionRules, severities);
  const analysis = analyzePostman(text, options, { onCollectionFact: collectionChecks.check });
  if (!analysis.ok) {
    return { keyShaped: [], messages: [fatalMessage(`${options.filePath}: ${analysis.reason}${analysis.located ? ` at line ${analysis.line}, column ${analysis.column}` : ''}`, analysis.line, analysis.column)], located: [] };
  }
  const { source } = analysis;
  const located: LocatedFinding[] = [];
  const seen = new Set<string>();
  const keep = (finding: LocatedFinding): void => {
    // The same characters reached twice (an inherited auth block, a key in a header and in its attribute) are one problem.
    const key = `${finding.ruleId}:${finding.start}:${finding.end}`;
    if (seen.has(key)) return;
    seen.add(key);
    located.push(finding);
  };
  for (const finding of checkDistinctFacts(analysis.coreFacts, severities)) {
    const anchors = analysis.anchors.get(finding.fact);
    if (anchors === undefined) continue;
    const anchor = finding.location.field === 'name' ? (anchors.name ?? anchors.value) : anchors.value;
    const span = place(source, anchor, finding.location.start, finding.location.end);
    keep({ ruleId: finding.ruleId, messageId: finding.messageId, message: finding.message, severity: finding.severity, ...span, finding, anchors, fact: finding.fact });
  }
  // The variable references are complete only now (a reference seen from several requests is merged).
  for (const fact of analysis.collectionFacts) collectionChecks.check(fact);
  for (const finding of collectionChecks.findings) {
    const span = place(source, finding.anchor, finding.start, finding.end);
    keep({ ruleId: finding.ruleId, messageId: finding.messageId, message: finding.message, severity: finding.severity, ...span });
  }
  located.sort((left, right) => left.start - right.start || left.end - right.end || left.ruleId.localeCompare(right.ruleId));
  const keyShaped: LocatedFinding[] = [];
  for (const fact of analysis.coreFacts) {
    if ((fact.kind !== 'key' && fact.kind !== 'header') || !fact.literal) continue;
    const anchors = analysis.anchors.get(fact);
    if (anchors === undefined) continue;
    const span = fact.kind === 'header' ? credentialSpanInHeader(fact.name, fact.value) : { start: 0, end: fact.value.length };
    if (span === undefined) continue;
    // Every key-shaped token in the part core reads as the key (`Bearer sk-…` in x-api-key included).
    for (const match of fact.value.slice(span.start, span.end).matchAll(KEY_CANDIDATE)) {
      if (!isKeyLike(match[0])) continue;
      const start = span.start + match.index;
      const placed = place(source, anchors.value, start, start + match[0].length);
      keyShaped.push({ ruleId: 'key-shaped', messageId: 'keyShaped', message: '', severity: 'error', ...placed, anchors, fact });
    }
  }
  return { messages: located.map((finding) => toMessage(source, finding)), located, keyShaped, kind: analysis.kind, source };
}

/**
 * Checks one Postman collection, environment or globals export. Never throws: broken JSON and
 * unsupported formats come back as one fatal message naming the file.
 */
export function checkPostmanText(text: string, options: PostmanCheckOptions): LintMessage[] {
  try {
    return checkPostmanDocument(text, options).messages;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return [fatalMessage(`${options.filePath}: could not be checked (${reason})`)];
  }
}
