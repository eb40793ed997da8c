import { credentialSpanInHeader, intendedAuthHeader, isKeyName, type HeaderEntry, type HeaderFact, type ProviderId } from '@keylint/core';
import type { TSESTree } from '@typescript-eslint/utils';
import { unwrap } from './resolve.js';
import type { FactSink } from './sink.js';
import { hasRuntimeParts, identifierText, isStringLiteral, literalText, runtimeSpans, type StaticText } from './static-text.js';

export interface HeaderProperty {
  readonly name: string;
  readonly nameText: StaticText;
  readonly value: StaticText;
  readonly node: TSESTree.Node;
}

/** The headers of an object, and whether every one of them is known (no spread, no computed name). */
export interface HeaderSet {
  readonly entries: readonly HeaderProperty[];
  readonly complete: boolean;
}

function staticKey(property: TSESTree.Property): { name: string; nameText: StaticText } | undefined {
  if (!property.computed && property.key.type === 'Identifier') return { name: property.key.name, nameText: identifierText(property.key) };
  if (isStringLiteral(property.key)) return { name: property.key.value, nameText: literalText(property.key) };
  return undefined;
}

function isHeadersConstruction(node: TSESTree.Node): node is TSESTree.NewExpression {
  return node.type === 'NewExpression' && node.callee.type === 'Identifier' && node.callee.name === 'Headers';
}

/**
 * `headers.append('Authorization', …)` / `headers.set(…)` on a `const headers = new Headers()`: the
 * header it adds, as a one-entry set, so its value is checked like one written in an object.
 */
export function readHeaderCall(sink: FactSink, call: TSESTree.CallExpression): HeaderSet | undefined {
  const callee = call.callee;
  if (callee.type !== 'MemberExpression' || callee.computed || callee.property.type !== 'Identifier') return undefined;
  if (callee.property.name !== 'append' && callee.property.name !== 'set') return undefined;
  if (!isHeadersConstruction(sink.resolver.resolveExpression(callee.object))) return undefined;
  const [nameNode, valueNode] = call.arguments;
  if (nameNode === undefined || valueNode === undefined || !isStringLiteral(nameNode)) return undefined;
  const value = sink.resolver.staticText(valueNode, true);
  if (value === undefined) return undefined;
  return { entries: [{ name: nameNode.value, nameText: literalText(nameNode), value, node: call }], complete: false };
}

/**
 * Reads a headers object: an object literal (directly or through a `const`) or `new Headers({…})`.
 * Values only known at run time are stand-ins; their headers are still part of the set.
 */
export function readHeaderSet(sink: FactSink, node: TSESTree.Node): HeaderSet | undefined {
  const resolved = sink.resolver.resolveExpression(node);
  if (isHeadersConstruction(resolved)) {
    const argument = resolved.arguments[0];
    const initial = argument === undefined ? { entries: [], complete: true } : readHeaderSet(sink, argument);
    // A Headers object reached through a name is filled by `.append` / `.set` elsewhere (those calls are facts of their own).
    const mutable = unwrap(node) !== resolved;
    return initial === undefined ? undefined : { entries: initial.entries, complete: initial.complete && !mutable };
  }
  if (resolved.type !== 'ObjectExpression') return undefined;
  const entries: HeaderProperty[] = [];
  let complete = true;
  for (const property of resolved.properties) {
    if (property.type !== 'Property') {
      complete = false;
      continue;
    }
    const key = staticKey(property);
    const value = sink.resolver.staticText(property.value, true);
    if (key === undefined || value === undefined) {
      complete = false;
      continue;
    }
    sink.claimed.add(property);
    entries.push({ ...key, value, node: property });
  }
  return { entries, complete };
}

/**
 * A header value with run-time parts is handed to core only when those parts are the credential
 * itself (`Bearer ${process.env.OPENAI_API_KEY}`): the scheme around it can still be wrong, the
 * key inside it is not known here.
 */
function runtimePartsAreTheKey(header: HeaderProperty): boolean {
  // A misspelled auth header (`Authorisation`) still carries the key where the real one would.
  const credential = credentialSpanInHeader(intendedAuthHeader(header.name) ?? header.name, header.value.text);
  if (credential === undefined) return false;
  return header.value.pieces.every(
    (piece) =>
      piece.runtime === undefined ||
      (piece.start >= credential.start && piece.end <= credential.end && piece.runtime.name !== undefined && isKeyName(piece.runtime.name)),
  );
}

export interface HeaderDestination {
  readonly destination?: string;
  readonly provider?: ProviderId;
}

/** One header fact per header whose value is known (or whose only unknown part is the key). */
export function addHeaderFacts(sink: FactSink, headers: HeaderSet, context: HeaderDestination): void {
  for (const header of headers.entries) {
    const runtime = hasRuntimeParts(header.value);
    if (runtime && !runtimePartsAreTheKey(header)) continue;
    sink.claim(header.value);
    const fact: HeaderFact = {
      kind: 'header',
      name: header.name,
      value: header.value.text,
      literal: !runtime,
      origin: sink.origin,
      ...(runtime ? { runtimeSpans: runtimeSpans(header.value) } : {}),
      ...(context.destination === undefined ? {} : { destination: context.destination }),
      ...(context.provider === undefined ? {} : { provider: context.provider }),
    };
    sink.add(fact, { value: header.value, name: header.nameText, node: header.node });
  }
}

/** The complete header list an endpoint fact carries, or undefined when some header is not known. */
export function headerEntries(headers: HeaderSet | undefined): HeaderEntry[] | undefined {
  if (headers === undefined || !headers.complete) return undefined;
  return headers.entries.map((header) => ({ name: header.name, value: header.value.text }));
}
