import { isApiError } from "@/lib/api-error";
import type { AttemptInput } from "@/lib/api-types";

/**
 * The server names a refused answer by its place in the request (`answers.2.response`);
 * turn that into the question it belongs to, so the message shows next to the question.
 */
export function questionErrors(
  error: unknown,
  input: AttemptInput | undefined,
): { byQuestion: Record<number, string>; fields: string[] } {
  if (!isApiError(error) || !input) return { byQuestion: {}, fields: [] };
  const byQuestion: Record<number, string> = {};
  const fields: string[] = [];
  input.answers.forEach((answer, index) => {
    for (const field of [`answers.${index}.response`, `answers.${index}.question_id`]) {
      const message = error.fieldMessage(field);
      if (message) {
        byQuestion[answer.question_id] = message;
        fields.push(field);
      }
    }
  });
  return { byQuestion, fields };
}
