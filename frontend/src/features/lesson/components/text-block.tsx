import { useTranslation } from "react-i18next";

import { MediaPlayer } from "@/components/media/media-player";
import { speechVariants } from "@/components/media/speech";
import type { SpeechClip } from "@/components/media/types";

interface TextBlockProps {
  html: string;
  speech: SpeechClip[];
}

/** A text, with its generated speech in each accent the teacher chose. */
export function TextBlock({ html, speech }: TextBlockProps) {
  const { t } = useTranslation();
  return (
    <section className="block">
      {/* Markdown rendered and sanitised on the server; never built from user input here. */}
      <div className="prose" dangerouslySetInnerHTML={{ __html: html }} />
      {speech.length > 0 ? (
        <MediaPlayer
          kind="audio"
          compact
          title={t("lesson.listenText")}
          variants={speechVariants(null, speech, t)}
        />
      ) : null}
    </section>
  );
}
