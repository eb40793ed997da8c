import {
  checkFacts,
  envFileLoadOrder,
  factsFromSetting,
  isBaseUrlName,
  isKeyName,
  keyShapeOf,
  PROCESS_ENV_SOURCE,
  providerForUrl,
  providers,
  resolveEnvWinner,
  type EnvDefinition,
  type EnvDefinitionsFact,
  type Fact,
  type Finding,
  type Loader,
  type ProviderId,
  type Rule,
  type RuleSetting,
} from '@keylint/core';
import { mediumForEnvFile } from '../parser/facts.js';
import { collectEnvDefinitions, type LoadedEnvFile } from '../sources.js';
import type { ReadEnvFile } from './read-env-files.js';
import { LOADER_LABELS, type VariableKind } from './report.js';

/**
 * The offline half of the doctor: for every provider variable, every source that defines it, the
 * winner under the loader's precedence (core decides), and the findings of core's rules on the
 * winning value. Nothing here prints; values stay in memory for the online check and are turned
 * into fingerprints by the report.
 */

export interface DiagnoseInput {
  readonly files: readonly ReadEnvFile[];
  readonly processEnv: Readonly<Record<string, string | undefined>>;
  readonly loader: Loader;
  readonly mode: string;
  /** Extra names that hold keys (config `keyVariables`). */
  readonly keyVariables: readonly string[];
  readonly severities: Readonly<Record<string, RuleSetting>>;
  /** The rules to run; core's whole catalog by default. */
  readonly rules?: readonly Rule[];
}

export interface DiagnosedVariable {
  readonly name: string;
  readonly kind: VariableKind;
  readonly provider: ProviderId | undefined;
  /** Loaded definitions, highest priority first (process environment first). */
  readonly definitions: readonly EnvDefinition[];
  /** Definitions in files the loader does not read in this mode. */
  readonly unloaded: readonly EnvDefinition[];
  readonly winnerIndex: number | undefined;
  readonly reason: string | undefined;
  /** The facts core read from the winning value (a key fact for a key, an endpoint for a base URL…). */
  readonly facts: readonly Fact[];
  readonly findings: readonly Finding[];
  /** Problems that are not findings of a rule. */
  readonly notes: readonly string[];
}

export interface Diagnosis {
  readonly variables: readonly DiagnosedVariable[];
  /** Every value not shown as it is (keys, and anything odd in a base URL or ID variable), for redaction of all output. */
  readonly secrets: readonly string[];
}

/** Names the doctor always looks at: what the SDKs read for keys, base URLs and OpenAI IDs. */
export const PROVIDER_VARIABLE_NAMES: ReadonlySet<string> = new Set([
  ...providers.flatMap((provider) => [...provider.keyEnvNames, ...(provider.baseUrlEnvNames ?? [])]),
  'OPENAI_ORG_ID',
  'OPENAI_PROJECT_ID',
]);

export function winningDefinition(variable: Pick<DiagnosedVariable, 'definitions' | 'winnerIndex'>): EnvDefinition | undefined {
  return variable.winnerIndex === undefined ? undefined : variable.definitions[variable.winnerIndex];
}

function originOf(definition: EnvDefinition): Fact['origin'] {
  if (definition.source === PROCESS_ENV_SOURCE || definition.filePath === undefined) return { medium: 'process-env' };
  return { medium: mediumForEnvFile(definition.source), filePath: definition.filePath };
}

function settingFacts(name: string, definition: EnvDefinition, keyVariables: readonly string[]): Fact[] {
  return factsFromSetting({
    name,
    value: definition.value,
    origin: originOf(definition),
    access: 'define',
    literal: definition.source !== PROCESS_ENV_SOURCE,
    extraKeyNames: keyVariables,
  });
}

function keyProvider(fact: Fact): ProviderId | undefined {
  if (fact.kind !== 'key') return undefined;
  return fact.provider ?? keyShapeOf(fact.value.trim())?.provider;
}

/**
 * Whether a name = value pair is something the doctor reports on: a known SDK name, a key or
 * OpenAI ID by core's reading, or a provider's base URL. From the process environment only
 * provider keys count, so `GITHUB_TOKEN` and friends in a CI shell stay out of the report.
 */
function isDoctorVariable(name: string, value: string, fromProcessEnv: boolean, keyVariables: readonly string[]): boolean {
  if (PROVIDER_VARIABLE_NAMES.has(name) || keyVariables.includes(name)) return true;
  const facts = factsFromSetting({ name, value, origin: { medium: fromProcessEnv ? 'process-env' : 'env' }, access: 'define', literal: !fromProcessEnv, extraKeyNames: keyVariables });
  return facts.some(
    (fact) =>
      fact.kind === 'identifier' ||
      (fact.kind === 'endpoint' && fact.provider !== undefined) ||
      (fact.kind === 'key' && (!fromProcessEnv || keyProvider(fact) !== undefined)),
  );
}

function kindOf(name: string, facts: readonly Fact[], keyVariables: readonly string[]): VariableKind {
  for (const fact of facts) {
    if (fact.kind === 'identifier') return fact.identifier === 'openai-organization' ? 'organization' : 'project';
  }
  if (facts.some((fact) => fact.kind === 'endpoint') || isBaseUrlName(name)) return 'base-url';
  if (facts.some((fact) => fact.kind === 'key') || isKeyName(name, keyVariables)) return 'key';
  return 'other';
}

function providerOf(facts: readonly Fact[], value: string | undefined): ProviderId | undefined {
  for (const fact of facts) {
    if (fact.kind === 'key') return keyProvider(fact);
    if (fact.kind === 'endpoint') return fact.provider ?? providerForUrl(fact.url)?.id;
    if (fact.kind === 'identifier') return 'openai';
  }
  return value === undefined ? undefined : providerForUrl(value.trim())?.id;
}

const KIND_ORDER: Readonly<Record<VariableKind, number>> = { key: 0, 'base-url': 1, organization: 2, project: 3, other: 4 };

function candidateNames(input: DiagnoseInput): Set<string> {
  const names = new Set<string>();
  for (const file of input.files) {
    if (!('document' in file)) continue;
    for (const entry of file.document.entries) {
      if (isDoctorVariable(entry.key, entry.value, false, input.keyVariables)) names.add(entry.key);
    }
  }
  for (const [name, value] of Object.entries(input.processEnv)) {
    if (value !== undefined && isDoctorVariable(name, value, true, input.keyVariables)) names.add(name);
  }
  return names;
}

function unloadedDefinitions(files: readonly ReadEnvFile[], loadOrder: readonly string[]): Map<string, EnvDefinition[]> {
  const result = new Map<string, EnvDefinition[]>();
  for (const file of files) {
    if (!('document' in file) || loadOrder.includes(file.fileName)) continue;
    const lastByName = new Map<string, EnvDefinition>();
    for (const entry of file.document.entries) {
      lastByName.set(entry.key, { source: file.fileName, value: entry.value, filePath: file.filePath, line: entry.line });
    }
    for (const [name, definition] of lastByName) result.set(name, [...(result.get(name) ?? []), definition]);
  }
  return result;
}

/** The base URL a provider's key goes to, when a variable of this directory sets one. */
function destinationFor(provider: ProviderId | undefined, winners: ReadonlyMap<string, EnvDefinition>): string | undefined {
  if (provider === undefined) return undefined;
  const names = providers.find((candidate) => candidate.id === provider)?.baseUrlEnvNames ?? [];
  for (const name of names) {
    const value = winners.get(name)?.value.trim();
    if (value !== undefined && value.length > 0) return value;
  }
  return undefined;
}

const OPENAI_IDENTIFIER = /^(?:org-|proj_)[A-Za-z0-9]{1,64}$/;

/**
 * Whether a value may be printed as it is: a base URL that is a plain http(s) URL (no credentials,
 * no query, where keys hide), or an OpenAI ID of the right shape. Anything else in those variables
 * (a key pasted into OPENAI_BASE_URL) is shown by fingerprint like a key.
 */
export function isShownAsIs(kind: VariableKind, value: string): boolean {
  const trimmed = value.trim();
  if (kind === 'organization' || kind === 'project') return OPENAI_IDENTIFIER.test(trimmed) || /^[A-Za-z0-9 _-]{0,24}$/.test(trimmed);
  if (kind !== 'base-url') return false;
  if (trimmed.length === 0) return true;
  if (!URL.canParse(trimmed)) return false;
  const url = new URL(trimmed);
  return (url.protocol === 'https:' || url.protocol === 'http:') && url.username === '' && url.password === '' && url.search === '';
}

export function diagnose(input: DiagnoseInput): Diagnosis {
  const loadOrder = envFileLoadOrder(input.loader, input.mode);
  const loadedFiles: LoadedEnvFile[] = input.files.flatMap((file) => ('document' in file ? [{ filePath: file.filePath, document: file.document }] : []));
  const names = candidateNames(input);
  const facts = new Map<string, EnvDefinitionsFact>();
  for (const fact of collectEnvDefinitions({ files: loadedFiles, processEnv: input.processEnv, loader: input.loader, mode: input.mode, names })) {
    if (names.has(fact.name)) facts.set(fact.name, fact);
  }
  const unloaded = unloadedDefinitions(input.files, loadOrder);

  const winners = new Map<string, EnvDefinition>();
  const resolved = new Map<string, { index: number; reason: string } | undefined>();
  for (const name of names) {
    const fact = facts.get(name);
    const winner = fact === undefined ? undefined : resolveEnvWinner(fact);
    resolved.set(name, winner);
    const definition = winner === undefined ? undefined : fact?.definitions[winner.index];
    if (definition !== undefined) winners.set(name, definition);
  }

  const variables: DiagnosedVariable[] = [];
  for (const name of names) {
    const fact = facts.get(name);
    const definitions = fact?.definitions ?? [];
    const winner = resolved.get(name);
    const winning = winners.get(name);
    const representative = winning ?? definitions[0] ?? unloaded.get(name)?.[0];
    const rawFacts = representative === undefined ? [] : settingFacts(name, representative, input.keyVariables);
    const kind = kindOf(name, rawFacts, input.keyVariables);
    const provider = providerOf(rawFacts, representative?.value);
    const destination = kind === 'key' ? destinationFor(provider, winners) : undefined;
    const winnerFacts =
      winning === undefined ? [] : rawFacts.map((candidate) => (candidate.kind === 'key' && destination !== undefined ? { ...candidate, destination } : candidate));
    const checked: Fact[] = [...winnerFacts, ...(fact !== undefined && definitions.length >= 2 ? [fact] : [])];
    const findings = checkFacts(checked, { severities: input.severities, ...(input.rules === undefined ? {} : { rules: input.rules }) });
    const notes: string[] = [];
    if (winning === undefined && kind === 'key') {
      const files = (unloaded.get(name) ?? []).map((definition) => definition.source);
      const inMode = input.loader === 'dotenv' ? '' : ` in ${input.mode} mode`;
      const which = files.length === 1 ? `only ${files[0]} defines it, and ${LOADER_LABELS[input.loader]} does not load it` : `only ${files.join(', ')} define it, and ${LOADER_LABELS[input.loader]} loads none of them`;
      notes.push(`${name} is not set: ${which}${inMode}.`);
    }
    variables.push({
      name,
      kind,
      provider,
      definitions,
      unloaded: unloaded.get(name) ?? [],
      winnerIndex: winner?.index,
      reason: winner?.reason,
      facts: winnerFacts,
      findings,
      notes,
    });
  }
  variables.sort((left, right) => KIND_ORDER[left.kind] - KIND_ORDER[right.kind] || (left.name < right.name ? -1 : left.name > right.name ? 1 : 0));
  // Base URLs and OpenAI IDs that look like one are shown as they are; every other value is treated as a secret.
  const secrets = variables.flatMap((variable) =>
    [...variable.definitions, ...variable.unloaded].map((definition) => definition.value).filter((value) => !isShownAsIs(variable.kind, value)),
  );
  return { variables, secrets };
}
