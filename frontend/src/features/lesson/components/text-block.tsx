import { useTranslation } from "react-i18next";

import { MediaPlayer } from "@/components/media/media-player";
import { speechVariants } from "@/components/media/speech";
import type { SpeechClip } from "@/components/media/types";

interface TextBlockProps {
  html: string;
  /** The teacher's own recording, offered before any generated voice. */
  recordingUrl?: string | null;
  speech: SpeechClip[];
}

/** A text, with the teacher's recording and its generated speech in each chosen accent. */
export function TextBlock({ html, recordingUrl, speech }: TextBlockProps) {
  const { t } = useTranslation();
  return (
    <section className="block">
      {/* Markdown rendered and sanitised on the server; never built from user input here. */}
      <div className="prose" dangerouslySetInnerHTML={{ __html: html }} />
      {recordingUrl || speech.length > 0 ? (
        <MediaPlayer
          kind="audio"
          compact
          title={t("lesson.listenText")}
          variants={speechVariants(recordingUrl, speech, t)}
        />
      ) : null}
    </section>
  );
}
