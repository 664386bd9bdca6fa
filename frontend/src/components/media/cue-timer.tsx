import { useRef, useState } from "react";
import { useTranslation } from "react-i18next";

import { useSaveCues } from "@/components/media/api/caption-tracks";
import { CueRow } from "@/components/media/cue-row";
import { formatTimecode } from "@/components/media/timecode";
import type { Cue, EditorTrack, MediaKind, MediaSource } from "@/components/media/types";
import { usePlayerShortcuts } from "@/components/media/use-player-shortcuts";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FormErrors } from "@/components/ui/form-errors";
import { isApiError } from "@/lib/api-error";

interface CueTimerProps {
  assetId: number;
  kind: MediaKind;
  sources: MediaSource[];
  track: EditorTrack;
  onReload: () => void;
}

/**
 * Time a track while the media plays: the line being timed gets its start and end from the
 * media's position at a key press ([ start, ] end, \ end this line and start the next).
 * Times can also be typed. Saving sends the version loaded, so a colleague's newer save is
 * never overwritten silently.
 */
export function CueTimer({ assetId, kind, sources, track, onReload }: CueTimerProps) {
  const { t } = useTranslation();
  const box = useRef<HTMLDivElement>(null);
  const media = useRef<HTMLMediaElement | null>(null);
  const [cues, setCues] = useState<Cue[]>(() => track.cues.map((cue) => ({ ...cue })));
  const [active, setActive] = useState(() =>
    Math.max(
      0,
      cues.findIndex((cue) => cue.end === null),
    ),
  );
  const save = useSaveCues(assetId, track.id);
  const conflict = isApiError(save.error) && save.error.status === 409 ? save.error : null;

  function now(): number {
    return Math.round((media.current?.currentTime ?? 0) * 1000);
  }

  function update(index: number, change: Partial<Cue>) {
    setCues((current) => current.map((cue, i) => (i === index ? { ...cue, ...change } : cue)));
  }

  function setStart() {
    update(active, { start: now() });
  }

  function setEnd() {
    update(active, { end: now() });
  }

  function endAndNext() {
    const time = now();
    setCues((current) =>
      current.map((cue, i) => {
        if (i === active) return { ...cue, end: time };
        return i === active + 1 ? { ...cue, start: time } : cue;
      }),
    );
    setActive((index) => Math.min(index + 1, cues.length - 1));
  }

  usePlayerShortcuts(box, { "[": setStart, "]": setEnd, "\\": endAndNext });
  const untimed = cues.filter((cue) => cue.start === null || cue.end === null).length;
  const attach = (node: HTMLMediaElement | null) => {
    media.current = node;
  };
  const mediaProps = {
    ref: attach,
    controls: true,
    preload: "metadata" as const,
    "data-testid": "timing-media",
  };
  const children = sources.map((source) => (
    <source key={source.url} src={source.url} type={source.type || undefined} />
  ));

  return (
    <div
      ref={box}
      className="cue-timer"
      role="group"
      aria-label={t("captions.timing", { name: track.label || track.language })}
    >
      {kind === "video" ? (
        <video {...mediaProps}>{children}</video>
      ) : (
        <audio {...mediaProps}>{children}</audio>
      )}
      <p className="field__hint">{t("captions.timingHint")}</p>
      <div className="form__row">
        <Button variant="secondary" aria-keyshortcuts="[" onClick={setStart}>
          {t("captions.setStart")}
        </Button>
        <Button variant="secondary" aria-keyshortcuts="]" onClick={setEnd}>
          {t("captions.setEnd")}
        </Button>
        <Button variant="secondary" aria-keyshortcuts="\" onClick={endAndNext}>
          {t("captions.endAndNext")}
        </Button>
      </div>
      <p role="status">
        {t("captions.activeLine", {
          n: active + 1,
          start: formatTimecode(cues[active]?.start ?? null) || "—",
          end: formatTimecode(cues[active]?.end ?? null) || "—",
        })}
      </p>
      <ol className="cue-editor">
        {cues.map((cue, index) => (
          <CueRow
            key={index}
            index={index}
            cue={cue}
            active={index === active}
            error={isApiError(save.error) ? save.error.fieldMessage(`cues.${index}`) : undefined}
            onSelect={() => setActive(index)}
            onChange={(change) => update(index, change)}
          />
        ))}
      </ol>
      {conflict ? (
        <Alert tone="error" title={t("captions.conflictTitle")}>
          <p>{conflict.message}</p>
          <Button variant="secondary" onClick={onReload}>
            {t("captions.reload")}
          </Button>
        </Alert>
      ) : (
        <FormErrors error={save.error} shownFields={cues.map((_, index) => `cues.${index}`)} />
      )}
      {save.isSuccess ? <Alert tone="success">{t("captions.saved")}</Alert> : null}
      <Button busy={save.isPending} onClick={() => save.mutate({ version: track.version, cues })}>
        {untimed > 0 ? t("captions.saveUntimed", { count: untimed }) : t("captions.save")}
      </Button>
    </div>
  );
}
