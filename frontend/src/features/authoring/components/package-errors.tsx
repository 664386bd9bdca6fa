import { useTranslation } from "react-i18next";

import { Alert } from "@/components/ui/alert";
import { isApiError } from "@/lib/api-error";

/**
 * Why a package was refused: the server's message, then each field it names. The names are
 * paths into manifest.json (`manifest.lessons.0.title`), so a teacher can find the culprit.
 */
export function PackageErrors({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (!error) return null;
  const message = isApiError(error) ? error.message : "";
  const fields = isApiError(error) ? Object.entries(error.fields) : [];
  return (
    <Alert tone="error" title={t("authoring.package.refused")}>
      <p>{message || t("errors.generic")}</p>
      {fields.length > 0 ? (
        <ul className="package-errors">
          {fields.flatMap(([name, messages]) =>
            messages.map((text) => (
              <li key={`${name}-${text}`}>
                <code>{name}</code>: {text}
              </li>
            )),
          )}
        </ul>
      ) : null}
    </Alert>
  );
}
