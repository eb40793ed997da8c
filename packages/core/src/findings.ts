import type { Fact } from './facts.js';
import type { KeyEvidence } from './keys.js';

export type Severity = 'error' | 'warn';

/**
 * A replacement inside one field of a fact. Offsets are UTF-16 indices into that field's string
 * (`value` is the key, header value, URL or env value; `name` is the variable or header name).
 */
export interface TextEdit {
  readonly field: 'value' | 'name';
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

export interface FindingLocation {
  readonly field: 'value' | 'name';
  readonly start: number;
  readonly end: number;
  /** For env-definitions facts: which definition the finding is about. */
  readonly definition?: number;
}

export interface Suggestion {
  readonly messageId: string;
  readonly message: string;
  /** The placeholder values of the message, redacted like the finding's (for surfaces that render by message id). */
  readonly data?: Readonly<Record<string, string>>;
  readonly fix: TextEdit;
}

export interface Finding {
  readonly ruleId: string;
  readonly messageId: string;
  /** One line, already rendered and redacted. */
  readonly message: string;
  readonly data: Readonly<Record<string, string>>;
  readonly severity: Severity;
  /** The fact the adapter passed in (never a fact derived inside core), so the adapter can map the location. */
  readonly fact: Fact;
  readonly location: FindingLocation;
  readonly fix?: TextEdit;
  readonly suggestions?: readonly Suggestion[];
  /** Why the value was judged as an API key (key rules only): its shape, its destination, its client, its variable. */
  readonly evidence?: KeyEvidence;
}
