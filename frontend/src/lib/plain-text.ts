// Elements that start a new line when shown: their text must not run into the next one.
const BLOCKS =
  "address,article,blockquote,br,dd,div,dl,dt,h1,h2,h3,h4,h5,h6,hr,li,ol,p,pre,section,table,td,th,tr,ul";

/**
 * The text of a string that may carry markup, for fields the API does not mark as sanitised
 * HTML (`*_html`). DOMParser builds an inert document: no script runs and nothing loads.
 */
export function plainText(value: string): string {
  if (!/[<&]/.test(value)) return value;
  const document = new DOMParser().parseFromString(value, "text/html");
  for (const element of document.body.querySelectorAll(BLOCKS)) {
    element.after(" ");
  }
  return document.body.textContent.replace(/\s+/g, " ").trim();
}
