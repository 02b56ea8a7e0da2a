export declare const workflowSchema: {
  readonly $id: 'https://switchyard.dev/schemas/workflow.json';
  readonly type: 'object';
  readonly additionalProperties: false;
  readonly required: readonly ['id', 'version', 'description', 'steps'];
  readonly properties: {
    readonly tools: {
      readonly type: 'array';
      readonly default: readonly [];
      readonly items: {
        readonly type: 'object';
        readonly additionalProperties: false;
        readonly required: readonly ['name', 'description', 'parameters', 'endpoint', 'effect'];
        readonly properties: {
          readonly name: {
            readonly type: 'string';
            readonly pattern: '^[a-z][a-z0-9_]{0,63}$';
          };
          readonly description: {
            readonly type: 'string';
            readonly minLength: 1;
            readonly maxLength: 1000;
          };
          readonly parameters: {
            readonly type: 'object';
          };
          readonly endpoint: {
            readonly type: 'string';
            readonly minLength: 1;
          };
          readonly timeoutMs: {
            readonly type: 'integer';
            readonly minimum: 100;
            readonly maximum: 120000;
            readonly default: 5000;
          };
          readonly effect: {
            readonly enum: readonly ['read', 'write'];
          };
        };
      };
    };
    readonly output: {
      readonly type: 'object';
      readonly additionalProperties: false;
      readonly required: readonly ['schema'];
      readonly properties: {
        readonly schema: {
          readonly type: 'object';
        };
      };
    };
    readonly id: {
      readonly type: 'string';
      readonly pattern: '^[a-z][a-z0-9_-]{0,63}$';
    };
    readonly version: {
      readonly type: 'integer';
      readonly minimum: 1;
    };
    readonly description: {
      readonly type: 'string';
      readonly minLength: 1;
      readonly maxLength: 500;
    };
    readonly steps: {
      readonly type: 'array';
      readonly minItems: 1;
      readonly maxItems: 20;
      readonly items: {
        readonly type: 'object';
        readonly required: readonly ['stage'];
        readonly properties: {
          readonly stage: {
            readonly enum: readonly ['retrieve', 'generate', 'validate', 'approval', 'action'];
          };
        };
        readonly discriminator: {
          readonly propertyName: 'stage';
        };
        readonly oneOf: readonly [
          {
            type: string;
            additionalProperties: boolean;
            required: string[];
            properties: {
              stage: {
                const: string;
              };
              settings: {
                default: object;
              };
              name: {
                type: string;
                pattern: string;
              };
              timeoutMs: {
                type: string;
                minimum: number;
                maximum: number;
              };
              retries: {
                type: string;
                minimum: number;
                maximum: number;
              };
            };
          },
          {
            type: string;
            additionalProperties: boolean;
            required: string[];
            properties: {
              stage: {
                const: string;
              };
              settings: {
                default: object;
              };
              name: {
                type: string;
                pattern: string;
              };
              timeoutMs: {
                type: string;
                minimum: number;
                maximum: number;
              };
              retries: {
                type: string;
                minimum: number;
                maximum: number;
              };
            };
          },
          {
            type: string;
            additionalProperties: boolean;
            required: string[];
            properties: {
              stage: {
                const: string;
              };
              settings: {
                default: object;
              };
              name: {
                type: string;
                pattern: string;
              };
              timeoutMs: {
                type: string;
                minimum: number;
                maximum: number;
              };
              retries: {
                type: string;
                minimum: number;
                maximum: number;
              };
            };
          },
          {
            type: string;
            additionalProperties: boolean;
            required: string[];
            properties: {
              stage: {
                const: string;
              };
              settings: {
                default: object;
              };
              name: {
                type: string;
                pattern: string;
              };
              timeoutMs: {
                type: string;
                minimum: number;
                maximum: number;
              };
              retries: {
                type: string;
                minimum: number;
                maximum: number;
              };
            };
          },
          {
            type: string;
            additionalProperties: boolean;
            required: string[];
            properties: {
              stage: {
                const: string;
              };
              settings: {
                default: object;
              };
              name: {
                type: string;
                pattern: string;
              };
              timeoutMs: {
                type: string;
                minimum: number;
                maximum: number;
              };
              retries: {
                type: string;
                minimum: number;
                maximum: number;
              };
            };
          },
        ];
      };
    };
  };
};
//# sourceMappingURL=workflow.schema.d.ts.map
