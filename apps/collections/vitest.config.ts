import { defineConfig } from 'vitest/config';

// The page test drives a browser against dist/ and needs more than the default 5 s on a cold start.
export default defineConfig({ test: { include: ['test/**/*.test.ts'], testTimeout: 60_000, hookTimeout: 60_000 } });
