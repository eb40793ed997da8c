import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import plugin from '../../src/index.js';

/** Names `Object.prototype` answers to; a plain-object table keyed by them reached a function and threw inside a rule. */
const PROTOTYPE_NAMES: readonly string[] = [...Object.getOwnPropertyNames(Object.prototype), 'prototype'];

function sourceUsing(name: string): string {
  const quoted = JSON.stringify(name);
  const identifier = /^[A-Za-z_$][\w$]*$/.test(name) && name !== '__proto__' ? name : 'value';
  return [
    `const ${identifier} = 'h1';`,
    `const options = { ${quoted}: 'h1', [${quoted}]: ${identifier} };`,
    `fetch('https://api.openai.com/v1/models', { headers: { ${quoted}: 'h1', Authorization: \`Bearer \${process.env.OPENAI_API_KEY}\` } });`,
    `const read = process.env[${quoted}] ?? process.env.${identifier};`,
    `new ${identifier === 'value' ? 'Thing' : identifier}({ apiKey: read, ${quoted}: options });`,
  ].join('\n');
}

describe('names that Object.prototype answers to, through ESLint', () => {
  const configs = [plugin.configs.strict, plugin.configs.recommended].flatMap((config) => [config].flat());
  it.each(PROTOTYPE_NAMES)('%s as identifier, property key, header name and env name lints without a crash or a finding', (name) => {
    const messages = new Linter().verify(sourceUsing(name), configs, 'app.js');
    expect(messages.filter((message) => message.fatal === true)).toEqual([]);
    expect(messages.map((message) => `${message.ruleId}: ${message.message}`)).toEqual([]);
  });
});
