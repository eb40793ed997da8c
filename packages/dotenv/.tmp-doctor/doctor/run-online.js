import { getProvider, keyShapeOf, PROCESS_ENV_SOURCE, rules } from '@keylint/core';
import { winningDefinition } from './diagnose.js';
import { explainOnline } from './explain-online.js';
import { checkKeyOnline, modelsUrlFor } from './online.js';
function winningValue(diagnosis, name) {
    const variable = diagnosis.variables.find((candidate) => candidate.name === name);
    const winner = variable === undefined ? undefined : winningDefinition(variable);
    if (winner === undefined)
        return undefined;
    const value = winner.value.trim();
    return value.length === 0 ? undefined : { value, source: winner.source };
}
/** Admin keys only open the /organization endpoints; listing models with one proves nothing. */
function isAdminKey(variable, value) {
    return variable.name === 'OPENAI_ADMIN_KEY' || keyShapeOf(value.trim())?.admin === true;
}
export function onlineTargets(diagnosis, baseUrlOverride) {
    const targets = [];
    const skipped = [];
    const configuredBase = winningValue(diagnosis, 'OPENAI_BASE_URL');
    const organization = winningValue(diagnosis, 'OPENAI_ORG_ID');
    const project = winningValue(diagnosis, 'OPENAI_PROJECT_ID');
    for (const variable of diagnosis.variables) {
        if (variable.kind !== 'key' || variable.provider !== 'openai')
            continue;
        const winner = winningDefinition(variable);
        if (winner === undefined)
            continue;
        if (isAdminKey(variable, winner.value)) {
            skipped.push({ name: variable.name, reason: 'admin keys only work on /organization endpoints; not checked online' });
            continue;
        }
        const key = winner.value.trim();
        const [baseUrl, baseUrlFrom] = baseUrlOverride !== undefined
            ? [baseUrlOverride, '--base-url']
            : configuredBase !== undefined
                ? [configuredBase.value, `OPENAI_BASE_URL (${configuredBase.source})`]
                : [getProvider('openai').baseUrl, 'the OpenAI default'];
        targets.push({
            variable,
            key,
            trimmed: key !== winner.value,
            baseUrl,
            baseUrlFrom,
            ...(organization === undefined ? {} : { organization: { name: 'OPENAI_ORG_ID', value: organization.value } }),
            ...(project === undefined ? {} : { project: { name: 'OPENAI_PROJECT_ID', value: project.value } }),
        });
    }
    return { targets, skipped };
}
const KEY_RULES = new Set(rules.filter((rule) => rule.category === 'key').map((rule) => rule.id));
/** Files that define another value under an exported variable that wins: the "I edited .env but the old key is sent" case. */
function shadowedFiles(variable) {
    const winner = winningDefinition(variable);
    if (winner?.source !== PROCESS_ENV_SOURCE)
        return [];
    return variable.definitions.filter((definition) => definition.source !== PROCESS_ENV_SOURCE && definition.value !== winner.value).map((definition) => definition.source);
}
export async function runOnline(target, timeoutMs, fetchFunction) {
    const { variable } = target;
    const modelsUrl = modelsUrlFor(target.baseUrl);
    const outcome = await checkKeyOnline({
        baseUrl: target.baseUrl,
        key: target.key,
        timeoutMs,
        ...(target.organization === undefined ? {} : { organization: target.organization.value }),
        ...(target.project === undefined ? {} : { project: target.project.value }),
        ...(fetchFunction === undefined ? {} : { fetch: fetchFunction }),
    });
    const keyProblems = variable.findings.filter((finding) => finding.fact.kind !== 'env-definitions' && KEY_RULES.has(finding.ruleId)).map((finding) => finding.message);
    const shadowed = shadowedFiles(variable);
    const explanation = explainOnline(outcome, {
        variable: variable.name,
        keyProblems,
        timeoutMs,
        ...(shadowed.length === 0 ? {} : { shadowedFiles: shadowed }),
        ...(target.organization === undefined ? {} : { organizationVariable: target.organization.name }),
    });
    const sentTrimmed = target.trimmed && outcome.kind !== 'refused-url' && outcome.kind !== 'unsendable';
    const lines = sentTrimmed
        ? [...explanation.lines, 'Sent with the surrounding whitespace removed, as openai-node does; openai-python and explicit apiKey options send it as is.']
        : explanation.lines;
    return { target, url: 'url' in modelsUrl ? modelsUrl.url : outcome.url, explanation: { ...explanation, lines }, refused: outcome.kind === 'refused-url' };
}
//# sourceMappingURL=run-online.js.map