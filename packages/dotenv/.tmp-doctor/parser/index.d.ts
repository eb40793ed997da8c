export type { DotenvDocument, DotenvEntry, DotenvLine, QuoteCharacter, Span } from './document.js';
export { lineOfOffset, loadedValues, loadValue, parseDotenv, printDotenv, type LoadedValue } from './parse.js';
export { envFileFacts, locateFinding, mediumForEnvFile, positionOfOffset, positionOfSpan, type EnvFileFactsOptions } from './facts.js';
//# sourceMappingURL=index.d.ts.map