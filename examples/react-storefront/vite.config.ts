import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// `npx vite build --config examples/react-storefront/vite.config.ts` → examples/react-storefront/dist.
// A fixed file name for the entry, so the browser test (test/elements/react-storefront.test.ts) can load it.
export default defineConfig({
  root: import.meta.dirname,
  // Relative URLs: the build is served from any folder (the browser test serves it under /examples/…).
  base: './',
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    rollupOptions: { output: { entryFileNames: 'assets/storefront.js', chunkFileNames: 'assets/[name]-[hash].js' } },
  },
});
