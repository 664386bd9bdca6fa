import { useTranslation } from "react-i18next";

import { useAttempts } from "@/features/exercises/api/get-attempts";

export function AttemptHistory({ exerciseSetId }: { exerciseSetId: number }) {
  const { t, i18n } = useTranslation();
  const attempts = useAttempts(exerciseSetId);
  const results = attempts.data?.results ?? [];
  if (results.length === 0) return null;

  const format = new Intl.DateTimeFormat(i18n.language, {
    dateStyle: "medium",
    timeStyle: "short",
  });
  return (
    <details className="history">
      <summary>{t("exercises.history", { count: attempts.data?.count ?? results.length })}</summary>
      <table className="table">
        <caption className="visually-hidden">{t("exercises.historyCaption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("exercises.when")}</th>
            <th scope="col">{t("exercises.result")}</th>
          </tr>
        </thead>
        <tbody>
          {results.map((attempt) => (
            <tr key={attempt.id}>
              <td>{format.format(new Date(attempt.submitted_at))}</td>
              <td>{`${Math.round(attempt.percent)}%`}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
