// Bundles the CLI into a few files for `bin/keylint-collection.js`: loading dozens of small ES
// modules was a large part of a run's time (Node resolves, reads and compiles each one).
import { defineConfig } from 'vite';

export default defineConfig({
  logLevel: 'warn',
  build: {
    ssr: 'dist/cli.js',
    outDir: 'dist/bin',
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    sourcemap: true,
    rollupOptions: { output: { format: 'es', entryFileNames: 'keylint-collection.js', chunkFileNames: '[name]-[hash].js' } },
  },
  ssr: { noExternal: true, target: 'node' },
});
