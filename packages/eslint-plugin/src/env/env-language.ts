import type { File, Language, OkParseResult, ParseResult } from '@eslint/core';
import { buildEnvTree, ENV_VISITOR_KEYS, type EnvDocumentNode, type EnvNode } from './env-ast.js';
import { EnvSourceCode } from './env-source-code.js';

type EnvLanguageOptions = Record<string, never>;

/**
 * `keylint/env`: `.env` files as an ESLint language, parsed exactly as the `dotenv` package
 * loads them (`@keylint/dotenv`), so the catalog rules see the values the application sees.
 */
export const envLanguage: Language<{ LangOptions: EnvLanguageOptions; Code: EnvSourceCode; RootNode: EnvDocumentNode; Node: EnvNode }> = {
  fileType: 'text',
  lineStart: 1,
  columnStart: 1,
  nodeTypeKey: 'type',
  visitorKeys: ENV_VISITOR_KEYS,
  defaultLanguageOptions: {},

  validateLanguageOptions(languageOptions: EnvLanguageOptions): void {
    const unknown = Object.keys(languageOptions);
    if (unknown.length > 0) throw new TypeError(`keylint/env has no language options (got ${unknown.join(', ')}).`);
  },

  parse(file: File): ParseResult<EnvDocumentNode> {
    // dotenv reads anything: every line either is an assignment or is ignored, so parsing never fails.
    const text = typeof file.body === 'string' ? file.body : new TextDecoder().decode(file.body);
    return { ok: true, ast: buildEnvTree(text) };
  },

  createSourceCode(file: File, input: OkParseResult<EnvDocumentNode>): EnvSourceCode {
    return new EnvSourceCode(input.ast.document.text, input.ast);
  },
};
