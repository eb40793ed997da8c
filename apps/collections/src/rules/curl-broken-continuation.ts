import { defineCurlRule, shellName } from '../curl/rule.js';
import type { Shell } from '../curl/tokenizer/types.js';

const CONTINUATION: Readonly<Record<Shell, string>> = { bash: '\\', cmd: '^', powershell: '`' };

export default defineCurlRule({
  id: 'curl-broken-continuation',
  severity: 'error',
  description: 'A multi-line curl command must end every line but the last with the continuation character of its shell (`\\`, `^` or a backtick) and nothing after it.',
  recommended: true,
  messages: {
    trailingSpace: 'Whitespace after the {{character}} at the end of this line stops it from continuing the command, so the next line runs on its own and its options are never sent — delete the trailing whitespace',
    otherShell: '{{character}} does not continue a line in {{shell}}, so the command ends here and the next line runs on its own — end the line with {{expected}}',
    missing: 'This line ends without {{expected}}, so {{option}} on the next line runs as a separate command and is never sent — add {{expected}} at the end of this line',
  },
  check(command, context) {
    const expected = CONTINUATION[command.shell];
    for (const continuation of command.continuations) {
      if (continuation.kind === 'ok') continue;
      context.report({
        messageId: continuation.kind === 'trailing-space' ? 'trailingSpace' : 'otherShell',
        data: { character: continuation.character, shell: shellName(command.shell), expected },
        start: continuation.start,
        end: continuation.kind === 'trailing-space' ? continuation.end : continuation.start + 1,
      });
    }
    for (const missing of command.missingContinuations) {
      context.report({ messageId: 'missing', data: { expected, option: missing.next.value }, start: missing.lineEnd, end: missing.lineEnd });
    }
  },
});
