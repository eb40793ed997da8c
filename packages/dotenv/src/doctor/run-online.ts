import { getProvider, keyShapeOf, PROCESS_ENV_SOURCE, providerForUrl, rules } from '@keylint/core';
import { winningDefinition, type DiagnosedVariable, type Diagnosis } from './diagnose.js';
import { explainOnline, type OnlineExplanation } from './explain-online.js';
import { checkKeyOnline, modelsUrlFor } from './online.js';

/**
 * Which keys `--online` sends where, and what each answer means given what the offline pass found.
 * Only OpenAI keys (or keys bound for an OpenAI-compatible base URL through OPENAI_API_KEY) are sent:
 * `GET /models` is the OpenAI API's cheapest authenticated call.
 */

export interface OnlineTarget {
  readonly variable: DiagnosedVariable;
  /** Trimmed as openai-node trims env values (`readEnv`), so the request tests the key itself. */
  readonly key: string;
  readonly trimmed: boolean;
  readonly baseUrl: string;
  readonly baseUrlFrom: string;
  readonly organization?: { readonly name: string; readonly value: string };
  readonly project?: { readonly name: string; readonly value: string };
}

export interface OnlineResult {
  readonly target: OnlineTarget;
  readonly url: string;
  readonly explanation: OnlineExplanation;
  readonly refused: boolean;
}

function winningValue(diagnosis: Diagnosis, name: string): { value: string; source: string } | undefined {
  const variable = diagnosis.variables.find((candidate) => candidate.name === name);
  const winner = variable === undefined ? undefined : winningDefinition(variable);
  if (winner === undefined) return undefined;
  const value = winner.value.trim();
  return value.length === 0 ? undefined : { value, source: winner.source };
}

/** Admin keys only open the /organization endpoints; listing models with one proves nothing. */
function isAdminKey(variable: DiagnosedVariable, value: string): boolean {
  return variable.name === 'OPENAI_ADMIN_KEY' || keyShapeOf(value.trim())?.admin === true;
}

export function onlineTargets(diagnosis: Diagnosis, baseUrlOverride: string | undefined): { targets: OnlineTarget[]; skipped: { name: string; reason: string }[] } {
  const targets: OnlineTarget[] = [];
  const skipped: { name: string; reason: string }[] = [];
  const configuredBase = winningValue(diagnosis, 'OPENAI_BASE_URL');
  const organization = winningValue(diagnosis, 'OPENAI_ORG_ID');
  const project = winningValue(diagnosis, 'OPENAI_PROJECT_ID');
  for (const variable of diagnosis.variables) {
    if (variable.kind !== 'key' || variable.provider !== 'openai') continue;
    const winner = winningDefinition(variable);
    if (winner === undefined) continue;
    if (isAdminKey(variable, winner.value)) {
      skipped.push({ name: variable.name, reason: 'admin keys only work on /organization endpoints; not checked online' });
      continue;
    }
    const key = winner.value.trim();
    const [baseUrl, baseUrlFrom] =
      baseUrlOverride !== undefined
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
function shadowedFiles(variable: DiagnosedVariable): string[] {
  const winner = winningDefinition(variable);
  if (winner?.source !== PROCESS_ENV_SOURCE) return [];
  return variable.definitions.filter((definition) => definition.source !== PROCESS_ENV_SOURCE && definition.value !== winner.value).map((definition) => definition.source);
}

/**
 * A key of one provider must not be handed to another provider's API to find out that it does not
 * work there (an Anthropic key sent to api.openai.com). Gateways and local servers are unknown
 * hosts and get the key; shapes other providers share (`sk-` + hex) prove too little to refuse.
 */
function wrongProviderReason(target: OnlineTarget): string | undefined {
  const shape = keyShapeOf(target.key);
  const destination = providerForUrl(target.baseUrl.trim());
  if (shape === undefined || shape.ambiguous === true || destination === undefined || destination.id === shape.provider) return undefined;
  const article = /^[AEIOU]/i.test(shape.label) ? 'an' : 'a';
  return `this is ${article} ${shape.label}, and ${new URL(target.baseUrl.trim()).host} is the ${destination.name} API; sending it there would hand the key to another company. Use the key of the provider the base URL points at, or point the base URL at the key's provider`;
}

export async function runOnline(target: OnlineTarget, timeoutMs: number, fetchFunction?: typeof fetch): Promise<OnlineResult> {
  const { variable } = target;
  const modelsUrl = modelsUrlFor(target.baseUrl);
  const wrongProvider = 'url' in modelsUrl ? wrongProviderReason(target) : undefined;
  if (wrongProvider !== undefined && 'url' in modelsUrl) {
    return { target, url: modelsUrl.url, refused: false, explanation: { verdict: 'not-sent', ok: false, lines: [`Not sent: ${wrongProvider}.`] } };
  }
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
