import { type SubmitEvent, useState } from "react";
import { useTranslation } from "react-i18next";

import { Button } from "@/components/ui/button";
import { FormErrors } from "@/components/ui/form-errors";
import { TextField } from "@/components/ui/text-field";
import { useAddAuthor, useRemoveAuthor } from "@/features/authoring/api/courses";
import type { Author } from "@/features/authoring/api/types";
import { ConfirmButton } from "@/features/authoring/components/confirm-button";
import { fieldMessage } from "@/lib/api-error";
import { useSession } from "@/lib/session-store";

/** The course's authors; only the owner (or an admin) may add or remove co-authors. */
interface CourseAuthorsProps {
  courseId: number;
  authors: readonly Author[];
}

export function CourseAuthors({ courseId, authors }: CourseAuthorsProps) {
  const { t } = useTranslation();
  const { user } = useSession();
  const add = useAddAuthor(courseId);
  const remove = useRemoveAuthor(courseId);
  const [email, setEmail] = useState("");
  const owner = authors.find((author) => author.role === "owner");
  const canManage = user?.role === "admin" || owner?.id === user?.id;

  function handleAdd(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    add.mutate(email.trim(), { onSuccess: () => setEmail("") });
  }

  return (
    <section className="card" aria-labelledby="authors">
      <h2 id="authors">{t("authoring.authors.title")}</h2>
      <FormErrors error={remove.error} />
      <ul className="authoring-authors">
        {authors.map((author) => (
          <li key={author.id} className="authoring-row">
            <span>
              {author.display_name}{" "}
              <span className="muted">({t(`authoring.authors.${author.role}`)})</span>
            </span>
            {canManage && author.role !== "owner" ? (
              <ConfirmButton
                label={t("common.remove")}
                accessibleLabel={t("authoring.authors.remove", { name: author.display_name })}
                question={t("authoring.authors.confirmRemove", { name: author.display_name })}
                confirmLabel={t("common.remove")}
                onConfirm={() => remove.mutate(author.id)}
              />
            ) : null}
          </li>
        ))}
      </ul>
      {canManage ? (
        <form className="form__row" onSubmit={handleAdd} noValidate>
          <FormErrors error={add.error} shownFields={["email"]} />
          <TextField
            label={t("authoring.authors.email")}
            type="email"
            autoComplete="off"
            value={email}
            error={fieldMessage(add.error, "email")}
            onChange={(e) => setEmail(e.target.value)}
          />
          <Button type="submit" busy={add.isPending} disabled={!email.trim()}>
            {t("authoring.authors.add")}
          </Button>
        </form>
      ) : null}
    </section>
  );
}
