import { defineCheck } from './define-check.js';
import { isEscaped, rustTrim } from './line-entry.js';

const message = (key: string): string => `The ${key} key is not assigned properly`;

/** The text after each `$` up to the next `$`, with whether that `$` is escaped. */
function* substitutions(value: string): Generator<{ prefix: string; text: string }> {
  let rest = value;
  for (;;) {
    const dollar = rest.indexOf('$');
    if (dollar === -1) return;
    const after = rest.slice(dollar + 1);
    const next = after.indexOf('$');
    // Upstream looks only at the text since the previous `$` when deciding whether this one is escaped.
    yield { prefix: rest.slice(0, dollar), text: next === -1 ? after : after.slice(0, next) };
    rest = next === -1 ? '' : after.slice(next);
  }
}

function isBroken(text: string): boolean {
  const close = text.indexOf('}');
  const opens = text.startsWith('{');
  if (opens !== (close !== -1)) return true;
  return close !== -1 && /[^A-Za-z0-9_]/.test(text.slice(1, close));
}

export default defineCheck({
  name: 'SubstitutionKey',
  description: 'A `$VAR` / `${VAR}` reference with a missing or stray brace.',
  create() {
    return (line) => {
      const value = line.value === undefined ? undefined : rustTrim(line.value);
      if (value === undefined || value.startsWith("'")) return undefined;
      for (const { prefix, text } of substitutions(value)) {
        if (isBroken(text) && !isEscaped(prefix)) return message(line.key ?? '');
      }
      return undefined;
    };
  },
  fixer: {
    fixLine(line) {
      const key = line.key;
      const value = line.value === undefined ? undefined : rustTrim(line.value);
      if (key === undefined || value === undefined || value.startsWith("'")) return false;
      let result = '';
      let rest = value;
      for (;;) {
        const dollar = rest.indexOf('$');
        if (dollar === -1) break;
        const prefix = rest.slice(0, dollar);
        result += `${prefix}$`;
        const after = rest.slice(dollar + 1);
        const next = after.indexOf('$');
        const initial = next === -1 ? after : after.slice(0, next);
        rest = next === -1 ? '' : after.slice(next);
        const stripped = initial.startsWith('{') ? initial.slice(1) : initial;
        const nameLength = /^[A-Za-z0-9_]*/.exec(stripped)?.[0].length ?? 0;
        if (isEscaped(prefix) || nameLength === 0) {
          result += stripped;
          continue;
        }
        const restPart = stripped.slice(nameLength);
        result += `{${stripped.slice(0, nameLength)}${restPart.startsWith('}') ? '' : '}'}${restPart}`;
      }
      line.raw = `${line.exportPrefix}${key}=${result}${rest}`;
      return true;
    },
  },
});
