import type { EndpointFact, EnvVariableFact, FactOrigin, HeaderFact, KeyFact, Medium } from '../src/facts.js';

/** Small builders so rule tests read as tables of values, not object literals. */
export function origin(medium: Medium = 'env', filePath = '.env'): FactOrigin {
  return { medium, filePath };
}

export function keyFact(value: string, overrides: Partial<Omit<KeyFact, 'kind' | 'value'>> = {}): KeyFact {
  return { kind: 'key', value, name: 'OPENAI_API_KEY', literal: true, origin: origin(), ...overrides };
}

export function headerFact(name: string, value: string, overrides: Partial<Omit<HeaderFact, 'kind' | 'name' | 'value'>> = {}): HeaderFact {
  return { kind: 'header', name, value, literal: true, origin: origin('code', 'client.ts'), ...overrides };
}

export function endpointFact(url: string, overrides: Partial<Omit<EndpointFact, 'kind' | 'url'>> = {}): EndpointFact {
  return { kind: 'endpoint', url, role: 'request', origin: origin('code', 'client.ts'), ...overrides };
}

export function envVariableFact(name: string, value?: string, overrides: Partial<Omit<EnvVariableFact, 'kind' | 'name' | 'value'>> = {}): EnvVariableFact {
  return { kind: 'env-variable', name, access: 'define', origin: origin(), ...(value === undefined ? {} : { value }), ...overrides };
}
