export * from './parser/index.js';
export type { CommandIo } from './cli-io.js';
//# sourceMappingURL=index.d.ts.map