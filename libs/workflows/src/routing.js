import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { parse } from 'yaml';
import { WorkflowLoadError } from './workflow-loader.js';
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
};
const routingSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['version', 'defaultRoute', 'minConfidence', 'rules'],
  properties: {
    version: { type: 'integer', minimum: 1 },
    defaultRoute: { type: 'string', pattern: '^[a-z][a-z0-9_-]{0,63}$' },
    minConfidence: { type: 'number', minimum: 0, maximum: 1 },
    rules: { type: 'array', items: rule },
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
};
const validate = new Ajv({
  allErrors: true,
  strict: true,
  allowUnionTypes: true,
}).compile(routingSchema);
function escape(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
function compile(r, where) {
  const word = (w) => `\\b${escape(w).replace(/\s+/g, '\\s+')}\\b`;
  try {
    return {
      ...r,
      anyRe: r.any?.length ? new RegExp(r.any.map(word).join('|'), 'i') : undefined,
      allRe: (r.all ?? []).map((w) => new RegExp(word(w), 'i')),
      patternRes: (r.patterns ?? []).map((p) => new RegExp(p, 'i')),
    };
  } catch (err) {
    throw new WorkflowLoadError([`${where}: rule '${r.name}': ${err.message}`]);
  }
}
function matches(r, text, context) {
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
  constructor(config, deployed, source = 'routing.yaml') {
    this.config = config;
    this.deployed = deployed;
    this.tenantRules = new Map();
    const problems = [];
    const check = (r, where) => {
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
    if (problems.length > 0) throw new WorkflowLoadError(problems);
    this.rules = config.rules.map((r) => compile(r, source));
    for (const [tenant, t] of Object.entries(config.tenants ?? {})) {
      this.tenantRules.set(
        tenant,
        (t.rules ?? []).map((r) => compile(r, source)),
      );
    }
  }
  static load(file, deployed) {
    let data;
    try {
      data = parse(readFileSync(file, 'utf8'));
    } catch (err) {
      throw new WorkflowLoadError([`${file}: ${err.message.split('\n')[0]}`]);
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
  mayUse(tenant, workflow) {
    const allow = this.config.tenants?.[tenant]?.allow;
    return this.deployed(workflow) && (!allow || allow.includes(workflow));
  }
  /** The best rule match, if any (whatever its confidence). */
  bestRule(tenant, text, context = {}) {
    let best;
    for (const r of [...(this.tenantRules.get(tenant) ?? []), ...this.rules]) {
      if ((!best || r.confidence > best.confidence) && matches(r, text, context)) best = r;
    }
    return best && { rule: best, confidence: best.confidence };
  }
  route(tenant, text, requested, context = {}) {
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
//# sourceMappingURL=routing.js.map
