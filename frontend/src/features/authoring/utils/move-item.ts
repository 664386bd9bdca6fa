/** The list with the item of `id` taken out and put back at `position` (0-based). */
export function moveItem<T extends { id: number }>(
  list: readonly T[],
  id: number,
  position: number,
) {
  const moved = list.find((item) => item.id === id);
  if (!moved) return [...list];
  const rest = list.filter((item) => item.id !== id);
  rest.splice(Math.max(0, Math.min(position, rest.length)), 0, moved);
  return rest;
}
