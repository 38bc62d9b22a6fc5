// A closed-loop HTTP load generator, run as its own process so the clients do not share the
// measured server's event loop: `concurrency` clients, each sending its next request as soon as
// its previous one is answered, over keep-alive connections (one per client).
//
// Input: the path of a JSON file { base, concurrency, requests: [{ method, path, headers, body }] }.
// Output (stdout, one JSON object): { seconds, latenciesMs, statuses, failures }.
import { readFileSync } from 'node:fs';
import { Agent, request } from 'node:http';

const { base, concurrency, requests } = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const agent = new Agent({ keepAlive: true, maxSockets: concurrency });
const url = new URL(base);

function send({ method, path, headers, body }) {
  return new Promise((resolve, reject) => {
    const payload = body === undefined ? undefined : Buffer.from(JSON.stringify(body));
    const started = performance.now();
    const call = request(
      {
        agent,
        host: url.hostname,
        port: url.port,
        method,
        path,
        headers: { ...headers, ...(payload ? { 'content-type': 'application/json', 'content-length': payload.length } : {}) },
      },
      (response) => {
        const chunks = [];
        response.on('data', (chunk) => chunks.push(chunk));
        response.on('end', () => resolve({ status: response.statusCode, ms: performance.now() - started, body: Buffer.concat(chunks).toString('utf8') }));
        response.on('error', reject);
      },
    );
    call.on('error', reject);
    call.end(payload);
  });
}

const latenciesMs = new Array(requests.length);
const statuses = {};
const failures = [];
let next = 0;

async function client() {
  while (next < requests.length) {
    const index = next++;
    const { status, ms, body } = await send(requests[index]);
    latenciesMs[index] = ms;
    statuses[status] = (statuses[status] ?? 0) + 1;
    if ((status < 200 || status >= 300) && failures.length < 5) failures.push({ index, status, body: body.slice(0, 500) });
  }
}

const started = performance.now();
await Promise.all(Array.from({ length: Math.min(concurrency, requests.length) }, client));
const seconds = (performance.now() - started) / 1000;
agent.destroy();
process.stdout.write(JSON.stringify({ seconds, latenciesMs, statuses, failures }));
