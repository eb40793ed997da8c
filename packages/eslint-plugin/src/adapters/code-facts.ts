import { factsFromSetting } from '@keylint/core';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { addAxiosCall } from './axios.js';
import { addClient, isClientConstructor } from './clients.js';
import { addFetch, addRequest, addSearchParameter, propertyNamed, readUrl } from './endpoints.js';
import { envReadName, envReadsOfPattern, isEnvObject, type EnvRead } from './env-reads.js';
import { addHeaderFacts, readHeaderSet } from './headers.js';
import { Resolver } from './resolve.js';
import { FactSink } from './sink.js';
import { identifierText, isStringLiteral, literalText, type StaticText } from './static-text.js';

/** Property names whose object value is a set of HTTP headers. */
const HEADER_OBJECT_NAMES = new Set(['headers', 'Headers', 'defaultHeaders']);
/** Sibling properties that say where those headers go. */
const DESTINATION_NAMES = ['url', 'baseURL', 'baseUrl', 'endpoint'];

function propertyKey(property: TSESTree.Property): { name: string; nameText: StaticText } | undefined {
  if (!property.computed && property.key.type === 'Identifier') return { name: property.key.name, nameText: identifierText(property.key) };
  if (isStringLiteral(property.key)) return { name: property.key.value, nameText: literalText(property.key) };
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

/** Walks one file once and hands every fact it finds to the sink. */
class CodeFactCollector {
  readonly #sink: FactSink;
  readonly #visitorKeys: TSESLint.SourceCode.VisitorKeys;

  constructor(sink: FactSink, visitorKeys: TSESLint.SourceCode.VisitorKeys) {
    this.#sink = sink;
    this.#visitorKeys = visitorKeys;
  }

  walk(root: TSESTree.Node): void {
    const stack: TSESTree.Node[] = [root];
    while (stack.length > 0) {
      const node = stack.pop() as TSESTree.Node;
      this.#visit(node);
      const keys = this.#visitorKeys[node.type] ?? [];
      // Children are pushed in reverse so they are visited in source order: declarations before uses.
      for (let keyIndex = keys.length - 1; keyIndex >= 0; keyIndex -= 1) {
        const child = (node as unknown as Record<string, unknown>)[keys[keyIndex] as string];
        if (Array.isArray(child)) {
          for (let index = child.length - 1; index >= 0; index -= 1) {
            const item = child[index] as TSESTree.Node | null;
            if (item !== null && typeof item === 'object' && typeof item.type === 'string') stack.push(item);
          }
        } else if (child !== null && typeof child === 'object' && typeof (child as TSESTree.Node).type === 'string') {
          stack.push(child as TSESTree.Node);
        }
      }
    }
  }

  #visit(node: TSESTree.Node): void {
    const sink = this.#sink;
    switch (node.type) {
      case 'NewExpression':
        if (isClientConstructor(node)) addClient(sink, node);
        else if (node.callee.type === 'Identifier' && node.callee.name === 'Headers' && !sink.claimed.has(node)) this.#addHeaders(node, undefined);
        else if (node.callee.type === 'Identifier' && node.callee.name === 'URL' && !sink.claimed.has(node)) this.#addUrl(node);
        return;
      case 'CallExpression':
        if (isFetch(node.callee)) addFetch(sink, node);
        else if (isSearchParameterCall(node.callee)) addSearchParameter(sink, node);
        else addAxiosCall(sink, node);
        this.#addEnvRead(node);
        return;
      case 'MemberExpression':
        this.#addEnvRead(node);
        return;
      case 'VariableDeclarator':
        if (node.id.type === 'Identifier' && node.init !== null && !sink.claimed.has(node.init)) {
          sink.addSetting(node.id.name, identifierText(node.id), node.init);
        } else if (node.id.type === 'ObjectPattern' && node.init !== null && isEnvObject(node.init)) {
          for (const read of envReadsOfPattern(node.id)) this.#addRead(read, node.id);
        }
        return;
      case 'Property':
        if (!sink.claimed.has(node) && node.parent.type === 'ObjectExpression') this.#addProperty(node, node.parent);
        return;
      case 'AssignmentExpression':
        if (node.operator === '=' && node.left.type === 'MemberExpression' && !node.left.computed && node.left.property.type === 'Identifier') {
          sink.addSetting(node.left.property.name, identifierText(node.left.property), node.right);
        }
        return;
      case 'JSXAttribute':
        if (node.name.type === 'JSXIdentifier' && node.value !== null && isStringLiteral(node.value)) {
          const name = node.name;
          sink.addSetting(name.name, { text: name.name, pieces: [{ start: 0, end: name.name.length, node: name, sourceStart: name.range[0] }], root: name }, node.value);
        }
        return;
      case 'Literal':
      case 'TemplateLiteral':
      case 'BinaryExpression':
        this.#addBareString(node);
        return;
      default:
        return;
    }
  }

  #addProperty(property: TSESTree.Property, object: TSESTree.ObjectExpression): void {
    const key = propertyKey(property);
    if (key === undefined) return;
    if (HEADER_OBJECT_NAMES.has(key.name)) {
      this.#addHeaders(property.value, object);
      this.#sink.claimed.add(property);
      return;
    }
    this.#sink.addSetting(key.name, key.nameText, property.value);
  }

  /** A headers object outside a request we understand: its destination is a sibling `baseURL`/`url` when there is one. */
  #addHeaders(node: TSESTree.Node, owner: TSESTree.ObjectExpression | undefined): void {
    const headers = readHeaderSet(this.#sink, node);
    if (headers === undefined) return;
    const destinationProperty = owner === undefined ? undefined : DESTINATION_NAMES.map((name) => propertyNamed(owner, name)).find((property) => property !== undefined);
    const destination = destinationProperty === undefined ? undefined : readUrl(this.#sink, destinationProperty.value)?.text;
    addHeaderFacts(this.#sink, headers, destination === undefined ? {} : { destination });
  }

  #addUrl(node: TSESTree.NewExpression): void {
    const url = readUrl(this.#sink, node);
    if (url !== undefined) addRequest(this.#sink, { url, headersComplete: false, node });
  }

  #addEnvRead(node: TSESTree.Node): void {
    const read = envReadName(node);
    if (read !== undefined) this.#addRead(read, node);
  }

  #addRead(read: EnvRead, node: TSESTree.Node): void {
    const facts = factsFromSetting({ name: read.name, origin: this.#sink.origin, access: 'read', literal: false });
    for (const fact of facts) this.#sink.add(fact, { name: read.nameText, node });
  }

  /**
   * A string no named setting claimed (`fetchWith('sk-…')`): core decides from its shape alone
   * whether it is a key. Concatenations are read whole, at their outermost `+`.
   */
  #addBareString(node: TSESTree.Literal | TSESTree.TemplateLiteral | TSESTree.BinaryExpression): void {
    const sink = this.#sink;
    if (sink.claimed.has(node) || isNonValueString(node)) return;
    if (node.type === 'BinaryExpression' && (node.operator !== '+' || (node.parent.type === 'BinaryExpression' && node.parent.operator === '+'))) return;
    if (node.type === 'Literal' && typeof node.value !== 'string') return;
    const value = sink.resolver.staticText(node, false);
    if (value === undefined) return;
    sink.claim(value);
    for (const fact of factsFromSetting({ name: '', value: value.text, origin: sink.origin, access: 'define', literal: true })) {
      sink.add(fact, { value, node });
    }
  }
}

/** Every fact of a JS/TS file, with where each came from. */
export function collectCodeFacts(sourceCode: Readonly<TSESLint.SourceCode>, filePath: string): FactSink {
  const sink = new FactSink({ medium: 'code', filePath }, new Resolver(sourceCode));
  new CodeFactCollector(sink, sourceCode.visitorKeys).walk(sourceCode.ast);
  return sink;
}
