import { type SubmitEvent, useState } from "react";
import { useTranslation } from "react-i18next";

import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FormErrors } from "@/components/ui/form-errors";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import { useUpdateProfile } from "@/features/profile/api/update-profile";
import { TargetLanguagesField } from "@/features/profile/components/target-languages-field";
import { TimeZoneField } from "@/features/profile/components/time-zone-field";
import { useChangeLanguage } from "@/features/profile/hooks/use-change-language";
import { fieldMessage, isApiError } from "@/lib/api-error";
import { INTERFACE_LANGUAGES, type Profile, type TargetLanguage } from "@/lib/api-types";
import { isInterfaceLanguage } from "@/lib/i18n";
import { useLanguages } from "@/lib/reference-data";
import { updateSessionUser, useSession } from "@/lib/session-store";

export function ProfileForm({ profile }: { profile: Profile }) {
  const { t, i18n } = useTranslation();
  const { user } = useSession();
  const update = useUpdateProfile();
  const languages = useLanguages();
  const changeLanguage = useChangeLanguage();
  const [draft, setDraft] = useState(() => ({
    display_name: profile.display_name,
    native_language: profile.native_language,
    daily_goal_minutes: String(profile.daily_goal_minutes),
    time_zone: profile.time_zone,
  }));
  const [targets, setTargets] = useState<TargetLanguage[]>(profile.target_languages);
  const error = update.error;
  const languageOptions = (languages.data ?? []).map((l) => ({ value: l.code, label: l.name }));
  const shownFields = [...Object.keys(draft), "interface_language"].concat(
    Object.keys(isApiError(error) ? error.fields : {}).filter((f) =>
      f.startsWith("target_languages"),
    ),
  );

  function set<K extends keyof typeof draft>(key: K, value: (typeof draft)[K]) {
    setDraft((current) => ({ ...current, [key]: value }));
  }

  function handleSubmit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    const minutes = Number(draft.daily_goal_minutes);
    // The interface language is not part of the draft: it is saved as soon as it is picked,
    // here or in the header, and the form shows the language in use.
    update.mutate(
      {
        ...draft,
        ...(isInterfaceLanguage(i18n.language) ? { interface_language: i18n.language } : {}),
        daily_goal_minutes: Number.isFinite(minutes) ? minutes : 0,
        target_languages: targets,
      },
      {
        onSuccess: (saved) => {
          if (user) {
            updateSessionUser({
              ...user,
              display_name: saved.display_name,
              interface_language: saved.interface_language,
            });
          }
        },
      },
    );
  }

  return (
    <form
      className="form card"
      onSubmit={handleSubmit}
      noValidate
      aria-label={t("profile.formLabel")}
    >
      <FormErrors error={error} shownFields={shownFields} />
      {update.isSuccess ? <Alert tone="success">{t("profile.saved")}</Alert> : null}
      <TextField
        label={t("fields.displayName")}
        name="display_name"
        value={draft.display_name}
        onChange={(e) => set("display_name", e.target.value)}
        error={fieldMessage(error, "display_name")}
      />
      <SelectField
        label={t("profile.nativeLanguage")}
        value={draft.native_language}
        placeholder={t("profile.notChosen")}
        options={languageOptions}
        onChange={(e) => set("native_language", e.target.value)}
        error={fieldMessage(error, "native_language")}
      />
      <SelectField
        label={t("profile.interfaceLanguage")}
        value={i18n.language}
        options={INTERFACE_LANGUAGES.map((code) => ({
          value: code,
          label: t(`languages.${code}`),
        }))}
        onChange={(e) => void changeLanguage(e.target.value)}
        error={fieldMessage(error, "interface_language")}
      />
      <TargetLanguagesField
        value={targets}
        onChange={setTargets}
        languages={languageOptions}
        error={error}
      />
      <TextField
        label={t("profile.dailyGoal")}
        type="number"
        inputMode="numeric"
        min={0}
        max={1440}
        value={draft.daily_goal_minutes}
        onChange={(e) => set("daily_goal_minutes", e.target.value)}
        error={fieldMessage(error, "daily_goal_minutes")}
      />
      <TimeZoneField
        value={draft.time_zone}
        onChange={(zone) => set("time_zone", zone)}
        error={fieldMessage(error, "time_zone")}
      />
      <Button type="submit" busy={update.isPending}>
        {t("profile.save")}
      </Button>
    </form>
  );
}
