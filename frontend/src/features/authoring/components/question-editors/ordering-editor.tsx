import { useTranslation } from "react-i18next";

import { SelectField } from "@/components/ui/select-field";
import { ListField } from "@/features/authoring/components/question-editors/list-field";
import type { DataEditorProps } from "@/features/authoring/components/question-editors/types";
import { records, text } from "@/features/authoring/utils/question-data";

/** Words or sentences typed in their right order; learners get them shuffled. */
export function OrderingEditor({ data, onChange }: DataEditorProps) {
  const { t } = useTranslation();
  const items = records(data.items).map((item) => text(item.text));
  return (
    <>
      <SelectField
        label={t("authoring.question.unit")}
        value={data.unit === "sentence" ? "sentence" : "word"}
        options={[
          { value: "word", label: t("authoring.question.units.word") },
          { value: "sentence", label: t("authoring.question.units.sentence") },
        ]}
        onChange={(e) => onChange({ ...data, unit: e.target.value })}
      />
      <ListField
        label={t("authoring.question.orderedItems")}
        value={items}
        onChange={(next) =>
          onChange({
            ...data,
            items: next.map((item, index) => ({ id: `i${index + 1}`, text: item })),
          })
        }
      />
    </>
  );
}
