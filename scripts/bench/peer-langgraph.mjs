// The peer of `npm run bench`: the same steps as Switchyard's `knowledge` workflow as a LangGraph.js
// graph (route → retrieve → generate → validate) with its in-memory checkpointer (MemorySaver), one
// thread per task, payloads of the same sizes. LangGraph runs in process, so this is one process.
// Prints one JSON line: { throughput, completed } or { latencies: [ms, …] }.
//   node scripts/bench/peer-langgraph.mjs saturation <seconds> <tasks in flight>
//   node scripts/bench/peer-langgraph.mjs latency <seconds> <tasks per second>
import { Annotation, END, MemorySaver, START, StateGraph } from '@langchain/langgraph';
import { output, passages, text } from './payloads.mjs';

const [mode, secondsArg, amountArg] = process.argv.slice(2);
const seconds = Number(secondsArg);
const amount = Number(amountArg);
const State = Annotation.Root({
  text: Annotation(),
  routing: Annotation(),
  passages: Annotation(),
  output: Annotation(),
  verdict: Annotation(),
  timeline: Annotation({ reducer: (a, b) => [...a, ...b], default: () => [] }),
});
const entry = (outcome) => [{ outcome, time: new Date().toISOString() }];
const graph = new StateGraph(State)
  .addNode('route', () => ({
    routing: { workflow: 'knowledge', confidence: 0.9, reason: text(60) },
    timeline: entry('routed'),
  }))
  .addNode('retrieve', () => ({
    passages: passages(),
    timeline: entry('retrieved'),
  }))
  .addNode('generate', () => ({
    output: output(),
    timeline: entry('generated'),
  }))
  .addNode('validate', () => ({ verdict: { ok: true, failures: [] }, timeline: entry('passed') }))
  .addEdge(START, 'route')
  .addEdge('route', 'retrieve')
  .addEdge('retrieve', 'generate')
  .addEdge('generate', 'validate')
  .addEdge('validate', END)
  .compile({ checkpointer: new MemorySaver() });

let n = 0;
const run = () =>
  graph.invoke({ text: 'How long do refunds take?' }, { configurable: { thread_id: `t${n++}` } });

// warm-up
for (let i = 0; i < 200; i++) await run();

if (mode === 'saturation') {
  // `amount` tasks in flight, each started when the previous one ends
  let completed = 0;
  const until = Date.now() + seconds * 1000;
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: amount }, async () => {
      while (Date.now() < until) {
        await run();
        completed++;
      }
    }),
  );
  const throughput = completed / ((performance.now() - t0) / 1000);
  process.stdout.write(`${JSON.stringify({ throughput, completed })}\n`);
} else {
  // `amount` tasks per second
  const latencies = [];
  const start = performance.now();
  const pending = [];
  for (let i = 0; i < amount * seconds; i++) {
    const due = start + (i * 1000) / amount;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    const t = performance.now();
    pending.push(run().then(() => latencies.push(performance.now() - t)));
  }
  await Promise.all(pending);
  process.stdout.write(`${JSON.stringify({ latencies })}\n`);
}
