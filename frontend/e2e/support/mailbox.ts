import { expect } from "@playwright/test";

export interface Mail {
  to: string[];
  subject: string;
  text: string;
  html: string;
  links: string[];
}

async function mailTo(address: string): Promise<Mail[]> {
  const url = `${process.env.E2E_MAILBOX_URL}/messages?to=${encodeURIComponent(address)}`;
  const response = await fetch(url);
  return (await response.json()) as Mail[];
}

/**
 * Wait until the SMTP server has received mail number `count` for `address` and return it.
 * The task worker sends mail after the request has returned, so the mailbox is polled.
 */
export async function waitForMail(address: string, count = 1): Promise<Mail> {
  let mail: Mail[] = [];
  await expect
    .poll(async () => (mail = await mailTo(address)).length, {
      message: `mail number ${count} to ${address}`,
      timeout: 20_000,
    })
    .toBeGreaterThanOrEqual(count);
  return mail[count - 1]!;
}

/** The first link in a mail whose path starts with `prefix`, as a path the browser can open. */
export function linkIn(mail: Mail, prefix: string): string {
  const link = mail.links
    .map((href) => new URL(href))
    .find((url) => url.pathname.startsWith(prefix));
  if (!link)
    throw new Error(`no ${prefix} link in mail "${mail.subject}": ${mail.links.join(", ")}`);
  return link.pathname + link.search;
}
