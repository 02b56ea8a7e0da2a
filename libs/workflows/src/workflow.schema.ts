import { Streams } from '@switchyard/contracts';

/** JSON Schema of a workflow file. Documented in docs/workflows.md. */

/**
 * A deadline is a timer message on SY_TIMERS, which keeps messages for its max age: a longer
 * deadline would be deleted before it fires. One hour of margin for delivery.
 */
export const MAX_DEADLINE_MS = Streams.timers.maxAgeMs - 3_600_000;

const idPattern = '^[a-z][a-z0-9_-]{0,63}$';

const stepBase = {
  name: { type: 'string', pattern: idPattern },
  timeoutMs: { type: 'integer', minimum: 100, maximum: 86_400_000 },
  retries: { type: 'integer', minimum: 0, maximum: 20 },
};

function step(stage: string, settings: object, defaults: object) {
  return {
    type: 'object',
    additionalProperties: false,
    required: ['name', 'stage', 'timeoutMs', 'retries'],
    properties: {
      ...stepBase,
      stage: { const: stage },
      settings: { ...settings, default: defaults },
    },
  };
}

export const workflowSchema = {
  $id: 'https://switchyard.dev/schemas/workflow.json',
  type: 'object',
  additionalProperties: false,
  required: ['id', 'version', 'description', 'steps'],
  properties: {
    tools: {
      type: 'array',
      default: [],
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['name', 'description', 'parameters', 'endpoint', 'effect'],
        properties: {
          name: { type: 'string', pattern: '^[a-z][a-z0-9_]{0,63}$' },
          description: { type: 'string', minLength: 1, maxLength: 1000 },
          parameters: { type: 'object' },
          endpoint: { type: 'string', minLength: 1 },
          timeoutMs: { type: 'integer', minimum: 100, maximum: 120_000, default: 5_000 },
          effect: { enum: ['read', 'write'] },
        },
      },
    },
    output: {
      type: 'object',
      additionalProperties: false,
      required: ['schema'],
      properties: { schema: { type: 'object' } },
    },
    id: { type: 'string', pattern: idPattern },
    version: { type: 'integer', minimum: 1 },
    description: { type: 'string', minLength: 1, maxLength: 500 },
    steps: {
      type: 'array',
      minItems: 1,
      maxItems: 20,
      items: {
        type: 'object',
        required: ['stage'],
        properties: { stage: { enum: ['retrieve', 'generate', 'validate', 'approval', 'action'] } },
        discriminator: { propertyName: 'stage' },
        oneOf: [
          step(
            'retrieve',
            {
              type: 'object',
              additionalProperties: false,
              properties: {
                topK: { type: 'integer', minimum: 1, maximum: 50, default: 5 },
                minScore: { type: 'number', minimum: 0, default: 0 },
                onWeak: { enum: ['degrade', 'escalate', 'continue'], default: 'continue' },
              },
            },
            {},
          ),
          step(
            'generate',
            {
              type: 'object',
              additionalProperties: false,
              properties: {
                tier: { enum: ['small', 'large'], default: 'small' },
                prompt: {
                  type: 'string',
                  pattern: '^[a-z][a-z0-9_-]*@[0-9]+$',
                  default: 'answer@1',
                },
                maxPromptTokens: {
                  type: 'integer',
                  minimum: 200,
                  maximum: 200_000,
                  default: 3_000,
                },
              },
            },
            {},
          ),
          step(
            'validate',
            {
              type: 'object',
              additionalProperties: false,
              properties: {
                checks: {
                  type: 'array',
                  items: { enum: ['non_empty', 'schema', 'citations', 'policy', 'confidence'] },
                  uniqueItems: true,
                  default: ['non_empty'],
                },
                maxRepairs: { type: 'integer', minimum: 0, maximum: 10, default: 2 },
              },
            },
            {},
          ),
          step('action', { type: 'object', additionalProperties: false, properties: {} }, {}),
          step(
            'approval',
            {
              type: 'object',
              additionalProperties: false,
              properties: {
                when: {
                  enum: ['always', 'low_confidence', 'policy', 'write_action'],
                  default: 'always',
                },
                minConfidence: { type: 'number', minimum: 0, maximum: 1, default: 0.7 },
                deadlineMs: {
                  type: 'integer',
                  minimum: 1_000,
                  maximum: MAX_DEADLINE_MS,
                  default: 86_400_000,
                },
                timeoutPolicy: { enum: ['reject', 'escalate'], default: 'reject' },
                onRevise: { enum: ['replace', 'regenerate'], default: 'replace' },
              },
            },
            {},
          ),
        ],
      },
    },
  },
} as const;
