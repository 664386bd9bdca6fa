import { Outlet, useParams } from "react-router";

import { NotFoundPage } from "@/app/not-found-page";

/** Pages addressed by a numeric id: any other id (`/courses/abc`) is a page that is not there. */
export function NumericId() {
  const { id } = useParams();
  return /^[1-9]\d{0,17}$/.test(id ?? "") ? <Outlet /> : <NotFoundPage />;
}
