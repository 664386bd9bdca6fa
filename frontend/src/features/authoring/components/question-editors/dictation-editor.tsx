import { useTranslation } from "react-i18next";

import { Checkbox } from "@/components/ui/checkbox";
import { TextAreaField } from "@/components/ui/text-area-field";
import { ComparisonOptions } from "@/features/authoring/components/question-editors/comparison-options";
import type { DataEditorProps } from "@/features/authoring/components/question-editors/types";
import { text } from "@/features/authoring/utils/question-data";

/** What the recording says, graded word by word against what the learner types. */
export function DictationEditor({ data, onChange }: DataEditorProps) {
  const { t } = useTranslation();
  return (
    <>
      <TextAreaField
        label={t("authoring.question.dictationText")}
        value={text(data.text)}
        onChange={(e) => onChange({ ...data, text: e.target.value })}
      />
      <Checkbox
        label={t("authoring.question.ignorePunctuation")}
        checked={data.ignore_punctuation !== false}
        onChange={(e) => onChange({ ...data, ignore_punctuation: e.target.checked })}
      />
      <ComparisonOptions data={data} onChange={onChange} />
    </>
  );
}
