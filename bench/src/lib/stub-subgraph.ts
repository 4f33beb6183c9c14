/**
 * A stand-in subgraph for the component benchmark: answers every POST with the same JSON body of
 * `argv[3]` bytes (a list of people, like a subgraph page), on port `argv[2]`; keep-alive as Node's
 * defaults. Prints "ready" when listening.
 */
import { createServer } from 'node:http';

const port = Number(process.argv[2]);
const size = Number(process.argv[3] ?? 24_000);
const people = [];
for (let i = 0; Buffer.byteLength(JSON.stringify({ data: { people } })) < size; i++) people.push({ id: `person-${i}`, name: `张伟${i}`, organization: { name: '区机关事务管理局' } });
const body = JSON.stringify({ data: { people } });
createServer((req, res) => {
  req.resume();
  req.on('end', () => res.writeHead(200, { 'content-type': 'application/json' }).end(body));
}).listen(port, '127.0.0.1', () => console.log('ready'));
