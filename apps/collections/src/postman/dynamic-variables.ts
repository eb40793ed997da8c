/**
 * Postman's dynamic variables (`{{$guid}}`, `{{$randomEmail}}`…): the names the Postman SDK
 * generates a value for at send time. Names are case-sensitive. Source: the keys of
 * `lib/superstring/dynamic-variables.js` in postmanlabs/postman-collection (see
 * shared/reference/postman-curl.md §2).
 */
export const DYNAMIC_VARIABLES: readonly string[] = [
  '$guid', '$timestamp', '$isoTimestamp', '$randomInt', '$randomPhoneNumber', '$randomPhoneNumberExt', '$randomLocale',
  '$randomWords', '$randomFilePath', '$randomDirectoryPath', '$randomCity', '$randomStreetName', '$randomStreetAddress',
  '$randomCountry', '$randomCountryCode', '$randomLatitude', '$randomLongitude', '$randomColor', '$randomDepartment',
  '$randomProductName', '$randomProductAdjective', '$randomProductMaterial', '$randomProduct', '$randomCompanyName',
  '$randomCompanySuffix', '$randomCatchPhrase', '$randomBs', '$randomCatchPhraseAdjective', '$randomCatchPhraseDescriptor',
  '$randomCatchPhraseNoun', '$randomBsAdjective', '$randomBsBuzz', '$randomBsNoun', '$randomDatabaseColumn',
  '$randomDatabaseType', '$randomDatabaseCollation', '$randomDatabaseEngine', '$randomDatePast', '$randomDateFuture',
  '$randomDateRecent', '$randomMonth', '$randomWeekday', '$randomBankAccount', '$randomBankAccountName',
  '$randomCreditCardMask', '$randomPrice', '$randomTransactionType', '$randomCurrencyCode', '$randomCurrencyName',
  '$randomCurrencySymbol', '$randomBitcoin', '$randomBankAccountIban', '$randomBankAccountBic', '$randomAbbreviation',
  '$randomAdjective', '$randomNoun', '$randomVerb', '$randomIngverb', '$randomPhrase', '$randomAvatarImage',
  '$randomImageUrl', '$randomAbstractImage', '$randomAnimalsImage', '$randomBusinessImage', '$randomCatsImage',
  '$randomCityImage', '$randomFoodImage', '$randomNightlifeImage', '$randomFashionImage', '$randomPeopleImage',
  '$randomNatureImage', '$randomSportsImage', '$randomTransportImage', '$randomImageDataUri', '$randomEmail',
  '$randomExampleEmail', '$randomUserName', '$randomProtocol', '$randomUrl', '$randomDomainName', '$randomDomainSuffix',
  '$randomDomainWord', '$randomIP', '$randomIPV6', '$randomUserAgent', '$randomHexColor', '$randomMACAddress',
  '$randomPassword', '$randomLoremWord', '$randomLoremWords', '$randomLoremSentence', '$randomLoremSlug',
  '$randomLoremSentences', '$randomLoremParagraph', '$randomLoremParagraphs', '$randomLoremText', '$randomLoremLines',
  '$randomFirstName', '$randomLastName', '$randomFullName', '$randomJobTitle', '$randomNamePrefix', '$randomNameSuffix',
  '$randomJobDescriptor', '$randomJobArea', '$randomJobType', '$randomUUID', '$randomBoolean', '$randomWord',
  '$randomAlphaNumeric', '$randomFileName', '$randomCommonFileName', '$randomMimeType', '$randomCommonFileType',
  '$randomCommonFileExt', '$randomFileType', '$randomFileExt', '$randomSemver',
];

const dynamicVariableSet = new Set(DYNAMIC_VARIABLES);

export function isDynamicVariable(name: string): boolean {
  return dynamicVariableSet.has(name);
}
