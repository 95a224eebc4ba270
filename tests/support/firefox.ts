/**
 * Debian's Firefox ESR, driven over WebDriver BiDi with Node's WebSocket: Playwright's Firefox needs its own
 * patched build, which cannot be downloaded here, while BiDi is built into Firefox.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const FIREFOX = process.env.DALIL_FIREFOX ?? '/usr/bin/firefox-esr';
export const hasFirefox = existsSync(FIREFOX);

if (!hasFirefox) {
  const line = '!'.repeat(78);
  console.warn(`\n${line}\n!! NO FIREFOX: ${FIREFOX} is missing, so the Firefox tests are SKIPPED.\n!! Install it with: apt-get install firefox-esr\n${line}\n`);
}

export interface BidiEvent {
  method: string;
  params: Record<string, any>;
}

export interface Firefox {
  /** Events of the subscribed modules (log, network), in order. */
  events: BidiEvent[];
  navigate(url: string): Promise<void>;
  /** Evaluates `expression` in the page (promises awaited) and returns its value. */
  evaluate<T = unknown>(expression: string): Promise<T>;
  close(): Promise<void>;
}

export async function launchFirefox(): Promise<Firefox> {
  const profile = mkdtempSync(join(tmpdir(), 'dalil-firefox-'));
  const child = spawn(FIREFOX, ['--headless', '--no-remote', '--profile', profile, '--remote-debugging-port', '0'], { stdio: ['ignore', 'ignore', 'pipe'] });
  const address = await new Promise<string>((resolve, reject) => {
    let seen = '';
    child.stderr.on('data', (d) => {
      seen += String(d);
      const m = /WebDriver BiDi listening on (ws:\/\/\S+)/.exec(seen);
      if (m) resolve(m[1]!);
    });
    child.on('exit', (code) => reject(new Error(`firefox exited (${code}) before listening:\n${seen}`)));
  });
  const ws = new WebSocket(`${address}/session`);
  await new Promise((resolve, reject) => {
    ws.addEventListener('open', resolve);
    ws.addEventListener('error', reject);
  });
  const events: BidiEvent[] = [];
  const waiting = new Map<number, (msg: any) => void>();
  ws.addEventListener('message', (m) => {
    const msg = JSON.parse(String(m.data));
    if (msg.type === 'event') events.push(msg);
    else waiting.get(msg.id)?.(msg);
  });
  let id = 0;
  const send = (method: string, params: object = {}) =>
    new Promise<any>((resolve, reject) => {
      const n = ++id;
      waiting.set(n, (msg) => {
        waiting.delete(n);
        if (msg.type === 'error') reject(new Error(`${method}: ${msg.error}: ${msg.message}`));
        else resolve(msg.result);
      });
      ws.send(JSON.stringify({ id: n, method, params }));
    });

  await send('session.new', { capabilities: {} });
  await send('session.subscribe', { events: ['log.entryAdded', 'network.beforeRequestSent'] });
  const context = (await send('browsingContext.getTree')).contexts[0].context;
  return {
    events,
    navigate: async (url) => void (await send('browsingContext.navigate', { context, url, wait: 'complete' })),
    evaluate: async (expression) => {
      const r = await send('script.evaluate', { expression, target: { context }, awaitPromise: true, serializationOptions: { maxObjectDepth: 2 } });
      if (r.type === 'exception') throw new Error(`in the page: ${r.exceptionDetails.text}`);
      return deserialise(r.result);
    },
    close: async () => {
      await send('session.end').catch(() => {});
      ws.close();
      child.kill();
      await new Promise((resolve) => (child.exitCode === null ? child.on('exit', resolve) : resolve(null)));
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** BiDi's remote values → plain values (primitives and arrays are enough here). */
function deserialise(v: any): any {
  if (v.type === 'array') return v.value.map(deserialise);
  if (v.type === 'undefined' || v.type === 'null') return undefined;
  return v.value;
}
