export { lineOfOffset, loadedValues, loadValue, parseDotenv, printDotenv } from './parse.js';
export { envFileFacts, locateFinding, mediumForEnvFile, positionOfOffset, positionOfSpan } from './facts.js';
//# sourceMappingURL=index.js.map