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
  /** Per tenant: extra rules (evaluated first) and the workflows it may name in a request. */
  tenants?: Record<
    string,
    {
      rules?: RoutingRule[];
      allow?: string[];
    }
  >;
}
export interface RouteDecision {
  route: string;
  confidence: number;
  source: 'requested' | 'rule' | 'model' | 'default';
  reason: string;
}
/**
 * Declarative routing: tenant rules, then global rules; the most confident match wins (the first
 * on a tie). A workflow named in the request wins when the tenant may use it.
 */
export declare class Router {
  readonly config: RoutingConfig;
  private readonly deployed;
  private readonly rules;
  private readonly tenantRules;
  constructor(config: RoutingConfig, deployed: (workflow: string) => boolean, source?: string);
  static load(file: string, deployed: (workflow: string) => boolean): Router;
  /** May this tenant name this workflow in a request? (No allow-list: any deployed workflow.) */
  mayUse(tenant: string, workflow: string): boolean;
  /** The best rule match, if any (whatever its confidence). */
  bestRule(
    tenant: string,
    text: string,
    context?: Record<string, unknown>,
  ):
    | {
        rule: RoutingRule;
        confidence: number;
      }
    | undefined;
  route(
    tenant: string,
    text: string,
    requested?: string,
    context?: Record<string, unknown>,
  ): RouteDecision;
}
//# sourceMappingURL=routing.d.ts.map
