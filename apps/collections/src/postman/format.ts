import { isArray, isObject, member, stringValue, type ObjectNode, type ValueNode } from './json-source.js';

export type PostmanFormat =
  | { readonly kind: 'collection'; readonly version: '2.0' | '2.1'; readonly root: ObjectNode }
  | { readonly kind: 'environment' | 'globals'; readonly root: ObjectNode }
  | { readonly kind: 'unsupported'; readonly reason: string };

const SCHEMA_VERSION = /\/collection\/v(\d+)\.(\d+)\.\d+\//;

function describeTopLevel(node: ValueNode): string {
  switch (node.type) {
    case 'Array':
      return 'an array';
    case 'Object':
      return 'an object';
    case 'Null':
      return 'null';
    default:
      return `a ${node.type.toLowerCase()}`;
  }
}

const AUTH_TYPES_WITH_ATTRIBUTES = ['bearer', 'apikey', 'basic', 'oauth2', 'digest', 'oauth1', 'awsv4', 'hawk', 'ntlm', 'edgegrid'];

/** v2.1 writes auth attributes as arrays of {key, value}; v2.0 as plain objects. Used when `info.schema` says nothing. */
function versionFromShape(root: ObjectNode): '2.0' | '2.1' {
  const pending: ValueNode[] = [root];
  while (pending.length > 0) {
    const node = pending.pop();
    if (!isObject(node)) continue;
    const auth = member(node, 'auth');
    if (isObject(auth) && AUTH_TYPES_WITH_ATTRIBUTES.some((type) => isObject(member(auth, type)))) return '2.0';
    const request = member(node, 'request');
    if (isObject(request)) pending.push(request);
    const items = member(node, 'item');
    // One by one: a folder with 200 000 items would overflow the call stack as push arguments.
    if (isArray(items)) for (const element of items.elements) pending.push(element);
  }
  return '2.1';
}

/**
 * Which of the formats we read a document is. Exports made through the Postman API wrap the
 * document in `{ "collection": … }` or `{ "environment": … }`; those are unwrapped.
 */
export function detectFormat(body: ValueNode): PostmanFormat {
  if (!isObject(body)) return { kind: 'unsupported', reason: `the top level is ${describeTopLevel(body)}, not a Postman export object` };
  const wrappedCollection = member(body, 'collection');
  if (body.names.length === 1 && isObject(wrappedCollection)) return detectFormat(wrappedCollection);
  const wrappedEnvironment = member(body, 'environment');
  if (body.names.length === 1 && isObject(wrappedEnvironment)) return detectFormat(wrappedEnvironment);

  const info = member(body, 'info');
  const schema = stringValue(info, 'schema');
  if (isObject(info) || isArray(member(body, 'item'))) {
    if (schema !== undefined) {
      const match = SCHEMA_VERSION.exec(schema);
      if (match !== null) {
        const version = `${match[1]}.${match[2]}`;
        if (version === '2.0' || version === '2.1') {
          if (!isArray(member(body, 'item'))) return { kind: 'unsupported', reason: `a Postman collection v${version} needs an "item" array and this one has none` };
          return { kind: 'collection', version, root: body };
        }
        return { kind: 'unsupported', reason: `Postman collection format v${version} is not supported (only v2.0 and v2.1); re-export it as Collection v2.1` };
      }
    }
    if (isArray(member(body, 'item'))) return { kind: 'collection', version: versionFromShape(body), root: body };
    return { kind: 'unsupported', reason: 'it has an "info" block but no "item" array, so it is not a Postman collection v2' };
  }
  const values = member(body, 'values');
  const scope = stringValue(body, '_postman_variable_scope');
  if (isArray(values)) {
    if (scope === 'globals') return { kind: 'globals', root: body };
    if (scope === undefined || scope === 'environment') return { kind: 'environment', root: body };
    return { kind: 'unsupported', reason: `Postman variable scope "${scope}" is not an environment or globals export` };
  }
  if (isArray(member(body, 'requests'))) {
    return { kind: 'unsupported', reason: 'Postman collection format v1 is not supported; re-export it from Postman as Collection v2.1' };
  }
  return { kind: 'unsupported', reason: 'not a Postman collection (v2.0/v2.1), environment or globals export' };
}
