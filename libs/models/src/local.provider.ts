import { extractiveAnswer } from './extractive-answer.js';
import { type InvoiceFields, readInvoice } from './invoice-extractor.js';
import type { ModelProvider, ModelRequest, ModelResponse, ToolCall } from './provider.js';

function words(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

const ORDER_ID = /\b(?:order|parcel|shipment|#)\s*(?:#|no\.?|number)?\s*:?\s*([a-z]{0,3}-?\d{4,})/i;

/** The fields each stand-in tier reads: the small one fewer, so repair and escalation happen. */
const TIER_FIELDS: Record<'small' | 'large', Array<keyof InvoiceFields>> = {
  small: ['invoiceNumber', 'invoiceDate', 'total'],
  large: ['invoiceNumber', 'invoiceDate', 'total', 'currency', 'vendor'],
};

/**
 * The built-in local provider — a deterministic HEURISTIC STAND-IN, NOT A LANGUAGE MODEL. No
 * network, no cost. It answers extractively (the passages' sentences that cover most of the
 * question, by lemmas and word vectors, cited once per document version and chunk — see
 * extractiveAnswer), says it does not know when retrieval was weak, reads invoice fields with
 * rules and chrono-node (readInvoice, with its confidence; the -small model reads three fields, the -large one all
 * five), and picks tools by keywords. Its model names say what it is.
 */
export class LocalProvider implements ModelProvider {
  readonly id = 'local';

  complete(request: ModelRequest): Promise<ModelResponse> {
    const promptTokens = request.messages.reduce((n, m) => n + words(m.content), 0);
    const response = request.template === 'extract' ? this.extract(request) : this.answer(request);
    const completionTokens = words(response.text ?? JSON.stringify(response.data ?? {}));
    return Promise.resolve({ ...response, usage: { promptTokens, completionTokens } });
  }

  private answer(request: ModelRequest): Omit<ModelResponse, 'usage'> {
    const toolCalls = request.toolResults.length === 0 ? this.chooseTools(request) : [];
    if (toolCalls.length > 0) return { toolCalls };
    if (request.toolResults.length > 0) {
      const facts = request.toolResults
        .map((r) => `${r.tool}: ${JSON.stringify(r.result)}`)
        .join('; ');
      return { text: `Here is what I found — ${facts}.`, citations: [], toolCalls: [] };
    }
    if (request.degraded || request.passages.length === 0) {
      return {
        text: "I don't know: I found no documents that answer this, so I won't guess.",
        citations: [],
        toolCalls: [],
      };
    }
    const answer = extractiveAnswer(request.question, request.passages);
    if (answer.sentences.length === 0) {
      return {
        text: "I don't know: the documents I found do not answer this, so I won't guess.",
        citations: [],
        toolCalls: [],
      };
    }
    return { text: answer.sentences.join(' '), citations: answer.citations, toolCalls: [] };
  }

  private chooseTools(request: ModelRequest): ToolCall[] {
    const text = request.question;
    const orderId = ORDER_ID.exec(text)?.[1];
    const calls: ToolCall[] = [];
    for (const tool of request.tools) {
      if (tool.name === 'refund' && /\b(refund|money back|reimburse)\b/i.test(text) && orderId) {
        calls.push({
          id: 'call-refund',
          name: 'refund',
          arguments: { orderId, reason: text.slice(0, 200) },
        });
      } else if (tool.name === 'order_status' && orderId && !/\brefund\b/i.test(text)) {
        calls.push({ id: 'call-status', name: 'order_status', arguments: { orderId } });
      }
    }
    // A request that names a tool explicitly ("use the X tool") is passed on as asked: the
    // allow-list is enforced by the generator, never by the model.
    const named = /\buse the (\w+) tool\b/i.exec(text)?.[1];
    if (named && !calls.some((c) => c.name === named))
      calls.push({ id: `call-${named}`, name: named, arguments: orderId ? { orderId } : {} });
    return calls;
  }

  private extract(request: ModelRequest): Omit<ModelResponse, 'usage'> {
    const tier = request.model.endsWith('-large') ? 'large' : 'small';
    const { fields: found, confidence } = readInvoice(request.question);
    const data: Record<string, unknown> = {};
    for (const field of TIER_FIELDS[tier])
      if (found[field] !== undefined) data[field] = found[field];
    // how sure the reading is (0..1): the workflow sends a doubtful one to a person
    data.confidence = confidence;
    return {
      data,
      text: `Extracted ${Object.keys(data).length} fields.`,
      citations: [],
      toolCalls: [],
    };
  }
}
