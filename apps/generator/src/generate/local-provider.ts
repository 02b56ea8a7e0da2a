import type { GenerateRequestedV1, OutputV1, UsageV1 } from '@switchyard/contracts';

export interface Generation {
  output: OutputV1;
  provider: string;
  model: string;
  usage: UsageV1;
}

/** Whitespace-separated words: the local provider's stand-in for a token count. */
function words(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/**
 * The built-in local provider: a deterministic HEURISTIC STAND-IN, not a language model. It answers
 * extractively from the retrieved passages (the best passage's opening sentences, cited), and says
 * it does not know when there are none or retrieval was weak. No network, no cost.
 */
export class LocalProvider {
  static readonly id = 'local';
  static readonly model = 'local-heuristic-v1';

  generate(request: GenerateRequestedV1): Generation {
    const best =
      request.mode === 'degraded'
        ? undefined
        : [...request.passages].sort((a, b) => b.score - a.score)[0];
    const output: OutputV1 = best
      ? {
          text: best.text
            .split(/(?<=[.!?])\s+/)
            .slice(0, 2)
            .join(' '),
          citations: [{ documentId: best.documentId, version: best.version, chunk: best.chunk }],
        }
      : {
          text: "I don't know: I found no documents that answer this, so I won't guess.",
          citations: [],
        };
    const promptTokens =
      words(request.text) + request.passages.reduce((n, p) => n + words(p.text), 0);
    return {
      output,
      provider: LocalProvider.id,
      model: LocalProvider.model,
      usage: { promptTokens, completionTokens: words(output.text ?? ''), costUsd: 0 },
    };
  }
}
