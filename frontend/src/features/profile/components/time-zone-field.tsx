import { useTranslation } from "react-i18next";

import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/select-field";
import { selectableTimeZones, timeZoneLabel } from "@/features/profile/utils/time-zones";
import { useTimezones } from "@/lib/reference-data";

interface TimeZoneFieldProps {
  value: string;
  onChange: (zone: string) => void;
  error: string | undefined;
}

function deviceTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/** The time zone, with a one-click offer of this device's zone when it is another one. */
export function TimeZoneField({ value, onChange, error }: TimeZoneFieldProps) {
  const { t, i18n } = useTranslation();
  const timezones = useTimezones();
  const zones = selectableTimeZones(timezones.data ?? [], value);
  const device = deviceTimeZone();
  const offer = device !== value && zones.includes(device);

  return (
    <div>
      <SelectField
        label={t("profile.timeZone")}
        value={value}
        options={zones.map((zone) => ({ value: zone, label: timeZoneLabel(zone, i18n.language) }))}
        onChange={(e) => onChange(e.target.value)}
        error={error}
      />
      {offer ? (
        <Button variant="link" onClick={() => onChange(device)}>
          {t("profile.useDeviceZone", { zone: timeZoneLabel(device, i18n.language) })}
        </Button>
      ) : null}
    </div>
  );
}
