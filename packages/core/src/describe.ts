import type { Fact } from './facts.js';

/** How a message names the thing it is about: the variable or header name, else a neutral phrase. */
export function describeName(fact: Fact): string {
  if ('name' in fact && typeof fact.name === 'string' && fact.name.length > 0) return fact.name;
  switch (fact.kind) {
    case 'key':
      return 'The API key';
    case 'endpoint':
      return fact.role === 'base-url' ? 'The base URL' : 'The request URL';
    default:
      return 'The value';
  }
}
