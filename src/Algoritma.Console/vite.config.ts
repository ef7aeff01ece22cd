import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// base './': the host serves the app under /t/{tenant}/console/ and injects <base href> there.
export default defineConfig({
  base: './',
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: false, manifest: true, chunkSizeWarningLimit: 1200 },
  server: { port: 5190 },
});
