import { getProvider, keyShapeOf, providerForUrl, type Fact, type ProviderId } from '@keylint/core';

/**
 * The `{{VARIABLE}}` a secret becomes: the provider's usual environment variable when the key or
 * its destination says which provider it is for (`OPENAI_API_KEY`, `ANTHROPIC_API_KEY`), else a
 * name made from the header, attribute or variable it sat in.
 */
function providerVariable(provider: ProviderId, admin: boolean): string | undefined {
  const names = getProvider(provider).keyEnvNames;
  return (admin ? names.find((name) => name.includes('ADMIN')) : undefined) ?? names[0];
}

/** `X-Api-Key` → `X_API_KEY`, `accessToken` → `ACCESS_TOKEN`. */
export function variableNameFrom(text: string): string | undefined {
  const name = text
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/[^A-Za-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .toUpperCase();
  if (name.length === 0) return undefined;
  return /^[0-9]/.test(name) ? `_${name}` : name;
}

const GENERIC_NAMES = new Set(['VALUE', 'RAW', 'TOKEN', 'PASSWORD', 'KEY', 'EXEC', 'AUTHORIZATION', 'DESCRIPTION', 'BODY', 'TEXT']);

export function chooseVariableName(secret: string, fact: Fact | undefined, definitionName: string | undefined): string {
  if (definitionName !== undefined) return definitionName;
  const shape = keyShapeOf(secret.trim());
  if (shape !== undefined && shape.ambiguous !== true) {
    const fromShape = providerVariable(shape.provider, shape.admin === true);
    if (fromShape !== undefined) return fromShape;
  }
  const destination = fact !== undefined && 'destination' in fact ? fact.destination : undefined;
  const destinationProvider = destination === undefined ? undefined : providerForUrl(destination);
  if (destinationProvider !== undefined) {
    const fromDestination = providerVariable(destinationProvider.id, shape?.admin === true);
    if (fromDestination !== undefined) return fromDestination;
  }
  if (shape !== undefined) {
    const fromShape = providerVariable(shape.provider, shape.admin === true);
    if (fromShape !== undefined) return fromShape;
  }
  const factName = fact !== undefined && 'name' in fact && typeof fact.name === 'string' ? variableNameFrom(fact.name) : undefined;
  if (factName !== undefined && !GENERIC_NAMES.has(factName)) return factName;
  if (factName === 'AUTHORIZATION' || factName === 'TOKEN') return 'API_TOKEN';
  if (factName === 'PASSWORD') return 'PASSWORD';
  return 'API_KEY';
}
