export * from './parser/index.js';
//# sourceMappingURL=index.js.map