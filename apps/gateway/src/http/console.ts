import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';

/** The built console (apps/console/dist), beside this app's dist in the repository and the image. */
export const DEFAULT_CONSOLE_DIR = fileURLToPath(
  new URL('../../../console/dist/', import.meta.url),
);

/**
 * Strict: scripts, styles and connections only from the gateway itself, nothing inline, no
 * framing. Model output shown in the console therefore cannot run, even if it were rendered as
 * HTML (it is not: the console renders text).
 */
export const CONSOLE_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * Serves the reviewer console at /console/: hashed assets are immutable for a year, index.html is
 * revalidated every time, every response carries the CSP. Without a build, /console/ says so.
 */
export async function serveConsole(app: NestFastifyApplication, dir: string): Promise<void> {
  const fastify = app.getHttpAdapter().getInstance();
  fastify.get('/console', (_request, reply) => reply.redirect('/console/', 301));
  if (!existsSync(`${dir}/index.html`)) {
    fastify.get('/console/*', (_request, reply) => {
      void reply.status(404).send({
        error: {
          code: 'console_not_built',
          message: `the console is not built (${dir}): run npm run build`,
          details: [],
        },
      });
    });
    return;
  }
  await app.register(fastifyStatic, {
    root: dir,
    prefix: '/console/',
    redirect: true,
    index: 'index.html',
    cacheControl: false,
    setHeaders: (reply, path) => {
      void reply.header('content-security-policy', CONSOLE_CSP);
      void reply.header('x-content-type-options', 'nosniff');
      void reply.header('referrer-policy', 'no-referrer');
      void reply.header(
        'cache-control',
        path.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
      );
    },
  });
}
