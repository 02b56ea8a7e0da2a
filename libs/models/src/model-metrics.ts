import { counter, histogram } from '@switchyard/messaging';

/** Model calls, tokens and cost by provider and model (bounded labels). */
export const modelMetrics = {
  calls: counter({
    name: 'switchyard_model_calls_total',
    help: 'Model provider calls by provider, model and outcome (ok, timeout, http_429, http_5xx, malformed, circuit_open, ...)',
    labelNames: ['provider', 'model', 'outcome'],
  }),
  duration: histogram({
    name: 'switchyard_model_call_seconds',
    help: 'Duration of model provider calls',
    labelNames: ['provider', 'model'],
    buckets: [0.001, 0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60],
  }),
  tokens: counter({
    name: 'switchyard_model_tokens_total',
    help: 'Tokens by provider, model and kind (prompt, completion)',
    labelNames: ['provider', 'model', 'kind'],
  }),
  cost: counter({
    name: 'switchyard_model_cost_usd_total',
    help: 'Cost in USD by provider and model, from the price table',
    labelNames: ['provider', 'model'],
  }),
  tools: counter({
    name: 'switchyard_tool_calls_total',
    help: 'Tool calls asked for by models, by tool and outcome (called, refused, failed, proposed)',
    labelNames: ['tool', 'outcome'],
  }),
};
