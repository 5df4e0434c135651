// Kiosk clients for the bench, in a thread of their own so their work is not the server's: each
// client signs people up one after another over its own keep-alive connection, as a kiosk does.
import http from 'node:http';
import { parentPort, workerData } from 'node:worker_threads';

const { origin, sessions, code, prefix, seconds, untilStopped } = workerData;
const url = new URL(origin);
let stopped = false;
parentPort.on('message', (m) => {
  if (m === 'stop') stopped = true;
});

function post(agent, session, body) {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: url.hostname,
        port: url.port,
        path: '/api/kiosk-register',
        method: 'POST',
        agent,
        headers: {
          'Content-Type': 'application/json',
          'Content-Length': Buffer.byteLength(body),
          Cookie: session.cookie,
          'X-JoinDesk-Tab': session.tab,
        },
      },
      (res) => {
        const chunks = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () => resolve(JSON.parse(Buffer.concat(chunks).toString('utf8'))));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

const latencies = [];
const errors = {};
let ok = 0;
let paused = 0;
const started = performance.now();
const deadline = started + seconds * 1000;
await Promise.all(
  sessions.map(async (session, c) => {
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    for (let i = 0; untilStopped ? !stopped : performance.now() < deadline; i++) {
      const body = JSON.stringify({ name: `Bench Person ${prefix} ${c} ${i}`, email: `${prefix}.${c}.${i}@example.com`, code });
      const t = performance.now();
      let answer = await post(agent, session, body);
      // A restore pauses sign-ups: the kiosk says "one moment" and tries again by itself.
      while (!answer.ok && answer.error.code === 'paused' && !stopped) {
        paused++;
        await new Promise((r) => setTimeout(r, 100));
        answer = await post(agent, session, body);
      }
      latencies.push(performance.now() - t);
      if (answer.ok) ok++;
      else errors[answer.error.code] = (errors[answer.error.code] ?? 0) + 1;
    }
    agent.destroy();
  }),
);
parentPort.postMessage({ latencies, ok, errors, paused, seconds: (performance.now() - started) / 1000 });
