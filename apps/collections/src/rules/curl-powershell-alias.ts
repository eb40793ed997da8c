import { defineCurlRule } from '../curl/rule.js';

export default defineCurlRule({
  id: 'curl-powershell-alias',
  severity: 'warn',
  description: 'In PowerShell scripts, call `curl.exe`: in Windows PowerShell 5.1 `curl` is an alias of Invoke-WebRequest, which does not take curl’s options.',
  recommended: true,
  messages: {
    alias: 'In Windows PowerShell 5.1 `curl` runs Invoke-WebRequest, which rejects curl options such as -H and -d — write curl.exe',
  },
  check(command, context) {
    if (command.shell !== 'powershell' || command.name.value.toLowerCase() !== 'curl') return;
    context.report({ messageId: 'alias', start: command.name.start, end: command.name.end });
  },
});
