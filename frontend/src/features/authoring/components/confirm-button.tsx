import { useEffect, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";

import { Button } from "@/components/ui/button";

interface ConfirmButtonProps {
  /** The button's text, e.g. "Delete". */
  label: string;
  /** A fuller name for screen readers, e.g. "Delete Lesson 1". */
  accessibleLabel?: string;
  /** The question asked before acting. */
  question: string;
  confirmLabel: string;
  busy?: boolean;
  onConfirm: () => void;
}

/** A destructive action that asks first, in a small dialog that keeps the keyboard's place. */
export function ConfirmButton(props: ConfirmButtonProps) {
  const { label, accessibleLabel, question, confirmLabel, busy = false, onConfirm } = props;
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const id = useId();
  const trigger = useRef<HTMLButtonElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);

  // Open: the focus goes to Cancel, the safe choice; Escape closes and returns to the trigger.
  useEffect(() => {
    if (!open) return;
    cancel.current?.focus();
    function onKeyDown(event: KeyboardEvent) {
      if (event.key !== "Escape") return;
      setOpen(false);
      trigger.current?.focus();
    }
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, [open]);

  function close() {
    setOpen(false);
    trigger.current?.focus();
  }

  return (
    <span className="confirm">
      <Button
        ref={trigger}
        variant="danger"
        aria-label={accessibleLabel}
        aria-expanded={open}
        busy={busy}
        onClick={() => setOpen(true)}
      >
        {label}
      </Button>
      {open ? (
        <div className="confirm__dialog card" role="alertdialog" aria-labelledby={`${id}-question`}>
          <p id={`${id}-question`}>{question}</p>
          <div className="form__row">
            <Button
              variant="danger"
              onClick={() => {
                setOpen(false);
                onConfirm();
              }}
            >
              {confirmLabel}
            </Button>
            <Button ref={cancel} variant="secondary" onClick={close}>
              {t("authoring.cancel")}
            </Button>
          </div>
        </div>
      ) : null}
    </span>
  );
}
