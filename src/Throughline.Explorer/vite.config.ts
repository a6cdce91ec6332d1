// Builds the explorer and the review page into the API's static files (src/Throughline.Api/wwwroot/explorer), served at GET /.
import { defineConfig } from 'vite';

export default defineConfig({
  base: '/explorer/',
  build: {
    outDir: '../Throughline.Api/wwwroot/explorer',
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
    sourcemap: false,
    // Two pages: the explorer (GET /) and the review of drafts (GET /review).
    rollupOptions: { input: { explorer: 'index.html', review: 'review.html' } },
  },
});
