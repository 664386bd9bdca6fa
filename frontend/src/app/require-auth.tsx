import { useTranslation } from "react-i18next";
import { Navigate, Outlet, useLocation } from "react-router";

import { Alert } from "@/components/ui/alert";
import { Spinner } from "@/components/ui/spinner";
import type { Role } from "@/lib/api-types";
import { useSession } from "@/lib/session-store";

export function RequireAuth({ roles }: { roles?: readonly Role[] }) {
  const { t } = useTranslation();
  const session = useSession();
  const location = useLocation();

  if (session.status === "loading") return <Spinner />;
  if (!session.user) {
    const next = encodeURIComponent(location.pathname + location.search);
    return <Navigate to={`/login?next=${next}`} replace />;
  }
  if (roles && !roles.includes(session.user.role)) {
    return <Alert tone="error">{t("errors.forbidden")}</Alert>;
  }
  return <Outlet />;
}
