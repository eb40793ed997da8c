import type { TSESTree } from '@typescript-eslint/utils';
import { identifierText, isStringLiteral, literalText, type StaticText } from './static-text.js';

/** An environment variable read in code, with the text of its name for mapping spans back. */
export interface EnvRead {
  readonly name: string;
  readonly nameText: StaticText;
}

function isIdentifier(node: TSESTree.Node, name: string): boolean {
  return node.type === 'Identifier' && node.name === name;
}

function isPropertyNamed(node: TSESTree.MemberExpression, name: string): boolean {
  return !node.computed && isIdentifier(node.property, name);
}

/** `process.env`, `import.meta.env`, `Bun.env`: the objects whose properties are env variables. */
export function isEnvObject(node: TSESTree.Node): boolean {
  if (node.type !== 'MemberExpression' || !isPropertyNamed(node, 'env')) return false;
  const object = node.object;
  return isIdentifier(object, 'process') || isIdentifier(object, 'Bun') || object.type === 'MetaProperty';
}

function nameOfKey(node: TSESTree.Node): EnvRead | undefined {
  if (node.type === 'Identifier') return { name: node.name, nameText: identifierText(node) };
  if (isStringLiteral(node)) return { name: node.value, nameText: literalText(node) };
  return undefined;
}

/**
 * The variable an expression reads: `process.env.X`, `process.env["X"]`, `import.meta.env.X`,
 * `Bun.env.X`, `Deno.env.get("X")`. Undefined for anything else.
 */
export function envReadName(node: TSESTree.Node): EnvRead | undefined {
  if (node.type === 'MemberExpression' && isEnvObject(node.object)) {
    if (node.computed) return isStringLiteral(node.property) ? nameOfKey(node.property) : undefined;
    return node.property.type === 'Identifier' ? nameOfKey(node.property) : undefined;
  }
  if (node.type === 'CallExpression' && node.callee.type === 'MemberExpression' && isPropertyNamed(node.callee, 'get')) {
    const owner = node.callee.object;
    const isDenoEnv = owner.type === 'MemberExpression' && isPropertyNamed(owner, 'env') && isIdentifier(owner.object, 'Deno');
    const argument = node.arguments[0];
    if (isDenoEnv && argument !== undefined) return isStringLiteral(argument) ? nameOfKey(argument) : undefined;
  }
  return undefined;
}

/** `const { OPENAI_API_KEY, OPENAI_BASE_URL: baseURL } = process.env`: one read per property. */
export function envReadsOfPattern(pattern: TSESTree.ObjectPattern): EnvRead[] {
  const reads: EnvRead[] = [];
  for (const property of pattern.properties) {
    if (property.type !== 'Property' || property.computed) continue;
    const read = nameOfKey(property.key);
    if (read !== undefined) reads.push(read);
  }
  return reads;
}
