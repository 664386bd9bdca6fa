import { useSortable } from "@dnd-kit/sortable";
import { CSS } from "@dnd-kit/utilities";
import { useTranslation } from "react-i18next";

interface OrderingItemRowProps {
  id: string;
  text: string;
  index: number;
  count: number;
  onMove: (to: number) => void;
}

/** One item: a handle to drag (or to pick up with Space) and buttons to move it a place. */
export function OrderingItemRow({ id, text, index, count, onMove }: OrderingItemRowProps) {
  const { t } = useTranslation();
  const { attributes, listeners, setNodeRef, transform, transition, isDragging } = useSortable({
    id,
  });
  const style = { transform: CSS.Transform.toString(transform), transition };

  return (
    <li
      ref={setNodeRef}
      style={style}
      className={isDragging ? "ordering__item ordering__item--dragging" : "ordering__item"}
    >
      <button
        type="button"
        className="btn btn--secondary btn--icon ordering__handle"
        {...attributes}
        {...listeners}
        aria-label={t("exercises.ordering.drag", { text })}
      >
        ⠿
      </button>
      <span className="ordering__text">{text}</span>
      <span className="ordering__moves">
        <button
          type="button"
          className="btn btn--secondary btn--icon"
          aria-label={t("exercises.ordering.up", { text })}
          // aria-disabled, not disabled: a disabled button would drop the keyboard focus.
          aria-disabled={index === 0}
          onClick={() => onMove(index - 1)}
        >
          ↑
        </button>
        <button
          type="button"
          className="btn btn--secondary btn--icon"
          aria-label={t("exercises.ordering.down", { text })}
          aria-disabled={index === count - 1}
          onClick={() => onMove(index + 1)}
        >
          ↓
        </button>
      </span>
    </li>
  );
}
