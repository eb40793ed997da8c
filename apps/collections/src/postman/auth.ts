import type { StringNode } from './json-source.js';
import type { AuthAttribute, AuthBlock, CollectionModel, RequestModel } from './model.js';

/**
 * Auth attributes that hold a credential, per auth type (shared/reference/postman-curl.md §1):
 * the places a Postman export keeps secrets besides headers, URLs and variables.
 */
export const SECRET_AUTH_ATTRIBUTES: Readonly<Record<string, readonly string[]>> = {
  basic: ['password'],
  bearer: ['token'],
  apikey: ['value'],
  digest: ['password'],
  oauth1: ['consumerSecret', 'tokenSecret', 'token'],
  oauth2: ['accessToken', 'clientSecret', 'refreshToken', 'password'],
  awsv4: ['secretKey', 'sessionToken'],
  hawk: ['authKey'],
  ntlm: ['password'],
  edgegrid: ['clientSecret', 'accessToken', 'clientToken'],
  jwt: ['secret', 'privateKey'],
  asap: ['privateKey'],
  akamai: ['clientSecret', 'accessToken', 'clientToken'],
};

export interface EffectiveAuth {
  readonly block: AuthBlock;
  /** `the request`, `folder "Chat"`, `the collection`. */
  readonly owner: string;
}

function ownAuth(block: AuthBlock | undefined): AuthBlock | undefined {
  // `inherit` is not in the schema but newer apps write it; it means the same as no auth block.
  return block === undefined || block.type === 'inherit' ? undefined : block;
}

/** What the parents of a request would give it: the innermost folder with auth, else the collection. */
export function inheritedAuth(collection: CollectionModel, request: RequestModel): EffectiveAuth | undefined {
  for (let index = request.folders.length - 1; index >= 0; index -= 1) {
    const folder = request.folders[index];
    const block = ownAuth(folder?.auth);
    if (folder !== undefined && block !== undefined) return { block, owner: `folder "${folder.name}"` };
  }
  const block = ownAuth(collection.auth);
  return block === undefined ? undefined : { block, owner: 'the collection' };
}

/** The request's own auth when it has one (`noauth` included: it stops inheritance), else the inherited one. */
export function effectiveAuth(collection: CollectionModel, request: RequestModel): EffectiveAuth | undefined {
  const block = ownAuth(request.auth);
  if (block !== undefined) return { block, owner: 'the request' };
  return inheritedAuth(collection, request);
}

export function attribute(block: AuthBlock, key: string): AuthAttribute | undefined {
  return block.attributes.get(key);
}

/** The node a report about an attribute points at: its value, else its key, else the auth type. */
export function attributeAnchor(block: AuthBlock, attribute: AuthAttribute | undefined): StringNode | undefined {
  return attribute?.valueNode ?? attribute?.keyNode ?? block.typeNode;
}
