import type { ReactNode } from "react";

type Tone = "error" | "success" | "info";

interface AlertProps {
  tone?: Tone;
  title?: ReactNode;
  children?: ReactNode;
}

/** Errors are announced at once (role="alert"); success and info politely (role="status"). */
export function Alert({ tone = "info", title, children }: AlertProps) {
  return (
    <div className={`alert alert--${tone}`} role={tone === "error" ? "alert" : "status"}>
      {title ? <p className="alert__title">{title}</p> : null}
      {children}
    </div>
  );
}
