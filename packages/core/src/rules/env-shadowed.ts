import type { EnvDefinition } from '../facts.js';
import { describeEnvSource, envFileLoadOrder, LOADER_NAMES, PROCESS_ENV_SOURCE, resolveEnvWinner } from '../precedence.js';
import { fingerprint, redact } from '../redact.js';
import { defineRule } from '../rule.js';

function describeWinner(winner: EnvDefinition, loser: EnvDefinition): string {
  if (winner.source !== loser.source) return describeEnvSource(winner.source);
  return winner.line === undefined ? `a later definition in ${winner.source}` : `line ${winner.line} of ${winner.source}`;
}

function advice(name: string, winner: EnvDefinition, loser: EnvDefinition): string {
  if (winner.source === PROCESS_ENV_SOURCE) return `unset it (\`unset ${name}\`, and check your shell profile, CI or process manager) or update it`;
  if (winner.source === loser.source) return 'remove the duplicate';
  return `remove it from ${winner.source} or update it there`;
}

/** Redacted forms of two values; when they look alike (same prefix and tail), fingerprints tell them apart. */
function shownValues(loser: string, winner: string): { value: string; winnerValue: string } {
  const value = redact(loser);
  const winnerValue = redact(winner);
  return value === winnerValue ? { value: fingerprint(loser), winnerValue: fingerprint(winner) } : { value, winnerValue };
}

export default defineRule({
  id: 'env-shadowed',
  category: 'env',
  severity: 'warn',
  description: 'A variable defined with different values in the process environment and several .env files: say which one the loader uses.',
  facts: ['env-definitions'],
  recommended: true,
  messages: {
    shadowed: '{{name}} here ({{value}}) is shadowed by {{winner}} ({{winnerValue}}), which wins under {{loader}} — {{advice}}',
  },
  check(fact, context) {
    const resolved = resolveEnvWinner(fact);
    if (resolved === undefined) return;
    const winner = fact.definitions[resolved.index] as EnvDefinition;
    // Files the loader does not read in this mode are not in play: they shadow nothing and lose nothing.
    const loaded = new Set(envFileLoadOrder(fact.loader, fact.mode));
    fact.definitions.forEach((definition, index) => {
      if (index === resolved.index || !loaded.has(definition.source) || definition.value === winner.value) return;
      context.report({
        messageId: 'shadowed',
        data: {
          name: fact.name,
          ...shownValues(definition.value, winner.value),
          winner: describeWinner(winner, definition),
          loader: LOADER_NAMES[fact.loader],
          advice: advice(fact.name, winner, definition),
          reason: resolved.reason,
        },
        definition: index,
        start: 0,
        end: definition.value.length,
      });
    });
  },
});
