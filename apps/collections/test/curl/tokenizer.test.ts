import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkCurlText, extractCurlCommands, Source, tokenize, type Shell, type Token, type Word } from '../../src/curl/index.js';

function words(tokens: readonly Token[]): Word[] {
  return tokens.filter((token): token is Word => token.kind === 'word');
}

function values(text: string, shell: Shell): string[] {
  return words(tokenize(text, { shell }).tokens).map((word) => word.value);
}

describe('bash', () => {
  it('removes quotes and keeps variable references as written', () => {
    expect(values(`curl -H 'a: $X' "b: $Y \\"q\\"" c\\ d $'e\\tf' $"g"`, 'bash')).toEqual(['curl', '-H', 'a: $X', 'b: $Y "q"', 'c d', 'e\tf', 'g']);
  });

  it('maps every character of a value to its column in the original text', () => {
    const text = `curl -H "Authorization: Bearer \\$KEY" 'x'"y"`;
    const [, , header, joined] = words(tokenize(text, { shell: 'bash' }).tokens);
    expect(header?.value).toBe('Authorization: Bearer $KEY');
    for (let index = 0; index < (header?.value.length ?? 0); index += 1) expect(text[header?.offsets[index] ?? -1]).toBe(header?.value[index]);
    expect(joined?.value).toBe('xy');
    expect(joined?.segments.map((segment) => segment.quote)).toEqual(['single', 'double']);
    expect(text[joined?.offsets[1] ?? -1]).toBe('y');
  });

  it('tells expanding references from literal ones', () => {
    const [word] = words(tokenize(`"$A ${'${B}'} %C% {{D}}"'$E $env:F'`, { shell: 'bash' }).tokens);
    expect(word?.expansions.map((expansion) => [expansion.syntax, expansion.name, expansion.quote, expansion.expands])).toEqual([
      ['dollar', 'A', 'double', true],
      ['dollar-brace', 'B', 'double', true],
      ['percent', 'C', 'double', false],
      ['template', 'D', 'double', false],
      ['dollar', 'E', 'single', false],
      ['powershell-env', 'F', 'single', false],
    ]);
  });

  it('records command substitutions with their body for nested commands', () => {
    const [word] = words(tokenize('out=$(curl -s "$(echo x)")', { shell: 'bash' }).tokens);
    const substitution = word?.expansions[0];
    expect(substitution?.syntax).toBe('command');
    expect(substitution?.body?.text).toBe('curl -s "$(echo x)"');
    expect(substitution?.body?.original(0)).toBe(6);
  });

  it('splits on operators, skips comments and redirections, strips prompts in docs', () => {
    const { tokens } = tokenize('$ curl -s x 2>&1 | jq . && echo ok; # curl -k y\n> z', { shell: 'bash', prompts: true });
    expect(tokens.map((token) => (token.kind === 'word' ? token.value : `<${token.text}>`))).toEqual(['curl', '-s', 'x', '<>&1>', '<|>', 'jq', '.', '<&&>', 'echo', 'ok', '<;>', '<\n>', 'z']);
  });

  it('skips heredoc bodies', () => {
    expect(values("cat <<'EOF'\ncurl 'a b\nEOF\ncurl c", 'bash')).toEqual(['cat', 'curl', 'c']);
  });

  it('records good and broken line continuations', () => {
    const { continuations, tokens } = tokenize('curl a \\\n  b \\  \n  c ^\n  d `\n  e', { shell: 'bash' });
    expect(continuations.map((continuation) => [continuation.kind, continuation.character])).toEqual([
      ['ok', '\\'],
      ['trailing-space', '\\'],
      ['foreign', '^'],
      ['foreign', '`'],
    ]);
    expect(words(tokens).map((word) => word.value)).toEqual(['curl', 'a', 'b', 'c', 'd', 'e']);
  });
});

describe('cmd.exe', () => {
  it('quotes with double quotes only, escapes with ^, expands %VAR% inside quotes', () => {
    const { tokens, continuations } = tokenize(`curl ^\n -H "Authorization: Bearer %KEY%" -d "{\\"a\\": 1}" 'x' a^&b & echo`, { shell: 'cmd' });
    expect(words(tokens).map((word) => word.value)).toEqual(['curl', '-H', 'Authorization: Bearer %KEY%', '-d', '{"a": 1}', "'x'", 'a&b', 'echo']);
    expect(words(tokens)[2]?.expansions.map((expansion) => [expansion.name, expansion.expands])).toEqual([['KEY', true]]);
    expect(continuations.map((continuation) => continuation.kind)).toEqual(['ok']);
  });

  it('skips REM and :: comments and treats $VAR as literal', () => {
    const { tokens } = tokenize('REM curl x\n:: curl y\n@curl "$KEY"', { shell: 'cmd' });
    const found = words(tokens);
    expect(found.map((word) => word.value)).toEqual(['curl', '$KEY']);
    expect(found[1]?.expansions.map((expansion) => [expansion.syntax, expansion.expands])).toEqual([['dollar', false]]);
  });
});

describe('PowerShell', () => {
  it('expands $env: and $var in double quotes, not in single quotes', () => {
    const { tokens, continuations } = tokenize(`curl.exe \`\n -H "a: $env:KEY $x \`$y ""q""" 'b: $env:Z it''s'`, { shell: 'powershell' });
    const found = words(tokens);
    expect(found.map((word) => word.value)).toEqual(['curl.exe', '-H', 'a: $env:KEY $x $y "q"', "b: $env:Z it's"]);
    expect(found[2]?.expansions.map((expansion) => [expansion.syntax, expansion.name, expansion.expands])).toEqual([
      ['powershell-env', 'KEY', true],
      ['dollar', 'x', true],
    ]);
    expect(found[3]?.expansions.map((expansion) => [expansion.syntax, expansion.name, expansion.expands])).toEqual([['powershell-env', 'Z', false]]);
    expect(continuations.map((continuation) => continuation.kind)).toEqual(['ok']);
  });

  it('strips PS> prompts and skips block comments', () => {
    const { tokens } = tokenize('PS C:\\work> curl.exe <# -k #> x', { shell: 'powershell', prompts: true });
    expect(words(tokens).map((word) => word.value)).toEqual(['curl.exe', 'x']);
  });
});

describe('sources that map back', () => {
  it('tokenizes a slice with offsets into the whole file', () => {
    const file = 'prefix\ncurl "x"';
    const { tokens } = tokenize(new Source(file.slice(7), 7), { shell: 'bash' });
    expect(words(tokens).map((word) => [word.value, word.start, word.end])).toEqual([
      ['curl', 7, 11],
      ['x', 12, 15],
    ]);
  });
});

const SHELLS: readonly Shell[] = ['bash', 'cmd', 'powershell'];
const shellAlphabet = fc.constantFrom(...'curl -H$%{}`^\\\'"();|&<>#@\n\r\t :=e'.split(''), 'env:', '{{', '}}', '$(', '<<', 'EOF', '\n', '\\\n', '^\n', '`\n', 'curl ', '-k ');
const shellText = fc.array(fc.oneof(shellAlphabet, fc.string({ maxLength: 4 })), { maxLength: 60 }).map((parts) => parts.join(''));

describe('properties', () => {
  it('never throws, and every word maps into the text in order', () => {
    fc.assert(
      fc.property(shellText, fc.constantFrom(...SHELLS), fc.boolean(), (text, shell, prompts) => {
        const { tokens, continuations } = tokenize(text, { shell, prompts });
        let previousEnd = 0;
        for (const token of tokens) {
          expect(token.start).toBeGreaterThanOrEqual(0);
          expect(token.end).toBeLessThanOrEqual(text.length);
          expect(token.start).toBeLessThanOrEqual(token.end);
          if (token.kind !== 'word') continue;
          expect(token.start).toBeGreaterThanOrEqual(previousEnd);
          previousEnd = token.end;
          expect(token.offsets).toHaveLength(token.value.length + 1);
          for (const offset of token.offsets) expect(offset >= 0 && offset <= text.length).toBe(true);
          for (const expansion of token.expansions) expect(token.value.slice(expansion.valueStart, expansion.valueEnd)).toBe(expansion.text);
        }
        for (const continuation of continuations) expect('\\^`').toContain(text[continuation.start]);
      }),
      { numRuns: 2000 },
    );
  });

  it('unquoted plain words come back unchanged, with their exact columns', () => {
    // Words that start with a letter or digit: `::`, `@` and `rem` open comments in cmd.exe.
    const plain = fc.array(fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9_./:+=-]{0,11}$/).filter((word) => !/^rem$/i.test(word)), { minLength: 1, maxLength: 12 });
    fc.assert(
      fc.property(plain, (parts) => {
        const text = parts.join(' ');
        for (const shell of SHELLS) {
          const found = words(tokenize(text, { shell }).tokens);
          expect(found.map((word) => word.value)).toEqual(parts);
          for (const word of found) expect(text.slice(word.start, word.end)).toBe(word.value);
        }
      }),
    );
  });

  it('checking never throws and never points outside the text', () => {
    fc.assert(
      fc.property(shellText, fc.constantFrom('a.sh', 'a.ps1', 'a.bat', 'a.md', 'a.txt'), (text, filePath) => {
        const lines = text.split('\n').length;
        for (const message of checkCurlText(`curl ${text}`, { filePath })) {
          expect(message.line).toBeGreaterThanOrEqual(1);
          expect(message.line).toBeLessThanOrEqual(lines);
        }
      }),
      { numRuns: 1000 },
    );
  });
});

describe('linear time on adversarial input', () => {
  // Each of these makes a naive regex or a rescanning loop quadratic; at 300 KB that would take minutes.
  const SIZE = 300_000;
  const adversarial: readonly [string, string][] = [
    ['unterminated single quote', `curl '${'a'.repeat(SIZE)}`],
    ['unterminated double quote full of dollars', `curl "${'$a'.repeat(SIZE / 2)}`],
    ['nested command substitutions', `curl ${'$('.repeat(SIZE / 2)}`],
    ['percent runs', `curl ${'%a'.repeat(SIZE / 2)}`],
    ['template openers', `curl ${'{{a'.repeat(SIZE / 3)}`],
    ['backslashes and quotes', `curl ${'\\"'.repeat(SIZE / 2)}`],
    ['many continuations', `curl \\\n`.repeat(SIZE / 8)],
    ['many short commands', 'curl -H x\n'.repeat(SIZE / 10)],
    ['one long line of options', `curl ${'-H a '.repeat(SIZE / 5)}`],
    ['missing continuations', `curl x\n${'-H y\n'.repeat(SIZE / 5)}`],
    ['markdown fences', '```bash\ncurl x\n'.repeat(SIZE / 16)],
    ['braces', `curl $${'{'.repeat(SIZE)}`],
  ];
  for (const [name, text] of adversarial) {
    it(name, () => {
      // Markdown and text reuse the bash reader once they have found their blocks.
      const filePaths = name === 'markdown fences' || name === 'many short commands' ? ['a.md', 'a.txt'] : ['a.sh', 'a.ps1', 'a.bat'];
      for (const filePath of filePaths) {
        expect(() => checkCurlText(text, { filePath })).not.toThrow();
      }
      expect(extractCurlCommands(text, { filePath: 'a.sh' }).length).toBeGreaterThanOrEqual(0);
    });
  }
});
