import { useTranslation } from "react-i18next";

import { Checkbox } from "@/components/ui/checkbox";
import { SelectField } from "@/components/ui/select-field";
import type { DataEditorProps } from "@/features/authoring/components/question-editors/types";
import { ACCENT_RULES, accents } from "@/features/authoring/utils/question-data";

/** How typed answers are compared: letter case and accents (short answer, gap fill, dictation). */
export function ComparisonOptions({ data, onChange }: DataEditorProps) {
  const { t } = useTranslation();
  return (
    <>
      <Checkbox
        label={t("authoring.question.caseSensitive")}
        checked={data.case_sensitive === true}
        onChange={(e) => onChange({ ...data, case_sensitive: e.target.checked })}
      />
      <SelectField
        label={t("authoring.question.accents")}
        value={accents(data.accents)}
        options={ACCENT_RULES.map((rule) => ({
          value: rule,
          label: t(`authoring.question.accentRules.${rule}`),
        }))}
        onChange={(e) => onChange({ ...data, accents: accents(e.target.value) })}
      />
    </>
  );
}
