// Serves dist/ on loopback for the node scripts (screenshots, latency benchmark), like the
// Playwright config does for the specs. Returns the base URL and a stop function.
import { spawn } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';

export async function serveDist(port = Number(process.env.E2E_PORT ?? 8181)) {
  const base = `http://127.0.0.1:${port}`;
  const up = async () => {
    try {
      return (await fetch(`${base}/index.html`)).ok;
    } catch {
      return false;
    }
  };
  if (await up()) return { base, stop: () => {} };
  const server = spawn('python3', ['-m', 'http.server', String(port), '--bind', '127.0.0.1', '--directory', 'dist'], {
    stdio: 'ignore',
  });
  for (let i = 0; i < 50 && !(await up()); i++) await sleep(100);
  return { base, stop: () => server.kill() };
}

export const CHROMIUM = {
  executablePath: '/usr/bin/chromium',
  args: [
    '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync',
  ],
};
