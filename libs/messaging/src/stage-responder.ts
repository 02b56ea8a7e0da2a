import type { PayloadInput, Stage, Subject } from '@switchyard/contracts';
import { Subjects } from '@switchyard/contracts';
import type { InboundMessage, MessageHandler } from './consumer.js';
import { TerminalError, errorMessage } from './errors.js';
import { Outcome } from './outcome.js';
import type { Publisher } from './publisher.js';

export interface StageResponse<R extends Subject> {
  stage: Stage;
  /** The event that carries the stage's result back to the coordinator. */
  result: R;
}

/**
 * The thin consumer of a stage: run the work, publish its result (or a `StageFailed` event for a
 * terminal error), ack. The result's message id is derived from the command's, so a handler that
 * runs again after a crash publishes a copy the broker drops. Retryable errors nak with backoff.
 */
export function stageResponder<S extends Subject, R extends Subject>(
  publisher: Publisher,
  response: StageResponse<R>,
  work: (msg: InboundMessage<S>) => Promise<PayloadInput<R>>,
): MessageHandler<S> {
  return async (msg) => {
    const inbound = msg as InboundMessage<S>;
    const stepId = (inbound.payload as { stepId: string }).stepId;
    const meta = inbound.causes({ messageId: `${inbound.envelope.id}.result` });
    let payload: PayloadInput<R>;
    try {
      payload = await work(inbound);
    } catch (err) {
      if (!(err instanceof TerminalError)) throw err;
      await publisher.publish(
        Subjects.StageFailed,
        {
          stepId,
          stage: response.stage,
          code: `${response.stage}_failed`,
          message: errorMessage(err),
          retryable: false,
        },
        meta,
      );
      return Outcome.done;
    }
    await publisher.publish(response.result, payload, meta);
    return Outcome.done;
  };
}
