import { useState } from "react";
import { useTranslation } from "react-i18next";

import { TextAreaField } from "@/components/ui/text-area-field";
import { splitList } from "@/features/authoring/utils/question-data";

interface ListFieldProps {
  label: string;
  value: readonly string[];
  onChange: (value: string[]) => void;
}

/** A list typed one entry a line; the raw text is kept so blank lines can be typed into. */
export function ListField({ label, value, onChange }: ListFieldProps) {
  const { t } = useTranslation();
  const [raw, setRaw] = useState(value.join("\n"));
  return (
    <TextAreaField
      label={label}
      hint={t("authoring.question.listHint")}
      rows={3}
      value={raw}
      onChange={(e) => {
        setRaw(e.target.value);
        onChange(splitList(e.target.value));
      }}
    />
  );
}
