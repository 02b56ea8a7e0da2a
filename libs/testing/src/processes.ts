import type { ChildProcess } from 'node:child_process';

/**
 * Every child process a harness starts is registered here and killed when the test process
 * exits, however it exits (a failed test, a timeout, Ctrl-C), so no server is left behind.
 */
const children = new Set<ChildProcess>();
let hooked = false;

function killAll(): void {
  for (const child of children) {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  }
  children.clear();
}

export function track(child: ChildProcess): void {
  children.add(child);
  child.once('exit', () => children.delete(child));
  if (!hooked) {
    hooked = true;
    process.once('exit', killAll);
    for (const signal of ['SIGINT', 'SIGTERM'] as const) {
      // A program with its own graceful stop (e.g. `npm start`) has hooked the signal already.
      if (process.listenerCount(signal) > 0) continue;
      process.once(signal, () => {
        killAll();
        process.exit(130);
      });
    }
  }
}

/** Resolves with the exit code (or the signal name) once the process has exited. */
export function exited(child: ChildProcess): Promise<number | string> {
  if (child.exitCode !== null) return Promise.resolve(child.exitCode);
  if (child.signalCode !== null) return Promise.resolve(child.signalCode);
  return new Promise((resolve) =>
    child.once('exit', (code, signal) => resolve(code ?? signal ?? 'unknown')),
  );
}

/** Keeps the last lines a process printed, for failure messages. */
export class OutputTail {
  private readonly lines: string[] = [];
  private partial = '';

  constructor(private readonly max = 200) {}

  push(chunk: Buffer | string): void {
    const text = this.partial + chunk.toString();
    const parts = text.split('\n');
    this.partial = parts.pop() ?? '';
    for (const line of parts) {
      this.lines.push(line);
      if (this.lines.length > this.max) this.lines.shift();
    }
  }

  text(): string {
    return [...this.lines, this.partial].filter(Boolean).join('\n');
  }
}
