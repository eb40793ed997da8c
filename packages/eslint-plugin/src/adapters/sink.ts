import { factsFromSetting, type Fact, type FactOrigin, type KeyFact, type ProviderId } from '@keylint/core';
import type { TSESTree } from '@typescript-eslint/utils';
import type { Resolver } from './resolve.js';
import { unwrap } from './resolve.js';
import { lonePieceText, nameText, type NameNode, type StaticText } from './static-text.js';

/** Where a fact's fields sit in the file. */
export interface FactSource {
  /** The text of the fact's `value` field (the key, header value, URL, env value). */
  readonly value?: StaticText;
  /** The text of the fact's `name` field (the variable, option or header name). */
  readonly name?: StaticText;
  /** Reported when a field has no text of its own (a client fact) or no better place is known. */
  readonly node: TSESTree.Node;
}

/** What a key learns from where it is used: `new Anthropic({ apiKey })` knows the provider. */
export interface SettingContext {
  /** The API the key is sent to (from the client class, or from a base URL that points elsewhere). */
  readonly provider?: ProviderId;
  readonly destination?: string;
  /** The SDK that reads a base URL option: it decides which path it appends (`new OpenAI({ baseURL })` pointing at Groq). */
  readonly sdkProvider?: ProviderId;
  /** The value is the right side of `??` / `||`: a default for when the left side is missing. */
  readonly fallback?: boolean;
}

/**
 * Collects the facts of one file and where each came from. Adapters add facts; nothing here
 * decides what is wrong.
 */
export class FactSink {
  readonly facts: Fact[] = [];
  readonly sources = new Map<Fact, FactSource>();
  /** Literal nodes already handed to core as part of a named setting, so the bare-literal pass skips them. */
  readonly claimed = new Set<TSESTree.Node>();
  readonly origin: FactOrigin;
  readonly resolver: Resolver;

  constructor(origin: FactOrigin, resolver: Resolver) {
    this.origin = origin;
    this.resolver = resolver;
  }

  add(fact: Fact, source: FactSource): void {
    this.facts.push(fact);
    this.sources.set(fact, source);
  }

  claim(text: StaticText): void {
    for (const piece of text.pieces) this.claimed.add(piece.node);
    this.claimed.add(text.root);
  }

  /**
   * A name = value pair written in code (`const OPENAI_API_KEY = '…'`, `{ baseURL: '…' }`):
   * core's `factsFromSetting` decides which facts it carries. Only values fully known here count;
   * `a ?? 'fallback'` checks each side that is.
   */
  addSetting(name: string, nameNode: NameNode | undefined, valueNode: TSESTree.Node, context: SettingContext = {}): void {
    const bare = unwrap(valueNode);
    if (bare.type === 'LogicalExpression' && (bare.operator === '??' || bare.operator === '||')) {
      this.addSetting(name, nameNode, bare.left, context);
      this.addSetting(name, nameNode, bare.right, { ...context, fallback: true });
      return;
    }
    if (bare.type === 'ConditionalExpression') {
      this.addSetting(name, nameNode, bare.consequent, context);
      this.addSetting(name, nameNode, bare.alternate, context);
      return;
    }
    // A literal value (most settings: `this.type = 'Mesh'`) is judged before its position map is
    // built; claiming the literal itself is all that claiming its text would do for later nodes.
    const lone = lonePieceText(bare);
    const client = { ...(context.sdkProvider === undefined ? {} : { client: context.sdkProvider }), ...(context.fallback === true ? { fallback: true } : {}) };
    if (lone !== undefined && factsFromSetting({ name, value: lone, origin: this.origin, access: 'define', literal: true, ...client }).length === 0) {
      this.claimed.add(bare);
      return;
    }
    const value = this.resolver.staticText(bare, false);
    if (value === undefined) return;
    this.claim(value);
    const facts = factsFromSetting({ name, value: value.text, origin: this.origin, access: 'define', literal: true, ...client });
    if (facts.length === 0) return;
    const settingName = nameNode === undefined ? undefined : nameText(nameNode);
    for (const fact of facts) this.add(withContext(fact, context), { value, ...(settingName === undefined ? {} : { name: settingName }), node: bare });
  }
}

function withContext(fact: Fact, context: SettingContext): Fact {
  if (fact.kind === 'key') {
    const key: KeyFact = {
      ...fact,
      ...(fact.provider === undefined && context.provider !== undefined ? { provider: context.provider } : {}),
      ...(fact.destination === undefined && context.destination !== undefined ? { destination: context.destination } : {}),
    };
    return key;
  }
  if (fact.kind === 'endpoint' && fact.provider === undefined && context.sdkProvider !== undefined) return { ...fact, provider: context.sdkProvider };
  return fact;
}
