import { execFileSync } from 'node:child_process';

/** A MongoDB for a test: MONGO_URL when set, else testcontainers when a container runtime answers. */
export interface TestMongo {
  available: boolean;
  /** Why it is not available. */
  reason: string;
  start(): Promise<void>;
  stop(): Promise<void>;
  /** The connection string with `database` as its database. */
  url(database: string): string;
}

function dockerAvailable(): boolean {
  try {
    execFileSync('docker', ['info'], { stdio: 'ignore', timeout: 10_000 });
    return true;
  } catch {
    return false;
  }
}

function withDatabase(url: string, database: string): string {
  const [base, query] = url.split('?');
  const root = (base ?? '').replace(/^(mongodb(?:\+srv)?:\/\/[^/]+)(\/.*)?$/, '$1');
  return `${root}/${database}${query ? `?${query}` : ''}`;
}

export function mongoForTests(): TestMongo {
  const fromEnv = process.env.MONGO_URL;
  const useDocker = !fromEnv && dockerAvailable();
  let url = fromEnv ?? '';
  let stopContainer: (() => Promise<unknown>) | undefined;
  return {
    available: !!fromEnv || useDocker,
    reason:
      'MONGO_URL is not set and no container runtime (Docker) is available for testcontainers',
    async start() {
      if (!useDocker) return;
      const { MongoDBContainer } = await import('@testcontainers/mongodb');
      const container = await new MongoDBContainer('mongo:8').start();
      url = `${container.getConnectionString()}?directConnection=true`;
      stopContainer = () => container.stop();
    },
    async stop() {
      await stopContainer?.();
    },
    url: (database) => withDatabase(url, database),
  };
}
