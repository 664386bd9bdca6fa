import "@/components/media/media.css";

import { useState } from "react";
import { useTranslation } from "react-i18next";

import { useTracks } from "@/components/media/api/caption-tracks";
import { CaptionFileForm } from "@/components/media/caption-file-form";
import { CueTimer } from "@/components/media/cue-timer";
import { TranscriptForm } from "@/components/media/transcript-form";
import type { MediaKind, MediaSource } from "@/components/media/types";
import { FormErrors } from "@/components/ui/form-errors";
import { Spinner } from "@/components/ui/spinner";

interface CaptionEditorProps {
  asset: { id: number; kind: MediaKind; sources: MediaSource[] };
  /** The course's language, filled in as the new track's language (a teacher may change it). */
  language?: string;
}

/**
 * A media asset's caption tracks: add one from a WebVTT/SRT file or a typed transcript, and
 * time a track's lines while the media plays.
 */
export function CaptionEditor({ asset, language = "" }: CaptionEditorProps) {
  const { t } = useTranslation();
  const tracks = useTracks(asset.id);
  const [editing, setEditing] = useState<number | null>(null);
  const track = tracks.data?.find((item) => item.id === editing);

  return (
    <section className="caption-editor" aria-label={t("captions.title")}>
      <h3>{t("captions.title")}</h3>
      {tracks.isPending ? <Spinner /> : <FormErrors error={tracks.error} />}
      {tracks.data && tracks.data.length === 0 ? (
        <p className="muted">{t("captions.none")}</p>
      ) : null}
      <ul className="caption-editor__tracks">
        {(tracks.data ?? []).map((item) => (
          <li key={item.id}>
            {t("captions.trackSummary", {
              name: item.label || item.language,
              kind: t(
                item.kind === "translation" ? "captions.kindTranslation" : "captions.kindCaptions",
              ),
              count: item.cues.length,
            })}{" "}
            <button
              type="button"
              className="btn btn--secondary"
              aria-pressed={editing === item.id}
              onClick={() => setEditing(editing === item.id ? null : item.id)}
            >
              {t("captions.edit", { name: item.label || item.language })}
            </button>
          </li>
        ))}
      </ul>
      {track ? (
        <CueTimer
          // A reload (after a conflict) or a save brings a new version: start from it.
          key={`${track.id}-${track.version}`}
          assetId={asset.id}
          kind={asset.kind}
          sources={asset.sources}
          track={track}
          onReload={() => void tracks.refetch()}
        />
      ) : null}
      <CaptionFileForm
        assetId={asset.id}
        language={language}
        onCreated={(created) => setEditing(created.id)}
      />
      <TranscriptForm
        assetId={asset.id}
        language={language}
        onCreated={(created) => setEditing(created.id)}
      />
    </section>
  );
}
