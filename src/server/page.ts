/**
 * The web page's files, served from memory: `/` is index.html, `/assets/*` the built bundle.
 * Reading them from disk is the entry's job (see load-page.ts); the app only looks them up.
 */
import type { Hono } from 'hono';

export interface PageFile {
  readonly body: Uint8Array;
  readonly type: string;
}

/** Path (e.g. `/index.html`, `/assets/main-1a2b.js`) -> file. */
export type PageAssets = ReadonlyMap<string, PageFile>;

const NOT_BUILT = 'The web page is not built. Run "npm run build" (npm ci does it), then start the server again.\n';

/**
 * @example servePage(app, assets) // GET / answers with index.html
 */
export function servePage(app: Hono, assets: PageAssets | undefined): void {
  app.get('/', (c) => {
    const index = assets?.get('/index.html');
    if (!index) return c.text(NOT_BUILT, 503);
    c.header('Cache-Control', 'no-cache');
    return c.body(index.body as Uint8Array<ArrayBuffer>, 200, { 'Content-Type': index.type });
  });
  app.get('/assets/:name', (c) => {
    const file = assets?.get(`/assets/${c.req.param('name')}`);
    if (!file) return c.notFound();
    // Built names carry a content hash, so a file never changes under its name.
    c.header('Cache-Control', 'public, max-age=31536000, immutable');
    return c.body(file.body as Uint8Array<ArrayBuffer>, 200, { 'Content-Type': file.type });
  });
}
