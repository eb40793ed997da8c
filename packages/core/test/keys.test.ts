import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  cleanKey,
  cleanKeyCandidate,
  isHighEntropyToken,
  isKeyName,
  keyContextOf,
  keyProviderOf,
  keyShapeOf,
  looksLikeSecret,
  placeholderOf,
  providerForKeyName,
  suspiciousCharacter,
  toConstantCase,
} from '../src/keys.js';
import { OPENAI_KEY_MARKER } from '../src/providers/key-shapes.js';
import { fakeKey, fakeKeyKinds, fakeKeyProviders } from '../src/testing/fake-keys.js';
import { keyFact, origin } from './facts.js';

const key = fakeKey('openai-project');
const tail = key.slice(-4);

/** Values that are not keys, however key-like they look. */
const HARD_NEGATIVES: readonly (readonly [string, string])[] = [
  ['a sha256 hex digest', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
  ['a sha1 commit id', 'da39a3ee5e6b4b0d3255bfef95601890afd80709'],
  ['a UUID', '123e4567-e89b-12d3-a456-426614174000'],
  ['sk-learn', 'sk-learn'],
  ['an sk-learn package name', 'sk-learn-intelex'],
  ['sk-learn in prose', 'install sk-learn-extra with pip'],
  ['a base64 blob', 'aGVsbG8gd29ybGQgdGhpcyBpcyBub3QgYSBrZXkgYXQgYWxs'],
  ['a padded base64 blob with a key-like start', `sk-${'QUJDREVGR0g='.repeat(4)}`],
  ['a short value', 'abc123'],
  ['an sk- placeholder of x', `sk-${'x'.repeat(48)}`],
  ['an sk-None- placeholder of x', `sk-None-${'x'.repeat(48)}`],
  ['an sk-None- placeholder of the alphabet', `sk-None-${'abcdefghijklmnopqrstuvwxyz'}${'ABCDEFGHIJKLMNOPQRSTUV'}`],
  ['a project-key placeholder with the marker', `sk-proj-${'a'.repeat(20)}${OPENAI_KEY_MARKER}${'a'.repeat(20)}`],
  ['a masked project key', `sk-proj-****${tail}`],
  ['a masked key with an ellipsis', `sk-\u2026${tail}`],
  ['a masked key with dots', `sk-...${tail}`],
  ['a masked key with bullets', 'sk-proj-\u2022\u2022\u2022\u2022'],
  ['YOUR_API_KEY', 'YOUR_API_KEY'],
  ['<your key>', '<your key>'],
  ['sk-123456789', 'sk-123456789'],
];

describe('keyShapeOf and looksLikeSecret on hard negatives', () => {
  for (const [title, value] of HARD_NEGATIVES) {
    it(`${title} is not a key`, () => {
      expect(keyShapeOf(value)).toBeUndefined();
      expect(looksLikeSecret(value)).toBe(false);
      expect(looksLikeSecret(value, { name: 'API_KEY' })).toBe(false);
    });
  }
});

describe('looksLikeSecret', () => {
  it('recognises every fake key kind, prefix-less ones from the name', () => {
    for (const kind of fakeKeyKinds) {
      const provider = fakeKeyProviders[kind];
      expect(looksLikeSecret(fakeKey(kind, 5), { provider }), kind).toBe(true);
    }
    expect(looksLikeSecret(fakeKey('mistral'), { name: 'MISTRAL_API_KEY' })).toBe(true);
    expect(looksLikeSecret(fakeKey('azure-openai'), { name: 'AZURE_OPENAI_API_KEY' })).toBe(true);
  });

  it('recognises a key through quotes and whitespace', () => {
    expect(looksLikeSecret(`"${key}"\r\n`)).toBe(true);
  });

  it('takes a high-entropy token only under a key name', () => {
    // A generic token, built at run time like every key-shaped value in this repository.
    const token = fakeKey('mistral', 'generic-token');
    expect(looksLikeSecret(token, { name: 'MY_BOT_TOKEN' })).toBe(true);
    expect(looksLikeSecret(token, { name: 'requestId' })).toBe(false);
    expect(looksLikeSecret(token, { name: 'CUSTOM', extraKeyNames: ['CUSTOM'] })).toBe(true);
  });

  it('never throws on arbitrary strings (property)', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 120 }), fc.string(), (value, name) => typeof looksLikeSecret(value, { name }) === 'boolean'));
  });
});

describe('isHighEntropyToken', () => {
  it('rejects identifiers, hex, paths and sentences', () => {
    expect(isHighEntropyToken('process.env.OPENAI_API_KEY')).toBe(false);
    expect(isHighEntropyToken('0123456789abcdef0123456789abcdef')).toBe(false);
    expect(isHighEntropyToken('aaaaaaaaaaaaaaaaaaaaaaaa1')).toBe(false);
    expect(isHighEntropyToken(fakeKey('cohere'))).toBe(true);
  });
});

describe('placeholderOf', () => {
  const cases: readonly (readonly [string, string | undefined])[] = [
    ['', 'empty'],
    ['   ', 'empty'],
    ['""', 'empty'],
    ['YOUR_API_KEY', 'placeholder'],
    ['your-api-key-here', 'placeholder'],
    ['<your key>', 'placeholder'],
    ['<OPENAI_API_KEY>', 'placeholder'],
    ['sk-xxxx', 'placeholder'],
    ['sk-...', 'placeholder'],
    ['sk-123456789', 'placeholder'],
    ['sk-your-key', 'placeholder'],
    ['changeme', 'placeholder'],
    ['dummy', 'placeholder'],
    ['dummy_api_key', 'placeholder'],
    ['test', 'placeholder'],
    ['undefined', 'placeholder'],
    ['null', 'placeholder'],
    ['None', 'placeholder'],
    ['Enter your API key', 'placeholder'],
    ['insert-token-here', 'placeholder'],
    [`sk-proj-****${tail}`, 'masked'],
    [`sk-\u2026${tail}`, 'masked'],
    [`sk-...${tail}`, 'masked'],
    ['sk-proj-\u2022\u2022\u2022\u2022', 'masked'],
    ['$OPENAI_API_KEY', 'unexpanded'],
    ['${OPENAI_API_KEY}', 'unexpanded'],
    ['${OPENAI_API_KEY:-}', 'unexpanded'],
    ['%OPENAI_API_KEY%', 'unexpanded'],
    ['$env:OPENAI_API_KEY', 'unexpanded'],
    ['process.env.OPENAI_API_KEY', 'unexpanded'],
    ['import.meta.env.VITE_KEY', 'unexpanded'],
    ["os.environ['OPENAI_API_KEY']", 'unexpanded'],
    ['os.getenv("OPENAI_API_KEY")', 'unexpanded'],
    ['OPENAI_API_KEY', 'variable-name'],
    [key, undefined],
    [`"${key}"`, undefined],
    [fakeKey('openai-none-short'), undefined],
    [fakeKey('mistral'), undefined],
    [key.slice(0, 30), undefined],
    ['https://api.openai.com/v1', undefined],
    ['sk-learn', undefined],
  ];
  for (const [value, kind] of cases) {
    it(`${JSON.stringify(value.length > 40 ? `${value.slice(0, 12)}…` : value)} → ${kind ?? 'not a placeholder'}`, () => {
      expect(placeholderOf(value)?.kind).toBe(kind);
    });
  }

  it('names the variable of an unexpanded reference', () => {
    expect(placeholderOf('${OPENAI_API_KEY}')?.variable).toBe('OPENAI_API_KEY');
    expect(placeholderOf('process.env["GROQ_API_KEY"]')?.variable).toBe('GROQ_API_KEY');
  });

  it('never calls a fake key a placeholder (property)', () => {
    fc.assert(fc.property(fc.constantFrom(...fakeKeyKinds), fc.integer(), (kind, seed) => placeholderOf(fakeKey(kind, seed)) === undefined), { numRuns: 500 });
  });
});

describe('isKeyName', () => {
  const keyNames = ['OPENAI_API_KEY', 'apiKey', 'api_key', 'adminAPIKey', 'x-api-key', 'MY_BOT_TOKEN', 'OPENAI_KEY', 'openaiKey', 'JWT_SECRET', 'GOOGLE_CLIENT_SECRET', 'HF_TOKEN', 'authToken', 'AWS_SECRET_ACCESS_KEY', 'OPENAI_APIKEY'];
  const otherNames = ['MAX_TOKENS', 'MAX_TOKEN', 'TOKEN_URL', 'KEY_ID', 'OPENAI_KEY_PATH', 'PRIMARY_KEY', 'SORT_KEY', 'NEXT_PAGE_TOKEN', 'OPENAI_BASE_URL', 'Authorization', 'model'];
  for (const name of keyNames) it(`${name} holds a key`, () => expect(isKeyName(name)).toBe(true));
  for (const name of otherNames) it(`${name} does not`, () => expect(isKeyName(name)).toBe(false));
  it('takes extra names from the config', () => expect(isKeyName('BOT_CREDENTIAL', ['BOT_CREDENTIAL'])).toBe(true));
});

describe('providerForKeyName', () => {
  const cases: readonly (readonly [string, string | undefined])[] = [
    ['OPENAI_API_KEY', 'openai'],
    ['openaiApiKey', 'openai'],
    ['OPENAI_KEY', 'openai'],
    ['NEXT_PUBLIC_OPENAI_API_KEY', 'openai'],
    ['AZURE_OPENAI_API_KEY', 'azure-openai'],
    ['AZURE_API_KEY', 'azure-openai'],
    ['ANTHROPIC_API_KEY', 'anthropic'],
    ['CLAUDE_API_KEY', 'anthropic'],
    ['MY_GROQ_API_KEY', 'groq'],
    ['HF_TOKEN', 'huggingface'],
    ['GOOGLE_API_KEY', 'gemini'],
    ['GOOGLE_CLIENT_SECRET', undefined],
    ['GOOGLE_MAPS_API_KEY', undefined],
    ['AZURE_STORAGE_KEY', undefined],
    ['API_KEY', undefined],
    ['apiKey', undefined],
    ['Authorization', undefined],
  ];
  for (const [name, provider] of cases) it(`${name} → ${provider ?? 'none'}`, () => expect(providerForKeyName(name)).toBe(provider));
  it('turns names into constant case', () => {
    expect(toConstantCase('openAIKey')).toBe('OPEN_AI_KEY');
    expect(toConstantCase('x-api-key')).toBe('X_API_KEY');
  });
});

describe('keyProviderOf', () => {
  it('knows a truncated key by a prefix no other provider uses', () => {
    expect(keyProviderOf(fakeKey('anthropic').slice(0, 30))).toBe('anthropic');
    expect(keyProviderOf(fakeKey('openrouter').slice(0, 30))).toBe('openrouter');
  });
  it('does not guess from the shared sk- prefix or a bare prefix', () => {
    expect(keyProviderOf(fakeKey('deepseek'))).toBeUndefined();
    expect(keyProviderOf('sk-abcdefghijklmnop')).toBeUndefined();
    expect(keyProviderOf('hf_x')).toBeUndefined();
  });
  it('knows a legacy OpenAI key by its marker', () => expect(keyProviderOf(fakeKey('openai-legacy'))).toBe('openai'));
});

describe('keyContextOf', () => {
  it('takes the provider from the destination first', () => {
    expect(keyContextOf(keyFact(key, { destination: 'https://api.anthropic.com/v1/messages' }))).toMatchObject({ provider: 'anthropic', source: 'destination' });
  });
  it('treats an unknown host as a gateway that implies nothing, even under OPENAI_API_KEY', () => {
    expect(keyContextOf(keyFact(key, { destination: 'https://gateway.example.com/v1' }))).toMatchObject({ gateway: true, local: false });
    expect(keyContextOf(keyFact(key, { destination: 'https://gateway.example.com/v1' })).provider).toBeUndefined();
  });
  it('knows local servers', () => {
    expect(keyContextOf(keyFact(key, { destination: 'http://localhost:11434/v1' }))).toMatchObject({ gateway: true, local: true });
  });
  it('falls back to the client, then the name', () => {
    expect(keyContextOf(keyFact(key, { provider: 'groq', name: 'apiKey', origin: origin('code', 'a.ts') }))).toMatchObject({ provider: 'groq', source: 'client' });
    expect(keyContextOf(keyFact(key, { name: 'MISTRAL_API_KEY' }))).toMatchObject({ provider: 'mistral', source: 'name' });
    expect(keyContextOf(keyFact(key, { name: 'API_KEY' })).provider).toBeUndefined();
  });
});

describe('suspiciousCharacter', () => {
  it('knows invisible characters, spaces, quotes and look-alikes', () => {
    expect(suspiciousCharacter('\u200b')).toMatchObject({ kind: 'invisible', name: 'zero-width space', codePoint: 'U+200B' });
    expect(suspiciousCharacter('\ufeff')?.kind).toBe('byte-order-mark');
    expect(suspiciousCharacter('\u00a0')?.kind).toBe('space');
    expect(suspiciousCharacter('\u201c')?.kind).toBe('quote');
    expect(suspiciousCharacter('\u0430')).toMatchObject({ kind: 'look-alike', replacement: 'a', certain: true });
    expect(suspiciousCharacter('\u2014')).toMatchObject({ kind: 'look-alike', name: 'em dash', replacement: '-' });
    expect(suspiciousCharacter('\uff4b')).toMatchObject({ kind: 'look-alike', replacement: 'k' });
  });
  it('leaves ASCII alone, including whitespace (key-whitespace’s)', () => {
    for (let code = 0x20; code < 0x7f; code += 1) expect(suspiciousCharacter(String.fromCharCode(code))).toBeUndefined();
    for (const character of ' \t\r\n') expect(suspiciousCharacter(character)).toBeUndefined();
  });
});

describe('cleanKey', () => {
  it('removes what the character and quote rules report, keeping offsets into the original', () => {
    const value = ` \u201c${key.slice(0, 10)}\u200b\u0430${key.slice(11)}\u201d\r\n`;
    const cleaned = cleanKey(value);
    expect(cleaned.text).toBe(`${key.slice(0, 10)}a${key.slice(11)}`);
    expect(cleaned.offsets[0]).toBe(2);
    expect(cleaned.offsets[10]).toBe(13);
    expect(cleanKeyCandidate(`'"${key}"'`)).toBe(key);
  });

  it('never throws and keeps one valid, increasing offset per character (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 80 }), (value) => {
        const { text, offsets } = cleanKey(value);
        expect(offsets).toHaveLength(text.length);
        for (let index = 0; index < offsets.length; index += 1) {
          const offset = offsets[index] as number;
          expect(offset).toBeGreaterThanOrEqual(0);
          expect(offset).toBeLessThan(value.length);
          if (index > 0) expect(offset).toBeGreaterThan(offsets[index - 1] as number);
        }
      }),
      { numRuns: 500 },
    );
  });
});
