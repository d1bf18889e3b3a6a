import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { runLoad } from '../../bench/load.js';

describe('the server bench load generator', () => {
  it('sends exactly the bounded count, on keep-alive connections, and counts failures', async () => {
    let seen = 0;
    const server = createServer((req, res) => {
      seen += 1;
      res.statusCode = req.url === '/fail' ? 500 : 200;
      res.end('ok');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    const ok = await runLoad({ url: new URL(`http://127.0.0.1:${port}/`), method: 'GET', connections: 4, seconds: 30, maxRequests: 200 });
    expect(ok.requests).toBe(200);
    expect(ok.errors).toBe(0);
    expect(ok.latencies).toHaveLength(200);
    const failing = await runLoad({ url: new URL(`http://127.0.0.1:${port}/fail`), method: 'GET', connections: 2, seconds: 30, maxRequests: 10 });
    expect(failing.errors).toBe(10);
    expect(seen).toBe(210);
    server.close();
  });

  it.each(['http://10.0.0.1/', 'http://example.com/', 'http://192.168.1.2:8787/'])('refuses to load %s: loopback only', async (url) => {
    await expect(runLoad({ url: new URL(url), method: 'GET', connections: 1, seconds: 1, maxRequests: 1 })).rejects.toThrow(/only targets loopback/);
  });
});
