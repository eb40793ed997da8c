// Bundles the CLI into a few files for `bin/keylint-env.js`: loading ~100 small ES modules was
// most of a one-file run's time (Node resolves, reads and compiles each one).
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
    rollupOptions: { output: { format: 'es', entryFileNames: 'keylint-env.js', chunkFileNames: '[name]-[hash].js' } },
  },
  ssr: { noExternal: true, target: 'node' },
});
