import { AUTH_HEADER_NAMES } from '@keylint/core';
import { defineCollectionRule } from '../postman/collection-rule.js';

function describeSource(owner: string | undefined): string {
  return owner === undefined || owner === 'the request' ? 'set on the request' : `inherited from ${owner}`;
}

const BEARER_PREFIX = /^\s*bearer(?:\s+|\s*:\s*)/i;

export default defineCollectionRule({
  id: 'collection-auth-inheritance',
  description: 'Postman auth helpers and inheritance must not silently replace, double or drop the key a request sends.',
  severity: 'warn',
  recommended: true,
  facts: ['request-auth'],
  messages: {
    headerOverwritten:
      'The {{header}} header of "{{request}}" is replaced by the {{type}} auth {{source}}; the header you wrote is never sent — delete it or set the request’s auth to the header’s value',
    bearerPrefixInToken: 'The bearer token of "{{request}}" already starts with "Bearer"; Postman adds it again and sends "Bearer Bearer …" — remove the prefix from the token',
    noAuthUnderAuthenticatedParent:
      '"{{request}}" is set to No Auth, so the {{type}} auth of {{owner}} is not sent and the request carries no key — choose "Inherit auth from parent" or add the header',
  },
  check(fact, context) {
    if (fact.effectiveType === 'bearer' && fact.bearerToken !== undefined && fact.bearerToken.trim().length > 0) {
      const prefix = BEARER_PREFIX.exec(fact.bearerToken);
      if (prefix !== null && fact.anchors.token !== undefined) {
        context.report({ messageId: 'bearerPrefixInToken', data: { request: fact.request }, anchor: 'token', start: 0, end: prefix[0].length });
      }
      for (const header of fact.manualHeaders) {
        if (header.name.toLowerCase() !== 'authorization') continue;
        context.report({
          messageId: 'headerOverwritten',
          data: { header: header.name, request: fact.request, type: 'bearer', source: describeSource(fact.effectiveOwner) },
          anchor: `header${header.index}`,
        });
      }
    }
    if (fact.effectiveType === 'apikey' && fact.apiKeyIn === 'header' && fact.apiKeyName !== undefined && fact.apiKeyName.length > 0) {
      const helperHeader = fact.apiKeyName.toLowerCase();
      for (const header of fact.manualHeaders) {
        if (header.name.toLowerCase() !== helperHeader) continue;
        context.report({
          messageId: 'headerOverwritten',
          data: { header: header.name, request: fact.request, type: 'API key', source: describeSource(fact.effectiveOwner) },
          anchor: `header${header.index}`,
        });
      }
    }
    if (fact.ownType === 'noauth' && fact.parentType !== undefined && fact.parentType !== 'noauth') {
      const carriesKey = fact.manualHeaders.some((header) => AUTH_HEADER_NAMES.has(header.name.toLowerCase()));
      if (!carriesKey) {
        context.report({ messageId: 'noAuthUnderAuthenticatedParent', data: { request: fact.request, type: fact.parentType, owner: fact.parentOwner ?? 'its parent' }, anchor: 'request' });
      }
    }
  },
});
