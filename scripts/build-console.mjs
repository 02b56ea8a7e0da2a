// Builds the reviewer console (apps/console): client types generated from docs/openapi.json, a
// type check (a contract change that breaks the console fails here), then Vite's production build
// into apps/console/dist, which the gateway serves at /console/. Part of `npm run build`.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';
import { build } from 'vite';

const root = new URL('..', import.meta.url).pathname;
const app = join(root, 'apps', 'console');
const say = (line) => process.stdout.write(`[console] ${line}\n`);

const ast = await openapiTS(new URL('../docs/openapi.json', import.meta.url));
writeFileSync(
  join(app, 'src', 'api', 'schema.gen.ts'),
  `// Generated from docs/openapi.json by scripts/build-console.mjs (openapi-typescript). Do not edit.\n${astToString(ast)}`,
);
say('client types generated from docs/openapi.json');
try {
  execFileSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', app], {
    stdio: 'inherit',
  });
} catch {
  say('ERROR: the console does not type-check against docs/openapi.json (see above)');
  process.exit(1);
}
say('type check passed');
await build({ configFile: join(app, 'vite.config.mjs') });
say(`built into ${join(app, 'dist')}`);
