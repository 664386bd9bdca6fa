import { useTranslation } from "react-i18next";
import { Link, useLocation } from "react-router";

import { Button } from "@/components/ui/button";
import { FormErrors } from "@/components/ui/form-errors";
import { useEnrollment } from "@/features/catalog/api/enrollment";
import { useSession } from "@/lib/session-store";

export function EnrollButton({ courseId, enrolled }: { courseId: number; enrolled: boolean }) {
  const { t } = useTranslation();
  const { user } = useSession();
  const location = useLocation();
  const { enroll, leave } = useEnrollment(courseId);

  if (!user) {
    return (
      <p>
        <Link
          className="btn btn--primary"
          to={`/login?next=${encodeURIComponent(location.pathname)}`}
        >
          {t("catalog.loginToEnroll")}
        </Link>
      </p>
    );
  }
  return (
    <div className="form__row">
      {enrolled ? (
        <Button variant="secondary" busy={leave.isPending} onClick={() => leave.mutate()}>
          {t("catalog.leave")}
        </Button>
      ) : (
        <Button busy={enroll.isPending} onClick={() => enroll.mutate()}>
          {t("catalog.enroll")}
        </Button>
      )}
      <FormErrors error={enroll.error ?? leave.error} />
    </div>
  );
}
