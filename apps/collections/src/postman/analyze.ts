import { credentialSpanInHeader, factsFromSetting, keyShapeOf, redactSecretsInText, type EndpointFact, type Fact, type FactOrigin, type HeaderEntry, type HeaderFact, type KeyFact } from '@keylint/core';
import { attribute, attributeAnchor, effectiveAuth, inheritedAuth, SECRET_AUTH_ATTRIBUTES } from './auth.js';
import type { Anchor, CollectionFact, RequestAuthFact } from './collection-rule.js';
import { detectFormat } from './format.js';
import { isObject, memberNameNode, parseJsonSource, stringValue, type AnyNode, type ObjectNode, type JsonSource, type StringNode } from './json-source.js';
import {
  readCollection,
  readVariableFile,
  type AuthBlock,
  type CollectionModel,
  type FolderModel,
  type RequestModel,
  type ScopeName,
  type VariableDefinition,
  type VariableFileModel,
} from './model.js';
import { allMatches } from './matches.js';
import { anchored, concat, fromNode, slice, type SourcedText } from './sourced-text.js';
import { findReferences, scopeLayers, scriptSetCalls, type ExpansionProblem, type ScriptSetCall, type VariableScopes } from './variables.js';

/**
 * Turns a Postman export into facts: core facts for what each request really sends (after
 * variable substitution, auth inheritance and the auth helpers) plus every secret written in the
 * file, and collection facts for the collection rules. Each fact keeps anchors back to the JSON.
 * No decision about what is wrong is made here.
 */

export interface PostmanInputs {
  readonly filePath: string;
  /** Texts of environment exports, applied in order (a later one wins). */
  readonly environments?: readonly string[];
  /** Text of a globals export. */
  readonly globals?: string;
  /** `--env-var name=value` pairs; they win over everything. */
  readonly envVars?: Readonly<Record<string, string>>;
  /** Extra variable names that hold keys (config `keyVariables`). */
  readonly keyVariables?: readonly string[];
}

export interface AnalyzeOptions {
  /**
   * Receives each field and request-auth fact as soon as it is complete, instead of the result's
   * `collectionFacts` (which then holds only the variable references): a caller that checks them
   * at once does not keep tens of thousands of facts alive.
   */
  readonly onCollectionFact?: (fact: CollectionFact) => void;
}

export interface FactAnchors {
  readonly value: Anchor;
  readonly name?: Anchor;
  /** The value is a variable definition's value (sanitize blanks it instead of referencing itself). */
  readonly definition?: { readonly name: string };
}

export type Analysis =
  | { readonly ok: false; readonly reason: string; readonly line: number; readonly column: number; readonly located: boolean }
  | {
      readonly ok: true;
      readonly kind: 'collection' | 'environment' | 'globals';
      readonly source: JsonSource;
      readonly coreFacts: readonly Fact[];
      readonly anchors: ReadonlyMap<Fact, FactAnchors>;
      readonly collectionFacts: readonly CollectionFact[];
    };

/**
 * A token core treats as a key: it has a known key shape, or core's redaction would hide it in
 * output. The second catches keys whose body looks typed (`sk-or-v1-…cccccc…`), which must not be
 * shared either.
 */
export function isKeyLike(token: string): boolean {
  return keyShapeOf(token) !== undefined || redactSecretsInText(token) !== token;
}

/** A run that may be a key: base64url characters, or Google's auth keys (`AQ.…`, `IQ.…`) whose bodies carry dots. */
export const KEY_CANDIDATE = /(?<![A-Za-z0-9_-])(?:[AI]Q\.[A-Za-z0-9_.-]{20,}|[A-Za-z0-9][A-Za-z0-9_-]{18,})/g;
const WHOLE_REFERENCE = /^\s*\{\{[^{}]*\}\}\s*$/;
const BODY_PRUNED_METHODS = new Set(['GET', 'HEAD', 'COPY', 'PURGE', 'UNLOCK']);
const RAW_LANGUAGE_CONTENT_TYPES: Readonly<Record<string, string>> = {
  json: 'application/json',
  javascript: 'application/javascript',
  html: 'text/html',
  xml: 'application/xml',
  text: 'text/plain',
};

interface Builder {
  readonly source: JsonSource;
  readonly origin: FactOrigin;
  readonly keyVariables: readonly string[];
  readonly coreFacts: Fact[];
  readonly anchors: Map<Fact, FactAnchors>;
  readonly collectionFacts: CollectionFact[];
  readonly onCollectionFact: ((fact: CollectionFact) => void) | undefined;
  /** Spans of string nodes already given to a fact as a secret, so the sweep does not add them twice. */
  readonly covered: Map<StringNode, { start: number; end: number }[]>;
  readonly references: Map<string, CollectionFact>;
  /** Cycles and runaway expansions a reference already carries: one report each, not one per name or use. */
  readonly expansionProblemOrigins: Set<string>;
}

function addCoreFact(builder: Builder, fact: Fact, anchors: FactAnchors): void {
  builder.coreFacts.push(fact);
  builder.anchors.set(fact, anchors);
  if (fact.kind === 'key') cover(builder, anchors.value.text);
  if (fact.kind === 'header') {
    // Only the part core reads as a key is covered; a key in any other header is left to the sweep.
    const credential = credentialSpanInHeader(fact.name, fact.value);
    if (credential !== undefined) cover(builder, slice(anchors.value.text, credential.start, credential.end));
  }
}

function cover(builder: Builder, text: SourcedText): void {
  for (const piece of text.pieces) {
    if (piece.kind !== 'copy') continue;
    const spans = builder.covered.get(piece.node) ?? [];
    spans.push({ start: piece.nodeStart, end: piece.nodeStart + (piece.end - piece.start) });
    builder.covered.set(piece.node, spans);
  }
}

type Writable<T> = { -readonly [Key in keyof T]: T[Key] };

function emitCollectionFact(builder: Builder, fact: CollectionFact): void {
  if (builder.onCollectionFact === undefined) builder.collectionFacts.push(fact);
  else builder.onCollectionFact(fact);
}

function anchorOf(text: SourcedText, fallback: StringNode): Anchor {
  return { text, fallback };
}

/** Key facts (and identifiers) a name = value pair carries; a Postman variable is text, never an SDK base URL. */
function settingFacts(builder: Builder, name: string, value: string, medium: 'collection' | 'environment', literal: boolean): Fact[] {
  return factsFromSetting({ name, value, origin: { ...builder.origin, medium }, access: 'define', literal, extraKeyNames: builder.keyVariables }).filter(
    // A value that is or holds a `{{reference}}` is only known at send time: no key to judge here.
    (fact) => fact.kind !== 'endpoint' && !(fact.kind === 'key' && hasReference(fact.value)),
  );
}

function addVariableDefinitionFacts(builder: Builder, definition: VariableDefinition, medium: 'collection' | 'environment'): void {
  const nameNode = definition.nameNode;
  if (nameNode === undefined) return;
  const valueText = definition.valueNode === undefined ? anchored(definition.value, nameNode) : fromNode(definition.valueNode);
  const fallback = definition.valueNode ?? nameNode;
  const literal = definition.valueNode !== undefined && findReferences(definition.value).length === 0;
  for (const fact of settingFacts(builder, definition.name, definition.value, medium, literal)) {
    addCoreFact(builder, fact, { value: anchorOf(valueText, fallback), name: anchorOf(fromNode(nameNode), nameNode), definition: { name: definition.name } });
  }
  if (definition.valueNode !== undefined) {
    emitCollectionFact(builder, { kind: 'field', label: `Variable ${definition.name}`, value: definition.value, anchors: { value: anchorOf(valueText, fallback) } });
  }
}

interface ReferenceScope {
  readonly definedIn: readonly ScopeName[];
  readonly disabledIn: readonly ScopeName[];
  readonly expansionProblem?: ExpansionProblem;
}

function scopeOf(definitions: readonly VariableDefinition[], name: string): ReferenceScope {
  const matching = definitions.filter((definition) => definition.name === name);
  return {
    definedIn: [...new Set(matching.filter((definition) => definition.enabled).map((definition) => definition.scope))],
    disabledIn: [...new Set(matching.filter((definition) => !definition.enabled).map((definition) => definition.scope))],
  };
}

// One scope serves every request of a folder; what it says about a name is worked out once.
const referenceScopes = new WeakMap<VariableScopes, Map<string, ReferenceScope>>();
const knownNamesOfScopes = new WeakMap<VariableScopes, { readonly scriptNames: ReadonlySet<string>; readonly knownNames: readonly string[] }>();

function referenceScope(scopes: VariableScopes, name: string): ReferenceScope {
  let byName = referenceScopes.get(scopes);
  if (byName === undefined) {
    byName = new Map();
    referenceScopes.set(scopes, byName);
  }
  let scope = byName.get(name);
  if (scope === undefined) {
    const problem = scopes.expansionProblem(name);
    scope = { ...scopeOf(scopes.definitionsOf(name), name), ...(problem === undefined ? {} : { expansionProblem: problem }) };
    byName.set(name, scope);
  }
  return scope;
}

function knownNames(scopes: VariableScopes, scriptNames: ReadonlySet<string>): readonly string[] {
  const known = knownNamesOfScopes.get(scopes);
  if (known !== undefined && known.scriptNames === scriptNames) return known.knownNames;
  const names = [...new Set([...scopes.names(), ...scriptNames])];
  knownNamesOfScopes.set(scopes, { scriptNames, knownNames: names });
  return names;
}

function includesAll(list: readonly ScopeName[], added: readonly ScopeName[]): boolean {
  return added.every((scope) => list.includes(scope));
}

interface ReferenceContext {
  readonly scopes: VariableScopes;
  readonly scriptNames: ReadonlySet<string>;
  readonly externalScopesSupplied: boolean;
}

/** What every name caught in one problem shares: the cycle's members, or the name where the expansion broke down. */
function problemOrigin(problem: ExpansionProblem): string {
  const last = problem.chain[problem.chain.length - 1] ?? '';
  if (problem.kind !== 'cycle') return `${problem.kind}:${last}`;
  return `cycle:${[...new Set(problem.chain.slice(problem.chain.indexOf(last)))].sort().join('\u0000')}`;
}

/** One variable-reference fact per `{{name}}` written in a field Postman substitutes. */
function addReferences(builder: Builder, text: SourcedText, fallback: StringNode, context: ReferenceContext): void {
  for (const reference of findReferences(text.text)) {
    const referenceText = slice(text, reference.start, reference.end);
    const first = referenceText.pieces[0];
    if (first === undefined || first.kind !== 'copy') continue;
    const key = `${first.node.start}:${first.nodeStart}`;
    let scope = referenceScope(context.scopes, reference.name);
    if (scope.expansionProblem !== undefined) {
      // Requests are read before definitions, so the report lands where a request uses the variable when one does.
      const origin = problemOrigin(scope.expansionProblem);
      if (builder.expansionProblemOrigins.has(origin)) scope = { definedIn: scope.definedIn, disabledIn: scope.disabledIn };
      else builder.expansionProblemOrigins.add(origin);
    }
    const existing = builder.references.get(key);
    if (existing !== undefined && existing.kind === 'variable-reference') {
      // The same field seen from several requests (an inherited auth block): defined for one is defined.
      if (includesAll(existing.definedIn, scope.definedIn) && includesAll(existing.disabledIn, scope.disabledIn) && (existing.expansionProblem !== undefined || scope.expansionProblem === undefined)) continue;
      builder.references.set(key, {
        ...existing,
        ...(existing.expansionProblem === undefined && scope.expansionProblem !== undefined ? { expansionProblem: scope.expansionProblem } : {}),
        definedIn: [...new Set([...existing.definedIn, ...scope.definedIn])],
        disabledIn: [...new Set([...existing.disabledIn, ...scope.disabledIn])],
      });
      continue;
    }
    addKeyShapedName(builder, reference.name, slice(text, reference.start + 2, reference.end - 2), fallback, 'a {{variable}} name');
    builder.references.set(key, {
      kind: 'variable-reference',
      name: reference.name,
      definedIn: scope.definedIn,
      disabledIn: scope.disabledIn,
      ...(scope.expansionProblem === undefined ? {} : { expansionProblem: scope.expansionProblem }),
      setByScript: context.scriptNames.has(reference.name),
      knownNames: knownNames(context.scopes, context.scriptNames),
      externalScopesSupplied: context.externalScopesSupplied,
      anchors: { reference: anchorOf(referenceText, fallback) },
    });
  }
}

/**
 * A key pasted where a name goes (`Bearer {{sk-proj-…}}`, a JSON property named by the key) is
 * written into the file all the same. Only a known key shape counts here: long variable and
 * property names are common, a provider's key prefix in one is not.
 */
function addKeyShapedName(builder: Builder, name: string, written: SourcedText, fallback: StringNode, label: string): void {
  if (name.length < MINIMUM_CANDIDATE_LENGTH) return;
  for (const match of allMatches(name, KEY_CANDIDATE)) {
    if (keyShapeOf(match[0]) === undefined) continue;
    const offset = written.text.indexOf(match[0]);
    if (offset === -1) continue;
    const fact: KeyFact = { kind: 'key', value: match[0], literal: true, origin: { ...builder.origin, medium: 'collection' }, name: label };
    addCoreFact(builder, fact, { value: anchorOf(slice(written, offset, offset + match[0].length), fallback) });
  }
}

function sweepMemberName(builder: Builder, object: ObjectNode, index: number, medium: 'collection' | 'environment'): void {
  const name = object.names[index] ?? '';
  if (name.length < MINIMUM_CANDIDATE_LENGTH) return;
  for (const match of allMatches(name, KEY_CANDIDATE)) {
    if (keyShapeOf(match[0]) === undefined) continue;
    const nameNode = memberNameNode(object, index);
    if (nameNode === undefined) return;
    const fact: KeyFact = { kind: 'key', value: match[0], literal: true, origin: { ...builder.origin, medium }, name: 'a JSON property name' };
    addCoreFact(builder, fact, { value: anchorOf(slice(fromNode(nameNode), match.index, match.index + match[0].length), nameNode) });
  }
}

interface SentHeader {
  readonly name: SourcedText;
  readonly value: SourcedText;
  readonly nameAnchor: StringNode;
  readonly valueAnchor: StringNode;
  /** The credential is written in the file itself rather than coming from a variable. */
  readonly literal: boolean;
}

function hasReference(text: string): boolean {
  return findReferences(text).length > 0;
}

function withoutHeader(headers: SentHeader[], name: string): SentHeader[] {
  const lower = name.toLowerCase();
  return headers.filter((header) => header.name.text.toLowerCase() !== lower);
}

/** `?a=1&b=2` with every `name=` parameter removed and `name=value` appended, as the apikey and oauth2 helpers do. */
function withQueryParameter(url: SourcedText, name: string, value: SourcedText, nameAnchor: StringNode): SourcedText {
  const hashIndex = url.text.indexOf('#');
  const beforeHash = hashIndex === -1 ? url : slice(url, 0, hashIndex);
  const hash = hashIndex === -1 ? undefined : slice(url, hashIndex);
  const questionIndex = beforeHash.text.indexOf('?');
  const base = questionIndex === -1 ? beforeHash : slice(beforeHash, 0, questionIndex);
  const kept: SourcedText[] = [];
  if (questionIndex !== -1) {
    let cursor = questionIndex + 1;
    for (const parameter of beforeHash.text.slice(questionIndex + 1).split('&')) {
      const parameterName = parameter.split('=')[0] ?? '';
      if (parameter.length > 0 && parameterName !== name) kept.push(slice(beforeHash, cursor, cursor + parameter.length));
      cursor += parameter.length + 1;
    }
  }
  const parameters: SourcedText[] = [];
  for (const parameter of kept) parameters.push(parameters.length === 0 ? parameter : concat(anchored('&', nameAnchor, 0, 0), parameter));
  const added = concat(anchored(`${parameters.length === 0 ? '' : '&'}${name}=`, nameAnchor), value);
  return concat(base, anchored('?', nameAnchor, 0, 0), ...parameters, added, ...(hash === undefined ? [] : [hash]));
}

function resolvedAttribute(block: AuthBlock, key: string, scopes: VariableScopes): { text: SourcedText; anchor: StringNode; literal: boolean } | undefined {
  const found = attribute(block, key);
  const anchor = attributeAnchor(block, found);
  if (found === undefined || anchor === undefined) return undefined;
  const written = found.valueNode === undefined ? anchored(found.value, anchor) : fromNode(found.valueNode);
  return { text: scopes.resolve(written, anchor).value, anchor, literal: found.valueNode !== undefined && !hasReference(found.value) };
}

/** What the auth helpers do to the headers and URL (postman-runtime's bearer, apikey, basic and oauth2 authorizers). */
function applyAuth(block: AuthBlock, headers: SentHeader[], url: SourcedText | undefined, scopes: VariableScopes): { headers: SentHeader[]; url: SourcedText | undefined } {
  const typeAnchor = block.typeNode;
  if (typeAnchor === undefined) return { headers, url };
  switch (block.type) {
    case 'bearer': {
      const token = resolvedAttribute(block, 'token', scopes);
      if (token === undefined || token.text.text.length === 0) return { headers, url };
      const header: SentHeader = {
        name: anchored('Authorization', token.anchor),
        value: concat(anchored('Bearer ', token.anchor, 0, 0), token.text),
        nameAnchor: token.anchor,
        valueAnchor: token.anchor,
        literal: token.literal,
      };
      return { headers: [...withoutHeader(headers, 'Authorization'), header], url };
    }
    case 'apikey': {
      const key = resolvedAttribute(block, 'key', scopes);
      const value = resolvedAttribute(block, 'value', scopes);
      const keyText = key?.text.text ?? '';
      const valueText = value?.text ?? anchored('', typeAnchor);
      if (keyText.length === 0 && valueText.text.length === 0) return { headers, url };
      const where = attribute(block, 'in')?.value ?? 'header';
      const nameAnchor = key?.anchor ?? typeAnchor;
      if (where === 'query') {
        return { headers, url: url === undefined ? undefined : withQueryParameter(url, keyText, valueText, nameAnchor) };
      }
      const header: SentHeader = {
        name: key?.text ?? anchored('', typeAnchor),
        value: valueText,
        nameAnchor,
        valueAnchor: value?.anchor ?? typeAnchor,
        literal: value?.literal ?? false,
      };
      return { headers: [...withoutHeader(headers, keyText), header], url };
    }
    case 'oauth2': {
      const token = resolvedAttribute(block, 'accessToken', scopes);
      if (token === undefined || token.text.text.length === 0) return { headers, url };
      const addTo = attribute(block, 'addTokenTo')?.value ?? 'header';
      if (addTo === 'queryParams') {
        return { headers, url: url === undefined ? undefined : withQueryParameter(url, 'access_token', token.text, token.anchor) };
      }
      const prefix = attribute(block, 'headerPrefix')?.value ?? 'Bearer';
      const header: SentHeader = {
        name: anchored('Authorization', token.anchor),
        value: concat(anchored(prefix.length === 0 ? '' : `${prefix} `, token.anchor, 0, 0), token.text),
        nameAnchor: token.anchor,
        valueAnchor: token.anchor,
        literal: token.literal,
      };
      return { headers: [...withoutHeader(headers, 'Authorization'), header], url };
    }
    case 'basic': {
      const username = resolvedAttribute(block, 'username', scopes)?.text.text ?? '';
      const password = resolvedAttribute(block, 'password', scopes);
      const anchor = password?.anchor ?? typeAnchor;
      const credentials = `${username}:${password?.text.text ?? ''}`;
      // Basic auth carries no API key in a form core reads; the header still counts as "auth sent".
      const encoded = btoa(String.fromCharCode(...new TextEncoder().encode(credentials)));
      const header: SentHeader = { name: anchored('Authorization', anchor), value: anchored(`Basic ${encoded}`, anchor), nameAnchor: anchor, valueAnchor: anchor, literal: false };
      return { headers: [...withoutHeader(headers, 'Authorization'), header], url };
    }
    default:
      return { headers, url };
  }
}

/** `/:name` path segments replaced by the request's path variables, as Postman does before sending. */
function withPathVariables(url: SourcedText, request: RequestModel, scopes: VariableScopes): SourcedText {
  if (request.url === undefined || request.url.pathVariables.length === 0) return url;
  const parts: SourcedText[] = [];
  let cursor = 0;
  for (const match of url.text.matchAll(/\/:([A-Za-z0-9_.-]+)/g)) {
    const variable = request.url.pathVariables.find((entry) => entry.key === match[1]);
    if (variable === undefined || variable.value.length === 0) continue;
    const anchor = variable.valueNode ?? request.url.anchor;
    const written = variable.valueNode === undefined ? anchored(variable.value, anchor) : fromNode(variable.valueNode);
    parts.push(slice(url, cursor, match.index + 1), scopes.resolve(written, anchor).value);
    cursor = match.index + match[0].length;
  }
  parts.push(slice(url, cursor));
  return concat(...parts);
}

function bodyIsJson(raw: string, language: string | undefined): boolean {
  if (language === 'json') return true;
  const trimmed = raw.trim();
  if (!trimmed.startsWith('{') && !trimmed.startsWith('[')) return false;
  try {
    // Variables in a JSON body are usually values: stand in a number so the shape can be judged.
    JSON.parse(trimmed.replace(/"?\{\{[^{}]*?\}\}"?/g, '0'));
    return true;
  } catch {
    return false;
  }
}

function addRequestFacts(builder: Builder, collection: CollectionModel, request: RequestModel, scopes: VariableScopes, context: { scriptNames: ReadonlySet<string>; externalScopesSupplied: boolean }): void {
  const referenceContext: ReferenceContext = { scopes, scriptNames: context.scriptNames, externalScopesSupplied: context.externalScopesSupplied };
  const requestAnchorNode = request.nameNode ?? request.url?.anchor ?? request.headers[0]?.anchor;

  // Headers as written, then as the auth helper leaves them.
  let headers: SentHeader[] = [];
  const manualHeaders: { name: string; index: number }[] = [];
  const manualAnchors: Record<string, Anchor> = {};
  for (const header of request.headers) {
    if (!header.enabled) continue;
    addReferences(builder, header.name, header.nameAnchor, referenceContext);
    addReferences(builder, header.value, header.anchor, referenceContext);
    const name = scopes.resolve(header.name, header.nameAnchor).value;
    const value = scopes.resolve(header.value, header.anchor).value;
    headers.push({ name, value, nameAnchor: header.nameAnchor, valueAnchor: header.anchor, literal: !hasReference(header.value.text) });
    emitCollectionFact(builder, { kind: 'field', label: `Header ${name.text}`, value: header.value.text, anchors: { value: anchorOf(header.value, header.anchor) } });
    manualAnchors[`header${manualHeaders.length}`] = anchorOf(header.name, header.nameAnchor);
    manualHeaders.push({ name: name.text, index: manualHeaders.length });
  }

  let url: SourcedText | undefined;
  if (request.url !== undefined) {
    addReferences(builder, request.url.text, request.url.anchor, referenceContext);
    for (const variable of request.url.pathVariables) {
      if (variable.valueNode !== undefined) addReferences(builder, fromNode(variable.valueNode), variable.valueNode, referenceContext);
    }
    emitCollectionFact(builder, { kind: 'field', label: 'The URL', value: request.url.text.text, anchors: { value: anchorOf(request.url.text, request.url.anchor) } });
    url = withPathVariables(scopes.resolve(request.url.text, request.url.anchor).value, request, scopes);
  }

  const auth = effectiveAuth(collection, request);
  if (auth !== undefined) {
    for (const found of auth.block.attributes.values()) {
      if (found.valueNode !== undefined) addReferences(builder, fromNode(found.valueNode), found.valueNode, referenceContext);
    }
    ({ headers, url } = applyAuth(auth.block, headers, url, scopes));
  }

  // A URL without a scheme is sent over plain http by Postman.
  if (url !== undefined && url.text.length > 0 && !/^[A-Za-z][A-Za-z0-9+.-]*:\/\//.test(url.text) && !url.text.startsWith('{{')) {
    url = concat(anchored('http://', request.url?.anchor ?? (url.pieces[0]?.node as StringNode), 0, 0), url);
  }
  const destination = url !== undefined && url.text.length > 0 && !hasReference(url.text) ? url.text : undefined;

  const body = request.body !== undefined && !BODY_PRUNED_METHODS.has(request.method) ? request.body : undefined;
  let bodyKind: { json: boolean } | undefined;
  let contentType: string | undefined;
  if (body !== undefined) {
    if (body.mode === 'raw' && body.raw !== undefined && body.raw.value.length > 0) {
      addReferences(builder, fromNode(body.raw), body.raw, referenceContext);
      const resolved = scopes.resolve(fromNode(body.raw), body.raw).value.text;
      bodyKind = { json: bodyIsJson(resolved, body.language) };
      contentType = RAW_LANGUAGE_CONTENT_TYPES[body.language ?? 'text'] ?? 'text/plain';
    } else if (body.mode === 'urlencoded' || body.mode === 'formdata') {
      const enabled = body.fields.filter((field) => field.enabled);
      if (enabled.length > 0) {
        bodyKind = { json: false };
        contentType = body.mode === 'urlencoded' ? 'application/x-www-form-urlencoded' : 'multipart/form-data';
      }
      for (const field of enabled) {
        if (field.valueNode === undefined) continue;
        addReferences(builder, fromNode(field.valueNode), field.valueNode, referenceContext);
        const literal = !hasReference(field.value);
        for (const fact of settingFacts(builder, field.key, field.value, 'collection', literal)) {
          if (fact.kind !== 'key') continue;
          const keyFact: KeyFact = destination === undefined ? fact : { ...fact, destination };
          addCoreFact(builder, keyFact, { value: anchorOf(fromNode(field.valueNode), field.valueNode), ...(field.keyNode === undefined ? {} : { name: anchorOf(fromNode(field.keyNode), field.keyNode) }) });
        }
      }
    } else if (body.mode === 'file' || body.mode === 'graphql') {
      bodyKind = { json: body.mode === 'graphql' };
      contentType = body.mode === 'graphql' ? 'application/json' : undefined;
    }
  }

  for (const header of headers) {
    // A header that is one unresolved `{{variable}}` has an unknown value (it may hold the scheme too); collection-undefined-variable speaks for it.
    if (WHOLE_REFERENCE.test(header.value.text)) continue;
    // References left after substitution (script-set, vault, dynamic or undefined variables) are only known at send time.
    const runtimeSpans = findReferences(header.value.text).map((reference) => ({ start: reference.start, end: reference.end }));
    // Built property by property (a conditional spread costs a runtime call), in the same key order.
    // `origin` follows below, after `runtimeSpans`, where the spread put it.
    const fact = { kind: 'header', name: header.name.text, value: header.value.text, literal: header.literal } as Writable<HeaderFact>;
    if (runtimeSpans.length > 0) fact.runtimeSpans = runtimeSpans;
    fact.origin = builder.origin;
    if (destination !== undefined) fact.destination = destination;
    addCoreFact(builder, fact, { value: anchorOf(header.value, header.valueAnchor), name: anchorOf(header.name, header.nameAnchor) });
  }

  if (url !== undefined && destination !== undefined && request.url !== undefined) {
    const sentHeaders: HeaderEntry[] = headers.map((header) => ({ name: header.name.text, value: header.value.text }));
    // Postman adds a Content-Type for the body mode when the request has none.
    if (contentType !== undefined && !sentHeaders.some((header) => header.name.toLowerCase() === 'content-type')) sentHeaders.push({ name: 'Content-Type', value: contentType });
    const endpoint: Writable<EndpointFact> = { kind: 'endpoint', url: destination, role: 'request', method: request.method, headers: sentHeaders, origin: builder.origin };
    if (bodyKind !== undefined) endpoint.body = bodyKind;
    addCoreFact(builder, endpoint, { value: anchorOf(url, request.url.anchor) });
  }

  if (requestAnchorNode !== undefined) {
    const own = request.auth?.type === 'inherit' ? undefined : request.auth;
    const parent = own?.type === 'noauth' ? inheritedAuth(collection, request) : undefined;
    const tokenAttribute = auth?.block.type === 'bearer' ? attribute(auth.block, 'token') : undefined;
    const tokenAnchorNode = auth === undefined ? undefined : attributeAnchor(auth.block, tokenAttribute);
    const tokenText = tokenAnchorNode === undefined || tokenAttribute === undefined ? undefined : scopes.resolve(tokenAttribute.valueNode === undefined ? anchored(tokenAttribute.value, tokenAnchorNode) : fromNode(tokenAttribute.valueNode), tokenAnchorNode).value;
    const apiKeyIn = auth?.block.type === 'apikey' ? ((attribute(auth.block, 'in')?.value ?? 'header') === 'query' ? 'query' : 'header') : undefined;
    const apiKeyName = auth?.block.type === 'apikey' ? resolvedAttribute(auth.block, 'key', scopes)?.text.text : undefined;
    // Keyed by header names, which may be `__proto__` or `constructor`.
    const anchors: Record<string, Anchor> = Object.assign(Object.create(null) as Record<string, Anchor>, { request: anchorOf(fromNode(requestAnchorNode), requestAnchorNode) });
    for (const [name, anchor] of Object.entries(manualAnchors)) anchors[name] = anchor;
    if (tokenText !== undefined && tokenAnchorNode !== undefined) anchors['token'] = anchorOf(tokenText, tokenAnchorNode);
    const fact: Writable<RequestAuthFact> = { kind: 'request-auth', request: request.name, manualHeaders, anchors: anchors as RequestAuthFact['anchors'] };
    if (own !== undefined) fact.ownType = own.type;
    if (auth !== undefined) {
      fact.effectiveType = auth.block.type;
      fact.effectiveOwner = auth.owner;
    }
    if (parent !== undefined) {
      fact.parentType = parent.block.type;
      fact.parentOwner = parent.owner;
    }
    if (tokenText !== undefined) fact.bearerToken = tokenText.text;
    if (apiKeyIn !== undefined) fact.apiKeyIn = apiKeyIn;
    if (apiKeyName !== undefined) fact.apiKeyName = apiKeyName;
    emitCollectionFact(builder, fact);
  }
}

/** Secrets in auth blocks, once per block: a leak whether or not any request uses the block. */
function addAuthBlockFacts(builder: Builder, block: AuthBlock | undefined, scopes: VariableScopes, context: { scriptNames: ReadonlySet<string>; externalScopesSupplied: boolean }): void {
  if (block === undefined) return;
  for (const found of block.attributes.values()) {
    if (found.valueNode === undefined) continue;
    addReferences(builder, fromNode(found.valueNode), found.valueNode, { scopes, ...context });
    emitCollectionFact(builder, { kind: 'field', label: `The ${block.type} auth ${found.key}`, value: found.value, anchors: { value: anchorOf(fromNode(found.valueNode), found.valueNode) } });
  }
  for (const key of SECRET_AUTH_ATTRIBUTES[block.type] ?? []) {
    // Bearer and OAuth 2 tokens are checked in the Authorization header they become; a token of an
    // unused block is still found by the sweep when it is key-shaped.
    if ((block.type === 'bearer' && key === 'token') || (block.type === 'oauth2' && key === 'accessToken')) continue;
    const found = attribute(block, key);
    if (found?.valueNode === undefined || found.value.length === 0 || hasReference(found.value)) continue;
    const fact: KeyFact = { kind: 'key', value: found.value, name: key, literal: true, origin: builder.origin };
    addCoreFact(builder, fact, { value: anchorOf(fromNode(found.valueNode), found.valueNode), ...(found.keyNode === undefined ? {} : { name: anchorOf(fromNode(found.keyNode), found.keyNode) }) });
  }
}

function addScriptFacts(builder: Builder, calls: readonly ScriptSetCall[]): void {
  for (const call of calls) {
    if (call.value === undefined) continue;
    const line = fromNode(call.line);
    for (const fact of settingFacts(builder, call.name, call.value.text, 'collection', true)) {
      addCoreFact(builder, fact, {
        value: anchorOf(slice(line, call.value.start, call.value.end), call.line),
        name: anchorOf(slice(line, call.nameStart, call.nameEnd), call.line),
      });
    }
  }
}

/** The name a swept secret is reported under: the `key` of a `{key, value}` entry, else the JSON member name. */
function sweepName(parent: AnyNode | undefined, memberName: string | undefined): string | undefined {
  if (isObject(parent)) {
    const key = stringValue(parent, 'key');
    if (key !== undefined && memberName === 'value') return key;
  }
  return memberName;
}

/**
 * Every key-shaped string anywhere in the export (descriptions, saved examples, disabled
 * headers, bodies, scripts) that no other fact covered: a leak wherever it sits. Core's key
 * shapes decide what is key-shaped.
 */
/** Strings shorter than this cannot hold a KEY_CANDIDATE match. */
const MINIMUM_CANDIDATE_LENGTH = 19;

/** Worth a place on the sweep's stack: a container, or a string long enough to hold a key. */
function mayHoldKey(node: AnyNode): boolean {
  if (node.type === 'String') return node.value.length >= MINIMUM_CANDIDATE_LENGTH;
  return node.type === 'Object' || node.type === 'Array';
}

function sweepSecrets(builder: Builder, root: AnyNode, medium: 'collection' | 'environment'): void {
  // Three parallel stacks rather than one object per node: this walk visits every value of the file.
  const pendingNodes: AnyNode[] = [root];
  const pendingParents: (AnyNode | undefined)[] = [undefined];
  const pendingNames: (string | undefined)[] = [undefined];
  while (pendingNodes.length > 0) {
    const node = pendingNodes.pop();
    const parent = pendingParents.pop();
    const memberName = pendingNames.pop();
    if (node === undefined) break;
    if (node.type === 'Object') {
      const { names, values } = node;
      for (let index = 0; index < values.length; index += 1) {
        sweepMemberName(builder, node, index, medium);
        const value = values[index];
        if (value === undefined || !mayHoldKey(value)) continue;
        pendingNodes.push(value);
        pendingParents.push(node);
        pendingNames.push(names[index]);
      }
      continue;
    }
    if (node.type === 'Array') {
      for (const element of node.elements) {
        if (!mayHoldKey(element)) continue;
        pendingNodes.push(element);
        pendingParents.push(undefined);
        pendingNames.push(memberName);
      }
      continue;
    }
    if (node.type !== 'String' || node.value.length < MINIMUM_CANDIDATE_LENGTH) continue;
    let covered: readonly { start: number; end: number }[] | undefined;
    for (const match of allMatches(node.value, KEY_CANDIDATE)) {
      const start = match.index;
      const end = start + match[0].length;
      if (!isKeyLike(match[0])) continue;
      covered ??= builder.covered.get(node) ?? [];
      if (covered.some((span) => start < span.end && end > span.start)) continue;
      const name = sweepName(parent, memberName);
      const fact: KeyFact = { kind: 'key', value: match[0], literal: true, origin: { ...builder.origin, medium }, ...(name === undefined ? {} : { name }) };
      addCoreFact(builder, fact, { value: anchorOf(slice(fromNode(node), start, end), node) });
    }
  }
}

function readExternalVariables(text: string | undefined, scope: 'environment' | 'globals'): VariableDefinition[] {
  if (text === undefined) return [];
  const parsed = parseJsonSource(text);
  if (!parsed.ok) return [];
  const format = detectFormat(parsed.source.document.body);
  if (format.kind !== 'environment' && format.kind !== 'globals') return [];
  return readVariableFile(format.root, format.kind).variables.map((definition) => ({ ...definition, scope }));
}

function analyzeCollection(builder: Builder, collection: CollectionModel, inputs: PostmanInputs): void {
  const environments = (inputs.environments ?? []).map((text) => readExternalVariables(text, 'environment'));
  const globals = readExternalVariables(inputs.globals, 'globals');
  const envVars: VariableDefinition[] = Object.entries(inputs.envVars ?? {}).map(([name, value]) => ({ name, value, enabled: true, scope: 'env-var' }));
  const externalScopesSupplied = (inputs.environments ?? []).length > 0 || inputs.globals !== undefined || envVars.length > 0;
  const allScripts = [...collection.scripts, ...collection.folders.flatMap((folder) => folder.scripts), ...collection.requests.flatMap((request) => request.scripts)];
  const setCalls = scriptSetCalls(allScripts);
  const scriptNames = new Set(setCalls.map((call) => call.name));
  const context = { scriptNames, externalScopesSupplied };
  const base = { envVars, environments, globals };

  for (const definition of collection.variables) addVariableDefinitionFacts(builder, definition, 'collection');
  for (const folder of collection.folders) for (const definition of folder.variables) addVariableDefinitionFacts(builder, definition, 'collection');
  for (const request of collection.requests) for (const definition of request.variables) addVariableDefinitionFacts(builder, definition, 'collection');
  addScriptFacts(builder, setCalls);

  // What a request sees depends on its own variables and its folders; requests without variables share their folder's scopes.
  const folderScopes = new Map<FolderModel | undefined, VariableScopes>();
  const scopesOf = (folders: readonly FolderModel[], item: readonly VariableDefinition[]): VariableScopes => {
    const build = (): VariableScopes => scopeLayers({ ...base, item, folders: folders.map((folder) => folder.variables), collection: collection.variables });
    if (item.length > 0) return build();
    const innermost = folders.at(-1);
    let scopes = folderScopes.get(innermost);
    if (scopes === undefined) {
      scopes = build();
      folderScopes.set(innermost, scopes);
    }
    return scopes;
  };

  for (const request of collection.requests) addRequestFacts(builder, collection, request, scopesOf(request.folders, request.variables), context);

  const collectionScopes = scopeLayers({ ...base, item: [], folders: [], collection: collection.variables });
  addAuthBlockFacts(builder, collection.auth, collectionScopes, context);
  const seenFolders = new Set<unknown>();
  for (const request of collection.requests) {
    request.folders.forEach((folder, depth) => {
      if (seenFolders.has(folder)) return;
      seenFolders.add(folder);
      addAuthBlockFacts(builder, folder.auth, scopesOf(request.folders.slice(0, depth + 1), []), context);
    });
    addAuthBlockFacts(builder, request.auth, scopesOf(request.folders, request.variables), context);
  }
  for (const folder of collection.folders) {
    if (!seenFolders.has(folder)) addAuthBlockFacts(builder, folder.auth, collectionScopes, context);
  }
  for (const definition of [...collection.variables, ...collection.folders.flatMap((folder) => folder.variables)]) {
    if (definition.valueNode !== undefined) addReferences(builder, fromNode(definition.valueNode), definition.valueNode, { scopes: collectionScopes, ...context });
  }
}

function analyzeVariableFile(builder: Builder, file: VariableFileModel): void {
  for (const definition of file.variables) addVariableDefinitionFacts(builder, definition, 'environment');
}

export function analyzePostman(text: string, inputs: PostmanInputs, options: AnalyzeOptions = {}): Analysis {
  const parsed = parseJsonSource(text);
  if (!parsed.ok) return { ok: false, reason: `broken JSON: ${parsed.message}`, line: parsed.line, column: parsed.column, located: true };
  const format = detectFormat(parsed.source.document.body);
  if (format.kind === 'unsupported') return { ok: false, reason: format.reason, line: 1, column: 1, located: false };
  const medium = format.kind === 'collection' ? 'collection' : 'environment';
  const builder: Builder = {
    source: parsed.source,
    origin: { medium, filePath: inputs.filePath },
    keyVariables: inputs.keyVariables ?? [],
    coreFacts: [],
    anchors: new Map(),
    collectionFacts: [],
    onCollectionFact: options.onCollectionFact,
    covered: new Map(),
    references: new Map(),
    expansionProblemOrigins: new Set(),
  };
  if (format.kind === 'collection') analyzeCollection(builder, readCollection(format.root, format.version), inputs);
  else analyzeVariableFile(builder, readVariableFile(format.root, format.kind));
  sweepSecrets(builder, format.root, medium);
  return {
    ok: true,
    kind: format.kind,
    source: parsed.source,
    coreFacts: builder.coreFacts,
    anchors: builder.anchors,
    collectionFacts: [...builder.collectionFacts, ...builder.references.values()],
  };
}
