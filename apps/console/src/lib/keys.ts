import { useLayoutEffect, useRef } from 'preact/hooks';

/**
 * Keyboard shortcuts. Screens register a key map while mounted; the newest one that knows a key handles it.
 * Single-character shortcuts can be switched off (WCAG 2.1.4) and never fire while typing in a
 * field; `Escape` and `Ctrl/⌘+Enter` always work.
 */
export type KeyMap = Partial<Record<string, (e: KeyboardEvent) => void>>;

const PREF = 'switchyard.shortcuts';
const maps: Array<{ current: KeyMap }> = [];
let enabled = localStorage.getItem(PREF) !== 'off';
const listeners = new Set<(on: boolean) => void>();

export function shortcutsEnabled(): boolean {
  return enabled;
}

export function setShortcutsEnabled(on: boolean): void {
  enabled = on;
  localStorage.setItem(PREF, on ? 'on' : 'off');
  for (const l of listeners) l(on);
}

export function onShortcutsChange(listener: (on: boolean) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function typing(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  if (!el) return false;
  const tag = el.tagName;
  return tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT' || el.isContentEditable;
}

function nameOf(e: KeyboardEvent): string | undefined {
  if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) return 'mod+Enter';
  if (e.ctrlKey || e.metaKey || e.altKey) return undefined;
  if (e.key === 'Escape') return 'Escape';
  if (!enabled || typing(e.target)) return undefined;
  return e.key;
}

export function installShortcuts(): void {
  document.addEventListener('keydown', (e) => {
    const name = nameOf(e);
    if (!name) return;
    // the newest map that knows the key (a child registers before its parent)
    let handler: ((e: KeyboardEvent) => void) | undefined;
    for (let i = maps.length - 1; i >= 0 && !handler; i--) handler = maps[i]?.current[name];
    if (!handler) return;
    e.preventDefault();
    handler(e);
  });
}

/** Registers `map` while the component is mounted (the latest render's handlers are used). */
export function useKeys(map: KeyMap): void {
  const ref = useRef(map);
  ref.current = map;
  // layout effect: the keys work as soon as the screen is in the DOM, not a frame later
  useLayoutEffect(() => {
    maps.push(ref);
    return () => {
      const i = maps.indexOf(ref);
      if (i >= 0) maps.splice(i, 1);
    };
  }, []);
}
