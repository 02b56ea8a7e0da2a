// Jest runs in its native ESM mode (NestJS 12 is ESM-only): `node --experimental-vm-modules`.
// TypeScript is transformed by SWC (types are checked separately by `npm run typecheck`).
import { readFileSync } from 'node:fs';

const swc = JSON.parse(readFileSync(new URL('./.swcrc', import.meta.url), 'utf8'));
delete swc.$schema;

const shared = {
  extensionsToTreatAsEsm: ['.ts'],
  transform: { '^.+\\.ts$': ['@swc/jest', swc] },
  moduleNameMapper: {
    '^@switchyard/platform/telemetry$': '<rootDir>/libs/platform/src/telemetry.ts',
    '^@switchyard/(.*)$': '<rootDir>/libs/$1/src/index.ts',
    '^(\\.{1,2}/.*)\\.js$': '$1',
  },
  testEnvironment: 'node',
  // Decorator metadata polyfill, loaded by each app's main.ts in production.
  setupFiles: ['reflect-metadata'],
  rootDir: '.',
};

export default {
  // Integration tests run real servers and processes; each still waits on conditions with deadlines.
  testTimeout: 120_000,
  reporters: ['default', '<rootDir>/scripts/jest-summary-reporter.mjs'],
  // every broker's and service's output is kept for the run and scanned at its end for
  // permissions violations and leaked secrets (docs/security.md)
  globalSetup: '<rootDir>/scripts/jest-global-setup.mjs',
  globalTeardown: '<rootDir>/scripts/jest-global-teardown.mjs',
  projects: [
    {
      ...shared,
      displayName: 'unit',
      testMatch: ['<rootDir>/{apps,libs}/*/src/**/*.spec.ts'],
    },
    {
      ...shared,
      displayName: 'integration',
      testMatch: ['<rootDir>/{apps,libs}/*/test/**/*.spec.ts', '<rootDir>/test/**/*.spec.ts'],
      slowTestThreshold: 30,
    },
  ],
};
