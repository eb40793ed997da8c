import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';

const webDirectory = fileURLToPath(new URL('.', import.meta.url));

/**
 * Puts the bundle inside index.html: a page opened from file:// cannot load a module script from
 * a file next to it, and one file is easy to save and audit. The Content-Security-Policy then
 * allows exactly this script (by hash) and no network access at all.
 */
function inlineScript(): Plugin {
  return {
    name: 'keylint-inline-script',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const html = Object.values(bundle).find((file) => file.type === 'asset' && file.fileName === 'index.html');
      const entries = Object.values(bundle).filter((file) => file.type === 'chunk');
      if (html === undefined || html.type !== 'asset' || entries.length !== 1 || entries[0]?.type !== 'chunk') {
        throw new Error('keylint page: expected index.html and exactly one script chunk');
      }
      const entry = entries[0];
      const code = entry.code.replaceAll('</script', '<\\/script');
      const hash = createHash('sha256').update(code).digest('base64');
      const page = String(html.source)
        .replace(/<script type="module" crossorigin src="[^"]*"><\/script>\s*/, '')
        .replace('%KEYLINT_SCRIPT_HASH%', `'sha256-${hash}'`)
        .replace('</body>', () => `<script type="module">${code}</script>\n</body>`);
      if (page.includes('%KEYLINT_SCRIPT_HASH%') || !page.includes(hash)) throw new Error('keylint page: could not inline the script');
      html.source = page;
      delete bundle[entry.fileName];
    },
  };
}

export default defineConfig({
  root: webDirectory,
  base: './',
  plugins: [inlineScript()],
  build: {
    outDir: fileURLToPath(new URL('../dist', import.meta.url)),
    // tsc writes the library into the same dist/; the page must not wipe it.
    emptyOutDir: false,
    modulePreload: false,
    assetsInlineLimit: Number.MAX_SAFE_INTEGER,
    rolldownOptions: { output: { codeSplitting: false } },
  },
});
