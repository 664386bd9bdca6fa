import { useTranslation } from "react-i18next";

import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import { ListField } from "@/features/authoring/components/question-editors/list-field";
import type { DataEditorProps } from "@/features/authoring/components/question-editors/types";
import {
  nextId,
  type Pair,
  records,
  strings,
  text,
} from "@/features/authoring/utils/question-data";

export function MatchingEditor({ data, onChange }: DataEditorProps) {
  const { t } = useTranslation();
  const pairs: Pair[] = records(data.pairs).map((pair, index) => ({
    id: text(pair.id) || `p${index + 1}`,
    left: text(pair.left),
    right: text(pair.right),
  }));

  function write(next: Pair[]) {
    onChange({ ...data, pairs: next });
  }
  function patch(index: number, changes: Partial<Pair>) {
    write(pairs.map((pair, i) => (i === index ? { ...pair, ...changes } : pair)));
  }

  return (
    <fieldset className="fieldset">
      <legend>{t("authoring.question.pairs")}</legend>
      {pairs.map((pair, index) => {
        const n = index + 1;
        return (
          <div key={pair.id} className="answer-row">
            <TextField
              label={t("authoring.question.left", { n })}
              value={pair.left}
              onChange={(e) => patch(index, { left: e.target.value })}
            />
            <TextField
              label={t("authoring.question.right", { n })}
              value={pair.right}
              onChange={(e) => patch(index, { right: e.target.value })}
            />
            <Button
              variant="secondary"
              aria-label={t("authoring.question.removePair", { n })}
              onClick={() => write(pairs.filter((_, i) => i !== index))}
            >
              {t("common.remove")}
            </Button>
          </div>
        );
      })}
      <Button
        variant="secondary"
        onClick={() => write([...pairs, { id: nextId("p", pairs), left: "", right: "" }])}
      >
        {t("authoring.question.addPair")}
      </Button>
      <ListField
        label={t("authoring.question.distractors")}
        value={strings(data.distractors)}
        onChange={(distractors) => onChange({ ...data, distractors })}
      />
    </fieldset>
  );
}
