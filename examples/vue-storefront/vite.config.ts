import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

// `npx vite build --config examples/vue-storefront/vite.config.ts` → examples/vue-storefront/dist.
export default defineConfig({
  root: import.meta.dirname,
  base: './',
  // tx-* tags are custom elements, not Vue components: Vue leaves them to the browser.
  plugins: [vue({ template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('tx-') } } })],
  build: { outDir: 'dist', emptyOutDir: true },
});
