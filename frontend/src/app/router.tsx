import { createBrowserRouter, type RouteObject } from "react-router";

import { Layout } from "@/app/layout";
import { NumericId } from "@/app/numeric-id";
import { RequireAuth } from "@/app/require-auth";
import { RouteError } from "@/app/route-error";
import { Spinner } from "@/components/ui/spinner";

/* Every page is its own chunk: the router loads a page's code when it is first visited. */
export const routes: RouteObject[] = [
  {
    element: <Layout />,
    errorElement: <RouteError />,
    // Shown while the first page's code loads.
    hydrateFallbackElement: <Spinner />,
    children: [
      {
        index: true,
        lazy: () => import("@/app/routes/home-route").then((m) => ({ Component: m.HomeRoute })),
      },
      {
        path: "login",
        lazy: () =>
          import("@/features/auth/components/login-page").then((m) => ({ Component: m.LoginPage })),
      },
      {
        path: "signup",
        lazy: () =>
          import("@/features/auth/components/signup-page").then((m) => ({
            Component: m.SignupPage,
          })),
      },
      {
        path: "verify-email/:token",
        lazy: () =>
          import("@/features/auth/components/verify-email-page").then((m) => ({
            Component: m.VerifyEmailPage,
          })),
      },
      {
        path: "forgot-password",
        lazy: () =>
          import("@/features/auth/components/forgot-password-page").then((m) => ({
            Component: m.ForgotPasswordPage,
          })),
      },
      {
        path: "reset-password/:uid/:token",
        lazy: () =>
          import("@/features/auth/components/reset-password-page").then((m) => ({
            Component: m.ResetPasswordPage,
          })),
      },
      {
        path: "courses",
        lazy: () =>
          import("@/features/catalog/components/catalog-page").then((m) => ({
            Component: m.CatalogPage,
          })),
      },
      {
        path: "courses/:id",
        element: <NumericId />,
        children: [
          {
            index: true,
            lazy: () =>
              import("@/features/catalog/components/course-page").then((m) => ({
                Component: m.CoursePage,
              })),
          },
        ],
      },
      {
        element: <RequireAuth />,
        children: [
          {
            path: "profile",
            lazy: () =>
              import("@/app/routes/profile-route").then((m) => ({ Component: m.ProfileRoute })),
          },
          {
            path: "lessons/:id",
            element: <NumericId />,
            children: [
              {
                index: true,
                lazy: () =>
                  import("@/app/routes/lesson-route").then((m) => ({ Component: m.LessonRoute })),
              },
            ],
          },
        ],
      },
      {
        element: <RequireAuth roles={["teacher", "admin"]} />,
        children: [
          {
            path: "teach",
            lazy: () =>
              import("@/features/authoring/components/teach-courses-page").then((m) => ({
                Component: m.TeachCoursesPage,
              })),
          },
          {
            path: "teach/trash",
            lazy: () =>
              import("@/features/authoring/components/trash-page").then((m) => ({
                Component: m.TrashPage,
              })),
          },
          {
            path: "teach/courses/import",
            lazy: () =>
              import("@/features/authoring/components/course-import-page").then((m) => ({
                Component: m.CourseImportPage,
              })),
          },
          {
            path: "teach/courses/:id",
            element: <NumericId />,
            children: [
              {
                index: true,
                lazy: () =>
                  import("@/features/authoring/components/course-editor-page").then((m) => ({
                    Component: m.CourseEditorPage,
                  })),
              },
            ],
          },
          {
            path: "teach/lessons/:id",
            element: <NumericId />,
            children: [
              {
                index: true,
                lazy: () =>
                  import("@/features/authoring/components/lesson-editor-page").then((m) => ({
                    Component: m.LessonEditorPage,
                  })),
              },
            ],
          },
          {
            path: "teach/banks",
            lazy: () =>
              import("@/features/authoring/components/question-banks-page").then((m) => ({
                Component: m.QuestionBanksPage,
              })),
          },
          {
            path: "teach/banks/:id",
            element: <NumericId />,
            children: [
              {
                index: true,
                lazy: () =>
                  import("@/features/authoring/components/question-bank-page").then((m) => ({
                    Component: m.QuestionBankPage,
                  })),
              },
              {
                path: "new",
                lazy: () =>
                  import("@/features/authoring/components/question-editor-page").then((m) => ({
                    Component: m.QuestionCreatePage,
                  })),
              },
            ],
          },
          {
            path: "teach/questions/:id",
            element: <NumericId />,
            children: [
              {
                index: true,
                lazy: () =>
                  import("@/features/authoring/components/question-editor-page").then((m) => ({
                    Component: m.QuestionEditorPage,
                  })),
              },
            ],
          },
          {
            path: "teach/import",
            lazy: () =>
              import("@/features/question-import/components/import-page").then((m) => ({
                Component: m.ImportPage,
              })),
          },
        ],
      },
      {
        path: "*",
        lazy: () => import("@/app/not-found-page").then((m) => ({ Component: m.NotFoundPage })),
      },
    ],
  },
];

export const router = createBrowserRouter(routes);
