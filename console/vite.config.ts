import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

// The console is served by control at "/"; `npm run dev` proxies the API (and its WebSocket)
// to a control plane on CONTROL_URL (default http://127.0.0.1:8080, control's default HTTP_PORT).
const control = process.env.CONTROL_URL ?? "http://127.0.0.1:8080";

export default defineConfig({
  root: fileURLToPath(new URL(".", import.meta.url)),
  base: "/",
  plugins: [react()],
  build: {
    outDir: "dist",
    emptyOutDir: true,
    // Agents' browsers are current Chromium/Edge/Firefox; no legacy transpilation needed.
    target: "es2022",
    sourcemap: false,
    chunkSizeWarningLimit: 800,
  },
  server: {
    host: "127.0.0.1",
    proxy: { "/api": { target: control, ws: true, changeOrigin: false } },
  },
});
