export function defineCheck(check) {
    return check;
}
export const CHECK_DOCS_BASE_URL = 'https://dotenv-linter.github.io/#/checks';
export function checkDocsUrl(name) {
    return `${CHECK_DOCS_BASE_URL}/${name.replace(/([a-z])([A-Z])/g, '$1_$2').toLowerCase()}`;
}
//# sourceMappingURL=define-check.js.map