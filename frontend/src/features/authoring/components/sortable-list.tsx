import {
  type Announcements,
  closestCenter,
  DndContext,
  type DragEndEvent,
  KeyboardSensor,
  PointerSensor,
  type UniqueIdentifier,
  useSensor,
  useSensors,
} from "@dnd-kit/core";
import {
  SortableContext,
  sortableKeyboardCoordinates,
  useSortable,
  verticalListSortingStrategy,
} from "@dnd-kit/sortable";
import { CSS } from "@dnd-kit/utilities";
import { type ReactNode, useState } from "react";
import { useTranslation } from "react-i18next";

interface Identified {
  id: number;
}

interface SortableListProps<T extends Identified> {
  items: readonly T[];
  /** What the list holds, e.g. "Lessons": names the list for screen readers. */
  label: string;
  itemLabel: (item: T) => string;
  /** Called with the item and its new 0-based position. */
  onMove: (id: number, position: number) => void;
  children: (item: T, index: number) => ReactNode;
}

/**
 * A list a teacher reorders by dragging a handle, by the keyboard on that handle (Space to pick
 * up, arrows, Space to drop; dnd-kit announces each step), or with the Move up/down buttons.
 */
export function SortableList<T extends Identified>(props: SortableListProps<T>) {
  const { items, label, itemLabel, onMove, children } = props;
  const { t } = useTranslation();
  const [announcement, setAnnouncement] = useState("");
  const sensors = useSensors(
    useSensor(PointerSensor),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  const titleOf = (id: UniqueIdentifier) => {
    const item = items.find((candidate) => candidate.id === id);
    return item ? itemLabel(item) : "";
  };
  const indexOf = (id: UniqueIdentifier) => items.findIndex((item) => item.id === id);
  const count = items.length;
  const announcements: Announcements = {
    onDragStart: ({ active }) =>
      t("authoring.sort.picked", {
        title: titleOf(active.id),
        position: indexOf(active.id) + 1,
        count,
      }),
    onDragOver: ({ active, over }) =>
      over
        ? t("authoring.sort.over", {
            title: titleOf(active.id),
            position: indexOf(over.id) + 1,
            count,
          })
        : undefined,
    onDragEnd: ({ active, over }) =>
      t("authoring.sort.dropped", {
        title: titleOf(active.id),
        position: indexOf(over?.id ?? active.id) + 1,
        count,
      }),
    onDragCancel: ({ active }) => t("authoring.sort.cancelled", { title: titleOf(active.id) }),
  };

  function move(item: T, position: number) {
    if (position < 0 || position >= count || position === indexOf(item.id)) return;
    onMove(item.id, position);
    setAnnouncement(
      t("authoring.sort.moved", { title: itemLabel(item), position: position + 1, count }),
    );
  }

  function handleDragEnd({ active, over }: DragEndEvent) {
    const item = items.find((candidate) => candidate.id === active.id);
    if (item && over && over.id !== active.id) move(item, indexOf(over.id));
  }

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={closestCenter}
      onDragEnd={handleDragEnd}
      accessibility={{
        announcements,
        screenReaderInstructions: { draggable: t("authoring.sort.instructions") },
      }}
    >
      <SortableContext items={items.map((item) => item.id)} strategy={verticalListSortingStrategy}>
        <ol className="sortable" aria-label={label}>
          {items.map((item, index) => (
            <SortableRow
              key={item.id}
              id={item.id}
              title={itemLabel(item)}
              first={index === 0}
              last={index === count - 1}
              onUp={() => move(item, index - 1)}
              onDown={() => move(item, index + 1)}
            >
              {children(item, index)}
            </SortableRow>
          ))}
        </ol>
      </SortableContext>
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
    </DndContext>
  );
}

interface SortableRowProps {
  id: number;
  title: string;
  first: boolean;
  last: boolean;
  onUp: () => void;
  onDown: () => void;
  children: ReactNode;
}

function SortableRow({ id, title, first, last, onUp, onDown, children }: SortableRowProps) {
  const { t } = useTranslation();
  const {
    attributes,
    listeners,
    setNodeRef,
    setActivatorNodeRef,
    transform,
    transition,
    isDragging,
  } = useSortable({ id, attributes: { roleDescription: t("authoring.sort.roleDescription") } });
  const style = { transform: CSS.Transform.toString(transform), transition };
  return (
    <li
      ref={setNodeRef}
      style={style}
      className={isDragging ? "sortable__item sortable__item--dragging" : "sortable__item"}
    >
      <div className="sortable__controls">
        <button
          type="button"
          ref={setActivatorNodeRef}
          className="btn btn--secondary btn--icon sortable__handle"
          {...attributes}
          {...listeners}
          aria-label={t("authoring.sort.drag", { title })}
        >
          <span aria-hidden="true">⠿</span>
        </button>
        {/* aria-disabled, not disabled: the focus stays on the button after the last move. */}
        <button
          type="button"
          className="btn btn--secondary btn--icon"
          aria-label={t("authoring.sort.up", { title })}
          aria-disabled={first || undefined}
          onClick={onUp}
        >
          <span aria-hidden="true">↑</span>
        </button>
        <button
          type="button"
          className="btn btn--secondary btn--icon"
          aria-label={t("authoring.sort.down", { title })}
          aria-disabled={last || undefined}
          onClick={onDown}
        >
          <span aria-hidden="true">↓</span>
        </button>
      </div>
      <div className="sortable__body">{children}</div>
    </li>
  );
}
