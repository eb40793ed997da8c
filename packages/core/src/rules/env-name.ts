import { closestMatch } from '../did-you-mean.js';
import { memoize } from '../memo.js';
import { BROWSER_ENV_PREFIXES, ENV_NAME_REPLACEMENTS, OTHER_KNOWN_ENV_NAMES, SDK_ENV_NAMES, type EnvNameReplacement } from '../env-names.js';
import { getProvider } from '../providers/providers.js';
import { defineRule } from '../rule.js';

type Problem =
  | { readonly messageId: 'legacy' | 'alias'; readonly replacement: string; readonly provider: string }
  | { readonly messageId: 'typo' | 'wrongCase'; readonly replacement: string };

const REPLACEMENTS = new Map<string, EnvNameReplacement>(ENV_NAME_REPLACEMENTS.map((entry) => [entry.name, entry]));
const SDK_NAMES = new Set(SDK_ENV_NAMES);
/** Names never reported as typos: what the SDKs read, what other tools read on purpose, and the replacements themselves. */
const KNOWN_NAMES = new Set([...SDK_ENV_NAMES, ...OTHER_KNOWN_ENV_NAMES, ...ENV_NAME_REPLACEMENTS.map((entry) => entry.replacement)]);

/** How often each UTF-16 unit occurs in a text, units folded modulo 128 (folding only lowers the difference below). */
function unitCounts(text: string): Int32Array {
  const counts = new Int32Array(128);
  for (let index = 0; index < text.length; index += 1) {
    const unit = text.charCodeAt(index) & 127;
    counts[unit] = (counts[unit] as number) + 1;
  }
  return counts;
}

/** The SDK names as closestMatch compares them (in lower case), with their unit counts and the units they have. */
const SDK_NAME_PROFILES = SDK_ENV_NAMES.map((name) => {
  const lower = name.toLowerCase();
  const counts = unitCounts(lower);
  const units = counts.reduce<number[]>((found, count, unit) => (count > 0 ? [...found, unit] : found), []);
  return { name, length: lower.length, counts, units };
});

/**
 * The SDK names that can be within `limit` edits of a (lower-case) name. An edit changes the unit
 * counts by at most two (a transposition by none), so half their difference bounds the distance
 * from below; the names that fail this cheap test could never be the closest match.
 */
function candidatesWithin(lowerName: string, limit: number): string[] {
  const near = SDK_NAME_PROFILES.filter((profile) => Math.abs(profile.length - lowerName.length) <= limit);
  if (near.length === 0) return [];
  const counts = unitCounts(lowerName);
  return near
    .filter((profile) => {
      // Over the profile's units, then every unit of the name the profile lacks (those count fully).
      let difference = 0;
      let shared = 0;
      for (const unit of profile.units) {
        const count = counts[unit] as number;
        difference += Math.abs(count - (profile.counts[unit] as number));
        shared += count;
      }
      return difference + (lowerName.length - shared) <= 2 * limit;
    })
    .map((profile) => profile.name);
}

/** `OPENAI_API_KEY_2`, `OPENAI_API_KEYS`, `MY_OPENAI_API_KEY`: the SDK name plus a separated part is another variable. */
function extendsName(upperName: string, candidate: string): boolean {
  const index = upperName.indexOf(candidate);
  if (index === -1) return false;
  const before = upperName.slice(0, index);
  const after = upperName.slice(index + candidate.length);
  return (before === '' || before.endsWith('_')) && (after === '' || after.startsWith('_') || after === 'S');
}

/**
 * A name within typo distance of an SDK name: one edit for short names, two from 12 characters.
 * An extension of the SDK name, or its tail (`AI_API_KEY` next to `XAI_API_KEY`), is another
 * variable, not a typo.
 */
function typoOf(upperName: string): string | undefined {
  if (KNOWN_NAMES.has(upperName)) return undefined;
  const maximumDistance = upperName.length >= 12 ? 2 : 1;
  const candidate = closestMatch(upperName, candidatesWithin(upperName.toLowerCase(), maximumDistance), { maximumDistance });
  if (candidate === undefined || extendsName(upperName, candidate) || candidate.endsWith(upperName)) return undefined;
  return candidate;
}

/** Names repeat across files: each is judged once. Behind a browser prefix the name is the app's own (the SDK never reads it); env-public-prefix judges what is in it. */
const problemOfName = memoize((name: string): Problem | undefined => {
  const upperName = name.toUpperCase();
  return BROWSER_ENV_PREFIXES.some((prefix) => upperName.startsWith(prefix)) ? undefined : problemOf(name);
});

function problemOf(name: string): Problem | undefined {
  const upperName = name.toUpperCase();
  const replacement = REPLACEMENTS.get(upperName);
  if (replacement !== undefined) return { messageId: replacement.kind, replacement: replacement.replacement, provider: getProvider(replacement.provider).name };
  if (SDK_NAMES.has(upperName)) return name === upperName ? undefined : { messageId: 'wrongCase', replacement: upperName };
  const typo = typoOf(upperName);
  return typo === undefined ? undefined : { messageId: 'typo', replacement: typo };
}

export default defineRule({
  id: 'env-name',
  category: 'env',
  severity: 'warn',
  description: 'Environment variables must use the names the SDKs read: no legacy (`OPENAI_API_BASE`), made-up (`OPENAI_KEY`) or misspelled names.',
  facts: ['env-variable'],
  recommended: true,
  hasSuggestions: true,
  messages: {
    legacy: '{{name}} is the pre-1.0 name of {{replacement}}: the OpenAI SDKs (openai>=1) ignore it — {{action}}',
    alias: '{{name}} is not a name the {{provider}} SDK reads (it reads {{replacement}}), so it only works where your code passes it explicitly — {{action}}',
    typo: '{{name}} looks like a misspelling of {{replacement}}, which is the name the SDK looks for — {{action}}',
    wrongCase: '{{name}} differs from {{replacement}} only in case, and environment variable names are case-sensitive — {{action}}',
    rename: 'Rename to {{replacement}}',
  },
  check(fact, context) {
    // The project's code reads the name: renaming it as told would break the app.
    if (fact.readByProject === true) return;
    const problem = problemOfName(fact.name);
    if (problem === undefined) return;
    const action = fact.access === 'read' ? `read ${problem.replacement} instead` : `rename it to ${problem.replacement}`;
    context.report({
      messageId: problem.messageId,
      data: { name: fact.name, replacement: problem.replacement, provider: 'provider' in problem ? problem.provider : '', action },
      field: 'name',
      start: 0,
      end: fact.name.length,
      suggestions: [{ messageId: 'rename', data: { replacement: problem.replacement }, fix: { field: 'name', start: 0, end: fact.name.length, text: problem.replacement } }],
    });
  },
});
