import { parseHttpUrl, providerForUrl } from '@keylint/core';
import { defineCurlRule } from '../curl/rule.js';

export default defineCurlRule({
  id: 'curl-insecure',
  severity: 'warn',
  description: 'curl must not turn off TLS certificate checks (`-k`, `--insecure`) for a request that carries an API key to a provider or any HTTPS host.',
  recommended: true,
  security: true,
  messages: {
    provider: '{{option}} turns off certificate checks for {{provider}} ({{host}}), so anyone on the network path can read the API key — remove {{option}}',
    https: '{{option}} turns off certificate checks for {{host}}, so a man in the middle can read the credentials — remove {{option}} or pass the server’s CA with --cacert',
  },
  check(command, context) {
    const insecure = command.options.find((option) => option.name === 'insecure');
    if (insecure === undefined) return;
    for (const word of command.urls) {
      const url = word.value.trim();
      const parsed = parseHttpUrl(url);
      if (parsed === undefined || parsed.protocol !== 'https:') continue;
      const provider = providerForUrl(url);
      const spelled = insecure.word.value.startsWith('--') ? '--insecure' : '-k';
      // In combined flags (`-sSk`) point at the letter; otherwise at the whole option.
      const whole = spelled === '--insecure' || insecure.word.value === '-k';
      const start = whole ? insecure.word.start : (insecure.word.offsets[insecure.spelledStart] ?? insecure.word.start);
      const end = whole ? insecure.word.end : start + 1;
      const data = { option: spelled, host: parsed.host, ...(provider === undefined ? {} : { provider: provider.name }) };
      context.report({ messageId: provider === undefined ? 'https' : 'provider', data, start, end });
      return;
    }
  },
});
