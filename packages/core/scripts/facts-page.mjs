// Builds the text of docs/facts.md, the page a user reads to see whether keylint knows about the
// provider change that just broke them: every provider's key shapes, hosts, auth headers and env
// names with where each comes from and when it was last checked, and OpenAI's shut-down endpoints
// with their dates. Provider data comes from the built package; the endpoint changes from data/.
import { readOpenAIEndpointData } from './openai-endpoint-table.mjs';

function code(text) {
  return `\`${text}\``;
}

function cell(text) {
  return text.replaceAll('|', '\\|');
}

function keyShapeText(shape) {
  const prefix = shape.prefix.length > 0 ? code(`${shape.prefix}…`) : 'no prefix';
  const extras = [
    shape.marker === undefined ? undefined : 'contains the base64 of "OpenAI"',
    shape.suffix === undefined ? undefined : `ends in ${code(shape.suffix)}`,
    shape.admin === true ? 'Admin API only' : undefined,
    shape.contextOnly === true ? 'recognised only where the name, SDK or host says so' : undefined,
  ].filter((extra) => extra !== undefined);
  return `${shape.label}: ${prefix}, ${shape.minLength}–${shape.maxLength} characters, ${shape.charsetLabel}${extras.length > 0 ? ` (${extras.join('; ')})` : ''}`;
}

function hostsText(provider) {
  const hosts = [...provider.hosts.map(code), ...(provider.hostSuffixes ?? []).map((suffix) => code(`*${suffix}`))];
  const below = provider.pathPrefix === undefined ? '' : ` (only below ${code(`${provider.pathPrefix}/`)}; other paths there belong to other APIs)`;
  return `${hosts.join(', ')}${below}; base URL ${code(provider.baseUrl)}`;
}

function authText(provider) {
  const { header, scheme, alsoAccepted } = provider.auth;
  const name = header === 'authorization' ? 'Authorization' : header;
  const main = code(`${name}: ${scheme === undefined ? '' : `${scheme} `}<key>`);
  const parts = [main];
  for (const other of alsoAccepted ?? []) parts.push(`${code(`${other} <key>`)} still accepted`);
  for (const required of provider.requiredHeaders ?? []) parts.push(`with ${code(`${required.name}: ${required.example}`)}`);
  if (provider.keyQueryParameter !== undefined) parts.push(`or ${code(`?${provider.keyQueryParameter}=`)} in the URL`);
  for (const path of provider.openAICompatibleEndpoints ?? []) parts.push(`OpenAI's ${code('Authorization: Bearer <key>')} on ${code(path)}`);
  for (const prefix of provider.bearerKeyPrefixes ?? []) parts.push(`${code('Authorization: Bearer <key>')} below ${code(`${prefix}/`)}`);
  if (header !== 'authorization' && provider.openAICompatiblePrefix !== undefined && provider.openAICompatibleEndpoints === undefined) {
    parts.push(`${code('Authorization: Bearer <key>')} below ${code(`${provider.openAICompatiblePrefix}/`)}`);
  }
  if (provider.bearerTokens !== undefined) parts.push(`${provider.bearerTokens} as ${code('Authorization: Bearer <token>')}`);
  return parts.join('; ');
}

function envText(provider) {
  return [...provider.keyEnvNames, ...(provider.baseUrlEnvNames ?? [])].map(code).join(', ');
}

function row(fact, value, source) {
  return `| ${fact} | ${cell(value)} | ${cell(source.source)} | ${source.checked} |`;
}

/** The text of docs/facts.md. */
export function factsPage(packageDirectory, core, banner) {
  const endpointData = readOpenAIEndpointData(packageDirectory);
  const lines = [
    `<!-- ${banner}. -->`,
    '# What keylint knows about each provider',
    '',
    `Facts as of ${core.factsAsOf}. Providers change key formats, hosts and endpoints without notice; this page`,
    'shows what keylint knows, where each fact comes from and when it was last checked, so you can tell',
    'whether keylint knows about the change that just broke your request. A fact you find wrong or missing',
    'is a bug: report it with a link to the provider’s page.',
    '',
  ];
  for (const provider of core.providers) {
    const shapes = core.keyShapes.filter((shape) => shape.provider === provider.id);
    lines.push(`## ${provider.name}`, '', `Facts as of ${core.factsCheckedOn(provider)}.`, '', '| Fact | What keylint knows | Source | Checked |', '| --- | --- | --- | --- |');
    lines.push(row('Key shapes', shapes.length === 0 ? 'none known' : shapes.map(keyShapeText).join('<br>'), provider.provenance.keyShapes));
    lines.push(row('Hosts', hostsText(provider), provider.provenance.hosts));
    lines.push(row('Auth', authText(provider), provider.provenance.auth));
    lines.push(row('Env names', envText(provider), provider.provenance.envNames));
    if (provider.id === 'openai') {
      const source = core.openAIEndpointSource;
      lines.push(
        row(
          'Endpoints',
          `${core.openAIEndpoints.length} endpoints, ${core.openAIEndpoints.filter((endpoint) => endpoint.admin === true).length} of them needing an admin key; ${core.removedOpenAIEndpoints.length} shut down (below)`,
          { source: `${source.spec} (commit ${source.commit}, ${source.specDate}) and the announcements since (deprecations page, changelog)`, checked: source.checked },
        ),
      );
    } else if (provider.provenance.endpoints !== undefined) {
      lines.push(row('Endpoints', (provider.knownEndpoints ?? []).map((endpoint) => code(`${endpoint.methods.join('|')} ${endpoint.path}`)).join(', '), provider.provenance.endpoints));
    }
    lines.push('');
  }
  lines.push(
    '## OpenAI shut-down endpoints',
    '',
    `Calls to these are reported by [endpoint-path](./rules/endpoint-path.md) with the date. Checked ${endpointData.checked}.`,
    '',
    '| Endpoint | Shut down | Use instead | Source |',
    '| --- | --- | --- | --- |',
    ...endpointData.shutDown.map(
      (entry) => `| ${code(`/v1${entry.path}${entry.coversSubpaths ? '/…' : ''}`)} | ${entry.date} | ${cell(entry.replacement ?? 'no replacement')} | ${cell(entry.source)} |`,
    ),
    '',
    '## OpenAI header values refused since a shutdown',
    '',
    '| Header | Shut down | Use instead | Source |',
    '| --- | --- | --- | --- |',
    ...endpointData.refusedHeaders.map((entry) => `| ${code(`${entry.header}: ${entry.value}`)} | ${entry.date} | ${cell(entry.replacement)} | ${cell(entry.source)} |`),
    '',
  );
  return lines.join('\n');
}
