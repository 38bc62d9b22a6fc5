import { once } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { StandardWebhookHeaders } from '@tiergate/domain';

export interface ReceivedWebhook {
  path: string;
  headers: StandardWebhookHeaders & Record<string, string>;
  body: string;
}

/**
 * A webhook endpoint on 127.0.0.1: records every POST and answers each path with the statuses it
 * was told, then 200. A 3xx answer points its Location at `<path>/redirected`.
 */
export class WebhookReceiver {
  readonly received: ReceivedWebhook[] = [];
  private readonly scripts = new Map<string, number[]>();
  private readonly server: Server = createServer((incoming, response) => {
    void this.take(incoming).then((status) => this.reply(incoming, response, status));
  });

  async start(): Promise<void> {
    this.server.listen(0, '127.0.0.1');
    await once(this.server, 'listening');
  }

  get port(): number {
    return (this.server.address() as AddressInfo).port;
  }

  url(path: string): string {
    return `http://127.0.0.1:${this.port}${path}`;
  }

  answer(path: string, statuses: number[]): void {
    this.scripts.set(path, [...statuses]);
  }

  at(path: string): ReceivedWebhook[] {
    return this.received.filter((message) => message.path === path);
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    this.server.close();
    await once(this.server, 'close');
  }

  private async take(incoming: IncomingMessage): Promise<number> {
    const chunks: Buffer[] = [];
    for await (const chunk of incoming) chunks.push(chunk as Buffer);
    const path = incoming.url ?? '/';
    this.received.push({ path, headers: incoming.headers as ReceivedWebhook['headers'], body: Buffer.concat(chunks).toString('utf8') });
    return this.scripts.get(path)?.shift() ?? 200;
  }

  private reply(incoming: IncomingMessage, response: ServerResponse, status: number): void {
    if (status >= 300 && status < 400) response.setHeader('Location', `${incoming.url ?? ''}/redirected`);
    response.writeHead(status).end();
  }
}
