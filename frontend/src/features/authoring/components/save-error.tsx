import { useTranslation } from "react-i18next";

import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FormErrors } from "@/components/ui/form-errors";
import { isVersionConflict } from "@/features/authoring/utils/version-conflict";
import { isApiError } from "@/lib/api-error";

interface SaveErrorProps {
  error: unknown;
  /** Fields whose errors are shown next to their inputs. */
  shownFields?: readonly string[];
  /** Load the version someone else saved; the teacher's unsaved edits are then replaced. */
  onReload: () => void;
}

/**
 * Why a save failed. A version conflict never overwrites: the form keeps the teacher's edits
 * and offers to load the other author's version instead.
 */
export function SaveError({ error, shownFields, onReload }: SaveErrorProps) {
  const { t } = useTranslation();
  if (!error) return null;
  if (isVersionConflict(error)) {
    return (
      <Alert tone="error" title={t("authoring.conflict.title")}>
        <p>{isApiError(error) && error.message ? error.message : t("authoring.conflict.text")}</p>
        <p>{t("authoring.conflict.kept")}</p>
        <Button variant="secondary" onClick={onReload}>
          {t("authoring.conflict.reload")}
        </Button>
      </Alert>
    );
  }
  return <FormErrors error={error} shownFields={shownFields} />;
}
