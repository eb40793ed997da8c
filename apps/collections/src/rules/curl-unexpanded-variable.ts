import type { CurlCommand } from '../curl/extract.js';
import type { CurlOption } from '../curl/options.js';
import { defineCurlRule, environmentReference, shellName } from '../curl/rule.js';
import type { Expansion, Shell } from '../curl/tokenizer/types.js';

/** PowerShell's automatic and preference variables: set without an assignment in the script. */
const POWERSHELL_AUTOMATIC = new Set([
  '_', '?', '^', '$', 'args', 'true', 'false', 'null', 'home', 'host', 'input', 'pwd', 'pid', 'profile', 'psitem', 'psscriptroot', 'pscommandpath',
  'psversiontable', 'pshome', 'myinvocation', 'lastexitcode', 'error', 'matches', 'this', 'executioncontext', 'shellid', 'iswindows', 'islinux',
  'ismacos', 'iscoreclr', 'erroractionpreference', 'verbosepreference', 'progresspreference', 'psboundparameters', 'stacktrace', 'foreach', 'switch',
]);

/** Options whose argument is the request body (or a form field of it), sent to the API as data. */
const BODY_OPTIONS = new Set(['data', 'data-raw', 'data-binary', 'data-ascii', 'data-urlencode', 'json', 'form', 'form-string']);

/** Names `--variable` declares (`name=value`, `name@file`, `%NAME` imports the environment variable). */
function declaredCurlVariables(command: CurlCommand): Set<string> {
  const names = new Set<string>();
  for (const option of command.options) {
    const match = option.name === 'variable' ? /^%?([A-Za-z_][A-Za-z0-9_]*)/.exec(option.argument?.value ?? '') : null;
    if (match?.[1] !== undefined) names.add(match[1]);
  }
  return names;
}

/** The option each argument word belongs to, by the word's start offset. */
function optionsByArgument(command: CurlCommand): Map<number, CurlOption> {
  const byArgument = new Map<number, CurlOption>();
  for (const option of command.options) if (option.argument !== undefined) byArgument.set(option.argument.start, option);
  return byArgument;
}

/** The shell whose syntax a reference is written in. */
function syntaxShell(expansion: Expansion, command: CurlCommand): Shell {
  if (expansion.syntax === 'percent') return 'cmd';
  if (expansion.syntax === 'powershell-env') return 'powershell';
  return command.shell === 'powershell' ? 'powershell' : 'bash';
}

export default defineCurlRule({
  id: 'curl-unexpanded-variable',
  severity: 'error',
  description: 'Variables in a curl command must be written so the shell running it expands them: not in single quotes, not in another shell’s syntax, not as a `{{template}}`.',
  recommended: true,
  messages: {
    singleQuotes: '{{variable}} is inside single quotes, so {{shell}} sends the text "{{variable}}" instead of its value — use double quotes around it',
    otherShell: '{{variable}} is {{syntax}} syntax; {{shell}} does not expand it and sends the text as is — write {{replacement}}',
    powershellVariable: '{{variable}} is a PowerShell script variable that is never set here, so it is empty — write {{replacement}} to read the environment variable',
    template: '{{variable}} is a template placeholder; the shell sends the braces literally — write {{replacement}}, or use curl’s --variable %{{name}} with --expand-{{option}}',
    undeclared: '{{variable}} is expanded by --expand-{{option}} but no --variable declares {{name}}, so curl stops with an error — add --variable %{{name}} to import it from the environment',
  },
  check(command, context) {
    const shell = shellName(command.shell);
    const declared = declaredCurlVariables(command);
    const optionOf = optionsByArgument(command);
    const report = (expansion: Expansion, messageId: 'singleQuotes' | 'otherShell' | 'powershellVariable' | 'template' | 'undeclared', data: Record<string, string> = {}): void => {
      context.report({
        messageId,
        data: { variable: expansion.text, name: expansion.name, shell, replacement: environmentReference(command.shell, expansion.name), ...data },
        start: expansion.start,
        end: expansion.end,
      });
    };
    for (const word of [command.name, ...command.args]) {
      for (const expansion of word.expansions) {
        if (expansion.syntax === 'command') continue;
        if (expansion.syntax === 'template') {
          const option = optionOf.get(word.start);
          // A request body is data for the API, and `{{item.input}}`, Jinja and Handlebars in it are the API's own templating.
          if (option !== undefined && BODY_OPTIONS.has(option.name) && option.expand !== true) continue;
          if (option?.expand !== true) report(expansion, 'template', { option: option?.name ?? 'url' });
          else if (!declared.has(expansion.name)) report(expansion, 'undeclared', { option: option.name });
          continue;
        }
        if (expansion.expands) {
          const powershellScriptVariable = command.shell === 'powershell' && (expansion.syntax === 'dollar' || expansion.syntax === 'dollar-brace') && !expansion.name.includes(':');
          if (powershellScriptVariable && !POWERSHELL_AUTOMATIC.has(expansion.name.toLowerCase()) && !command.assignedVariables.has(expansion.name.toLowerCase())) {
            report(expansion, 'powershellVariable');
          }
          continue;
        }
        if (syntaxShell(expansion, command) === command.shell) report(expansion, 'singleQuotes');
        else report(expansion, 'otherShell', { syntax: shellName(syntaxShell(expansion, command)) });
      }
    }
  },
});
