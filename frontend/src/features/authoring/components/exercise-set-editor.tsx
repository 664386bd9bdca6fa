import { type SubmitEvent, useState } from "react";
import { useTranslation } from "react-i18next";

import { Button } from "@/components/ui/button";
import { FormErrors } from "@/components/ui/form-errors";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import { useExerciseSetItems } from "@/features/authoring/api/blocks";
import { useBankQuestions, useQuestionBanks } from "@/features/authoring/api/questions";
import type { AuthoringExerciseSet, ExerciseSetItem } from "@/features/authoring/api/types";
import { SortableList } from "@/features/authoring/components/sortable-list";
import { fieldMessage } from "@/lib/api-error";

interface ExerciseSetEditorProps {
  lessonId: number;
  exerciseSet: AuthoringExerciseSet;
}

/** The questions of an exercise set, taken from the teacher's banks, with their points. */
export function ExerciseSetEditor({ lessonId, exerciseSet }: ExerciseSetEditorProps) {
  const { t } = useTranslation();
  const items = useExerciseSetItems(lessonId, exerciseSet.id);
  const banks = useQuestionBanks();
  const [bankId, setBankId] = useState<number | null>(null);
  const questions = useBankQuestions(bankId);
  const [questionId, setQuestionId] = useState("");
  const [points, setPoints] = useState("1");
  const chosen = new Set(exerciseSet.items.map((item) => item.question.id));

  function handleAdd(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!questionId) return;
    items.add.mutate(
      { question_id: Number(questionId), points: Number(points.replace(",", ".")) },
      { onSuccess: () => setQuestionId("") },
    );
  }

  const label = (item: ExerciseSetItem) =>
    item.question.title || t(`authoring.questionTypes.${item.question.type}`);

  return (
    <div className="exercise-set-editor">
      <FormErrors error={items.move.error ?? items.remove.error ?? items.update.error} />
      {exerciseSet.items.length === 0 ? (
        <p className="muted">{t("authoring.exerciseSet.none")}</p>
      ) : null}
      <SortableList
        items={exerciseSet.items}
        label={t("authoring.exerciseSet.questions")}
        itemLabel={label}
        onMove={(id, position) => items.move.mutate({ id, position })}
      >
        {(item) => (
          <div className="authoring-row">
            <span className="authoring-row__main">
              {label(item)}{" "}
              <span className="muted">({t(`authoring.questionTypes.${item.question.type}`)})</span>
            </span>
            <div className="authoring-row__actions">
              <PointsInput
                item={item}
                name={label(item)}
                onSave={(value) => items.update.mutate({ id: item.id, points: value })}
              />
              <Button
                variant="secondary"
                aria-label={t("authoring.exerciseSet.removeNamed", { title: label(item) })}
                onClick={() => items.remove.mutate(item.id)}
              >
                {t("common.remove")}
              </Button>
            </div>
          </div>
        )}
      </SortableList>
      <form
        className="form card"
        onSubmit={handleAdd}
        noValidate
        aria-label={t("authoring.exerciseSet.add")}
      >
        <FormErrors error={items.add.error} shownFields={["question_id", "points"]} />
        <SelectField
          label={t("authoring.exerciseSet.bank")}
          value={bankId === null ? "" : String(bankId)}
          placeholder={t("authoring.exerciseSet.chooseBank")}
          options={(banks.data?.results ?? []).map((bank) => ({
            value: String(bank.id),
            label: bank.name,
          }))}
          onChange={(e) => {
            setBankId(e.target.value ? Number(e.target.value) : null);
            setQuestionId("");
          }}
        />
        <SelectField
          label={t("authoring.exerciseSet.question")}
          value={questionId}
          disabled={bankId === null}
          placeholder={t("authoring.exerciseSet.chooseQuestion")}
          options={(questions.data?.results ?? [])
            .filter((question) => !chosen.has(question.id))
            .map((question) => ({
              value: String(question.id),
              label: `${question.title || question.text.slice(0, 60)} (${t(`authoring.questionTypes.${question.type}`)})`,
            }))}
          error={fieldMessage(items.add.error, "question_id")}
          onChange={(e) => setQuestionId(e.target.value)}
        />
        <TextField
          label={t("authoring.exerciseSet.points")}
          inputMode="decimal"
          value={points}
          error={fieldMessage(items.add.error, "points")}
          onChange={(e) => setPoints(e.target.value)}
        />
        <Button type="submit" busy={items.add.isPending} disabled={!questionId}>
          {t("authoring.exerciseSet.add")}
        </Button>
      </form>
    </div>
  );
}

interface PointsInputProps {
  item: ExerciseSetItem;
  name: string;
  onSave: (points: number) => void;
}

function PointsInput({ item, name, onSave }: PointsInputProps) {
  const { t } = useTranslation();
  const [value, setValue] = useState(String(item.points));
  const parsed = Number(value.replace(",", "."));
  return (
    <TextField
      label={t("authoring.exerciseSet.pointsFor", { title: name })}
      className="input--compact"
      inputMode="decimal"
      value={value}
      onChange={(e) => setValue(e.target.value)}
      onBlur={() => {
        if (Number.isFinite(parsed) && parsed !== item.points) onSave(parsed);
      }}
    />
  );
}
