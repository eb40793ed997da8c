import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  analyzeUrl,
  azureEndpointPrefix,
  findDoubledVersion,
  findEmptySegment,
  hasTemplateMarker,
  isSdkBaseUrl,
  isUnderPrefix,
  isVersionSegment,
  locatedSegments,
  pathBelow,
  withoutTrailingSlash,
} from '../src/endpoints.js';
import { checkFacts } from '../src/check.js';
import { rules } from '../src/rules/index.js';
import { endpointFact } from './facts.js';

describe('analyzeUrl', () => {
  it('locates scheme, host, path and query in the string as written', () => {
    const text = ' HTTPS://user:pw@API.OpenAI.com:8443/v1/chat/completions?x=1#top';
    const analysis = analyzeUrl(text);
    expect(analysis).toBeDefined();
    if (analysis === undefined) return;
    expect(analysis.scheme).toBe('https');
    expect(text.slice(analysis.schemeSpan.start, analysis.schemeSpan.end)).toBe('HTTPS');
    expect(analysis.host).toBe('api.openai.com');
    expect(text.slice(analysis.hostSpan.start, analysis.hostSpan.end)).toBe('API.OpenAI.com');
    expect(analysis.path).toBe('/v1/chat/completions');
    expect(text.slice(analysis.pathSpan.start, analysis.pathSpan.end)).toBe('/v1/chat/completions');
    expect(analysis.query).toBe('x=1');
    expect(analysis.provider?.id).toBe('openai');
    expect(analysis.local).toBe(false);
  });

  it('keeps // in the path, unlike a normalising parser', () => {
    expect(analyzeUrl('https://api.openai.com//v1')?.path).toBe('//v1');
  });

  it('reports an empty path and query as empty spans at the right place', () => {
    const analysis = analyzeUrl('https://api.openai.com');
    expect(analysis?.path).toBe('');
    expect(analysis?.pathSpan).toEqual({ start: 22, end: 22 });
    expect(analysis?.querySpan).toEqual({ start: 22, end: 22 });
  });

  it('recognises local servers and IPv6 hosts', () => {
    expect(analyzeUrl('http://localhost:11434/v1')?.local).toBe(true);
    expect(analyzeUrl('http://[::1]:8080/v1')?.local).toBe(true);
    const text = 'http://[::1]:8080/v1';
    const span = analyzeUrl(text)?.hostSpan;
    expect(span === undefined ? '' : text.slice(span.start, span.end)).toBe('[::1]');
  });

  it('marks placeholder hosts and paths', () => {
    expect(analyzeUrl('https://{{host}}/v1')?.hostTemplated).toBe(true);
    expect(analyzeUrl('https://${HOST}/v1')?.hostTemplated).toBe(true);
    expect(analyzeUrl('https://api.openai.com/v1/files/{{id}}')?.pathTemplated).toBe(true);
    expect(analyzeUrl('https://api.openai.com/v1/files/:file_id')?.pathTemplated).toBe(true);
    expect(analyzeUrl('https://api.openai.com/v1/files/file-1')?.pathTemplated).toBe(false);
  });

  it('returns undefined for what is not an http(s) URL', () => {
    for (const text of ['', '   ', 'api.openai.com/v1', '{{baseUrl}}/v1', '${OPENAI_BASE_URL}', 'ftp://api.openai.com', 'https://api.openai.com/v1 /chat', 'https://api.openai.com\\v1', 'https://', 'https://a b.com']) {
      expect(analyzeUrl(text), text).toBeUndefined();
    }
  });

  it('never throws and keeps every span inside the string (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), fc.constantFrom('http://', 'https://', 'HTTP://', ''), (tail, scheme) => {
        const text = scheme + tail;
        const analysis = analyzeUrl(text);
        if (analysis === undefined) return;
        for (const span of [analysis.schemeSpan, analysis.hostSpan, analysis.pathSpan, analysis.querySpan]) {
          expect(span.start).toBeGreaterThanOrEqual(0);
          expect(span.end).toBeLessThanOrEqual(text.length);
          expect(span.start).toBeLessThanOrEqual(span.end);
        }
        expect(text.slice(analysis.pathSpan.start, analysis.pathSpan.end)).toBe(analysis.path);
      }),
    );
  });

  it('agrees with URL on the path when nothing needs normalising (property)', () => {
    const segment = fc.stringMatching(/^[a-z0-9_-]{1,8}$/);
    fc.assert(
      fc.property(fc.array(segment, { maxLength: 6 }), fc.boolean(), (segments, trailingSlash) => {
        const path = segments.length === 0 ? '' : `/${segments.join('/')}${trailingSlash ? '/' : ''}`;
        const analysis = analyzeUrl(`https://api.example.com${path}`);
        expect(analysis?.path).toBe(path);
        expect(analysis?.url.pathname).toBe(path === '' ? '/' : path);
      }),
    );
  });

  it('stays linear on a 300 KB adversarial line', () => {
    const long = `https://api.openai.com/${'v1/'.repeat(100_000)}`;
    const analysis = analyzeUrl(long);
    expect(analysis?.path.length).toBe(long.length - 'https://api.openai.com'.length);
    expect(findDoubledVersion(analysis?.path ?? '')).toEqual({ start: 3, end: 6 });
    expect(analyzeUrl(`https://${'a'.repeat(300_000)}`)?.host.length).toBe(300_000);
  });
});

describe('path helpers', () => {
  it('splits located segments', () => {
    expect(locatedSegments('/v1/chat/')).toEqual([
      { text: 'v1', start: 1, end: 3 },
      { text: 'chat', start: 4, end: 8 },
    ]);
    expect(locatedSegments('')).toEqual([]);
    expect(locatedSegments('/')).toEqual([]);
    expect(locatedSegments('/v1//chat').map((segment) => segment.text)).toEqual(['v1', '', 'chat']);
  });

  it('segment offsets always point at their text (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (path) => {
        for (const segment of locatedSegments(path)) expect(path.slice(segment.start, segment.end)).toBe(segment.text);
      }),
    );
  });

  it('knows version segments', () => {
    for (const segment of ['v1', 'v2', 'v1beta', 'v1alpha1', 'V1']) expect(isVersionSegment(segment), segment).toBe(true);
    for (const segment of ['v', 'va', 'version', 'api', '1', 'v1x', 'vbeta']) expect(isVersionSegment(segment), segment).toBe(false);
  });

  it('finds /v1/v1 and //', () => {
    expect(findDoubledVersion('/v1/v1/chat')).toEqual({ start: 3, end: 6 });
    expect(findDoubledVersion('/openai/v1')).toBeUndefined();
    expect(findDoubledVersion('/v1/v2')).toBeUndefined();
    expect(findDoubledVersion('/chat/chat')).toBeUndefined();
    expect(findEmptySegment('/v1//chat')).toEqual({ start: 3, end: 4 });
    expect(findEmptySegment('/v1/')).toBeUndefined();
  });

  it('handles prefixes on segment boundaries', () => {
    expect(isUnderPrefix('/v1/chat', '/v1')).toBe(true);
    expect(isUnderPrefix('/v1', '/v1')).toBe(true);
    expect(isUnderPrefix('/v10/chat', '/v1')).toBe(false);
    expect(isUnderPrefix('/anything', '')).toBe(true);
    expect(pathBelow('/v1/chat/completions', '/v1')).toBe('/chat/completions');
    expect(pathBelow('/v2/chat', '/v1')).toBeUndefined();
    expect(withoutTrailingSlash('/v1/')).toBe('/v1');
    expect(withoutTrailingSlash('/')).toBe('');
  });

  it('recognises placeholders', () => {
    for (const text of ['{{id}}', '${ID}', '<id>', '%7B%7Bid%7D%7D']) expect(hasTemplateMarker(text), text).toBe(true);
    expect(hasTemplateMarker('file-abc')).toBe(false);
  });
});

describe('isSdkBaseUrl', () => {
  const base = (name?: string) => endpointFact('https://api.openai.com/v1', { role: 'base-url', ...(name === undefined ? {} : { name }) });
  it('accepts SDK base URL settings', () => {
    for (const name of ['OPENAI_BASE_URL', 'baseURL', 'base_url', 'OPENAI_API_BASE', 'GROQ_BASE_URL', 'AZURE_OPENAI_ENDPOINT']) expect(isSdkBaseUrl(base(name)), name).toBe(true);
    expect(isSdkBaseUrl(base())).toBe(true);
  });
  it('rejects names that may hold a full request URL, and request facts', () => {
    for (const name of ['OPENAI_API_URL', 'CHAT_ENDPOINT', 'OPENAI_API_HOST']) expect(isSdkBaseUrl(base(name)), name).toBe(false);
    expect(isSdkBaseUrl(endpointFact('https://api.openai.com/v1'))).toBe(false);
  });
});

describe('the endpoint rules on hostile input', () => {
  const endpointRules = rules.filter((rule) => rule.id.startsWith('endpoint-'));
  const run = (url: string, role: 'base-url' | 'request', method?: string) =>
    checkFacts([endpointFact(url, { role, name: role === 'base-url' ? 'OPENAI_BASE_URL' : undefined, provider: 'openai', ...(method === undefined ? {} : { method }) })], { rules: endpointRules });

  it('covers all six endpoint rules', () => {
    expect(endpointRules.map((rule) => rule.id).sort()).toEqual(
      ['endpoint-azure-api-version', 'endpoint-host', 'endpoint-https', 'endpoint-method', 'endpoint-path', 'endpoint-version'].filter((id) => rules.some((rule) => rule.id === id)),
    );
  });

  it('never throws on arbitrary strings (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('https://api.openai.com', 'http://api.openai.com', 'https://x.openai.azure.com', 'http://localhost:11434', 'https://{{host}}', ''),
        fc.string({ maxLength: 60 }),
        fc.constantFrom<'base-url' | 'request'>('base-url', 'request'),
        fc.constantFrom(undefined, 'GET', 'POST', 'delete', '{{method}}'),
        (origin, tail, role, method) => {
          for (const finding of run(origin + tail, role, method)) {
            expect(finding.location.start).toBeGreaterThanOrEqual(0);
            expect(finding.location.end).toBeLessThanOrEqual((origin + tail).length);
          }
        },
      ),
    );
  });

  it('handles 300 KB adversarial lines', () => {
    const inputs = [
      `https://api.openai.com/v1/${'chat/'.repeat(60_000)}`,
      `https://api.openai.com/${'v1/'.repeat(100_000)}chat/completions`,
      `https://api.openai.com/v1/${'a'.repeat(300_000)}`,
      `https://api.openai.com/v1/chat/completions?${'api-version=&'.repeat(25_000)}`,
      `https://x.openai.azure.com/openai/deployments/d/chat/completions?${'a=b&'.repeat(75_000)}`,
      `https://${'a.'.repeat(150_000)}openai.azure.com/openai/deployments/d`,
      `https://api.openai.com${'/'.repeat(300_000)}`,
      `http://${'api.openai.co'.repeat(25_000)}/v1`,
      `https://api.openai.com/v1/${'{{x}}/'.repeat(50_000)}`,
    ];
    for (const url of inputs) {
      run(url, 'request', 'GET');
      run(url, 'base-url');
    }
    expect(run(inputs[2] as string, 'request', 'GET')).toEqual([]);
    // A generous bound: this proves the work finishes (is not quadratic), not how fast it is.
  }, 60_000);
});

describe('azureEndpointPrefix', () => {
  it('finds the v1 and deployment prefixes as written', () => {
    expect(azureEndpointPrefix('/openai/v1/chat/completions')).toBe('/openai/v1');
    expect(azureEndpointPrefix('/openai/deployments/GPT-4o/chat/completions')).toBe('/openai/deployments/GPT-4o');
    expect(azureEndpointPrefix('/openai/deployments/gpt-4o')).toBeUndefined();
    expect(azureEndpointPrefix('/openai/deployments//chat')).toBeUndefined();
    expect(azureEndpointPrefix('/openai/v1')).toBeUndefined();
    expect(azureEndpointPrefix('/models/chat/completions')).toBeUndefined();
  });
});
