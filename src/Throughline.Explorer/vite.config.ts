// Builds the explorer into the API's static files (src/Throughline.Api/wwwroot/explorer), served at GET /.
import { defineConfig } from 'vite';

export default defineConfig({
  base: '/explorer/',
  build: {
    outDir: '../Throughline.Api/wwwroot/explorer',
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
    sourcemap: false,
  },
});
