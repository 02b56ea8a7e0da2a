import {
  ROOT_CONTEXT,
  type Context,
  type TextMapGetter,
  type TextMapSetter,
} from '@opentelemetry/api';
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import { headers as natsHeaders, type MsgHdrs } from '@nats-io/nats-core';

/** W3C trace context (`traceparent`, `tracestate`) travels in NATS headers. */
const propagator = new W3CTraceContextPropagator();

const getter: TextMapGetter<MsgHdrs | undefined> = {
  keys: (carrier) => (carrier ? [...carrier.keys()] : []),
  get: (carrier, key) => carrier?.get(key) || undefined,
};

const setter: TextMapSetter<MsgHdrs> = {
  set: (carrier, key, value) => carrier.set(key, value),
};

/** The trace context a message carried, to continue the same trace in what it causes. */
export function extractTraceContext(headers: MsgHdrs | undefined): Context {
  return propagator.extract(ROOT_CONTEXT, headers, getter);
}

export function injectTraceContext(context: Context, headers: MsgHdrs): void {
  propagator.inject(context, headers, setter);
}

export function newHeaders(): MsgHdrs {
  return natsHeaders();
}
