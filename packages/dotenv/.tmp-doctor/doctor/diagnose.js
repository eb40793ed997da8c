import { checkFacts, envFileLoadOrder, factsFromSetting, isBaseUrlName, isKeyName, keyShapeOf, PROCESS_ENV_SOURCE, providerForUrl, providers, resolveEnvWinner, } from '@keylint/core';
import { mediumForEnvFile } from '../parser/facts.js';
import { collectEnvDefinitions } from '../sources.js';
/** Names the doctor always looks at: what the SDKs read for keys, base URLs and OpenAI IDs. */
export const PROVIDER_VARIABLE_NAMES = new Set([
    ...providers.flatMap((provider) => [...provider.keyEnvNames, ...(provider.baseUrlEnvNames ?? [])]),
    'OPENAI_ORG_ID',
    'OPENAI_PROJECT_ID',
]);
function winnerOf(variable) {
    return variable.winnerIndex === undefined ? undefined : variable.definitions[variable.winnerIndex];
}
export function winningDefinition(variable) {
    return winnerOf(variable);
}
function originOf(definition) {
    if (definition.source === PROCESS_ENV_SOURCE || definition.filePath === undefined)
        return { medium: 'process-env' };
    return { medium: mediumForEnvFile(definition.source), filePath: definition.filePath };
}
function settingFacts(name, definition, keyVariables) {
    return factsFromSetting({
        name,
        value: definition.value,
        origin: originOf(definition),
        access: 'define',
        literal: definition.source !== PROCESS_ENV_SOURCE,
        extraKeyNames: keyVariables,
    });
}
function keyProvider(fact) {
    if (fact.kind !== 'key')
        return undefined;
    return fact.provider ?? keyShapeOf(fact.value.trim())?.provider;
}
/**
 * Whether a name = value pair is something the doctor reports on: a known SDK name, a key or
 * OpenAI ID by core's reading, or a provider's base URL. From the process environment only
 * provider keys count, so `GITHUB_TOKEN` and friends in a CI shell stay out of the report.
 */
function isDoctorVariable(name, value, fromProcessEnv, keyVariables) {
    if (PROVIDER_VARIABLE_NAMES.has(name) || keyVariables.includes(name))
        return true;
    const facts = factsFromSetting({ name, value, origin: { medium: fromProcessEnv ? 'process-env' : 'env' }, access: 'define', literal: !fromProcessEnv, extraKeyNames: keyVariables });
    return facts.some((fact) => fact.kind === 'identifier' ||
        (fact.kind === 'endpoint' && fact.provider !== undefined) ||
        (fact.kind === 'key' && (!fromProcessEnv || keyProvider(fact) !== undefined)));
}
function kindOf(name, facts, keyVariables) {
    for (const fact of facts) {
        if (fact.kind === 'identifier')
            return fact.identifier === 'openai-organization' ? 'organization' : 'project';
    }
    if (facts.some((fact) => fact.kind === 'endpoint') || isBaseUrlName(name))
        return 'base-url';
    if (facts.some((fact) => fact.kind === 'key') || isKeyName(name, keyVariables))
        return 'key';
    return 'other';
}
function providerOf(facts, value) {
    for (const fact of facts) {
        if (fact.kind === 'key')
            return keyProvider(fact);
        if (fact.kind === 'endpoint')
            return fact.provider ?? providerForUrl(fact.url)?.id;
        if (fact.kind === 'identifier')
            return 'openai';
    }
    return value === undefined ? undefined : providerForUrl(value.trim())?.id;
}
const KIND_ORDER = { key: 0, 'base-url': 1, organization: 2, project: 3, other: 4 };
function candidateNames(input) {
    const names = new Set();
    for (const file of input.files) {
        if (!('document' in file))
            continue;
        for (const entry of file.document.entries) {
            if (isDoctorVariable(entry.key, entry.value, false, input.keyVariables))
                names.add(entry.key);
        }
    }
    for (const [name, value] of Object.entries(input.processEnv)) {
        if (value !== undefined && isDoctorVariable(name, value, true, input.keyVariables))
            names.add(name);
    }
    return names;
}
function unloadedDefinitions(files, loadOrder) {
    const result = new Map();
    for (const file of files) {
        if (!('document' in file) || loadOrder.includes(file.fileName))
            continue;
        const lastByName = new Map();
        for (const entry of file.document.entries) {
            lastByName.set(entry.key, { source: file.fileName, value: entry.value, filePath: file.filePath, line: entry.line });
        }
        for (const [name, definition] of lastByName)
            result.set(name, [...(result.get(name) ?? []), definition]);
    }
    return result;
}
/** The base URL a provider's key goes to, when a variable of this directory sets one. */
function destinationFor(provider, winners) {
    if (provider === undefined)
        return undefined;
    const names = providers.find((candidate) => candidate.id === provider)?.baseUrlEnvNames ?? [];
    for (const name of names) {
        const value = winners.get(name)?.value.trim();
        if (value !== undefined && value.length > 0)
            return value;
    }
    return undefined;
}
export function diagnose(input) {
    const loadOrder = envFileLoadOrder(input.loader, input.mode);
    const loadedFiles = input.files.flatMap((file) => ('document' in file ? [{ filePath: file.filePath, document: file.document }] : []));
    const names = candidateNames(input);
    const facts = new Map();
    for (const fact of collectEnvDefinitions({ files: loadedFiles, processEnv: input.processEnv, loader: input.loader, mode: input.mode, names })) {
        if (names.has(fact.name))
            facts.set(fact.name, fact);
    }
    const unloaded = unloadedDefinitions(input.files, loadOrder);
    const winners = new Map();
    const resolved = new Map();
    for (const name of names) {
        const fact = facts.get(name);
        const winner = fact === undefined ? undefined : resolveEnvWinner(fact);
        resolved.set(name, winner);
        const definition = winner === undefined ? undefined : fact?.definitions[winner.index];
        if (definition !== undefined)
            winners.set(name, definition);
    }
    const variables = [];
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
        const winnerFacts = winning === undefined ? [] : rawFacts.map((candidate) => (candidate.kind === 'key' && destination !== undefined ? { ...candidate, destination } : candidate));
        const checked = [...winnerFacts, ...(fact !== undefined && definitions.length >= 2 ? [fact] : [])];
        const findings = checkFacts(checked, { severities: input.severities });
        const notes = [];
        if (winning === undefined && kind === 'key') {
            const files = (unloaded.get(name) ?? []).map((definition) => definition.source);
            notes.push(`${name} is not set: no source ${input.loader === 'dotenv' ? 'dotenv' : `${input.loader} in ${input.mode} mode`} loads defines it (only ${files.join(', ')}).`);
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
    // Base URLs and OpenAI IDs are shown as they are; everything else is treated as a secret.
    const secrets = variables
        .filter((variable) => variable.kind === 'key' || variable.kind === 'other')
        .flatMap((variable) => [...variable.definitions, ...variable.unloaded].map((definition) => definition.value));
    return { variables, secrets };
}
//# sourceMappingURL=diagnose.js.map