import {
  closestCenter,
  DndContext,
  type DragEndEvent,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
} from "@dnd-kit/core";
import {
  arrayMove,
  SortableContext,
  sortableKeyboardCoordinates,
  verticalListSortingStrategy,
} from "@dnd-kit/sortable";
import { useState } from "react";
import { useTranslation } from "react-i18next";

import { OrderingItemRow } from "@/components/questions/ordering-item-row";
import type { OrderingItem } from "@/components/questions/question-types";
import { useSortAnnouncements } from "@/components/questions/use-sort-announcements";

interface OrderingInputProps {
  items: OrderingItem[];
  order: string[] | undefined;
  onChange: (order: string[]) => void;
}

/**
 * Put words or sentences in order by dragging them, by the keyboard (Space to pick an item
 * up, arrows to move it, Space to drop), or with each item's Move up and Move down buttons.
 */
export function OrderingInput({ items, order, onChange }: OrderingInputProps) {
  const { t } = useTranslation();
  const ids = order ?? items.map((item) => item.id);
  const text = (id: string | number) => items.find((item) => item.id === id)?.text ?? "";
  const accessibility = useSortAnnouncements(ids, text);
  const [status, setStatus] = useState("");
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );

  function move(id: string, to: number) {
    const from = ids.indexOf(id);
    if (from < 0 || to < 0 || to >= ids.length || from === to) return;
    onChange(arrayMove(ids, from, to));
    setStatus(
      t("exercises.ordering.moved", { text: text(id), position: to + 1, count: ids.length }),
    );
  }

  function handleDragEnd({ active, over }: DragEndEvent) {
    if (over) move(String(active.id), ids.indexOf(String(over.id)));
  }

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={closestCenter}
      onDragEnd={handleDragEnd}
      accessibility={accessibility}
    >
      <SortableContext items={ids} strategy={verticalListSortingStrategy}>
        <ol className="ordering">
          {ids.map((id, index) => (
            <OrderingItemRow
              key={id}
              id={id}
              text={text(id)}
              index={index}
              count={ids.length}
              onMove={(to) => move(id, to)}
            />
          ))}
        </ol>
      </SortableContext>
      <p className="visually-hidden" role="status">
        {status}
      </p>
    </DndContext>
  );
}
