import { ExerciseSetView } from "@/features/exercises/components/exercise-set-view";
import { LessonPage } from "@/features/lesson/components/lesson-page";

/* The lesson feature shows blocks; the exercises feature answers and grades. The route joins them. */
export function LessonRoute() {
  return <LessonPage renderExerciseSet={(set) => <ExerciseSetView exerciseSet={set} />} />;
}
