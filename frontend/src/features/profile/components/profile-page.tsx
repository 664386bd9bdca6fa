import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";

import { FormErrors } from "@/components/ui/form-errors";
import { Spinner } from "@/components/ui/spinner";
import { useProfile } from "@/features/profile/api/get-profile";
import { AvatarField } from "@/features/profile/components/avatar-field";
import { ProfileForm } from "@/features/profile/components/profile-form";
import { useDocumentTitle } from "@/lib/use-document-title";

/** `footer` is where the app puts sections other features own (the password change). */
export function ProfilePage({ footer }: { footer?: ReactNode }) {
  const { t } = useTranslation();
  const profile = useProfile();
  useDocumentTitle(t("profile.title"));

  return (
    <div className="page page--narrow">
      <h1>{t("profile.title")}</h1>
      {profile.isPending ? <Spinner /> : null}
      <FormErrors error={profile.error} />
      {profile.data ? (
        <>
          <p className="muted">{profile.data.email}</p>
          <AvatarField avatarUrl={profile.data.avatar_url ?? null} />
          <ProfileForm profile={profile.data} />
          {footer}
        </>
      ) : null}
    </div>
  );
}
