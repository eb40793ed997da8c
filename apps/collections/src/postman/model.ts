import { booleanValue, elements, isArray, isObject, isString, member, memberNameNode, stringMember, stringValue, type ObjectNode, type StringNode, type ValueNode } from './json-source.js';
import { anchored, fromNode, slice, type SourcedText } from './sourced-text.js';

/**
 * The parts of a Postman export that decide what a request sends, with the JSON nodes they came
 * from. Both auth shapes (v2.0 objects, v2.1 attribute arrays) and both header shapes (list,
 * raw string) are normalised here, so nothing downstream cares which one the file used.
 */

export type ScopeName = 'globals' | 'collection' | 'folder' | 'item' | 'environment' | 'env-var';

export interface VariableDefinition {
  readonly name: string;
  /** The value as Postman stores it (numbers and booleans as their text). */
  readonly value: string;
  readonly enabled: boolean;
  readonly scope: ScopeName;
  readonly nameNode?: StringNode;
  /** Present when the value is a JSON string (so it has characters to point at). */
  readonly valueNode?: StringNode;
  /** Postman's variable type: `default`, `secret`, `string`… */
  readonly type?: string;
}

export interface AuthAttribute {
  readonly key: string;
  readonly value: string;
  readonly keyNode?: StringNode;
  readonly valueNode?: StringNode;
}

export interface AuthBlock {
  readonly type: string;
  readonly typeNode?: StringNode;
  readonly node: ObjectNode;
  readonly attributes: ReadonlyMap<string, AuthAttribute>;
}

export interface HeaderEntryModel {
  readonly name: SourcedText;
  readonly value: SourcedText;
  readonly enabled: boolean;
  /** The node a report about this header falls back to. */
  readonly anchor: StringNode;
  readonly nameAnchor: StringNode;
}

export interface KeyValueEntry {
  readonly key: string;
  readonly keyNode?: StringNode;
  readonly value: string;
  readonly valueNode?: StringNode;
  readonly enabled: boolean;
}

export interface BodyModel {
  readonly mode: string;
  readonly raw?: StringNode;
  readonly language?: string;
  readonly fields: readonly KeyValueEntry[];
}

export interface UrlModel {
  readonly text: SourcedText;
  readonly anchor: StringNode;
  readonly pathVariables: readonly KeyValueEntry[];
  /** Every string node of the URL, for checks that read each field. */
  readonly fieldNodes: readonly StringNode[];
}

export interface ScriptModel {
  readonly listen: string;
  readonly lines: readonly StringNode[];
}

export interface FolderModel {
  readonly name: string;
  readonly variables: readonly VariableDefinition[];
  /** Undefined (or null in the file): inherit from the parent. */
  readonly auth?: AuthBlock;
  readonly scripts: readonly ScriptModel[];
}

export interface RequestModel {
  readonly name: string;
  readonly nameNode?: StringNode;
  /** Outermost first. */
  readonly folders: readonly FolderModel[];
  readonly variables: readonly VariableDefinition[];
  readonly method: string;
  readonly url?: UrlModel;
  readonly headers: readonly HeaderEntryModel[];
  readonly auth?: AuthBlock;
  readonly body?: BodyModel;
  readonly scripts: readonly ScriptModel[];
  readonly node: ValueNode;
}

export interface CollectionModel {
  readonly kind: 'collection';
  readonly version: '2.0' | '2.1';
  readonly name: string;
  readonly variables: readonly VariableDefinition[];
  readonly auth?: AuthBlock;
  readonly scripts: readonly ScriptModel[];
  readonly folders: readonly FolderModel[];
  readonly requests: readonly RequestModel[];
}

export interface VariableFileModel {
  readonly kind: 'environment' | 'globals';
  readonly name: string;
  readonly variables: readonly VariableDefinition[];
}

/** Objects are built property by property where a conditional spread would cost a runtime call per object. */
type Writable<T> = { -readonly [Key in keyof T]: T[Key] };

/** Deeper nesting than this is not a real export; stop rather than exhaust the stack. */
const MAXIMUM_FOLDER_DEPTH = 64;

function scalarText(node: ValueNode | undefined): string | undefined {
  if (node === undefined) return undefined;
  switch (node.type) {
    case 'String':
      return node.value;
    case 'Number':
    case 'Boolean':
      return String(node.value);
    case 'Null':
      return '';
    default:
      return undefined;
  }
}

export function readVariables(list: ValueNode | undefined, scope: ScopeName, enabledField: 'disabled' | 'enabled'): VariableDefinition[] {
  const definitions: VariableDefinition[] = [];
  for (const entry of elements(list)) {
    if (!isObject(entry)) continue;
    const nameNode = stringMember(entry, 'key') ?? stringMember(entry, 'id');
    if (nameNode === undefined) continue;
    const valueMember = member(entry, 'value');
    const value = scalarText(valueMember);
    if (value === undefined) continue;
    const enabled = enabledField === 'disabled' ? booleanValue(entry, 'disabled') !== true : booleanValue(entry, 'enabled') !== false;
    const type = stringValue(entry, 'type');
    const definition: Writable<VariableDefinition> = { name: nameNode.value, value, enabled, scope, nameNode };
    if (isString(valueMember)) definition.valueNode = valueMember;
    if (type !== undefined) definition.type = type;
    definitions.push(definition);
  }
  return definitions;
}

function readAuth(node: ValueNode | undefined): AuthBlock | undefined {
  if (!isObject(node)) return undefined;
  const typeNode = stringMember(node, 'type');
  if (typeNode === undefined) return undefined;
  const attributes = new Map<string, AuthAttribute>();
  const parameters = member(node, typeNode.value);
  if (isArray(parameters)) {
    // v2.1: [{ key, value, type }]
    for (const entry of elements(parameters)) {
      const keyNode = stringMember(entry, 'key');
      if (keyNode === undefined) continue;
      const valueMember = member(entry, 'value');
      const value = scalarText(valueMember);
      if (value === undefined) continue;
      attributes.set(keyNode.value, { key: keyNode.value, value, keyNode, ...(isString(valueMember) ? { valueNode: valueMember } : {}) });
    }
  } else if (isObject(parameters)) {
    // v2.0: { token: "…" }
    parameters.names.forEach((key, index) => {
      const valueNode = parameters.values[index];
      const value = scalarText(valueNode);
      const keyNode = memberNameNode(parameters, index);
      if (value === undefined || keyNode === undefined) return;
      attributes.set(key, { key, value, keyNode, ...(isString(valueNode) ? { valueNode } : {}) });
    });
  }
  return { type: typeNode.value, typeNode, node, attributes };
}

function readScripts(list: ValueNode | undefined): ScriptModel[] {
  const scripts: ScriptModel[] = [];
  for (const event of elements(list)) {
    if (!isObject(event) || booleanValue(event, 'disabled') === true) continue;
    const script = member(event, 'script');
    const exec = member(script, 'exec');
    const lines = isString(exec) ? [exec] : elements(exec).filter(isString);
    scripts.push({ listen: stringValue(event, 'listen') ?? '', lines });
  }
  return scripts;
}

/** `Key: value` lines of a header given as one raw string. */
function readRawHeaders(node: StringNode): HeaderEntryModel[] {
  const headers: HeaderEntryModel[] = [];
  const whole = fromNode(node);
  const linePattern = /[^\r\n]+/g;
  for (const match of node.value.matchAll(linePattern)) {
    const line = match[0];
    const lineStart = match.index;
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    const disabled = line.trimStart().startsWith('//');
    const nameStart = lineStart + (line.length - line.trimStart().length) + (disabled ? 2 : 0);
    const rawName = node.value.slice(nameStart, lineStart + colon);
    const nameEnd = nameStart + rawName.trimEnd().length;
    const afterColon = line.slice(colon + 1);
    const valueStart = lineStart + colon + 1 + (afterColon.length - afterColon.trimStart().length);
    const valueEnd = lineStart + line.trimEnd().length;
    headers.push({
      name: slice(whole, nameStart + (rawName.length - rawName.trimStart().length), nameEnd),
      value: slice(whole, valueStart, Math.max(valueStart, valueEnd)),
      enabled: !disabled,
      anchor: node,
      nameAnchor: node,
    });
  }
  return headers;
}

function readHeaders(node: ValueNode | undefined): HeaderEntryModel[] {
  if (isString(node)) return readRawHeaders(node);
  const headers: HeaderEntryModel[] = [];
  for (const entry of elements(node)) {
    const keyNode = stringMember(entry, 'key');
    if (keyNode === undefined) continue;
    const valueMember = member(entry, 'value');
    const value = isString(valueMember) ? fromNode(valueMember) : anchored(scalarText(valueMember) ?? '', keyNode);
    headers.push({
      name: fromNode(keyNode),
      value,
      enabled: booleanValue(entry, 'disabled') !== true,
      anchor: isString(valueMember) ? valueMember : keyNode,
      nameAnchor: keyNode,
    });
  }
  return headers;
}

function readKeyValues(node: ValueNode | undefined): KeyValueEntry[] {
  const entries: KeyValueEntry[] = [];
  for (const entry of elements(node)) {
    if (!isObject(entry)) continue;
    const keyNode = stringMember(entry, 'key');
    const valueMember = member(entry, 'value');
    const keyValue: Writable<KeyValueEntry> = { key: keyNode?.value ?? '', value: scalarText(valueMember) ?? '', enabled: booleanValue(entry, 'disabled') !== true };
    if (keyNode !== undefined) keyValue.keyNode = keyNode;
    if (isString(valueMember)) keyValue.valueNode = valueMember;
    entries.push(keyValue);
  }
  return entries;
}

/** A URL object without `raw`: put the parts back together as the runtime does. */
function assembleUrl(node: ObjectNode, anchor: StringNode): SourcedText {
  const protocol = stringValue(node, 'protocol');
  const host = member(node, 'host');
  const hostText = isString(host) ? host.value : elements(host).map(scalarText).filter((part) => part !== undefined).join('.');
  const port = scalarText(member(node, 'port'));
  const path = member(node, 'path');
  const pathText = isString(path)
    ? path.value.replace(/^\/?/, '/')
    : elements(path)
        .map((segment) => (isObject(segment) ? (stringValue(segment, 'value') ?? '') : (scalarText(segment) ?? '')))
        .map((segment) => `/${segment}`)
        .join('');
  const query = readKeyValues(member(node, 'query'))
    .filter((entry) => entry.enabled)
    .map((entry) => `${entry.key}=${entry.value}`)
    .join('&');
  const text = `${protocol === undefined ? '' : `${protocol}://`}${hostText}${port === undefined || port === '' ? '' : `:${port}`}${pathText}${query === '' ? '' : `?${query}`}`;
  return anchored(text, anchor);
}

function collectStrings(node: ValueNode | undefined, into: StringNode[], depth = 0): void {
  if (node === undefined || depth > 8) return;
  if (isString(node)) into.push(node);
  else if (isArray(node)) for (const element of node.elements) collectStrings(element, into, depth + 1);
  else if (isObject(node)) for (const value of node.values) collectStrings(value, into, depth + 1);
}

function readUrl(node: ValueNode | undefined): UrlModel | undefined {
  if (isString(node)) return { text: fromNode(node), anchor: node, pathVariables: [], fieldNodes: [node] };
  if (!isObject(node)) return undefined;
  const raw = stringMember(node, 'raw');
  const fieldNodes: StringNode[] = [];
  collectStrings(node, fieldNodes);
  const anchor = raw ?? fieldNodes[0];
  if (anchor === undefined) return undefined;
  return {
    text: raw === undefined ? assembleUrl(node, anchor) : fromNode(raw),
    anchor,
    pathVariables: readKeyValues(member(node, 'variable')),
    fieldNodes: raw === undefined ? fieldNodes : [raw],
  };
}

function readBody(node: ValueNode | undefined): BodyModel | undefined {
  if (!isObject(node) || booleanValue(node, 'disabled') === true) return undefined;
  const mode = stringValue(node, 'mode') ?? (stringMember(node, 'raw') === undefined ? '' : 'raw');
  const raw = stringMember(node, 'raw');
  const language = stringValue(member(member(node, 'options'), 'raw'), 'language');
  const fields = mode === 'urlencoded' || mode === 'formdata' ? readKeyValues(member(node, mode)) : [];
  const body: Writable<BodyModel> = { mode, fields };
  if (raw !== undefined) body.raw = raw;
  if (language !== undefined) body.language = language;
  return body;
}

function readRequest(item: ObjectNode, folders: readonly FolderModel[]): RequestModel | undefined {
  const requestNode = member(item, 'request');
  if (requestNode === undefined) return undefined;
  const nameNode = stringMember(item, 'name');
  const name = nameNode?.value ?? '(unnamed request)';
  const variables = readVariables(member(item, 'variable'), 'item', 'disabled');
  const scripts = readScripts(member(item, 'event'));
  // Built property by property rather than with conditional spreads, which cost a runtime call each; absent stays absent.
  let request: Writable<RequestModel>;
  if (isString(requestNode)) {
    // A bare string request is a GET of that URL.
    request = { name, folders, variables, scripts, node: requestNode, method: 'GET', url: { text: fromNode(requestNode), anchor: requestNode, pathVariables: [], fieldNodes: [requestNode] }, headers: [] };
  } else {
    if (!isObject(requestNode)) return undefined;
    const url = readUrl(member(requestNode, 'url'));
    const auth = readAuth(member(requestNode, 'auth'));
    const body = readBody(member(requestNode, 'body'));
    request = { name, folders, variables, scripts, node: requestNode, method: (stringValue(requestNode, 'method') ?? 'GET').toUpperCase(), headers: readHeaders(member(requestNode, 'header')) };
    if (url !== undefined) request.url = url;
    if (auth !== undefined) request.auth = auth;
    if (body !== undefined) request.body = body;
  }
  if (nameNode !== undefined) request.nameNode = nameNode;
  return request;
}

function walkItems(list: ValueNode | undefined, folders: readonly FolderModel[], model: { folders: FolderModel[]; requests: RequestModel[] }): void {
  if (folders.length > MAXIMUM_FOLDER_DEPTH) return;
  for (const item of elements(list)) {
    if (!isObject(item)) continue;
    const children = member(item, 'item');
    if (isArray(children)) {
      const auth = readAuth(member(item, 'auth'));
      const folder: FolderModel = {
        name: stringValue(item, 'name') ?? '(unnamed folder)',
        variables: readVariables(member(item, 'variable'), 'folder', 'disabled'),
        scripts: readScripts(member(item, 'event')),
        ...(auth === undefined ? {} : { auth }),
      };
      model.folders.push(folder);
      walkItems(children, [...folders, folder], model);
      continue;
    }
    const request = readRequest(item, folders);
    if (request !== undefined) model.requests.push(request);
  }
}

export function readCollection(root: ObjectNode, version: '2.0' | '2.1'): CollectionModel {
  const walked = { folders: [] as FolderModel[], requests: [] as RequestModel[] };
  walkItems(member(root, 'item'), [], walked);
  const auth = readAuth(member(root, 'auth'));
  return {
    kind: 'collection',
    version,
    name: stringValue(member(root, 'info'), 'name') ?? '(unnamed collection)',
    variables: readVariables(member(root, 'variable'), 'collection', 'disabled'),
    scripts: readScripts(member(root, 'event')),
    folders: walked.folders,
    requests: walked.requests,
    ...(auth === undefined ? {} : { auth }),
  };
}

export function readVariableFile(root: ObjectNode, kind: 'environment' | 'globals'): VariableFileModel {
  return {
    kind,
    name: stringValue(root, 'name') ?? (kind === 'globals' ? 'globals' : '(unnamed environment)'),
    variables: readVariables(member(root, 'values'), kind, 'enabled'),
  };
}
