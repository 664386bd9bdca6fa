/**
 * The text of a string that may carry markup, for fields the API does not mark as sanitised
 * HTML (`*_html`). DOMParser builds an inert document: no script runs and nothing loads.
 */
export function plainText(value: string): string {
  if (!/[<&]/.test(value)) return value;
  const document = new DOMParser().parseFromString(value, "text/html");
  return document.body.textContent.replace(/\s+/g, " ").trim();
}
