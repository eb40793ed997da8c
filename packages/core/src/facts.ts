import type { ProviderId } from './providers/providers.js';

/**
 * Where a fact was found. Rules use it to decide, for example, that a literal key in code is
 * hard-coded while the same value in `.env` is where it belongs.
 */
export type Medium =
  | 'code'
  | 'env'
  | 'env-template'
  | 'process-env'
  | 'collection'
  | 'environment'
  | 'curl'
  | 'docs';

export interface FactOrigin {
  readonly medium: Medium;
  readonly filePath?: string;
}

/** A value that is (or is bound to a slot that expects) an API key. */
export interface KeyFact {
  readonly kind: 'key';
  /** The value as the application will send it: after dotenv parsing, JS unescaping, variable resolution. */
  readonly value: string;
  /** The variable, option, header or query parameter it is bound to: `OPENAI_API_KEY`, `apiKey`, `x-api-key`. */
  readonly name?: string;
  /** The URL it is sent to, when the adapter knows it. */
  readonly destination?: string;
  /** The provider the adapter knows for certain (a `new Anthropic({ apiKey })` constructor). */
  readonly provider?: ProviderId;
  /** True when the value is written in the file itself rather than read from the environment at run time. */
  readonly literal: boolean;
  /**
   * What the adapter saw, beyond the name, that makes the value a credential: it is an option of a
   * provider SDK's client (`client`), or the user's config declares the variable a key (`declared`).
   * Core adds what it can see itself (the value's shape, the destination, a provider's variable or
   * header name); see `keyEvidenceOf`.
   */
  readonly evidence?: 'client' | 'declared';
  /**
   * The value is a default used only when what comes before it is missing (`key ?? ''`,
   * `profile.key || ''`): code that checks the key first, or lets the SDK say it is missing.
   */
  readonly fallback?: boolean;
  /**
   * The line that defines it ends with `\r\n` (a file saved with Windows line endings). dotenv
   * strips the `\r`, but shells (`source .env`, `export $(cat .env)`), `docker --env-file` and
   * systemd keep it in the value.
   */
  readonly carriageReturnLineEnding?: boolean;
  readonly origin: FactOrigin;
}

/** One HTTP header that will be sent. */
export interface HeaderFact {
  readonly kind: 'header';
  readonly name: string;
  readonly value: string;
  readonly destination?: string;
  readonly provider?: ProviderId;
  /** True when the value is written in the file itself (so a key inside it is hard-coded). */
  readonly literal: boolean;
  /**
   * Parts of `value` only known at run time (`Bearer ${process.env.OPENAI_API_KEY}` in code): the
   * text there is a stand-in, so no key is derived from them and no rule should judge them.
   */
  readonly runtimeSpans?: readonly { readonly start: number; readonly end: number; /** The variable or name it is read from (`OPENAI_API_KEY`). */ readonly name?: string }[];
  readonly origin: FactOrigin;
}

export interface HeaderEntry {
  readonly name: string;
  readonly value: string;
}

/** A URL: either a base URL setting (`OPENAI_BASE_URL`, `baseURL`) or a full request URL. */
export interface EndpointFact {
  readonly kind: 'endpoint';
  readonly url: string;
  readonly role: 'base-url' | 'request';
  /** The variable or option that holds it, for base URLs. */
  readonly name?: string;
  /** The HTTP method, when known (requests only). */
  readonly method?: string;
  /** Every header the request sends, when the adapter knows the complete set; undefined when unknown. */
  readonly headers?: readonly HeaderEntry[];
  /** What the request body is, when there is one and the adapter knows it. */
  readonly body?: { readonly json: boolean };
  readonly provider?: ProviderId;
  readonly origin: FactOrigin;
}

/** An environment variable name as it is defined or read, with its value when known. */
export interface EnvVariableFact {
  readonly kind: 'env-variable';
  readonly name: string;
  readonly value?: string;
  /** `define` in a .env file or environment export; `read` in code (`process.env.X`). */
  readonly access: 'define' | 'read';
  /**
   * The project's own code reads this name (`process.env.X`, `os.getenv("X")`), as the adapter
   * found by looking at the project: the name is the app's own, not a misspelling. Undefined when
   * the adapter could not look.
   */
  readonly readByProject?: boolean;
  readonly origin: FactOrigin;
}

/** An OpenAI organization or project ID, from a header, an SDK option or an env variable. */
export interface IdentifierFact {
  readonly kind: 'identifier';
  readonly identifier: 'openai-organization' | 'openai-project';
  readonly name: string;
  readonly value: string;
  readonly origin: FactOrigin;
}

/** An SDK client construction: the options that matter beyond key, URL and IDs. */
export interface ClientFact {
  readonly kind: 'client';
  readonly provider?: ProviderId;
  /** The SDK the client belongs to (a Groq client pointed at a gateway has no `provider` but is still Groq's SDK). */
  readonly sdk?: ProviderId;
  readonly dangerouslyAllowBrowser?: boolean;
  /**
   * Where the key option comes from: written in the file (`literal`), an environment variable
   * the bundler inlines (`environment`), or a value only known at run time (`runtime`: typed in by
   * the user, fetched from a server). Undefined when no key option is given.
   */
  readonly keySource?: 'literal' | 'environment' | 'runtime';
  readonly origin: FactOrigin;
}

export type Loader = 'dotenv' | 'nextjs' | 'vite';

export interface EnvDefinition {
  /** `process.env` for the real environment, otherwise the file's base name (`.env.local`). */
  readonly source: string;
  readonly value: string;
  /** Path of the file, for reporting. */
  readonly filePath?: string;
  readonly line?: number;
}

/** Every definition of one variable across the process environment and the .env files of a directory. */
export interface EnvDefinitionsFact {
  readonly kind: 'env-definitions';
  readonly name: string;
  readonly loader: Loader;
  /** NODE_ENV (Next.js) or --mode (Vite); `development` when unknown. */
  readonly mode?: string;
  readonly definitions: readonly EnvDefinition[];
  readonly origin: FactOrigin;
}

export type Fact =
  | KeyFact
  | HeaderFact
  | EndpointFact
  | EnvVariableFact
  | IdentifierFact
  | ClientFact
  | EnvDefinitionsFact;

export type FactKind = Fact['kind'];
export type FactOfKind<Kind extends FactKind> = Extract<Fact, { kind: Kind }>;
