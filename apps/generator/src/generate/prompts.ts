import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
// cl100k_base: half the memory of o200k_base (about 39 vs 67 MiB), and within a few per cent of it
// on English prompts, which is what a token budget needs.
import { encode } from 'gpt-tokenizer/encoding/cl100k_base';
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

/** Counts tokens with the cl100k BPE of gpt-tokenizer (OpenAI's GPT-4-era encoding). */
export function countTokens(text: string): number {
  return encode(text).length;
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
  let used =
    countTokens(system) + countTokens(fixed.question ?? '') + countTokens(fixed.feedback ?? '');
  const kept: PassageV1[] = [];
  if (template.order.includes('passages')) {
    for (const p of [...input.passages].sort((a, b) => b.score - a.score)) {
      const line = `[${p.documentId}@${p.version}#${p.chunk}] ${p.text}`;
      const cost = countTokens(line) + 1;
      if (used + cost > maxTokens) continue;
      used += cost;
      kept.push(p);
    }
  }
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
