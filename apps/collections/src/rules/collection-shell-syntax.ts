import { defineCollectionRule } from '../postman/collection-rule.js';
import { allMatches } from '../postman/matches.js';
import { findReferences } from '../postman/variables.js';

/**
 * Shell and Windows variable syntax. Only names in capitals count for `$NAME` and `%NAME%`, the
 * way environment variables are written: a `$` in a password or a `%20` in a URL is not a variable.
 */
const SHELL_VARIABLES: readonly { readonly pattern: RegExp; readonly shell: string }[] = [
  { pattern: /\$env:([A-Za-z_][A-Za-z0-9_]*)/g, shell: 'PowerShell' },
  { pattern: /\$\{([A-Za-z_][A-Za-z0-9_]*)(?::?[-=?+][^}]*)?\}/g, shell: 'shell' },
  { pattern: /\$([A-Z_][A-Z0-9_]*[A-Z0-9])(?![A-Za-z0-9_:])/g, shell: 'shell' },
  { pattern: /%([A-Z_][A-Z0-9_]*[A-Z0-9])%/g, shell: 'Windows cmd' },
];

/** Two hex digits between `%` signs are URL encoding (`%F0%9F%98%80`). */
const PERCENT_ENCODING = /^[0-9A-F]{2}$/;

export default defineCollectionRule({
  id: 'collection-shell-syntax',
  description: 'Shell variables ($VAR, ${VAR}, %VAR%, $env:VAR) in a Postman field are sent literally; Postman only substitutes {{VAR}}.',
  severity: 'error',
  recommended: true,
  facts: ['field'],
  messages: {
    shellVariable: '{{label}} contains the {{shell}} variable {{text}}, which Postman sends literally — write {{{{name}}}} and define {{name}} in the environment',
  },
  check(fact, context) {
    // Every pattern above needs a `$` or a `%`; most fields have neither.
    if (!fact.value.includes('$') && !fact.value.includes('%')) return;
    const references = findReferences(fact.value);
    const insideReference = (offset: number): boolean => references.some((reference) => offset >= reference.start && offset < reference.end);
    const reported: { start: number; end: number }[] = [];
    for (const { pattern, shell } of SHELL_VARIABLES) {
      for (const match of allMatches(fact.value, pattern)) {
        const start = match.index;
        const end = start + match[0].length;
        if (insideReference(start) || reported.some((span) => start < span.end && end > span.start)) continue;
        // `%F0%9F%98%80`, `%D2%`: URL encoding, not a cmd.exe variable.
        if (shell === 'Windows cmd' && PERCENT_ENCODING.test(match[1] ?? '')) continue;
        reported.push({ start, end });
        context.report({
          messageId: 'shellVariable',
          data: { label: fact.label, shell, text: match[0], name: match[1] ?? '' },
          anchor: 'value',
          start,
          end,
        });
      }
    }
  },
});
