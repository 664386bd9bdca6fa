import "@/components/media/media.css";

import { useMemo, useRef, useState } from "react";
import { useTranslation } from "react-i18next";

import { LoopControls } from "@/components/media/loop-controls";
import { cueIndexAt, timedCues, translationFor } from "@/components/media/playback";
import { PlayerControls } from "@/components/media/player-controls";
import { ShortcutList } from "@/components/media/shortcut-list";
import { TrackSelect } from "@/components/media/track-select";
import { Transcript } from "@/components/media/transcript";
import type { CaptionTrack, MediaKind, MediaSource, PlayerVariant } from "@/components/media/types";
import { useMediaPlayer } from "@/components/media/use-media-player";
import { usePlayerShortcuts } from "@/components/media/use-player-shortcuts";
import { VariantSelect } from "@/components/media/variant-select";

export interface MediaPlayerProps {
  kind: MediaKind;
  title: string;
  /** The files of one recording; or give `variants` to offer several voices. */
  sources?: MediaSource[];
  /** Versions of the same words (recording, accents, slow), the first one preferred. */
  variants?: PlayerVariant[];
  poster?: string | null;
  width?: number | null;
  height?: number | null;
  /** Known before the file loads (the server probed it), so nothing has to be fetched. */
  duration?: number | null;
  tracks?: CaptionTrack[];
  /** A short clip (a sentence, a dialogue line): no loop or transcript controls. */
  compact?: boolean;
}

/**
 * One player for video and audio: speed with pitch kept, skip back, repeat the sentence, A–B
 * loop, captions and an interactive transcript, keyboard shortcuts while focus is inside.
 */
export function MediaPlayer(props: MediaPlayerProps) {
  const { kind, title, poster, tracks = [], compact = false } = props;
  const { t } = useTranslation();
  const group = useRef<HTMLDivElement>(null);
  const variants = useMemo<PlayerVariant[]>(
    () => props.variants ?? [{ id: "main", label: "", sources: props.sources ?? [] }],
    [props.variants, props.sources],
  );
  const [variantId, setVariantId] = useState(variants[0]?.id ?? "");
  const variant = variants.find((item) => item.id === variantId) ?? variants[0];

  const captionTracks = tracks.filter((track) => track.kind === "captions");
  const [trackId, setTrackId] = useState(captionTracks[0]?.id);
  const track = captionTracks.find((item) => item.id === trackId) ?? captionTracks[0];
  const cues = useMemo(() => timedCues(track?.cues ?? []), [track]);
  const translationTrack = tracks.find((item) => item.kind === "translation");
  const translationCues = useMemo(
    () => (translationTrack ? timedCues(translationTrack.cues) : []),
    [translationTrack],
  );
  const [captions, setCaptions] = useState(true);
  const [translation, setTranslation] = useState(false);

  const player = useMediaPlayer({ cues, knownDuration: props.duration ?? 0 });
  const current = cueIndexAt(cues, player.time);
  const currentCue = cues[current];
  const hasCues = cues.length > 0;
  const hasTranslation = hasCues && translationCues.length > 0;

  usePlayerShortcuts(group, {
    k: player.toggle,
    " ": player.toggle,
    j: player.skipBack,
    ArrowLeft: player.skipBack,
    r: hasCues ? player.repeatSentence : undefined,
    l: compact ? undefined : player.markLoop,
    "-": () => player.changeSpeed(player.rate - 0.05),
    "+": () => player.changeSpeed(player.rate + 0.05),
    "=": () => player.changeSpeed(player.rate + 0.05),
    c: hasCues ? () => setCaptions((value) => !value) : undefined,
    t: hasTranslation ? () => setTranslation((value) => !value) : undefined,
  });

  function chooseVariant(id: string) {
    setVariantId(id);
    player.reset();
  }

  const sources = variant?.sources ?? [];
  const mediaProps = {
    ref: player.attach,
    "data-testid": `${kind}-element`,
    // Nothing is downloaded until the learner presses play; the duration is known already.
    preload: props.duration ? "none" : "metadata",
    ...player.events,
  };
  const children = sources.map((source) => (
    <source key={source.url} src={source.url} type={source.type || undefined} />
  ));
  const captionLine =
    captions && currentCue ? (
      <p className={`player__caption player__caption--${kind}`} aria-hidden="true">
        {currentCue.text}
        {translation ? (
          <span className="player__caption-translation">
            {translationFor(currentCue, translationCues)}
          </span>
        ) : null}
      </p>
    ) : null;

  return (
    <div
      ref={group}
      className={`player player--${kind}${compact ? " player--compact" : ""}`}
      role="group"
      aria-label={t(kind === "video" ? "player.videoPlayer" : "audio.player", { title })}
    >
      <VariantSelect variants={variants} value={variant?.id ?? ""} onChange={chooseVariant} />
      {kind === "video" ? (
        <div
          className="player__screen"
          data-testid="video-screen"
          // The box has its final size before the video loads: nothing below it jumps.
          style={{ aspectRatio: `${props.width || 16} / ${props.height || 9}` }}
        >
          <video key={variant?.id} {...mediaProps} poster={poster ?? undefined} playsInline>
            {children}
          </video>
          {captionLine}
        </div>
      ) : (
        <audio key={variant?.id} {...mediaProps}>
          {children}
        </audio>
      )}
      <PlayerControls
        player={player}
        hasCues={hasCues}
        hasTranslation={hasTranslation}
        captions={captions}
        translation={translation}
        onCaptionsChange={setCaptions}
        onTranslationChange={setTranslation}
      />
      {kind === "audio" ? captionLine : null}
      {compact ? null : <LoopControls player={player} />}
      {captionTracks.length > 1 ? (
        <TrackSelect tracks={captionTracks} value={track?.id} onChange={setTrackId} />
      ) : null}
      {hasCues && !compact ? (
        <Transcript
          cues={cues}
          current={current}
          translation={translation ? translationCues : null}
          onSeek={(seconds) => {
            player.jump(seconds);
            player.play();
          }}
        />
      ) : null}
      {compact ? null : <ShortcutList hasCues={hasCues} />}
    </div>
  );
}
