import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface TestCertificates {
  dir: string;
  /** The certificate authority that signed the broker's certificate (NATS_TLS_CA_FILE). */
  caFile: string;
  /** The broker's certificate and key, for 127.0.0.1 and localhost. */
  certFile: string;
  keyFile: string;
  /** A `tls { … }` block for a nats-server configuration. */
  serverConfig: string;
  remove(): void;
}

/**
 * A throw-away certificate authority and a broker certificate for 127.0.0.1, made with the
 * openssl command line (P-256 keys, valid one day), to test TLS to the broker.
 */
export function makeTestCertificates(): TestCertificates {
  const dir = mkdtempSync(join(tmpdir(), 'switchyard-tls-'));
  const path = (name: string): string => join(dir, name);
  const openssl = (args: string[]): void => {
    execFileSync('openssl', args, { cwd: dir, stdio: 'pipe' });
  };
  const key = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes'];
  openssl([
    'req',
    '-x509',
    ...key,
    '-keyout',
    'ca.key',
    '-out',
    'ca.pem',
    '-days',
    '1',
    '-subj',
    '/CN=switchyard-test-ca',
  ]);
  openssl(['req', ...key, '-keyout', 'server.key', '-out', 'server.csr', '-subj', '/CN=127.0.0.1']);
  writeFileSync(path('san.ext'), 'subjectAltName=IP:127.0.0.1,DNS:localhost\n');
  openssl([
    'x509',
    '-req',
    '-in',
    'server.csr',
    '-CA',
    'ca.pem',
    '-CAkey',
    'ca.key',
    '-CAcreateserial',
    '-out',
    'server.pem',
    '-days',
    '1',
    '-extfile',
    'san.ext',
  ]);
  return {
    dir,
    caFile: path('ca.pem'),
    certFile: path('server.pem'),
    keyFile: path('server.key'),
    serverConfig: `tls {\n  cert_file: ${JSON.stringify(path('server.pem'))}\n  key_file: ${JSON.stringify(path('server.key'))}\n  timeout: 5\n}`,
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
