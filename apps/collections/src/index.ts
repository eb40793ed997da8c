export * from './postman/index.js';
