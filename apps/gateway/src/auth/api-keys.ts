import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { TENANT_PATTERN } from '@switchyard/contracts';

/**
 * `submitter`: submit, follow and cancel tasks, read documents; `operator`: read the tenant's
 * tasks (list, get, events) and documents, nothing else; `approver`: decide approvals; `admin`:
 * upsert documents, decide escalated approvals.
 */
export const ROLES = ['submitter', 'operator', 'approver', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** Who is calling: resolved from the API key before anything else happens. */
export interface Principal {
  tenant: string;
  roles: ReadonlySet<Role>;
  /** Names the key in audit entries and logs; never the key itself. */
  keyName: string;
}

/** Local development only (loopback, no keys configured). */
export const DEV_KEYS = [
  { key: 'dev-submitter-key', tenant: 'demo', roles: ['submitter'], name: 'dev-submitter' },
  { key: 'dev-approver-key', tenant: 'demo', roles: ['approver'], name: 'dev-approver' },
  {
    key: 'dev-admin-key',
    tenant: 'demo',
    roles: ['admin', 'submitter', 'approver'],
    name: 'dev-admin',
  },
  { key: 'dev-other-tenant-key', tenant: 'other', roles: ['submitter'], name: 'dev-other-tenant' },
] as const;

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

interface KeyEntry {
  key?: unknown;
  sha256?: unknown;
  tenant?: unknown;
  roles?: unknown;
  name?: unknown;
}

export class ApiKeyConfigError extends Error {
  override readonly name = 'ApiKeyConfigError';
}

/** API keys, held only as SHA-256 hashes. */
export class ApiKeys {
  private constructor(
    private readonly byHash: ReadonlyMap<string, Principal>,
    readonly dev: boolean,
  ) {}

  static fromEntries(entries: unknown, dev = false): ApiKeys {
    if (!Array.isArray(entries) || entries.length === 0) {
      throw new ApiKeyConfigError('API keys must be a non-empty JSON array');
    }
    const byHash = new Map<string, Principal>();
    entries.forEach((raw: KeyEntry, i) => {
      const where = `API key entry ${i}`;
      const hash =
        typeof raw.key === 'string' && raw.key.length >= 16
          ? sha256(raw.key)
          : typeof raw.key === 'string' && dev
            ? sha256(raw.key)
            : typeof raw.sha256 === 'string' && /^[0-9a-f]{64}$/.test(raw.sha256)
              ? raw.sha256
              : undefined;
      if (!hash)
        throw new ApiKeyConfigError(
          `${where}: needs "key" (at least 16 characters) or "sha256" (64 hex digits)`,
        );
      if (typeof raw.tenant !== 'string' || !TENANT_PATTERN.test(raw.tenant)) {
        throw new ApiKeyConfigError(`${where}: "tenant" must match ${TENANT_PATTERN}`);
      }
      const roles = Array.isArray(raw.roles) ? raw.roles : [];
      const bad = roles.filter((r) => !ROLES.includes(r as Role));
      if (roles.length === 0 || bad.length > 0) {
        throw new ApiKeyConfigError(
          `${where}: "roles" must be a non-empty list of ${ROLES.join(', ')}`,
        );
      }
      byHash.set(hash, {
        tenant: raw.tenant,
        roles: new Set(roles as Role[]),
        keyName: typeof raw.name === 'string' ? raw.name : `key:${hash.slice(0, 8)}`,
      });
    });
    return new ApiKeys(byHash, dev);
  }

  /**
   * From API_KEYS or API_KEYS_FILE; without either, the dev keys — but only when the gateway
   * listens on a loopback address.
   */
  static load(options: { json?: string; file?: string; host: string }): ApiKeys {
    const text = options.json ?? (options.file ? readFileSync(options.file, 'utf8') : undefined);
    if (text !== undefined) {
      let parsed: unknown;
      try {
        parsed = JSON.parse(text);
      } catch (err) {
        throw new ApiKeyConfigError(`API keys are not valid JSON: ${(err as Error).message}`);
      }
      return ApiKeys.fromEntries(parsed);
    }
    if (!['127.0.0.1', 'localhost', '::1'].includes(options.host)) {
      throw new ApiKeyConfigError(
        `no API keys configured and HTTP_HOST is ${options.host}: set API_KEYS or API_KEYS_FILE (the dev keys work only on 127.0.0.1)`,
      );
    }
    return ApiKeys.fromEntries(DEV_KEYS, true);
  }

  resolve(key: string): Principal | undefined {
    return this.byHash.get(sha256(key));
  }
}
