import js from "@eslint/js";
import jsxA11y from "eslint-plugin-jsx-a11y";
import reactHooks from "eslint-plugin-react-hooks";
import reactRefresh from "eslint-plugin-react-refresh";
import simpleImportSort from "eslint-plugin-simple-import-sort";
import testingLibrary from "eslint-plugin-testing-library";
import globals from "globals";
import tseslint from "typescript-eslint";

const FEATURES = [
  "auth",
  "profile",
  "catalog",
  "lesson",
  "exercises",
  "question-import",
  "authoring",
];

/** No feature imports another: shared code lives in src/lib or src/components. */
const featureBoundaries = FEATURES.map((feature) => ({
  files: [`src/features/${feature}/**/*.{ts,tsx}`],
  rules: {
    "no-restricted-imports": [
      "error",
      {
        patterns: [
          {
            group: ["@/features/*", `!@/features/${feature}`],
            message:
              "A feature may not import another feature; move shared code to src/lib or src/components.",
          },
          { group: ["@/app/*"], message: "Features do not import the app shell." },
          { group: ["../*"], message: "Import with the @/ alias instead of climbing folders." },
        ],
      },
    ],
  },
}));

export default tseslint.config(
  {
    ignores: [
      "dist",
      "node_modules",
      "coverage",
      "playwright-report",
      "test-results",
      "src/types/api.gen.ts",
    ],
  },
  js.configs.recommended,
  {
    files: ["src/**/*.{ts,tsx}"],
    extends: [...tseslint.configs.strictTypeChecked],
    languageOptions: {
      globals: globals.browser,
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: {
      "react-hooks": reactHooks,
      "react-refresh": reactRefresh,
      "jsx-a11y": jsxA11y,
      "simple-import-sort": simpleImportSort,
    },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.strict.rules,
      "react-refresh/only-export-components": ["error", { allowConstantExport: true }],
      // Lesson audio has its words on the page (the transcript, the dialogue lines); there are
      // no caption files to attach.
      "jsx-a11y/media-has-caption": "off",
      "simple-import-sort/imports": "error",
      "simple-import-sort/exports": "error",
      "no-console": "error",
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/consistent-type-imports": "error",
      "@typescript-eslint/restrict-template-expressions": ["error", { allowNumber: true }],
      "@typescript-eslint/no-confusing-void-expression": ["error", { ignoreArrowShorthand: true }],
      "@typescript-eslint/no-misused-promises": [
        "error",
        { checksVoidReturn: { attributes: false } },
      ],
      "no-restricted-syntax": [
        "error",
        {
          selector:
            "MemberExpression[object.name=/^(localStorage|sessionStorage)$/][property.name='setItem']",
          message: "Only non-sensitive preferences may be stored, and only in src/lib/i18n.ts.",
        },
        { selector: "ExportDefaultDeclaration", message: "Use named exports." },
      ],
    },
  },
  ...featureBoundaries,
  {
    // The places allowed to store something, harmless preferences only: the interface language
    // and the learner's playback speed.
    files: ["src/lib/i18n.ts", "src/components/media/speed-preference.ts"],
    rules: {
      "no-restricted-syntax": [
        "error",
        { selector: "ExportDefaultDeclaration", message: "Use named exports." },
      ],
    },
  },
  {
    files: ["src/**/*.test.{ts,tsx}", "src/test/**"],
    ...testingLibrary.configs["flat/react"],
    rules: {
      ...testingLibrary.configs["flat/react"].rules,
      "@typescript-eslint/no-non-null-assertion": "off",
      "@typescript-eslint/no-unsafe-type-assertion": "off",
      "no-restricted-syntax": "off",
    },
  },
  {
    files: ["vite.config.ts", "playwright.config.ts", "eslint.config.js", "e2e/**/*.ts"],
    extends: [...tseslint.configs.recommended],
    languageOptions: { globals: globals.node },
    plugins: { "simple-import-sort": simpleImportSort },
    rules: { "simple-import-sort/imports": "error" },
  },
);
