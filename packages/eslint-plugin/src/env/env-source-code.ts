import type { FileProblem, RulesConfig, TraversalStep } from '@eslint/core';
import { ConfigCommentParser, Directive, TextSourceCodeBase, VisitNodeStep } from '@eslint/plugin-kit';
import type { EnvCommentNode, EnvDocumentNode, EnvNode } from './env-ast.js';

const commentParser = new ConfigCommentParser();
const DIRECTIVE_TYPES = new Set(['eslint-disable', 'eslint-enable', 'eslint-disable-next-line', 'eslint-disable-line']);
/** `# eslint rule: severity` comments that configure rules inline. */
const INLINE_CONFIG = /^\s*eslint(?:\s|$)/;

interface EnvSourceCodeOptions {
  LangOptions: Record<string, never>;
  RootNode: EnvDocumentNode;
  SyntaxElementWithLoc: EnvNode;
  ConfigNode: EnvCommentNode;
}

/** The SourceCode of a `.env` file: text, tree, and the `# eslint-…` comments that steer ESLint. */
export class EnvSourceCode extends TextSourceCodeBase<EnvSourceCodeOptions> {
  readonly #parents = new WeakMap<EnvNode, EnvNode>();

  constructor(text: string, ast: EnvDocumentNode) {
    super({ text, ast });
    for (const child of ast.children) this.#parents.set(child, ast);
  }

  override getParent(node: EnvNode): EnvNode | undefined {
    return this.#parents.get(node);
  }

  get comments(): readonly EnvCommentNode[] {
    return this.ast.comments;
  }

  getInlineConfigNodes(): EnvCommentNode[] {
    return this.ast.comments.filter((comment) => commentParser.parseDirective(comment.value) !== undefined);
  }

  getDisableDirectives(): { directives: Directive[]; problems: FileProblem[] } {
    const directives: Directive[] = [];
    const problems: FileProblem[] = [];
    for (const comment of this.getInlineConfigNodes()) {
      const parsed = commentParser.parseDirective(comment.value);
      if (parsed === undefined || !DIRECTIVE_TYPES.has(parsed.label)) continue;
      const type = parsed.label.slice('eslint-'.length) as 'disable' | 'enable' | 'disable-next-line' | 'disable-line';
      directives.push(new Directive({ type, node: comment, value: parsed.value, justification: parsed.justification }));
    }
    return { directives, problems };
  }

  applyInlineConfig(): { configs: { loc: EnvCommentNode['loc']; config: { rules: RulesConfig } }[]; problems: FileProblem[] } {
    const configs: { loc: EnvCommentNode['loc']; config: { rules: RulesConfig } }[] = [];
    const problems: FileProblem[] = [];
    for (const comment of this.getInlineConfigNodes()) {
      if (!INLINE_CONFIG.test(comment.value)) continue;
      const parsed = commentParser.parseDirective(comment.value);
      if (parsed?.label !== 'eslint') continue;
      const result = commentParser.parseJSONLikeConfig(parsed.value);
      if (result.ok) configs.push({ loc: comment.loc, config: { rules: result.config } });
      else problems.push({ ruleId: null, message: result.error.message, loc: comment.loc });
    }
    return { configs, problems };
  }

  override *traverse(): Iterable<TraversalStep> {
    const root = this.ast;
    yield new VisitNodeStep({ target: root, phase: 1, args: [root, undefined] });
    for (const child of root.children) {
      yield new VisitNodeStep({ target: child, phase: 1, args: [child, root] });
      yield new VisitNodeStep({ target: child, phase: 2, args: [child, root] });
    }
    yield new VisitNodeStep({ target: root, phase: 2, args: [root, undefined] });
  }
}
