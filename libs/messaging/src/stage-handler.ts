import 'reflect-metadata';
import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { DiscoveryService, MetadataScanner } from '@nestjs/core';
import type { ConsumerSpec, PayloadInput, Subject } from '@switchyard/contracts';
import type { AnyInbound, MessageHandler } from './consumer.js';
import { Messaging } from './messaging.js';
import type { HandlerOutcome } from './outcome.js';
import { type StageResponse, stageResponder } from './stage-responder.js';

const STAGE_HANDLER = Symbol('switchyard:stage-handler');

interface StageHandlerMetadata {
  consumer: ConsumerSpec<Subject>;
  response?: StageResponse<Subject>;
}

type Method<T> = (
  target: object,
  key: string | symbol,
  descriptor: TypedPropertyDescriptor<T>,
) => void;

function mark(metadata: StageHandlerMetadata): Method<never> {
  return (_target, _key, descriptor) => {
    Reflect.defineMetadata(STAGE_HANDLER, metadata, descriptor.value as unknown as object);
  };
}

/**
 * Marks a provider method as the handler of a durable consumer; `StageHandlerExplorer` finds it at
 * start-up and registers it. With a `response` the method returns the stage's result payload,
 * which is published (or a `StageFailed` event for a `TerminalError`) and the command acked; the
 * types tie the method's parameter to the consumer's subjects and its result to the response's
 * subject, so a mismatch does not compile. Without one the method returns a `HandlerOutcome`.
 *
 * The handler gets the validated message; keep-alive, holding during outages, ack/nak and
 * dead-lettering are the consumer's business, not the handler's.
 */
export function StageHandler<S extends Subject, R extends Subject = never>(
  consumer: ConsumerSpec<S>,
  response?: StageResponse<R>,
): Method<(msg: AnyInbound<S>) => Promise<[R] extends [never] ? HandlerOutcome : PayloadInput<R>>> {
  return mark({
    consumer: consumer,
    response: response,
  }) as never;
}

/** Registers every `@StageHandler` method of the application's providers with `Messaging`. */
@Injectable()
export class StageHandlerExplorer implements OnModuleInit {
  constructor(
    @Inject(DiscoveryService) private readonly discovery: DiscoveryService,
    @Inject(MetadataScanner) private readonly scanner: MetadataScanner,
    @Inject(Messaging) private readonly messaging: Messaging,
  ) {}

  onModuleInit(): void {
    for (const wrapper of this.discovery.getProviders()) {
      const instance: unknown = wrapper.instance;
      if (!instance || typeof instance !== 'object') continue;
      const prototype = Object.getPrototypeOf(instance) as object | null;
      for (const name of this.scanner.getAllMethodNames(prototype)) {
        const method = (instance as Record<string, unknown>)[name];
        if (typeof method !== 'function') continue;
        const meta = Reflect.getMetadata(STAGE_HANDLER, method) as StageHandlerMetadata | undefined;
        if (!meta) continue;
        const bound = (method as (msg: unknown) => Promise<unknown>).bind(instance);
        const handler: MessageHandler<Subject> = meta.response
          ? stageResponder(this.messaging.publisher, meta.response, bound as never)
          : (bound as MessageHandler<Subject>);
        this.messaging.consume(meta.consumer, handler);
      }
    }
  }
}
