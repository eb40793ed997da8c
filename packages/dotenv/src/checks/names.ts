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
] as const;

export type CheckName = (typeof CHECK_NAMES)[number];

export function isCheckName(name: string): name is CheckName {
  return (CHECK_NAMES as readonly string[]).includes(name);
}
