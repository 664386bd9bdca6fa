/** Read the `csrftoken` cookie Django sets on `GET auth/csrf`. */
export function readCsrfToken(): string {
  const match = document.cookie.split("; ").find((part) => part.startsWith("csrftoken="));
  return match ? decodeURIComponent(match.slice("csrftoken=".length)) : "";
}
