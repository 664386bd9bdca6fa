import { useTranslation } from "react-i18next";

import { isFinal, useAsset, useRetryAsset } from "@/components/media/api/media-asset";
import { MediaPreview } from "@/components/media/media-preview";
import { Button } from "@/components/ui/button";
import { FormErrors } from "@/components/ui/form-errors";
import { Spinner } from "@/components/ui/spinner";

/**
 * Where an asset's processing is: queued, processing, ready (with a preview to play), or failed
 * with the reason and a Retry button. Asks the server again every few seconds until the status is final.
 */
export function MediaStatus({ assetId, pollMs }: { assetId: number; pollMs?: number }) {
  const { t } = useTranslation();
  const asset = useAsset(assetId, pollMs);
  const retry = useRetryAsset(assetId);

  if (asset.isPending) return <Spinner />;
  if (!asset.data) return <FormErrors error={asset.error} />;
  const { status, error, original_name: name, kind, sources } = asset.data;

  return (
    <div className={`media-status media-status--${status}`}>
      <p role="status">
        {t(`upload.status.${status}`, { name })}
        {isFinal(status) ? null : <span className="btn__spinner" aria-hidden="true" />}
      </p>
      {status === "ready" ? <MediaPreview kind={kind} name={name} sources={sources} /> : null}
      {status === "failed" ? (
        <>
          {error ? <p className="field__error">{error}</p> : null}
          <Button variant="secondary" busy={retry.isPending} onClick={() => retry.mutate()}>
            {t("upload.retry")}
          </Button>
          <FormErrors error={retry.error} />
        </>
      ) : null}
    </div>
  );
}
