import { useEffect, useRef, useState } from "react";
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
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState("");
  const main = useRef<HTMLButtonElement>(null);
  const confirm = useRef<HTMLButtonElement>(null);
  // Set by an action whose button goes away or is disabled while it runs: the browser would
  // drop focus to the page, and a keyboard user would start again from the top.
  const refocus = useRef<"main" | "confirm" | null>(null);
  const busy = enroll.isPending || leave.isPending;

  useEffect(() => {
    if (!refocus.current || busy) return;
    (refocus.current === "confirm" ? confirm : main).current?.focus();
    refocus.current = null;
  }, [busy, confirming, enrolled]);

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

  function handleEnroll() {
    refocus.current = "main";
    enroll.mutate(undefined, { onSuccess: () => setMessage(t("catalog.enrolledNow")) });
  }

  function handleLeave() {
    refocus.current = "main";
    leave.mutate(undefined, {
      onSuccess: () => setMessage(t("catalog.leftNow")),
      onSettled: () => setConfirming(false),
    });
  }

  function ask(open: boolean) {
    refocus.current = open ? "confirm" : "main";
    setMessage("");
    setConfirming(open);
  }

  return (
    <div className="enroll">
      {confirming ? (
        <div className="form__row" role="group" aria-labelledby={`leave-question-${courseId}`}>
          <p id={`leave-question-${courseId}`}>{t("catalog.leaveQuestion")}</p>
          <Button ref={confirm} variant="danger" busy={leave.isPending} onClick={handleLeave}>
            {t("catalog.leaveConfirm")}
          </Button>
          <Button variant="secondary" disabled={leave.isPending} onClick={() => ask(false)}>
            {t("catalog.cancel")}
          </Button>
        </div>
      ) : (
        <div className="form__row">
          {enrolled ? (
            <Button ref={main} variant="secondary" onClick={() => ask(true)}>
              {t("catalog.leave")}
            </Button>
          ) : (
            <Button ref={main} busy={enroll.isPending} onClick={handleEnroll}>
              {t("catalog.enroll")}
            </Button>
          )}
        </div>
      )}
      <p className="muted" role="status">
        {message}
      </p>
      <FormErrors error={enroll.error ?? leave.error} />
    </div>
  );
}
