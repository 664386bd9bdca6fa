import { useTranslation } from "react-i18next";

/** The player's keys, written out for those who cannot guess them. */
export function ShortcutList({ hasCues }: { hasCues: boolean }) {
  const { t } = useTranslation();
  const keys: [string, string][] = [
    ["K", t("player.keys.toggle")],
    ["J", t("player.keys.back")],
  ];
  if (hasCues) keys.push(["R", t("player.keys.repeat")]);
  keys.push(["L", t("player.keys.loop")], ["− / +", t("player.keys.speed")]);
  if (hasCues) keys.push(["C", t("player.keys.captions")], ["T", t("player.keys.translation")]);
  return (
    <details className="player__shortcuts">
      <summary>{t("player.keys.title")}</summary>
      <dl>
        {keys.map(([key, action]) => (
          <div key={key}>
            <dt>
              <kbd>{key}</kbd>
            </dt>
            <dd>{action}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
