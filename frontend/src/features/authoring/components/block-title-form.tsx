import { type SubmitEvent, useState } from "react";
import { useTranslation } from "react-i18next";

import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import type { AuthoringBlock } from "@/features/authoring/api/types";
import { SaveError } from "@/features/authoring/components/save-error";
import { useBlockSave } from "@/features/authoring/hooks/use-block-save";
import { fieldMessage } from "@/lib/api-error";

/** The title of a block that has nothing else to edit in place (an exercise set). */
export function BlockTitleForm({
  block,
  onReload,
}: {
  block: AuthoringBlock;
  onReload: () => void;
}) {
  const { t } = useTranslation();
  const { save, update } = useBlockSave(block);
  const [title, setTitle] = useState(block.title);

  function handleSubmit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    save({ title });
  }

  return (
    <form className="form__row" onSubmit={handleSubmit} noValidate>
      <SaveError error={update.error} shownFields={["title"]} onReload={onReload} />
      <TextField
        label={t("authoring.blocks.blockTitle")}
        value={title}
        error={fieldMessage(update.error, "title")}
        onChange={(e) => {
          setTitle(e.target.value);
          update.reset();
        }}
      />
      <Button type="submit" variant="secondary" busy={update.isPending}>
        {update.isSuccess ? t("authoring.saved") : t("authoring.save")}
      </Button>
    </form>
  );
}
