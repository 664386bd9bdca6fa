/** The bank's words not yet placed in a gap; a word listed twice can be placed twice. */
export function availableWords(bank: readonly string[], gaps: Record<string, string>): string[] {
  const placed = Object.values(gaps);
  return bank.filter((word) => {
    const index = placed.indexOf(word);
    if (index < 0) return true;
    placed.splice(index, 1);
    return false;
  });
}
