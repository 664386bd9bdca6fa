import {
  DndContext,
  type DragEndEvent,
  PointerSensor,
  TouchSensor,
  useDraggable,
  useDroppable,
  useSensor,
  useSensors,
} from "@dnd-kit/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";

import { gapIds, type QuestionContent } from "@/components/questions/question-types";
import { availableWords } from "@/components/questions/word-bank";

interface GapWordBankProps {
  question: QuestionContent;
  number: number;
  gaps: Record<string, string>;
  onChange: (gaps: Record<string, string>) => void;
}

/**
 * Gaps filled from a word bank. A pointer drags a word onto a gap; the keyboard (and a tap)
 * picks a word with its button, then places it with the gap's button. A filled gap pressed
 * with no word picked gives its word back to the bank.
 */
export function GapWordBank({ question, number, gaps, onChange }: GapWordBankProps) {
  const { t } = useTranslation();
  const [picked, setPicked] = useState<string | null>(null);
  const order = gapIds(question);
  const bank = availableWords(question.word_bank ?? [], gaps);
  // Drag only with a pointer: keys already pick and place through the buttons.
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(TouchSensor, { activationConstraint: { delay: 150, tolerance: 5 } }),
  );

  function place(gapId: string, word: string) {
    onChange({ ...gaps, [gapId]: word });
    setPicked(null);
  }

  function pressGap(gapId: string) {
    if (picked !== null) {
      place(gapId, picked);
      return;
    }
    const rest = Object.fromEntries(Object.entries(gaps).filter(([key]) => key !== gapId));
    onChange(rest);
  }

  function handleDragEnd({ active, over }: DragEndEvent) {
    const word: unknown = active.data.current?.word;
    if (over && typeof word === "string") place(String(over.id), word);
  }

  return (
    <DndContext sensors={sensors} onDragEnd={handleDragEnd}>
      <p className="gap-text">
        {(question.segments ?? []).map((segment, index) =>
          segment.type === "text" ? (
            <span key={index}>{segment.text}</span>
          ) : (
            <DropGap
              key={segment.id}
              id={segment.id}
              word={gaps[segment.id]}
              label={t("exercises.gaps.gap", {
                n: order.indexOf(segment.id) + 1,
                count: order.length,
                question: number,
              })}
              onPress={() => pressGap(segment.id)}
            />
          ),
        )}
      </p>
      <ul className="word-bank" aria-label={t("exercises.gaps.bank", { n: number })}>
        {bank.map((word, index) => (
          <DragWord
            key={`${word}-${index}`}
            id={`${number}-${index}-${word}`}
            word={word}
            picked={picked === word}
            onPress={() => setPicked(picked === word ? null : word)}
          />
        ))}
      </ul>
      <p className="visually-hidden" role="status">
        {picked === null ? "" : t("exercises.gaps.picked", { word: picked })}
      </p>
    </DndContext>
  );
}

interface DropGapProps {
  id: string;
  word: string | undefined;
  label: string;
  onPress: () => void;
}

function DropGap({ id, word, label, onPress }: DropGapProps) {
  const { t } = useTranslation();
  const { setNodeRef, isOver } = useDroppable({ id });
  return (
    <button
      ref={setNodeRef}
      type="button"
      className={`gap-text__slot${isOver ? " gap-text__slot--over" : ""}`}
      aria-label={`${label}: ${word ?? t("exercises.gaps.empty")}`}
      onClick={onPress}
    >
      {word ?? "\u2003\u2003\u2003"}
    </button>
  );
}

interface DragWordProps {
  id: string;
  word: string;
  picked: boolean;
  onPress: () => void;
}

function DragWord({ id, word, picked, onPress }: DragWordProps) {
  const { attributes, listeners, setNodeRef, transform } = useDraggable({ id, data: { word } });
  const style = transform ? { transform: `translate(${transform.x}px, ${transform.y}px)` } : {};
  return (
    <li>
      <button
        ref={setNodeRef}
        type="button"
        className="btn btn--secondary word-bank__word"
        style={style}
        {...listeners}
        {...attributes}
        // dnd-kit marks the handle as a draggable "button"; it is a real toggle button here.
        role={undefined}
        aria-roledescription={undefined}
        aria-describedby={undefined}
        aria-pressed={picked}
        onClick={onPress}
      >
        {word}
      </button>
    </li>
  );
}
