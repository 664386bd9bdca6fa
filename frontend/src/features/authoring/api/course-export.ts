import { useMutation } from "@tanstack/react-query";
import { useRef } from "react";

import { download } from "@/features/authoring/api/request";

interface ExportedCourse {
  id: number;
  slug: string;
}

/** Download a course as a package (manifest.json and its media), named as the server says. */
export function courseExport({ id, slug }: ExportedCourse): Promise<void> {
  return download(`authoring/courses/${id}/export`, {}, `${slug}.zip`);
}

/**
 * Export one course at a time. The guard is set at the click itself: a double click lands
 * before the mutation reports that it is pending, and each click would build a whole package.
 */
export function useCourseExport() {
  const running = useRef(false);
  const mutation = useMutation({
    mutationFn: courseExport,
    onSettled: () => {
      running.current = false;
    },
  });

  function start(course: ExportedCourse) {
    if (running.current) return;
    running.current = true;
    mutation.mutate(course);
  }

  return { start, busy: mutation.isPending, error: mutation.error };
}
