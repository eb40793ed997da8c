import { describe, expect, it } from 'vitest';
import { lineEntries, parseDotenv, parseSchema, runChecks } from '../../src/index.js';
import { fixDotenvText } from '../../src/lint.js';

/** `Check@line` strings for a whole file, in output order. */
function check(text: string, options: { ignore?: string[]; schema?: string } = {}): string[] {
  const schema = options.schema === undefined ? undefined : parseSchema(options.schema);
  return runChecks(lineEntries(parseDotenv(text)), { ignore: new Set(options.ignore ?? []), ...(schema === undefined ? {} : { schema }) }).map(
    (warning) => `${warning.check}@${warning.line} ${warning.message}`,
  );
}

function names(text: string, options: { ignore?: string[]; schema?: string } = {}): string[] {
  return check(text, options).map((warning) => warning.split('@')[0] ?? '');
}

// Rows of shared/reference/dotenv-linter.md §6 (whole files).
const FILES: [string, string[]][] = [
  ['FOO=BAR\nFOO=BAR\n', ['DuplicatedKey@2 The FOO key is duplicated']],
  ['FOO=BAR\nFoo=FOO\n', ['LowercaseKey@2 The Foo key should be in uppercase']],
  ['A=3\nA=84\nBAR=ABC\nBAR=Foo\nBAR=bazz\n', ['DuplicatedKey@2 The A key is duplicated', 'DuplicatedKey@4 The BAR key is duplicated', 'DuplicatedKey@5 The BAR key is duplicated']],
  ['ABC=DEF\nFOO=BAR', ['EndingBlankLine@2 No blank line at the end of the file']],
  ['# Simple comment', ['EndingBlankLine@1 No blank line at the end of the file']],
  ['', []],
  ['ABC=DEF\nD=BAR\n\n\nFOO=BAR\n', ['ExtraBlankLine@4 Extra blank line detected']],
  ['\n\nABC=DEF\nD=BAR\nFOO=BAR\n', ['ExtraBlankLine@2 Extra blank line detected']],
  ['ABC=DEF\nD=BAR\nFOO=BAR\n\n', ['ExtraBlankLine@5 Extra blank line detected']],
  ['A=B\n\n\n\nC=D\n', ['ExtraBlankLine@3 Extra blank line detected', 'ExtraBlankLine@4 Extra blank line detected']],
  ['\n# comment\n\nABC=DEF\n', []],
  ['B=3\nA=2\n', ['UnorderedKey@2 The A key should go before the B key']],
  ['A=B\nFOO=TEST\nBAZ=value\nBAR=45\nZERO=0\n', ['UnorderedKey@3 The BAZ key should go before the FOO key', 'UnorderedKey@4 The BAR key should go before the BAZ key']],
  ['FOO=BAR\nBAR=FOO\nDDD=BAR\nZOO=BAR\n', ['UnorderedKey@2 The BAR key should go before the FOO key', 'UnorderedKey@3 The DDD key should go before the FOO key']],
  ['FOO=BAR\n\nBAR=FOO\n', []],
  ['FOO=BAR\n# dotenv-linter:off LowercaseKey\nBar=FOO\nbar=FOO\n# dotenv-linter:on LowercaseKey\nX=X\n', []],
  ['KEY=VALUE\nABC=XYZ\nFOO=$KEY\nBAR=FOO\nBOO=$FOO\nXYZ=ABC\n', ['UnorderedKey@2 The ABC key should go before the KEY key']],
  [
    'HHH=VAL\nZZZ=VALUE\nBBB=$XYZ\nCCC=$HHH\nTTT=BIG\nXYZ=G\nGGG=JJJ\nAAA=$ZZZ\nMMM=$GGG$ZZZ\n',
    ['UnorderedKey@3 The BBB key should go before the HHH key', 'UnorderedKey@7 The GGG key should go before the TTT key', 'UnorderedKey@8 The AAA key should go before the GGG key'],
  ],
  [
    'abc=DEF\nABC=DEF\nA=DEF\nABC=DEF\n',
    [
      'LowercaseKey@1 The abc key should be in uppercase',
      'UnorderedKey@2 The ABC key should go before the abc key',
      'UnorderedKey@3 The A key should go before the ABC key',
      'DuplicatedKey@4 The ABC key is duplicated',
      'UnorderedKey@4 The ABC key should go before the ABC key',
    ],
  ],
  ['# dotenv-linter:off KeyWithoutValue\nFOO\n1FOO\n', ['LeadingCharacter@3 Invalid leading character detected', 'UnorderedKey@3 The 1FOO key should go before the FOO key']],
  ['# dotenv-linter:off KeyWithoutValue, LeadingCharacter\nFOO\n# dotenv-linter:on LeadingCharacter\n1FOO\n', ['LeadingCharacter@4 Invalid leading character detected']],
  ['# dotenv-linter:off\nfoo=1\n', ['LowercaseKey@2 The foo key should be in uppercase']],
  ['FOO=bar\nMULTILINE_1=\'{\n"first": 1,\n"second": 1\n}\'\nZAC=baz\n', []],
  ['MULTILINE="\n{\n\'key\':\'value\'\n}\n"\n', []],
  ['MULTILINE="[\nkey=value\n]"\n', []],
  ['A=B\r\nF=BAR\r\nFOO=BAR\r\n', []],
  ['ABC=DEF\n\n', ['ExtraBlankLine@3 Extra blank line detected']],
];

// One-line rows: the line sits alone in a file that ends with a newline.
const LINES: [string, string[]][] = [
  ['FOO-BAR=FOOBAR', ['IncorrectDelimiter']],
  ['FOO BAR=FOOBAR', ['IncorrectDelimiter']],
  ['FOO_BAR =FOOBAR', ['SpaceCharacter']],
  ['*FOO=BAR', ['LeadingCharacter']],
  ['***F-OOBAR=BAZ', ['IncorrectDelimiter', 'LeadingCharacter']],
  ['FOO*=BAR', ['IncorrectDelimiter']],
  ['FOO-BAR', ['IncorrectDelimiter', 'KeyWithoutValue']],
  ['FOO', ['KeyWithoutValue']],
  ['FOO=', []],
  ['test', ['KeyWithoutValue', 'LowercaseKey']],
  ['export test', ['KeyWithoutValue', 'LowercaseKey']],
  ['_FOO=BAR', []],
  ['.FOO=BAR', ['LeadingCharacter']],
  ['1FOO=BAR', ['LeadingCharacter']],
  ['-BAR=BAZ', ['LeadingCharacter']],
  [' FOO=BAR', ['LeadingCharacter']],
  ['\tFOO=BAR', ['LeadingCharacter']],
  ['foo_bar=FOOBAR', ['LowercaseKey']],
  ['FOo_BAR=FOOBAR', ['LowercaseKey']],
  ['export FOO=BAR', []],
  ["FOO='BAR'", ['QuoteCharacter']],
  ['FOO="Bar"', ['QuoteCharacter']],
  [`FOO='B"AR'`, ['QuoteCharacter']],
  ['FOO="BAR BAR"', []],
  ["FOO='with #comment'", []],
  ['FOO="#x"', []],
  ['FOO="TLS&SSL"', []],
  ['FOO="authSource=admin"', []],
  ['BAR="$ABC"', []],
  ['FOO="new\\nline"', []],
  ['FOO=""', ['QuoteCharacter']],
  ['KEY=["v"]', ['QuoteCharacter']],
  ['DEBUG_HTTP = true', ['SpaceCharacter']],
  ['DEBUG_HTTP =true', ['SpaceCharacter']],
  ['DEBUG_HTTP= true', ['SpaceCharacter']],
  [' DEBUG_HTTP=true', ['LeadingCharacter']],
  ['DEBUG_HTTP true', ['IncorrectDelimiter', 'KeyWithoutValue', 'LowercaseKey']],
  ['A = b=c', []],
  ['ABC=${BAR', ['SubstitutionKey']],
  ['FOO=${BAR!}', ['SubstitutionKey']],
  ['XYZ=$BAR}', ['SubstitutionKey']],
  ['ABC=${BAR$XYZ}', ['SubstitutionKey']],
  ['FOO=${ABC-$BAR}', ['SubstitutionKey']],
  ['XYZ=${FOO${BAR}', ['SubstitutionKey']],
  ['ABC=$BAR', []],
  ['FOO=${BAR}', []],
  ['ABC=${BAR}$XYZ', []],
  ['FOO=$ABC{${BAR}', []],
  ['BIZ=$FOO-$ABC', []],
  ['ABC=\\${BAR', []],
  ["FOO='${BAR'", []],
  ['DEBUG_HTTP=true  ', ['TrailingWhitespace']],
  ['# comment ', []],
  ['A=1\t', []],
  ['FOO=BAR BAZ', ['ValueWithoutQuotes']],
  ['FOO="BAR BAZ"', []],
  ["FOO='BAR BAR'", []],
  ['FOO="new\\nline value"', []],
  ['DATABASE_HOST=test   # comment', ['ValueWithoutQuotes']],
  ['export\tFOO=1', ['IncorrectDelimiter', 'LowercaseKey']],
  [' export FOO=1', ['LeadingCharacter']],
  ['   ', ['TrailingWhitespace', 'ExtraBlankLine']],
];

describe('dotenv-linter conformance (§6)', () => {
  it.each(FILES)('file %j', (text, expected) => {
    expect(check(text)).toEqual(expected);
  });

  it.each(LINES)('line %j', (line, expected) => {
    expect(names(`${line}\n`)).toEqual(expected);
  });

  it('names the offending key in messages', () => {
    expect(check('***F-OOBAR=BAZ\n')).toContain('IncorrectDelimiter@1 The ***F-OOBAR key has incorrect delimiter');
    expect(check('export test\n')).toContain('KeyWithoutValue@1 The test key should be with a value or have an equal sign');
    expect(check('ABC=${BAR\n')).toEqual(['SubstitutionKey@1 The ABC key is not assigned properly']);
    expect(check("FOO='BAR'\n")).toEqual([`QuoteCharacter@1 The value has quote characters (', ")`]);
  });

  it('ignores checks given to --ignore-checks, including the upstream control-comment case', () => {
    expect(check('# dotenv-linter:off KeyWithoutValue\nFOO\n1FOO\n', { ignore: ['UnorderedKey'] })).toEqual(['LeadingCharacter@3 Invalid leading character detected']);
  });

  it('does not treat look-alike control comments as control comments', () => {
    expect(names('# dotenv-linter:off,LowercaseKey\nfoo=1\n')).toEqual(['LowercaseKey']);
    expect(names('# dotenv-linter:disable LowercaseKey\nfoo=1\n')).toEqual(['LowercaseKey']);
    expect(names('#dotenv-linter:off LowercaseKey,\nfoo=1\n')).toEqual([]);
  });

  it('leaves an unclosed multi-line quote unmerged', () => {
    expect(names("A='x\nB=1\n")).toEqual(['QuoteCharacter']);
  });

  it('after a quote that never closes, later quoted lines open no block (upstream waits for the first quote to close)', () => {
    // Upstream's finder: while a block is open no other starts, so `B="1` … `2"` stays three separate lines.
    expect(check('A=\'x\nB="1\n2"\nc=3\n')).toEqual([
      'QuoteCharacter@1 The value has quote characters (\', ")',
      'QuoteCharacter@2 The value has quote characters (\', ")',
      'KeyWithoutValue@3 The 2" key should be with a value or have an equal sign',
      'LeadingCharacter@3 Invalid leading character detected',
      'UnorderedKey@3 The 2" key should go before the A key',
      'LowercaseKey@4 The c key should be in uppercase',
    ]);
  });

  it("copies upstream's quirk: a quoted value followed by a comment opens a block up to the next line with that quote", () => {
    expect(check("A='x' # note\nb=1\nC='y'\nd=1\n")).toEqual(['LowercaseKey@4 The d key should be in uppercase']);
  });

  it('numbers merged multi-line entries by their first line and keeps later numbers', () => {
    expect(check('A="x\ny"\nb=1\n')).toEqual(['LowercaseKey@3 The b key should be in uppercase']);
  });

  it('ignores a BOM on the first line (upstream would call it a leading character)', () => {
    expect(check('\uFEFFA=1\n')).toEqual([]);
  });
});

const SCHEMA = JSON.stringify({
  version: '1.0',
  entries: {
    NAME: { type: 'String' },
    PORT: { type: 'Integer' },
    PRICE: { type: 'Float' },
    URL: { type: 'Url' },
    EMAIL: { type: 'Email', required: true },
    FLAG: { type: 'Boolean' },
  },
});

describe('--schema (SchemaViolation)', () => {
  it.each([
    ['PORT=p', 'The PORT key is not an integer'],
    ['PORT=2.4', 'The PORT key is not an integer'],
    ['PORT="80"', 'The PORT key is not an integer'],
    ['PRICE=price', 'The PRICE key is not a valid float'],
    ['URL=not_a_url', 'The URL key is not a valid URL'],
    ['EMAIL=not_an_eamil', 'The EMAIL key is not a valid email address'],
    ['FLAG=joe', 'The FLAG key is not a valid boolean'],
    ['USER=joe', 'The USER key is not defined in the schema'],
  ])('%s → %s', (line, message) => {
    expect(check(`EMAIL=joe@gmail.com\n${line}\n`, { schema: SCHEMA }).filter((warning) => warning.startsWith('SchemaViolation'))).toEqual([`SchemaViolation@2 ${message}`]);
  });

  it('accepts valid values', () => {
    expect(check('EMAIL=joe@gmail.com\nFLAG=true\nPORT=42\nPRICE=24\nURL=https://example.com\n', { schema: SCHEMA })).toEqual([]);
  });

  it('reports a missing required key after every line, on the last non-comment line', () => {
    expect(check('NAME=joe\n', { schema: SCHEMA })).toEqual(['SchemaViolation@2 The EMAIL key is required']);
    expect(check('# only a comment', { schema: SCHEMA })).toEqual(['EndingBlankLine@1 No blank line at the end of the file', 'SchemaViolation@0 The EMAIL key is required']);
  });

  it('allows other keys with allow_other_keys', () => {
    expect(check('EMAIL=a@b.co\nUSER=joe\n', { schema: JSON.stringify({ version: '1', allow_other_keys: true, entries: { EMAIL: { type: 'Email' } } }) })).toEqual([]);
  });

  it('matches String values against an unanchored regex', () => {
    const schema = JSON.stringify({ version: '1', entries: { NAME: { type: 'String', regex: '^[ABCD]*$' } } });
    expect(check('NAME=BAD\n', { schema })).toEqual([]);
    expect(check('NAME=joe\n', { schema })).toEqual(['SchemaViolation@1 The NAME key does not match the regex']);
  });

  it('rejects duplicate entries and bad regexes when loading', () => {
    expect(() => parseSchema('{"version":"1","entries":{"A":{},\n"A":{}}}')).toThrow(/invalid entry: found duplicate key at line 2 column/);
    expect(() => parseSchema('{"version":"1","entries":{"A":{"regex":"("}}}')).toThrow(/regex/);
    expect(() => parseSchema('{"entries":{}}')).toThrow(/version/);
  });

  it('cannot be switched off by control comments', () => {
    expect(names('# dotenv-linter:off SchemaViolation\nEMAIL=a@b.co\nUSER=1\n', { schema: SCHEMA })).toEqual(['SchemaViolation']);
  });
});

// Fix rows of §6: file before → after with `fix --no-backup`.
const FIXES: [string, string, string[]?][] = [
  ['abc=DEF\n\nfOO=BAR\n', 'ABC=DEF\n\nFOO=BAR\n'],
  ['ABC = DEF\n\nFOO= BAR\n', 'ABC=DEF\n\nFOO=BAR\n'],
  ['ABC=DEF \n\nFOO=BAR   \n', 'ABC=DEF\n\nFOO=BAR\n'],
  ['ABC=DEF\n\n\nFOO=BAR\n', 'ABC=DEF\n\nFOO=BAR\n'],
  ['ABC=DEF\nFOO=BAR', 'ABC=DEF\nFOO=BAR\n'],
  ['FOO\n\nBAR=\n\nBAZ=QUX\n', 'FOO=\n\nBAR=\n\nBAZ=QUX\n'],
  ['ABC="DEF"\n\nFOO=\'B"AR\'\n', 'ABC=DEF\n\nFOO=BAR\n'],
  ['ABC=DEF GHI\nFOO=BAR BAZ\n', 'ABC="DEF GHI"\nFOO="BAR BAZ"\n'],
  ['ABC=DEF\nABC=XYZ\nFOO=BAR\nFOO=BAZ\n', 'ABC=DEF\n# ABC=XYZ\nFOO=BAR\n# FOO=BAZ\n'],
  ['RAILS-ENV=development\n\nSECRET,KEY*=xyz\n', 'RAILS_ENV=development\n\nSECRET_KEY_=xyz\n'],
  ['*BAR=BAZ\n.ABC=DEF\n1QUX=QUUX\n_FOO=BAR\n', 'ABC=DEF\nBAR=BAZ\nQUX=QUUX\n_FOO=BAR\n'],
  [
    'ABC=${BAR$XYZ}\nBYZ=${BAR!}\n\nFOO=${ABC-$BAR}\nGOD=${ENVS${BAR}\nXYZ=\\$BAR}\n',
    'ABC=${BAR}${XYZ}\nBYZ=${BAR}!}\n\nFOO=${ABC}-${BAR}\nGOD=${ENVS}${BAR}\nXYZ=\\$BAR}\n',
  ],
  ['abc=DEF\n\nF=BAR\nB=bbb\n', 'ABC=DEF\n\nB=bbb\nF=BAR\n'],
  ['A=b \nab=DEF\n\nA=c\n', 'A=b\nAB=DEF\n\n# A=c\n'],
  ['A1=1\nA2=2\na0=0\na2=2\n', 'A1=1\nA2=2\nA0=0\nA2=2\n', ['DuplicatedKey', 'UnorderedKey']],
  ['FOO=1\nBAR=2\nA=$FOO$BAR\nB=3\nAA=4\n', 'BAR=2\nFOO=1\nA=$FOO$BAR # Unordered because A uses FOO, BAR\nAA=4\nB=3\n'],
];

describe('fix (§6 fix rows)', () => {
  it.each(FIXES)('%j', (before, after, ignore = []) => {
    expect(fixDotenvText(before, new Set(ignore)).text).toBe(after);
  });

  it('is idempotent on every fix row', () => {
    for (const [before, , ignore = []] of FIXES) {
      const once = fixDotenvText(before, new Set(ignore)).text;
      const twice = fixDotenvText(once, new Set(ignore)).text;
      expect(twice).toBe(once);
    }
  });

  it('quotes only the value before an inline comment, so the loaded value does not change', () => {
    expect(fixDotenvText('HOST=a b # note\n').text).toBe('HOST="a b" # note\n');
  });

  it('keeps the export prefix when it rebuilds a line (upstream drops it)', () => {
    expect(fixDotenvText('export foo=1\nexport B = 2\n export C=x y\n').text).toBe('export B=2\nexport C="x y"\nexport FOO=1\n');
  });

  it('never drops the last line of a file without a final newline (upstream bug)', () => {
    expect(fixDotenvText('b=1\nA=2', new Set(['EndingBlankLine'])).text).toBe('A=2\nB=1');
  });

  it('keeps CRLF line endings and the BOM', () => {
    expect(fixDotenvText('\uFEFFB=1\r\nA=2 \r\n', new Set()).text).toBe('\uFEFFA=2\r\nB=1\r\n');
  });

  it('leaves a file without warnings untouched', () => {
    expect(fixDotenvText('A=1\r\nB="x y"\r\n').text).toBe('A=1\r\nB="x y"\r\n');
  });
});
