import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

/**
 * The console is static files the api serves at `/` (apps/api/src/bootstrap/web-console.ts).
 * `vite` alone (dev server on :5173) proxies the API to a running `npm start`.
 */
export default defineConfig(({ command }) => {
  // `npm test` builds under NODE_ENV=test, which would give React's development bundle: a build is
  // always what production serves.
  if (command === 'build') process.env.NODE_ENV = 'production';
  return {
    root: fileURLToPath(new URL('.', import.meta.url)),
    plugins: [react()],
    build: { outDir: `${repoRoot}dist/web`, emptyOutDir: true, sourcemap: true },
    server: {
      proxy: { '/api': 'http://localhost:3000', '/health': 'http://localhost:3000' },
    },
  };
});
