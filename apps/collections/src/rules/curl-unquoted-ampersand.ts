import { defineCurlRule, shellName } from '../curl/rule.js';

/** How much of each side of the cut a message quotes. */
const QUOTED_LENGTH = 24;

function tail(text: string): string {
  return text.length <= QUOTED_LENGTH ? text : `…${text.slice(-QUOTED_LENGTH)}`;
}

function head(text: string): string {
  return text.length <= QUOTED_LENGTH ? text : `${text.slice(0, QUOTED_LENGTH)}…`;
}

export default defineCurlRule({
  id: 'curl-unquoted-ampersand',
  severity: 'error',
  description: 'An `&` in a curl argument (a URL with several query parameters) must be quoted: unquoted, the shell ends the command there.',
  recommended: true,
  messages: {
    cut: 'The unquoted & ends the command here: {{shell}} runs curl in the background with only `{{before}}` and then runs `{{after}}` as a command of its own, so everything after the & (the rest of the URL, the options on the next lines) is never sent — put the URL in quotes',
  },
  check(command, context) {
    for (const cut of command.shellCuts) {
      const at = cut.word.offsets.indexOf(cut.start);
      const before = cut.word.value.slice(0, at);
      context.report({
        messageId: 'cut',
        data: { shell: shellName(command.shell), before: tail(before), after: head(cut.rest.value) },
        start: cut.start,
        end: cut.start + 1,
      });
    }
  },
});
