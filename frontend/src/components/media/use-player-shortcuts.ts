import { type RefObject, useEffect, useRef } from "react";

export type ShortcutHandlers = Partial<Record<string, () => void>>;

/** Controls whose own keys must keep working: typing, choosing, sliding. */
function ownsKey(target: EventTarget | null, key: string): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement) {
    return target.type !== "range" || key.startsWith("Arrow");
  }
  // Space and Enter press buttons and follow links.
  return (
    (key === " " || key === "Enter") && (target.tagName === "BUTTON" || target.tagName === "A")
  );
}

/**
 * Player shortcuts, active while focus is inside the player, so two players on a page never
 * answer the same key and the page's own keys stay free.
 */
export function usePlayerShortcuts(
  container: RefObject<HTMLElement | null>,
  handlers: ShortcutHandlers,
): void {
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    function handleKey(event: KeyboardEvent) {
      if (event.ctrlKey || event.metaKey || event.altKey || ownsKey(event.target, event.key)) {
        return;
      }
      const handler = latest.current[event.key.length === 1 ? event.key.toLowerCase() : event.key];
      if (!handler) return;
      event.preventDefault();
      handler();
    }
    element.addEventListener("keydown", handleKey);
    return () => element.removeEventListener("keydown", handleKey);
  }, [container]);
}
