/** An OpenAI-compatible embeddings endpoint (OpenAI, vLLM, Ollama, LiteLLM, llama.cpp server). */
export interface EmbeddingsOptions {
  /** Base URL up to the API version, e.g. `https://api.openai.com/v1` or `http://localhost:11434/v1`. */
  baseUrl: string;
  model: string;
  apiKey?: string;
  timeoutMs: number;
  /** Retries after a 429, a 5xx or a network error, with exponential backoff. */
  retries: number;
}

export class EmbeddingsError extends Error {
  override readonly name = 'EmbeddingsError';
}

interface EmbeddingsResponse {
  data?: Array<{ embedding?: unknown; index?: unknown }>;
}

/** Calls `POST {baseUrl}/embeddings` and returns one unit-length vector per input. */
export class EmbeddingsClient {
  constructor(private readonly options: EmbeddingsOptions) {}

  async embed(inputs: string[]): Promise<Float32Array[]> {
    if (inputs.length === 0) return [];
    let delay = 200;
    for (let attempt = 0; ; attempt++) {
      try {
        return await this.once(inputs);
      } catch (err) {
        const retryable = !(err instanceof EmbeddingsError) || /\b(429|5\d\d)\b/.test(err.message);
        if (!retryable || attempt >= this.options.retries) throw err;
        await new Promise((resolve) => setTimeout(resolve, delay));
        delay *= 2;
      }
    }
  }

  private async once(inputs: string[]): Promise<Float32Array[]> {
    const res = await fetch(`${this.options.baseUrl.replace(/\/$/, '')}/embeddings`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(this.options.apiKey ? { authorization: `Bearer ${this.options.apiKey}` } : {}),
      },
      body: JSON.stringify({ model: this.options.model, input: inputs }),
      signal: AbortSignal.timeout(this.options.timeoutMs),
    });
    if (!res.ok)
      throw new EmbeddingsError(
        `embeddings endpoint answered ${res.status}: ${(await res.text()).slice(0, 200)}`,
      );
    let body: EmbeddingsResponse;
    try {
      body = (await res.json()) as EmbeddingsResponse;
    } catch {
      throw new EmbeddingsError('embeddings endpoint returned malformed JSON');
    }
    const rows = body.data ?? [];
    if (rows.length !== inputs.length) {
      throw new EmbeddingsError(
        `embeddings endpoint returned ${rows.length} vectors for ${inputs.length} inputs`,
      );
    }
    const out: Float32Array[] = new Array<Float32Array>(inputs.length);
    rows.forEach((row, i) => {
      const index = typeof row.index === 'number' ? row.index : i;
      if (!Array.isArray(row.embedding) || !row.embedding.every((x) => typeof x === 'number')) {
        throw new EmbeddingsError(`embedding ${index} is not a list of numbers`);
      }
      out[index] = normalise(Float32Array.from(row.embedding));
    });
    return out;
  }
}

function normalise(v: Float32Array): Float32Array {
  let norm = 0;
  for (const x of v) norm += x * x;
  norm = Math.sqrt(norm) || 1;
  return v.map((x) => x / norm);
}

/** Cosine similarity of two unit vectors. */
export function cosine(a: Float32Array, b: Float32Array): number {
  let dot = 0;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) dot += (a[i] ?? 0) * (b[i] ?? 0);
  return dot;
}
