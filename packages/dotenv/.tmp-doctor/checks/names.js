/** dotenv-linter v4's checks, in the order it runs them (and prints same-line warnings). */
export const CHECK_NAMES = [
    'DuplicatedKey',
    'EndingBlankLine',
    'ExtraBlankLine',
    'IncorrectDelimiter',
    'KeyWithoutValue',
    'LeadingCharacter',
    'LowercaseKey',
    'QuoteCharacter',
    'SpaceCharacter',
    'SubstitutionKey',
    'TrailingWhitespace',
    'UnorderedKey',
    'ValueWithoutQuotes',
    'SchemaViolation',
];
export function isCheckName(name) {
    return CHECK_NAMES.includes(name);
}
//# sourceMappingURL=names.js.map