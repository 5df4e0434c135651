import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import { resolve } from 'node:path';

export default defineConfig({
  main: {
    build: {
      rollupOptions: {
        // index: the desktop app; serve: the same core over loopback HTTP, with no Electron;
        // jobWorker: imports, backups and restores in a worker thread, for either.
        input: {
          index: resolve('src/main/index.ts'),
          serve: resolve('src/main/serve.ts'),
          jobWorker: resolve('src/main/jobWorker.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      // Sandboxed preloads can require nothing but 'electron': each is one self-contained CJS file.
      isolatedEntries: true,
      externalizeDeps: false,
      rollupOptions: {
        input: { admin: resolve('src/preload/admin.ts'), kiosk: resolve('src/preload/kiosk.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve('src/renderer'),
    plugins: [react()],
    build: {
      // Minified; each admin page is a chunk of its own (React.lazy in AdminApp.tsx), and the
      // kiosk page loads only what the kiosk uses. All of it as files: the CSP allows no inline script.
      minify: true,
      cssMinify: true,
      rollupOptions: {
        input: { index: resolve('src/renderer/index.html'), kiosk: resolve('src/renderer/kiosk.html') },
      },
    },
  },
});
