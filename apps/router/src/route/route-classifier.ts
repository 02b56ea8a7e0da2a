import type { ChainLink, ProviderChain } from '@switchyard/models';
import type { WorkflowRegistry } from '@switchyard/workflows';

export interface Classification {
  workflow: string;
  confidence: number;
  reason: string;
  provider: string;
  model: string;
}

const SYSTEM = `You route customer requests to a workflow. The workflows:
{workflows}
Answer with one JSON object and nothing else: {"workflow": "<id>", "confidence": <0..1>, "reason": "<why, one sentence>"}.`;

/**
 * The optional model classifier, consulted when no routing rule is confident: the request and the
 * deployed workflows' descriptions go to the small tier's model, which answers with a workflow,
 * a confidence and a reason (JSON).
 */
export class RouteClassifier {
  constructor(
    private readonly chain: ProviderChain,
    private readonly links: ChainLink[],
    private readonly workflows: WorkflowRegistry,
  ) {}

  async classify(text: string): Promise<Classification | undefined> {
    const list = this.workflows
      .ids()
      .map((id) => `- ${id}: ${this.workflows.latest(id)?.description ?? ''}`)
      .join('\n');
    const result = await this.chain.complete(this.links, {
      template: 'classify',
      messages: [
        { role: 'system', content: SYSTEM.replace('{workflows}', list) },
        { role: 'user', content: text },
      ],
      tools: [],
      json: true,
      question: text,
      passages: [],
      feedback: [],
      degraded: false,
      toolResults: [],
      signal: AbortSignal.timeout(30_000),
    });
    const data = result.response.data ?? {};
    const workflow = typeof data.workflow === 'string' ? data.workflow : undefined;
    const confidence =
      typeof data.confidence === 'number' ? Math.min(1, Math.max(0, data.confidence)) : 0;
    if (!workflow) return undefined;
    return {
      workflow,
      confidence,
      reason: typeof data.reason === 'string' ? data.reason.slice(0, 300) : 'no reason given',
      provider: result.provider,
      model: result.model,
    };
  }
}
