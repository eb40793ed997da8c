declare const _default: import("./define-check.js").DotenvCheck;
export default _default;
//# sourceMappingURL=DuplicatedKey.d.ts.map