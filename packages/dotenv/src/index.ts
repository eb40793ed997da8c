export * from './parser/index.js';
export type { CommandIo } from './cli-io.js';
export { applyFixes, CHECK_NAMES, dotenvChecks, isCheckName, lineEntries, LineEntry, parseSchema, runChecks, SchemaError, type CheckName, type DotenvCheck, type DotenvSchema, type DotenvWarning } from './checks/index.js';
export { fixDotenvText, lintDotenvText, type FixOutcome, type LintOptions, type LintOutcome, type Problem } from './lint.js';
export { runCli, nodeIo, VERSION } from './cli.js';
export { namesReadByProject, projectRootOf, scanProjectReads, type ProjectReads } from './project-reads.js';
export { envFileKind, isTemplateEnvFile, type EnvFileKind } from './env-file-kind.js';
