export * from './postman/index.js';
export { sanitizePostmanText, environmentTemplate, type SanitizeResult } from './sanitize/index.js';
