import type { Announcements, ScreenReaderInstructions, UniqueIdentifier } from "@dnd-kit/core";
import { useTranslation } from "react-i18next";

/** What a screen reader hears while an item is dragged by keyboard, in the learner's language. */
export function useSortAnnouncements(
  ids: readonly string[],
  text: (id: UniqueIdentifier) => string,
): { announcements: Announcements; screenReaderInstructions: ScreenReaderInstructions } {
  const { t } = useTranslation();
  const position = (id: UniqueIdentifier | undefined) =>
    id === undefined ? 0 : ids.indexOf(String(id)) + 1;
  const count = ids.length;
  return {
    screenReaderInstructions: { draggable: t("exercises.ordering.instructions") },
    announcements: {
      onDragStart: ({ active }) =>
        t("exercises.ordering.picked", {
          text: text(active.id),
          position: position(active.id),
          count,
        }),
      onDragOver: ({ active, over }) =>
        over
          ? t("exercises.ordering.over", {
              text: text(active.id),
              position: position(over.id),
              count,
            })
          : undefined,
      onDragEnd: ({ active, over }) =>
        t("exercises.ordering.dropped", {
          text: text(active.id),
          position: position(over?.id ?? active.id),
          count,
        }),
      onDragCancel: ({ active }) => t("exercises.ordering.cancelled", { text: text(active.id) }),
    },
  };
}
