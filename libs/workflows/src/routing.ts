import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { parse } from 'yaml';
import { WorkflowLoadError } from './workflow-loader.js';

/** One declarative routing rule: it matches when all its given conditions hold. */
export interface RoutingRule {
  name: string;
  route: string;
  confidence: number;
  /** Matches when any of these words or phrases occurs (case-insensitive, whole words). */
  any?: string[];
  /** Matches only when every one of these occurs. */
  all?: string[];
  /** Regular expressions (case-insensitive); any one must match. */
  patterns?: string[];
  /** Context fields that must equal these values. */
  context?: Record<string, string | number | boolean>;
}

export interface RoutingConfig {
  version: number;
  defaultRoute: string;
  /** A best match under this confidence is not trusted: the low-confidence action applies. */
  minConfidence: number;
  rules: RoutingRule[];
  /**
   * The built-in learned classifier, consulted when no rule is confident: trained at start-up from
   * the labelled examples (JSON Lines `{"text", "route"}`, path relative to the rules file).
   */
  classifier?: { examples: string; minConfidence: number };
  /**
   * The safety floor: a request that plausibly asks to move money, refund, cancel, or change
   * account, payment or delivery data goes to `route` (a workflow with an approval step) whatever
   * else matched — also when the classifier gives that route at least `minProbability`.
   */
  safety?: { route: string; minProbability: number };
  /** Per tenant: extra rules (evaluated first) and the workflows it may name in a request. */
  tenants?: Record<string, { rules?: RoutingRule[]; allow?: string[] }>;
}

export interface RouteDecision {
  route: string;
  confidence: number;
  source: 'requested' | 'rule' | 'model' | 'default';
  reason: string;
}

const rule = {
  type: 'object',
  additionalProperties: false,
  required: ['name', 'route', 'confidence'],
  properties: {
    name: { type: 'string', minLength: 1 },
    route: { type: 'string', pattern: '^[a-z][a-z0-9_-]{0,63}$' },
    confidence: { type: 'number', minimum: 0, maximum: 1 },
    any: { type: 'array', items: { type: 'string', minLength: 1 } },
    all: { type: 'array', items: { type: 'string', minLength: 1 } },
    patterns: { type: 'array', items: { type: 'string', minLength: 1 } },
    context: { type: 'object', additionalProperties: { type: ['string', 'number', 'boolean'] } },
  },
} as const;

const routingSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['version', 'defaultRoute', 'minConfidence', 'rules'],
  properties: {
    version: { type: 'integer', minimum: 1 },
    defaultRoute: { type: 'string', pattern: '^[a-z][a-z0-9_-]{0,63}$' },
    minConfidence: { type: 'number', minimum: 0, maximum: 1 },
    rules: { type: 'array', items: rule },
    classifier: {
      type: 'object',
      additionalProperties: false,
      required: ['examples', 'minConfidence'],
      properties: {
        examples: { type: 'string', minLength: 1 },
        minConfidence: { type: 'number', minimum: 0, maximum: 1 },
      },
    },
    safety: {
      type: 'object',
      additionalProperties: false,
      required: ['route', 'minProbability'],
      properties: {
        route: { type: 'string', pattern: '^[a-z][a-z0-9_-]{0,63}$' },
        minProbability: { type: 'number', minimum: 0, maximum: 1 },
      },
    },
    tenants: {
      type: 'object',
      additionalProperties: {
        type: 'object',
        additionalProperties: false,
        properties: {
          rules: { type: 'array', items: rule },
          allow: { type: 'array', items: { type: 'string' } },
        },
      },
    },
  },
} as const;

const validate = new Ajv({
  allErrors: true,
  strict: true,
  allowUnionTypes: true,
}).compile<RoutingConfig>(routingSchema);

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

interface CompiledRule extends RoutingRule {
  anyRe?: RegExp;
  allRe: RegExp[];
  patternRes: RegExp[];
}

function compile(r: RoutingRule, where: string): CompiledRule {
  const word = (w: string): string => `\\b${escape(w).replace(/\s+/g, '\\s+')}\\b`;
  try {
    return {
      ...r,
      anyRe: r.any?.length ? new RegExp(r.any.map(word).join('|'), 'i') : undefined,
      allRe: (r.all ?? []).map((w) => new RegExp(word(w), 'i')),
      patternRes: (r.patterns ?? []).map((p) => new RegExp(p, 'i')),
    };
  } catch (err) {
    throw new WorkflowLoadError([`${where}: rule '${r.name}': ${(err as Error).message}`]);
  }
}

/** Each run of white space as one character: a line break if the run holds one, else a space. */
export function collapseSpace(text: string): string {
  return text.replace(/\s{2,}/g, (run) => (run.includes('\n') ? '\n' : ' '));
}

function matches(r: CompiledRule, text: string, context: Record<string, unknown>): boolean {
  if (r.anyRe && !r.anyRe.test(text)) return false;
  if (!r.allRe.every((re) => re.test(text))) return false;
  if (r.patternRes.length > 0 && !r.patternRes.some((re) => re.test(text))) return false;
  if (r.context && !Object.entries(r.context).every(([k, v]) => context[k] === v)) return false;
  return !!(r.anyRe || r.allRe.length || r.patternRes.length || r.context);
}

/**
 * Declarative routing: tenant rules, then global rules; the most confident match wins (the first
 * on a tie). A workflow named in the request wins when the tenant may use it.
 */
export class Router {
  private readonly rules: CompiledRule[];
  private readonly tenantRules = new Map<string, CompiledRule[]>();

  constructor(
    readonly config: RoutingConfig,
    private readonly deployed: (workflow: string) => boolean,
    /** Where the rules came from (relative paths in the config resolve against its folder). */
    readonly source = 'routing.yaml',
  ) {
    const problems: string[] = [];
    const check = (r: RoutingRule, where: string): void => {
      if (!deployed(r.route))
        problems.push(
          `${source}: ${where} rule '${r.name}' routes to '${r.route}', which is not deployed`,
        );
    };
    config.rules.forEach((r) => check(r, 'global'));
    for (const [tenant, t] of Object.entries(config.tenants ?? {}))
      (t.rules ?? []).forEach((r) => check(r, `tenant ${tenant}`));
    if (!deployed(config.defaultRoute))
      problems.push(`${source}: defaultRoute '${config.defaultRoute}' is not deployed`);
    if (config.safety && !deployed(config.safety.route))
      problems.push(`${source}: safety.route '${config.safety.route}' is not deployed`);
    if (problems.length > 0) throw new WorkflowLoadError(problems);
    this.rules = config.rules.map((r) => compile(r, source));
    for (const [tenant, t] of Object.entries(config.tenants ?? {})) {
      this.tenantRules.set(
        tenant,
        (t.rules ?? []).map((r) => compile(r, source)),
      );
    }
  }

  static load(file: string, deployed: (workflow: string) => boolean): Router {
    let data: unknown;
    try {
      data = parse(readFileSync(file, 'utf8'));
    } catch (err) {
      throw new WorkflowLoadError([`${file}: ${(err as Error).message.split('\n')[0]}`]);
    }
    if (!validate(data)) {
      throw new WorkflowLoadError(
        (validate.errors ?? []).map(
          (e) => `${file}: ${e.instancePath || '/'}: ${e.message ?? e.keyword}`,
        ),
      );
    }
    return new Router(data, deployed, file);
  }

  /** May this tenant name this workflow in a request? (No allow-list: any deployed workflow.) */
  mayUse(tenant: string, workflow: string): boolean {
    const allow = this.config.tenants?.[tenant]?.allow;
    return this.deployed(workflow) && (!allow || allow.includes(workflow));
  }

  /** Is this workflow deployed (a route the router may choose on its own)? */
  mayRoute(workflow: string): boolean {
    return this.deployed(workflow);
  }

  /** The best rule match, if any (whatever its confidence). */
  bestRule(
    tenant: string,
    text: string,
    context: Record<string, unknown> = {},
  ): { rule: RoutingRule; confidence: number } | undefined {
    let best: CompiledRule | undefined;
    // each run of white space read as one (a line break if it holds one): a rule's pattern may
    // allow space in several places ("order\s*#?\s*:?\s*1234"), and a long run of it must not
    // make the match slow
    const read = collapseSpace(text);
    for (const r of [...(this.tenantRules.get(tenant) ?? []), ...this.rules]) {
      if ((!best || r.confidence > best.confidence) && matches(r, read, context)) best = r;
    }
    return best && { rule: best, confidence: best.confidence };
  }

  route(
    tenant: string,
    text: string,
    requested?: string,
    context: Record<string, unknown> = {},
  ): RouteDecision {
    if (requested && this.mayUse(tenant, requested)) {
      return {
        route: requested,
        confidence: 1,
        source: 'requested',
        reason: 'workflow named in the request',
      };
    }
    const refused = requested
      ? `requested workflow '${requested}' is not available to tenant ${tenant}; `
      : '';
    const best = this.bestRule(tenant, text, context);
    if (best && best.confidence >= this.config.minConfidence) {
      return {
        route: best.rule.route,
        confidence: best.confidence,
        source: 'rule',
        reason: `${refused}rule '${best.rule.name}' matched`,
      };
    }
    const weak = best
      ? `best rule '${best.rule.name}' only ${best.confidence.toFixed(2)} < ${this.config.minConfidence}; `
      : 'no rule matched; ';
    return {
      route: this.config.defaultRoute,
      confidence: best?.confidence ?? 0,
      source: 'default',
      reason: `${refused}${weak}default route`,
    };
  }
}
