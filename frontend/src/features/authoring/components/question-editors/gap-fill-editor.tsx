import { useTranslation } from "react-i18next";

import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/select-field";
import { TextAreaField } from "@/components/ui/text-area-field";
import { ComparisonOptions } from "@/features/authoring/components/question-editors/comparison-options";
import { ListField } from "@/features/authoring/components/question-editors/list-field";
import type { DataEditorProps } from "@/features/authoring/components/question-editors/types";
import {
  type Gap,
  gapIds,
  records,
  strings,
  syncGaps,
  text,
} from "@/features/authoring/utils/question-data";

/** A text with `[[g1]]` markers; each marker is a gap with its own accepted answers. */
export function GapFillEditor({ data, onChange }: DataEditorProps) {
  const { t } = useTranslation();
  const source = text(data.text);
  const gaps: Gap[] = syncGaps(
    source,
    records(data.gaps).map((gap) => ({ id: text(gap.id), answers: strings(gap.answers) })),
  );

  function setText(value: string) {
    onChange({ ...data, text: value, gaps: syncGaps(value, gaps) });
  }

  function addGap() {
    const taken = new Set(gapIds(source));
    let n = taken.size + 1;
    while (taken.has(`g${n}`)) n += 1;
    setText(`${source}${source && !source.endsWith(" ") ? " " : ""}[[g${n}]]`);
  }

  return (
    <>
      <TextAreaField
        label={t("authoring.question.gapText")}
        hint={t("authoring.question.gapHint")}
        value={source}
        onChange={(e) => setText(e.target.value)}
      />
      <Button variant="secondary" onClick={addGap}>
        {t("authoring.question.addGap")}
      </Button>
      {gaps.map((gap) => (
        <ListField
          key={gap.id}
          label={t("authoring.question.gapAnswers", { id: gap.id })}
          value={gap.answers}
          onChange={(answers) =>
            onChange({
              ...data,
              gaps: gaps.map((other) => (other.id === gap.id ? { ...other, answers } : other)),
            })
          }
        />
      ))}
      <SelectField
        label={t("authoring.question.gapMode")}
        value={data.mode === "drag" ? "drag" : "type"}
        options={[
          { value: "type", label: t("authoring.question.gapModes.type") },
          { value: "drag", label: t("authoring.question.gapModes.drag") },
        ]}
        onChange={(e) => onChange({ ...data, mode: e.target.value })}
      />
      {data.mode === "drag" ? (
        <ListField
          label={t("authoring.question.distractors")}
          value={strings(data.distractors)}
          onChange={(distractors) => onChange({ ...data, distractors })}
        />
      ) : null}
      <ComparisonOptions data={data} onChange={onChange} />
    </>
  );
}
