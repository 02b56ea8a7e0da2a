import {
  Counter,
  type CounterConfiguration,
  Gauge,
  type GaugeConfiguration,
  Histogram,
  type HistogramConfiguration,
  register,
} from 'prom-client';

function once<T>(name: string, create: () => T): T {
  return (register.getSingleMetric(name) as T | undefined) ?? create();
}

/**
 * Metrics in prom-client's default registry, created on first use: a module loaded twice (tests,
 * several modules of one process) gets the same metric instead of a duplicate-registration error.
 */
export function counter<L extends string>(config: CounterConfiguration<L>): Counter<L> {
  return once(config.name, () => new Counter(config));
}

export function gauge<L extends string>(config: GaugeConfiguration<L>): Gauge<L> {
  return once(config.name, () => new Gauge(config));
}

export function histogram<L extends string>(config: HistogramConfiguration<L>): Histogram<L> {
  return once(config.name, () => new Histogram(config));
}

/** Per-consumer metrics. Labels are bounded: consumer names, outcomes and reasons only. */
export const messagingMetrics = {
  get handled(): Counter<'consumer' | 'outcome' | 'workflow'> {
    return counter({
      name: 'switchyard_consumer_messages_total',
      help: 'Messages handled by a consumer (stage), by outcome (done, duplicate, retry, defer, fail, invalid, unavailable) and workflow',
      labelNames: ['consumer', 'outcome', 'workflow'],
    });
  },
  get duration(): Histogram<'consumer' | 'outcome' | 'workflow'> {
    return histogram({
      name: 'switchyard_consumer_handle_seconds',
      help: 'Time a consumer (stage) spent handling one message, by outcome and workflow',
      labelNames: ['consumer', 'outcome', 'workflow'],
      buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
    });
  },
  get inFlight(): Gauge<'consumer'> {
    return gauge({
      name: 'switchyard_consumer_in_flight',
      help: 'Messages a consumer is handling right now',
      labelNames: ['consumer'],
    });
  },
  get deadLetters(): Counter<'consumer' | 'reason'> {
    return counter({
      name: 'switchyard_dead_letters_total',
      help: 'Messages moved to the dead-letter stream, by reason',
      labelNames: ['consumer', 'reason'],
    });
  },
  get pending(): Gauge<'consumer'> {
    return gauge({
      name: 'switchyard_consumer_pending',
      help: 'Messages waiting for a consumer (stage) in JetStream, read at scrape time',
      labelNames: ['consumer'],
    });
  },
  get ackPending(): Gauge<'consumer'> {
    return gauge({
      name: 'switchyard_consumer_ack_pending',
      help: 'Messages delivered to a consumer (stage) and not yet acknowledged, read at scrape time',
      labelNames: ['consumer'],
    });
  },
  get paused(): Gauge<'consumer'> {
    return gauge({
      name: 'switchyard_consumer_paused',
      help: '1 while a consumer holds its messages because a dependency (store, broker) is unavailable',
      labelNames: ['consumer'],
    });
  },
  get redelivered(): Counter<'consumer'> {
    return counter({
      name: 'switchyard_consumer_redeliveries_total',
      help: 'Deliveries of a message that had been delivered before (at-least-once duplicates included)',
      labelNames: ['consumer'],
    });
  },
};
