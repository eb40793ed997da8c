import headerAuthScheme from '../../src/rules/header-auth-scheme.js';
import { fakeKey } from '../../src/testing/fake-keys.js';
import { headerFact } from '../facts.js';
import { testRule } from '../rule-tester.js';

const key = fakeKey('openai-project');
const replicateKey = fakeKey('replicate');
const openai = { destination: 'https://api.openai.com/v1/chat/completions' };
const gateway = { destination: 'http://localhost:4000/v1/chat/completions' };
// Shaped like an Entra ID access token (a JWT): three base64url parts, dots between.
const entraToken = `eyJ${'a'.repeat(30)}.eyJ${'b'.repeat(60)}.${'c'.repeat(40)}`;

testRule(headerAuthScheme, {
  valid: [
    { title: 'Bearer and one space to OpenAI', fact: headerFact('Authorization', `Bearer ${key}`, openai) },
    { title: 'OAuth 1.0 is another scheme, not a key without Bearer', fact: headerFact('Authorization', 'OAuth oauth_consumer_key="RKCGzna7bv9YD57c", oauth_signature="CaeyGPr2mns1WCq4Cpm5aLvz6Gs%3D"', openai) },
    { title: 'Digest is another scheme', fact: headerFact('Authorization', 'Digest username="postman", realm="Users", response="254679099562cf07df9b6f5d8d15db44"', openai) },
    { title: 'AWS Signature V4 is another scheme', fact: headerFact('Authorization', 'AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, Signature=5d672d79', openai) },
    { title: 'lower-case bearer: servers accept it', fact: headerFact('authorization', `bearer ${key}`, openai) },
    { title: 'upper-case BEARER', fact: headerFact('Authorization', `BEARER ${key}`, openai) },
    { title: 'Replicate still accepts its older Token scheme', fact: headerFact('Authorization', `Token ${replicateKey}`, { destination: 'https://api.replicate.com/v1/predictions' }) },
    { title: 'Bearer is Replicate’s current form', fact: headerFact('Authorization', `Bearer ${replicateKey}`, { destination: 'https://api.replicate.com/v1/predictions' }) },
    { title: 'an Entra ID token to Azure /openai/v1/', fact: headerFact('Authorization', `Bearer ${entraToken}`, { destination: 'https://contoso.openai.azure.com/openai/v1/chat/completions' }) },
    { title: 'a gateway with its own non-key token, no scheme', fact: headerFact('Authorization', 'my-gateway-token-1234', gateway) },
    { title: 'Basic auth with a base64 credential to an unknown host', fact: headerFact('Authorization', `Basic ${btoa('user:password')}`, { destination: 'https://intranet.example.com/api' }) },
    { title: 'Basic with base64 of ":key", the form OpenAI documents for browsers', fact: headerFact('Authorization', `Basic ${btoa(`:${key}`)}`, openai) },
    { title: 'a bare Anthropic key in Authorization is header-auth-name’s business', fact: headerFact('Authorization', fakeKey('anthropic'), { destination: 'https://api.anthropic.com/v1/messages' }) },
    { title: 'x-api-key with the bare key', fact: headerFact('x-api-key', fakeKey('anthropic'), { destination: 'https://api.anthropic.com/v1/messages' }) },
    { title: 'a header that carries no key', fact: headerFact('Content-Type', 'application/json', openai) },
    { title: 'Bearer undefined is key-placeholder’s business', fact: headerFact('Authorization', 'Bearer undefined', openai) },
    { title: 'an empty header to an unknown host', fact: headerFact('Authorization', 'Bearer ') },
    // A run-time value under a generic name says nothing about who reads the header.
    { title: '`Bearer:` with a run-time token of no provider, to an unknown host', fact: headerFact('Authorization', 'Bearer: runtime-value', { literal: false, runtimeSpans: [{ start: 8, end: 21, name: 'token' }] }) },
  ],
  invalid: [
    {
      title: '`Bearer:` with a key read from a provider\'s variable, destination unknown (headers.append)',
      fact: headerFact('Authorization', 'Bearer: runtime-value', { literal: false, runtimeSpans: [{ start: 8, end: 21, name: 'OPENAI_API_KEY' }] }),
      findings: [{ messageId: 'colon', messageIncludes: ['OpenAI answers 401'], fixed: 'Bearer runtime-value' }],
    },
    {
      title: 'a bare key to OpenAI: 401 "You didn\'t provide an API key"',
      fact: headerFact('Authorization', key, openai),
      findings: [{ messageId: 'missingScheme', start: 0, end: key.length, fixed: `Bearer ${key}`, messageIncludes: ['Authorization sends the bare key without `Bearer `', 'OpenAI', "You didn't provide an API key"] }],
    },
    {
      title: 'a bare key to a gateway: a suggestion, the receiver is only guessed from the key',
      fact: headerFact('Authorization', key, gateway),
      findings: [{ messageId: 'missingScheme', suggested: [`Bearer ${key}`] }],
    },
    {
      title: 'a bare key for a provider the adapter knows',
      fact: headerFact('Authorization', fakeKey('groq'), { provider: 'groq' }),
      findings: [{ messageId: 'missingScheme', fixed: `Bearer ${fakeKey('groq')}`, messageIncludes: ['Groq'] }],
    },
    {
      title: 'Bearer: with a colon',
      fact: headerFact('Authorization', `Bearer: ${key}`, openai),
      findings: [{ messageId: 'colon', start: 0, end: 8, fixed: `Bearer ${key}`, messageIncludes: ['reads `Bearer:`', 'without the colon'] }],
    },
    {
      title: 'Bearer:key with no space either',
      fact: headerFact('Authorization', `Bearer:${key}`, gateway),
      findings: [{ messageId: 'colon', fixed: `Bearer ${key}` }],
    },
    {
      title: 'no space between Bearer and the key',
      fact: headerFact('Authorization', `Bearer${key}`, openai),
      findings: [{ messageId: 'noSpace', start: 0, end: 6, fixed: `Bearer ${key}`, messageIncludes: ['no space between `Bearer` and the key'] }],
    },
    {
      title: 'two spaces',
      fact: headerFact('Authorization', `Bearer  ${key}`, openai),
      findings: [{ messageId: 'spacing', start: 6, end: 8, fixed: `Bearer ${key}`, messageIncludes: ['2 spaces'] }],
    },
    {
      title: 'a tab',
      fact: headerFact('Authorization', `Bearer\t${key}`, openai),
      findings: [{ messageId: 'spacing', fixed: `Bearer ${key}`, messageIncludes: ['a tab'] }],
    },
    {
      title: 'Bearer Bearer from a Postman bearer helper and a prefixed token',
      fact: headerFact('Authorization', `Bearer Bearer ${key}`, openai),
      findings: [{ messageId: 'doubleScheme', start: 7, end: 14, fixed: `Bearer ${key}`, messageIncludes: ['says `Bearer` twice'] }],
    },
    {
      title: 'Token to OpenAI',
      fact: headerFact('Authorization', `Token ${key}`, openai),
      findings: [{ messageId: 'wrongScheme', start: 0, end: 5, fixed: `Bearer ${key}`, messageIncludes: ['`Token` scheme', 'OpenAI expects `Bearer <key>`'] }],
    },
    {
      title: 'Token to a gateway with an OpenAI key: only a suggestion',
      fact: headerFact('Authorization', `Token ${key}`, gateway),
      findings: [{ messageId: 'wrongScheme', suggested: [`Bearer ${key}`] }],
    },
    {
      title: 'Basic with a raw key',
      fact: headerFact('Authorization', `Basic ${key}`, openai),
      findings: [{ messageId: 'basicWithKey', start: 0, end: 5, fixed: `Bearer ${key}`, messageIncludes: ['raw API key with the `Basic` scheme'] }],
    },
    {
      title: 'Bearer and nothing else: the variable was empty',
      fact: headerFact('Authorization', 'Bearer ', openai),
      findings: [{ messageId: 'missingKey', messageIncludes: ['no key after it'] }],
    },
    {
      title: 'Bearer Bearer and nothing else',
      fact: headerFact('Authorization', 'Bearer Bearer', openai),
      findings: [{ messageId: 'missingKey' }],
    },
    {
      title: 'a bare Replicate token gets a scheme Replicate accepts',
      fact: headerFact('Authorization', replicateKey, { destination: 'https://api.replicate.com/v1/predictions' }),
      findings: [{ messageId: 'missingScheme', fixed: `Bearer ${replicateKey}`, messageIncludes: ['Replicate', 'write `Bearer <key>`'] }],
    },
    {
      title: 'Bearer in x-api-key to Anthropic',
      fact: headerFact('x-api-key', `Bearer ${fakeKey('anthropic')}`, { destination: 'https://api.anthropic.com/v1/messages' }),
      findings: [{ messageId: 'schemeInKeyHeader', start: 0, end: 7, fixed: fakeKey('anthropic'), messageIncludes: ['x-api-key carries the bare key', 'remove `Bearer`'] }],
    },
    {
      title: 'Bearer in api-key to Azure',
      fact: headerFact('api-key', `Bearer ${fakeKey('azure-openai')}`),
      findings: [{ messageId: 'schemeInKeyHeader', fixed: fakeKey('azure-openai') }],
    },
    {
      title: 'a colon and a doubled scheme: both reported, never the key itself',
      fact: headerFact('Authorization', `Bearer: Bearer ${key}`, openai),
      findings: [
        { messageId: 'colon', fixed: `Bearer Bearer ${key}` },
        { messageId: 'doubleScheme', fixed: `Bearer: ${key}` },
      ],
    },
  ],
});
