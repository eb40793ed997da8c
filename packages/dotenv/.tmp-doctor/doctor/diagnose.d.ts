import { type EnvDefinition, type Fact, type Finding, type Loader, type ProviderId, type RuleSetting } from '@keylint/core';
import type { ReadEnvFile } from './read-env-files.js';
import type { VariableKind } from './report.js';
/**
 * The offline half of the doctor: for every provider variable, every source that defines it, the
 * winner under the loader's precedence (core decides), and the findings of core's rules on the
 * winning value. Nothing here prints; values stay in memory for the online check and are turned
 * into fingerprints by the report.
 */
export interface DiagnoseInput {
    readonly files: readonly ReadEnvFile[];
    readonly processEnv: Readonly<Record<string, string | undefined>>;
    readonly loader: Loader;
    readonly mode: string;
    /** Extra names that hold keys (config `keyVariables`). */
    readonly keyVariables: readonly string[];
    readonly severities: Readonly<Record<string, RuleSetting>>;
}
export interface DiagnosedVariable {
    readonly name: string;
    readonly kind: VariableKind;
    readonly provider: ProviderId | undefined;
    /** Loaded definitions, highest priority first (process environment first). */
    readonly definitions: readonly EnvDefinition[];
    /** Definitions in files the loader does not read in this mode. */
    readonly unloaded: readonly EnvDefinition[];
    readonly winnerIndex: number | undefined;
    readonly reason: string | undefined;
    /** The facts core read from the winning value (a key fact for a key, an endpoint for a base URL…). */
    readonly facts: readonly Fact[];
    readonly findings: readonly Finding[];
    /** Problems that are not findings of a rule. */
    readonly notes: readonly string[];
}
export interface Diagnosis {
    readonly variables: readonly DiagnosedVariable[];
    /** Every key (and unclassified) value seen, so that output can redact them wherever they might surface. */
    readonly secrets: readonly string[];
}
/** Names the doctor always looks at: what the SDKs read for keys, base URLs and OpenAI IDs. */
export declare const PROVIDER_VARIABLE_NAMES: ReadonlySet<string>;
export declare function winningDefinition(variable: DiagnosedVariable): EnvDefinition | undefined;
export declare function diagnose(input: DiagnoseInput): Diagnosis;
//# sourceMappingURL=diagnose.d.ts.map