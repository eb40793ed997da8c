/** dotenv-linter v4's checks, in the order it runs them (and prints same-line warnings). */
export declare const CHECK_NAMES: readonly ["DuplicatedKey", "EndingBlankLine", "ExtraBlankLine", "IncorrectDelimiter", "KeyWithoutValue", "LeadingCharacter", "LowercaseKey", "QuoteCharacter", "SpaceCharacter", "SubstitutionKey", "TrailingWhitespace", "UnorderedKey", "ValueWithoutQuotes", "SchemaViolation"];
export type CheckName = (typeof CHECK_NAMES)[number];
export declare function isCheckName(name: string): name is CheckName;
//# sourceMappingURL=names.d.ts.map