import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { concatTexts, identifierText, isStringLiteral, literalText, runtimeText, type StaticText } from './static-text.js';
import { envReadName } from './env-reads.js';

/** Bindings are followed this deep (`const a = b; const b = '…'`), and never in a cycle. */
const MAXIMUM_DEPTH = 8;

/** Type-only wrappers around a value: `x as string`, `x!`, `x satisfies T`. */
export function unwrap(node: TSESTree.Node): TSESTree.Node {
  let current = node;
  while (
    current.type === 'TSAsExpression' ||
    current.type === 'TSNonNullExpression' ||
    current.type === 'TSSatisfiesExpression' ||
    current.type === 'TSTypeAssertion'
  ) {
    current = current.expression;
  }
  return current;
}

/**
 * Whether `staticText(node, false)` can have an answer, judged from the syntax alone: every part
 * must be a string literal, a template, a `+`, `new URLSearchParams`, `.toString()` or a name that
 * may be a `const`. Turns away most expressions (`a.b + 1`, `f(x)`) before any binding is looked up.
 */
function mayHaveStaticText(node: TSESTree.Node): boolean {
  const bare = unwrap(node);
  switch (bare.type) {
    case 'Literal':
      return typeof bare.value === 'string';
    case 'Identifier':
      return true;
    case 'TemplateLiteral':
      return bare.expressions.every(mayHaveStaticText);
    case 'BinaryExpression':
      return bare.operator === '+' && mayHaveStaticText(bare.left) && mayHaveStaticText(bare.right);
    case 'NewExpression':
      return bare.callee.type === 'Identifier' && bare.callee.name === 'URLSearchParams';
    case 'CallExpression':
      return bare.arguments.length === 0 && bare.callee.type === 'MemberExpression' && isNamed(bare.callee.property, 'toString') && mayHaveStaticText(bare.callee.object);
    default:
      return false;
  }
}

/**
 * The variable an identifier refers to, the way eslint-utils' `findVariable` finds it: from the
 * innermost scope around the identifier outwards. Written here so that loading the plugin does
 * not load typescript-eslint's utilities (and its scope manager) at run time.
 */
function findVariable(initialScope: TSESLint.Scope.Scope, identifier: TSESTree.Identifier): TSESLint.Scope.Variable | undefined {
  const location = identifier.range[0];
  let scope: TSESLint.Scope.Scope | null = initialScope;
  for (let inner = innerScopeAt(scope, location); inner !== undefined; inner = innerScopeAt(inner, location)) scope = inner;
  for (; scope !== null; scope = scope.upper) {
    const variable = scope.set.get(identifier.name);
    if (variable !== undefined) return variable;
  }
  return undefined;
}

function innerScopeAt(scope: TSESLint.Scope.Scope, location: number): TSESLint.Scope.Scope | undefined {
  return scope.childScopes.find((child) => child.block.range[0] <= location && location < child.block.range[1]);
}

/** Names bound by `const name = …` in a file: all of them, and those whose value may be text. */
interface ConstNames {
  readonly all: Set<string>;
  readonly text: Set<string>;
}

/** Follows values through `const` bindings in the same file. */
export class Resolver {
  readonly #sourceCode: Readonly<TSESLint.SourceCode>;
  /** Names the file's `const name = …` declarations bind, found on first need; only these can resolve. */
  #constNames: ConstNames | undefined;

  constructor(sourceCode: Readonly<TSESLint.SourceCode>) {
    this.#sourceCode = sourceCode;
  }

  /** Undefined when the file has no scope analysis: then every name is looked up. */
  #constNamesOfFile(): ConstNames | undefined {
    if (this.#constNames === undefined) {
      const scopeManager = this.#sourceCode.scopeManager as TSESLint.Scope.ScopeManager | null | undefined;
      if (scopeManager === null || scopeManager === undefined) return undefined;
      const names: ConstNames = { all: new Set(), text: new Set() };
      for (const scope of scopeManager.scopes) {
        for (const variable of scope.variables) {
          const definition = variable.defs.length === 1 ? variable.defs[0] : undefined;
          if (definition?.type !== 'Variable' || definition.parent.kind !== 'const' || definition.node.init === null) continue;
          names.all.add(variable.name);
          if (mayHaveStaticText(definition.node.init)) names.text.add(variable.name);
        }
      }
      this.#constNames = names;
    }
    return this.#constNames;
  }

  /** The initializer of the `const` an identifier refers to; undefined for anything else. */
  constInitializer(identifier: TSESTree.Identifier): TSESTree.Expression | undefined {
    // Most names are no `const` at all: no walk up the tree and the scope chain for them.
    if (this.#constNamesOfFile()?.all.has(identifier.name) === false) return undefined;
    const variable = findVariable(this.#sourceCode.getScope(identifier), identifier);
    const definition = variable?.defs.length === 1 ? variable.defs[0] : undefined;
    if (definition?.type !== 'Variable' || definition.parent.kind !== 'const') return undefined;
    if (definition.node.id.type !== 'Identifier') return undefined;
    return definition.node.init ?? undefined;
  }

  /** An expression, following identifiers to their `const` values, with type wrappers removed. */
  resolveExpression(node: TSESTree.Node, depth = 0): TSESTree.Node {
    const bare = unwrap(node);
    if (bare.type !== 'Identifier' || depth >= MAXIMUM_DEPTH) return bare;
    const initializer = this.constInitializer(bare);
    return initializer === undefined ? bare : this.resolveExpression(initializer, depth + 1);
  }

  /**
   * The string an expression evaluates to, as far as it is written in this file: literals,
   * template literals, `+` concatenations and `const` bindings. Parts only known at run time
   * become stand-ins when `allowRuntime` is set; otherwise such an expression has no static text.
   */
  staticText(node: TSESTree.Node, allowRuntime: boolean): StaticText | undefined {
    if (!allowRuntime && !mayHaveStaticText(node)) return undefined;
    return this.#staticText(node, allowRuntime, 0);
  }

  #staticText(node: TSESTree.Node, allowRuntime: boolean, depth: number): StaticText | undefined {
    const bare = unwrap(node);
    if (isStringLiteral(bare)) return literalText(bare);
    if (bare.type === 'TemplateLiteral') return this.#templateText(bare, allowRuntime, depth);
    if (bare.type === 'BinaryExpression' && bare.operator === '+') {
      const left = this.#staticText(bare.left, allowRuntime, depth);
      const right = left === undefined ? undefined : this.#staticText(bare.right, allowRuntime, depth);
      return left === undefined || right === undefined ? undefined : concatTexts([left, right], bare);
    }
    if (bare.type === 'NewExpression' && bare.callee.type === 'Identifier' && bare.callee.name === 'URLSearchParams') {
      const parameters = this.#searchParametersText(bare, allowRuntime, depth);
      if (parameters !== undefined) return parameters;
    }
    if (bare.type === 'CallExpression' && bare.arguments.length === 0 && bare.callee.type === 'MemberExpression' && isNamed(bare.callee.property, 'toString')) {
      return this.#staticText(bare.callee.object, allowRuntime, depth);
    }
    // Without run-time stand-ins, a `const` whose value is no text (`const v = new Vector3()`) is not looked up.
    if (bare.type === 'Identifier' && depth < MAXIMUM_DEPTH && (allowRuntime || this.#constNamesOfFile()?.text.has(bare.name) !== false)) {
      const initializer = this.constInitializer(bare);
      const resolved = initializer === undefined ? undefined : this.#staticText(initializer, allowRuntime, depth + 1);
      if (resolved !== undefined) return resolved;
    }
    if (!allowRuntime) return undefined;
    return runtimeText(bare, runtimeName(bare));
  }

  /** `new URLSearchParams({ key: value })` as `key=value&…`, so a query string built from it is seen. */
  #searchParametersText(node: TSESTree.NewExpression, allowRuntime: boolean, depth: number): StaticText | undefined {
    const argument = node.arguments[0] === undefined ? undefined : this.resolveExpression(node.arguments[0]);
    if (argument?.type !== 'ObjectExpression') return undefined;
    const parts: StaticText[] = [];
    for (const property of argument.properties) {
      if (property.type !== 'Property' || property.computed) return undefined;
      const name = property.key.type === 'Identifier' ? identifierText(property.key) : isStringLiteral(property.key) ? literalText(property.key) : undefined;
      const value = this.#staticText(property.value, allowRuntime, depth);
      if (name === undefined || value === undefined) return undefined;
      if (parts.length > 0) parts.push(joiner('&', node));
      parts.push(name, joiner('=', node), value);
    }
    return concatTexts(parts, node);
  }

  #templateText(node: TSESTree.TemplateLiteral, allowRuntime: boolean, depth: number): StaticText | undefined {
    const parts: StaticText[] = [];
    node.quasis.forEach((quasi, index) => {
      // An invalid escape (only legal in tagged templates) leaves no cooked text: the value is unknown.
      const cooked = quasi.value.cooked as string | null;
      if (cooked === null) {
        parts.push({ text: '\u0000', pieces: [], root: quasi });
        return;
      }
      const exact = cooked === quasi.value.raw;
      // A quasi's range includes its delimiters: the backtick or `}` before it is one character.
      parts.push({
        text: cooked,
        pieces: cooked.length === 0 ? [] : [{ start: 0, end: cooked.length, node: quasi, ...(exact ? { sourceStart: quasi.range[0] + 1 } : {}) }],
        root: quasi,
      });
      const expression = node.expressions[index];
      if (expression !== undefined) {
        const inner = this.#staticText(expression, allowRuntime, depth);
        if (inner !== undefined) parts.push(inner);
        else parts.push({ text: '\u0000', pieces: [], root: expression });
      }
    });
    if (parts.some((part) => part.text === '\u0000' && part.pieces.length === 0)) return undefined;
    return concatTexts(parts, node);
  }
}

function isNamed(node: TSESTree.Node, name: string): boolean {
  return node.type === 'Identifier' && node.name === name;
}

function joiner(text: string, node: TSESTree.Node): StaticText {
  return { text, pieces: [{ start: 0, end: text.length, node }], root: node };
}

/** The name a run-time value goes by: the env variable it reads, or the identifier or property holding it. */
export function runtimeName(node: TSESTree.Node): string | undefined {
  const environmentName = envReadName(node);
  if (environmentName !== undefined) return environmentName.name;
  if (node.type === 'Identifier') return node.name;
  if (node.type === 'MemberExpression' && !node.computed && node.property.type === 'Identifier') return node.property.name;
  if (node.type === 'LogicalExpression') return runtimeName(unwrap(node.left));
  return undefined;
}
