import { rmSync } from "node:fs";

/** Remove the temporary folder that held the test run's database, media and mail. */
export default function globalTeardown(): void {
  const folder = process.env.E2E_VAR_DIR;
  if (folder) rmSync(folder, { recursive: true, force: true });
}
