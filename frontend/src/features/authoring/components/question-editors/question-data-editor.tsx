import { useTranslation } from "react-i18next";

import type { QuestionType } from "@/features/authoring/api/types";
import { ChoiceEditor } from "@/features/authoring/components/question-editors/choice-editor";
import { DictationEditor } from "@/features/authoring/components/question-editors/dictation-editor";
import { GapFillEditor } from "@/features/authoring/components/question-editors/gap-fill-editor";
import { MatchingEditor } from "@/features/authoring/components/question-editors/matching-editor";
import { NumericalEditor } from "@/features/authoring/components/question-editors/numerical-editor";
import { OrderingEditor } from "@/features/authoring/components/question-editors/ordering-editor";
import { ShortAnswerEditor } from "@/features/authoring/components/question-editors/short-answer-editor";
import { TrueFalseEditor } from "@/features/authoring/components/question-editors/true-false-editor";
import type { DataEditorProps } from "@/features/authoring/components/question-editors/types";

interface QuestionDataEditorProps extends DataEditorProps {
  type: QuestionType;
  /** The server's messages about `data`, shown under the type's own fields. */
  error?: string;
}

export function QuestionDataEditor({ type, error, ...props }: QuestionDataEditorProps) {
  const { t } = useTranslation();
  return (
    <div className={error ? "field field--invalid" : "field"}>
      {type === "single_choice" || type === "listening_choice" ? (
        <ChoiceEditor {...props} multiple={false} />
      ) : null}
      {type === "multiple_choice" ? <ChoiceEditor {...props} multiple /> : null}
      {type === "true_false" ? <TrueFalseEditor {...props} /> : null}
      {type === "short_answer" ? <ShortAnswerEditor {...props} /> : null}
      {type === "numerical" ? <NumericalEditor {...props} /> : null}
      {type === "matching" ? <MatchingEditor {...props} /> : null}
      {type === "ordering" ? <OrderingEditor {...props} /> : null}
      {type === "gap_fill" ? <GapFillEditor {...props} /> : null}
      {type === "dictation" ? <DictationEditor {...props} /> : null}
      {type === "essay" || type === "description" ? (
        <p className="muted">{t(`authoring.question.noData_${type}`)}</p>
      ) : null}
      {error ? (
        <p className="field__error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
