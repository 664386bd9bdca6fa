import { useTranslation } from "react-i18next";

import { formatBytes } from "@/components/media/sizes";

interface ByteProgressProps {
  sent: number;
  total: number;
  className: string;
}

/** A labelled progress bar of bytes sent, read out as "40% — 4 MB of 10 MB". */
export function ByteProgress({ sent, total, className }: ByteProgressProps) {
  const { t, i18n } = useTranslation();
  const percent = total > 0 ? Math.floor((sent / total) * 100) : 0;
  const text = t("upload.progressText", {
    percent,
    sent: formatBytes(sent, i18n.language),
    total: formatBytes(total, i18n.language),
  });

  return (
    <>
      <progress
        className={className}
        max={100}
        value={percent}
        aria-label={t("upload.progress")}
        aria-valuetext={text}
      />
      <p aria-hidden="true">{text}</p>
    </>
  );
}
