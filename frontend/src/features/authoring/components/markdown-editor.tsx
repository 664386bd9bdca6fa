import { useTranslation } from "react-i18next";

import { TextAreaField } from "@/components/ui/text-area-field";
import { useMarkdownPreview } from "@/features/authoring/api/misc";
import { useDebouncedValue } from "@/lib/use-debounced-value";

interface MarkdownEditorProps {
  label: string;
  value: string;
  error?: string;
  rows?: number;
  onChange: (value: string) => void;
}

const PREVIEW_DELAY_MS = 400;

/** A Markdown source beside its preview, rendered by the server's own renderer and sanitiser. */
export function MarkdownEditor({ label, value, error, rows = 8, onChange }: MarkdownEditorProps) {
  const { t } = useTranslation();
  const source = useDebouncedValue(value, PREVIEW_DELAY_MS);
  const preview = useMarkdownPreview(source);
  const html = source.trim() === "" ? "" : (preview.data?.html ?? "");

  return (
    <div className="markdown-editor">
      <TextAreaField
        label={label}
        hint={t("authoring.markdown.hint")}
        value={value}
        rows={rows}
        error={error}
        onChange={(event) => onChange(event.target.value)}
      />
      <section
        className="markdown-editor__preview"
        aria-label={t("authoring.markdown.preview", { label })}
      >
        <p className="field__label" aria-hidden="true">
          {t("authoring.markdown.previewTitle")}
        </p>
        {preview.isError ? (
          <p className="muted">{t("authoring.markdown.previewFailed")}</p>
        ) : html ? (
          // Rendered and sanitised on the server (markdown-it + nh3), as when the text is saved.
          <div className="prose" dangerouslySetInnerHTML={{ __html: html }} />
        ) : (
          <p className="muted">{t("authoring.markdown.empty")}</p>
        )}
      </section>
    </div>
  );
}
