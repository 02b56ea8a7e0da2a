import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { encode as Encode } from 'gpt-tokenizer';
import { parse } from 'yaml';
import type { PassageV1 } from '@switchyard/contracts';
import type { ChatMessage } from '@switchyard/models';

export interface PromptTemplate {
  name: string;
  version: number;
  system: string;
  order: Array<'question' | 'feedback' | 'passages'>;
}

export class PromptError extends Error {
  override readonly name = 'PromptError';
}

const require = createRequire(import.meta.url);
let encode: typeof Encode | undefined;

/**
 * Counts tokens with the cl100k BPE of gpt-tokenizer (OpenAI's GPT-4-era encoding; half the memory
 * of o200k_base, about 39 against 67 MiB, and within a few per cent of it on English prompts, which
 * is what a token budget needs). The encoding is loaded on first use: most prompts never need it
 * (see `tokenBound`).
 */
export function countTokens(text: string): number {
  encode ??= (require('gpt-tokenizer/cjs/encoding/cl100k_base') as { encode: typeof Encode })
    .encode;
  return encode(text).length;
}

/**
 * An upper bound of the tokens of `text` in any byte-level BPE (cl100k, o200k, Llama 3's...):
 * every token stands for at least one UTF-8 byte. A prompt whose bound fits the budget fits it.
 */
export function tokenBound(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

/** Versioned prompt templates from prompts/*.yaml, addressed as `name@version`. */
export class PromptLibrary {
  private readonly templates = new Map<string, PromptTemplate>();

  constructor(dir: string) {
    for (const file of readdirSync(dir).filter((f) => /\.ya?ml$/.test(f))) {
      const t = parse(readFileSync(join(dir, file), 'utf8')) as PromptTemplate;
      if (
        !t?.name ||
        !Number.isInteger(t.version) ||
        typeof t.system !== 'string' ||
        !Array.isArray(t.order)
      ) {
        throw new PromptError(`${file}: a prompt template needs name, version, system and order`);
      }
      this.templates.set(`${t.name}@${t.version}`, t);
    }
  }

  get(ref: string): PromptTemplate {
    const t = this.templates.get(ref);
    if (!t)
      throw new PromptError(
        `prompt template ${ref} does not exist (have: ${[...this.templates.keys()].join(', ')})`,
      );
    return t;
  }
}

export interface AssembledPrompt {
  messages: ChatMessage[];
  /** The passages that fit the budget (the rest were left out, lowest-ranked first). */
  passages: PassageV1[];
  /** Its tokens, or an upper bound of them (`tokenBound`) when that bound was within the budget. */
  tokens: number;
}

/**
 * Builds the chat for a template: the system text, then the user message in the template's order,
 * within `maxTokens`. Question and feedback always go in; passages are added best first while
 * they fit.
 */
export function assemblePrompt(
  template: PromptTemplate,
  input: { question: string; feedback: string[]; passages: PassageV1[]; schema?: unknown },
  maxTokens: number,
): AssembledPrompt {
  const system = template.system.replace('{schema}', JSON.stringify(input.schema ?? {}));
  const fixed: Record<string, string> = {
    question: `Question:\n${input.question}`,
    feedback:
      input.feedback.length > 0
        ? `Fix these problems of your previous answer:\n${input.feedback.map((f) => `- ${f}`).join('\n')}`
        : '',
  };
  const ranked = template.order.includes('passages')
    ? [...input.passages].sort((a, b) => b.score - a.score)
    : [];
  const lines = ranked.map((p) => `[${p.documentId}@${p.version}#${p.chunk}] ${p.text}`);
  const texts = [system, fixed.question ?? '', fixed.feedback ?? ''];
  // Count only when the byte bound does not already show that everything fits.
  const bound =
    texts.reduce((n, t) => n + tokenBound(t), 0) + lines.reduce((n, l) => n + tokenBound(l) + 1, 0);
  const cost = bound <= maxTokens ? tokenBound : countTokens;
  let used = texts.reduce((n, t) => n + cost(t), 0);
  const kept: PassageV1[] = [];
  ranked.forEach((p, i) => {
    const tokens = cost(lines[i] ?? '') + 1;
    if (used + tokens > maxTokens) return;
    used += tokens;
    kept.push(p);
  });
  const parts = template.order.map((part) =>
    part === 'passages'
      ? kept.length > 0
        ? `Passages:\n${kept.map((p) => `[${p.documentId}@${p.version}#${p.chunk}] ${p.text}`).join('\n')}`
        : ''
      : (fixed[part] ?? ''),
  );
  return {
    messages: [
      { role: 'system', content: system },
      { role: 'user', content: parts.filter(Boolean).join('\n\n') },
    ],
    passages: kept,
    tokens: used,
  };
}
