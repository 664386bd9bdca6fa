import { useTranslation } from "react-i18next";

import { Alert } from "@/components/ui/alert";
import { isApiError } from "@/lib/api-error";

interface FormErrorsProps {
  error: unknown;
  /** Fields shown next to their inputs; errors of any other field are listed here. */
  shownFields?: readonly string[];
}

/** The form-level message of an API error, plus field errors that no input shows. */
export function FormErrors({ error, shownFields = [] }: FormErrorsProps) {
  const { t } = useTranslation();
  if (!error) return null;
  if (!isApiError(error)) return <Alert tone="error">{t("errors.generic")}</Alert>;

  const others = Object.entries(error.fields).filter(([name]) => !shownFields.includes(name));
  return (
    <Alert tone="error">
      <p>{error.message || t("errors.generic")}</p>
      {others.length > 0 ? (
        <ul>
          {others.flatMap(([name, messages]) =>
            messages.map((message) => <li key={`${name}-${message}`}>{message}</li>),
          )}
        </ul>
      ) : null}
    </Alert>
  );
}
