import { factsFromSetting } from '@keylint/core';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { addAxiosCall } from './axios.js';
import { addClient, isClientConstructor } from './clients.js';
import { addFetch, addRequest, addSearchParameter, propertyNamed, readUrl } from './endpoints.js';
import { envReadName, envReadsOfPattern, isEnvObject, type EnvRead } from './env-reads.js';
import { addHeaderFacts, readHeaderCall, readHeaderSet } from './headers.js';
import { Resolver } from './resolve.js';
import { FactSink } from './sink.js';
import { isStringLiteral, lonePieceText, type NameNode } from './static-text.js';

/** Property names whose object value is a set of HTTP headers. */
const HEADER_OBJECT_NAMES = new Set(['headers', 'Headers', 'defaultHeaders']);
/** Sibling properties that say where those headers go. */
const DESTINATION_NAMES = ['url', 'baseURL', 'baseUrl', 'endpoint'];

function propertyKey(property: TSESTree.Property): { name: string; nameNode: NameNode } | undefined {
  if (!property.computed && property.key.type === 'Identifier') return { name: property.key.name, nameNode: property.key };
  if (isStringLiteral(property.key)) return { name: property.key.value, nameNode: property.key };
  return undefined;
}

function isFetch(callee: TSESTree.Node): boolean {
  if (callee.type === 'Identifier') return callee.name === 'fetch';
  return callee.type === 'MemberExpression' && !callee.computed && callee.property.type === 'Identifier' && callee.property.name === 'fetch' && callee.object.type === 'Identifier' && ['globalThis', 'window', 'self'].includes(callee.object.name);
}

function isSearchParameterCall(callee: TSESTree.Node): boolean {
  return (
    callee.type === 'MemberExpression' &&
    callee.property.type === 'Identifier' &&
    (callee.property.name === 'set' || callee.property.name === 'append') &&
    callee.object.type === 'MemberExpression' &&
    callee.object.property.type === 'Identifier' &&
    callee.object.property.name === 'searchParams'
  );
}

/** Nodes whose string children are syntax, not values: module names, type positions, object keys. */
function isNonValueString(node: TSESTree.Node): boolean {
  const parent = node.parent;
  if (parent === undefined) return false;
  switch (parent.type) {
    case 'ImportDeclaration':
    case 'ExportAllDeclaration':
    case 'ExportNamedDeclaration':
    case 'ImportExpression':
    case 'TSLiteralType':
    case 'TSExternalModuleReference':
    case 'TSModuleDeclaration':
    case 'ImportAttribute':
      return true;
    case 'Property':
    case 'PropertyDefinition':
    case 'MethodDefinition':
      return parent.key === node;
    case 'ExpressionStatement':
      return parent.directive !== undefined;
    default:
      return false;
  }
}


/** The node types that can carry a fact; ESLint calls the collector for these and no others. */
type CollectedNode =
  | TSESTree.NewExpression
  | TSESTree.CallExpression
  | TSESTree.MemberExpression
  | TSESTree.VariableDeclarator
  | TSESTree.Property
  | TSESTree.AssignmentExpression
  | TSESTree.JSXAttribute
  | TSESTree.Literal
  | TSESTree.TemplateLiteral
  | TSESTree.BinaryExpression;

/** Listeners for ESLint's walk of a file, by node type, and the end of the file. */
export type CodeFactListeners = { [Type in CollectedNode['type']]?: (node: Extract<CollectedNode, { type: Type }>) => void } & { 'Program:exit': () => void };

/**
 * Words without which a file has no environment read (`process.env`, `import.meta.env`,
 * `Bun.env`, `Deno.env.get`: a property named `env`) and no request call (`fetch`,
 * `url.searchParams.set`, axios). An identifier written with escapes (`\u0065nv`) counts as
 * anything. Most files of a code base mention neither, and their member expressions and calls
 * (a third of all nodes) are then not handed to the collector at all.
 */
function mayReadEnvironment(text: string): boolean {
  return hasWord(text, 'env') || text.includes('\\u');
}

function mayMakeRequest(text: string): boolean {
  return text.includes('fetch') || text.includes('searchParams') || text.includes('axios');
}

function isWordCharacter(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39) || code === 0x5f;
}

/** `/\bword\b/.test(text)`, with `indexOf` (a regular expression with `\b` scans several times slower). */
function hasWord(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + 1)) {
    if (!isWordCharacter(text.charCodeAt(at - 1)) && !isWordCharacter(text.charCodeAt(at + word.length))) return true;
  }
  return false;
}

/**
 * Collects the facts of one JS/TS file while ESLint walks it (in source order, parents before
 * children: declarations before uses, a request before the literals it claims). No walk of its own.
 */
export class CodeFactCollector {
  readonly sink: FactSink;
  readonly #text: string;

  constructor(sourceCode: Readonly<TSESLint.SourceCode>, filePath: string) {
    this.sink = new FactSink({ medium: 'code', filePath }, new Resolver(sourceCode));
    this.#text = sourceCode.text;
  }

  /**
   * The listeners, with `atEnd` for `Program:exit`. Each set is one object literal: an object
   * given its function-valued properties one by one after creation kept (on this V8) every
   * file's listeners, and through them its AST, alive until the next full collection.
   */
  listeners(atEnd: () => void): CodeFactListeners {
    const sink = this.sink;
    const NewExpression = (node: TSESTree.NewExpression): void => {
      if (isClientConstructor(node)) addClient(sink, node);
      else if (node.callee.type === 'Identifier' && node.callee.name === 'Headers' && !sink.claimed.has(node)) this.#addHeaders(node, undefined);
      else if (node.callee.type === 'Identifier' && node.callee.name === 'URL' && !sink.claimed.has(node)) this.#addUrl(node);
    };
    const CallExpression = (node: TSESTree.CallExpression): void => {
      if (isFetch(node.callee)) addFetch(sink, node);
      else if (isSearchParameterCall(node.callee)) addSearchParameter(sink, node);
      else this.#addHeaderCall(node);
      this.#addEnvRead(node);
    };
    const MemberExpression = (node: TSESTree.MemberExpression): void => {
      this.#addEnvRead(node);
    };
    const VariableDeclarator = (node: TSESTree.VariableDeclarator): void => {
      if (node.id.type === 'Identifier' && node.init !== null && !sink.claimed.has(node.init)) {
        sink.addSetting(node.id.name, node.id, node.init);
      } else if (node.id.type === 'ObjectPattern' && node.init !== null && isEnvObject(node.init)) {
        for (const read of envReadsOfPattern(node.id)) this.#addRead(read, node.id);
      }
    };
    const Property = (node: TSESTree.Property): void => {
      if (!sink.claimed.has(node) && node.parent.type === 'ObjectExpression') this.#addProperty(node, node.parent);
    };
    const AssignmentExpression = (node: TSESTree.AssignmentExpression): void => {
      if (node.operator === '=' && node.left.type === 'MemberExpression' && !node.left.computed && node.left.property.type === 'Identifier') {
        sink.addSetting(node.left.property.name, node.left.property, node.right);
      }
    };
    const JSXAttribute = (node: TSESTree.JSXAttribute): void => {
      if (node.name.type === 'JSXIdentifier' && node.value !== null && isStringLiteral(node.value)) {
        sink.addSetting(node.name.name, node.name, node.value);
      }
    };
    const Literal = (node: TSESTree.Literal): void => {
      if (typeof node.value === 'string') this.#addBareString(node);
    };
    const TemplateLiteral = (node: TSESTree.TemplateLiteral): void => {
      this.#addBareString(node);
    };
    const BinaryExpression = (node: TSESTree.BinaryExpression): void => {
      // Concatenations are read whole, at their outermost `+`.
      if (node.operator === '+' && !(node.parent.type === 'BinaryExpression' && node.parent.operator === '+')) this.#addBareString(node);
    };
    if (mayReadEnvironment(this.#text)) {
      return { NewExpression, CallExpression, MemberExpression, VariableDeclarator, Property, AssignmentExpression, JSXAttribute, Literal, TemplateLiteral, BinaryExpression, 'Program:exit': atEnd };
    }
    if (mayMakeRequest(this.#text)) {
      return { NewExpression, CallExpression, VariableDeclarator, Property, AssignmentExpression, JSXAttribute, Literal, TemplateLiteral, BinaryExpression, 'Program:exit': atEnd };
    }
    return { NewExpression, VariableDeclarator, Property, AssignmentExpression, JSXAttribute, Literal, TemplateLiteral, BinaryExpression, 'Program:exit': atEnd };
  }

  #addProperty(property: TSESTree.Property, object: TSESTree.ObjectExpression): void {
    const key = propertyKey(property);
    if (key === undefined) return;
    if (HEADER_OBJECT_NAMES.has(key.name)) {
      this.#addHeaders(property.value, object);
      this.sink.claimed.add(property);
      return;
    }
    this.sink.addSetting(key.name, key.nameNode, property.value);
  }

  /** A headers object outside a request we understand: its destination is a sibling `baseURL`/`url` when there is one. */
  #addHeaders(node: TSESTree.Node, owner: TSESTree.ObjectExpression | undefined): void {
    const headers = readHeaderSet(this.sink, node);
    if (headers === undefined) return;
    const destinationProperty = owner === undefined ? undefined : DESTINATION_NAMES.map((name) => propertyNamed(owner, name)).find((property) => property !== undefined);
    const destination = destinationProperty === undefined ? undefined : readUrl(this.sink, destinationProperty.value)?.text;
    addHeaderFacts(this.sink, headers, destination === undefined ? {} : { destination });
  }

  #addHeaderCall(node: TSESTree.CallExpression): void {
    const headers = readHeaderCall(this.sink, node);
    if (headers === undefined) addAxiosCall(this.sink, node);
    else addHeaderFacts(this.sink, headers, {});
  }

  #addUrl(node: TSESTree.NewExpression): void {
    const url = readUrl(this.sink, node);
    if (url !== undefined) addRequest(this.sink, { url, headersComplete: false, node });
  }

  #addEnvRead(node: TSESTree.Node): void {
    const read = envReadName(node);
    if (read !== undefined) this.#addRead(read, node);
  }

  #addRead(read: EnvRead, node: TSESTree.Node): void {
    const facts = factsFromSetting({ name: read.name, origin: this.sink.origin, access: 'read', literal: false });
    for (const fact of facts) this.sink.add(fact, { name: read.nameText, node });
  }

  /**
   * A string no named setting claimed (`fetchWith('sk-…')`): core decides from its shape alone
   * whether it is a key.
   */
  #addBareString(node: TSESTree.Literal | TSESTree.TemplateLiteral | TSESTree.BinaryExpression): void {
    const sink = this.sink;
    if (sink.claimed.has(node) || isNonValueString(node)) return;
    // Nearly every string is plain text with no fact: a lone literal or template (whose parts no
    // other node claims) is judged before any position mapping is built for it.
    const lone = lonePieceText(node);
    const loneFacts = lone === undefined ? undefined : factsFromSetting({ name: '', value: lone, origin: sink.origin, access: 'define', literal: true });
    if (loneFacts?.length === 0) return;
    const value = sink.resolver.staticText(node, false);
    if (value === undefined) return;
    sink.claim(value);
    for (const fact of loneFacts ?? factsFromSetting({ name: '', value: value.text, origin: sink.origin, access: 'define', literal: true })) {
      sink.add(fact, { value, node });
    }
  }
}
