import type { Loader, ProviderId, Severity } from '@keylint/core';
import type { OnlineVerdict } from './explain-online.js';

/**
 * What `keylint-env doctor` found, and exactly what `--format json` prints (docs/doctor.md
 * documents it; bump `version` on any incompatible change). No field ever holds a key: values
 * appear as fingerprints, base URLs with any key-shaped part redacted.
 */

export const DOCTOR_REPORT_VERSION = 1;

/** How the output names each loader. */
export const LOADER_LABELS: Readonly<Record<Loader, string>> = { dotenv: 'dotenv', nextjs: 'Next.js', vite: 'Vite' };

/** What a variable holds, as core's `factsFromSetting` reads the winning value. */
export type VariableKind = 'key' | 'base-url' | 'organization' | 'project' | 'other';

export interface DoctorFile {
  /** Base name: `.env.local`. */
  readonly file: string;
  readonly path: string;
  /** True when the loader reads this file in this mode. */
  readonly loaded: boolean;
  /** Why the file could not be read (unreadable, binary, not UTF-8); null when it was read. */
  readonly error: string | null;
}

export interface DoctorSource {
  /** `process.env` or the file's base name. */
  readonly source: string;
  readonly path: string | null;
  readonly line: number | null;
  /** False for a file the loader does not read in this mode (`.env.production` in development). */
  readonly loaded: boolean;
  readonly winner: boolean;
  /** `sk-proj-…Ab12 (164 chars, #1a2b3c4d)`: tells values apart without showing them. */
  readonly fingerprint: string;
  /** The value itself for base URLs and OpenAI IDs, which are not secrets (key-shaped parts redacted); null for keys. */
  readonly value: string | null;
  readonly sameAsWinner: boolean;
}

export interface DoctorFinding {
  readonly ruleId: string;
  readonly severity: Severity;
  /** Already redacted. */
  readonly message: string;
  /** The source the finding is about (`.env.local:3`, `process.env`). */
  readonly source: string;
}

export interface DoctorOnline {
  readonly verdict: OnlineVerdict;
  readonly ok: boolean;
  /** The URL requested (`…/models`), redacted. */
  readonly url: string;
  /** Where the base URL came from: `--base-url`, `OPENAI_BASE_URL (.env)`, `default`. */
  readonly baseUrlFrom: string;
  readonly status: number | null;
  readonly code: string | null;
  readonly modelCount: number | null;
  readonly lines: readonly string[];
}

export interface DoctorVariable {
  readonly name: string;
  readonly kind: VariableKind;
  readonly provider: ProviderId | null;
  /** The definition the application gets; null when no loaded source defines the variable. */
  readonly winner: { readonly source: string; readonly reason: string; readonly fingerprint: string } | null;
  /** For base URLs: the winning URL, key-shaped parts redacted. */
  readonly url: string | null;
  /** Loaded sources highest priority first, then the files this mode does not load. */
  readonly sources: readonly DoctorSource[];
  readonly findings: readonly DoctorFinding[];
  /** Problems that are not rule findings: a key no loaded file defines, a key not sent. */
  readonly notes: readonly string[];
  readonly online: DoctorOnline | null;
  /** Why `--online` did not send this key (an admin key); null otherwise. */
  readonly onlineSkipped: string | null;
  readonly ok: boolean;
}

/** What chose the loader: the option, the keylint config, the project's package.json (Next.js or Vite), or the default. */
export type LoaderChoice = 'option' | 'config' | 'package.json' | 'default';

export interface DoctorReport {
  readonly version: typeof DOCTOR_REPORT_VERSION;
  readonly directory: string;
  readonly loader: Loader;
  readonly loaderFrom: LoaderChoice;
  readonly mode: string;
  readonly online: boolean;
  readonly files: readonly DoctorFile[];
  readonly variables: readonly DoctorVariable[];
  /** One line per problem that stopped a source from being read. */
  readonly errors: readonly string[];
  readonly ok: boolean;
  /** The final verdict line of the text output. */
  readonly summary: string;
}
