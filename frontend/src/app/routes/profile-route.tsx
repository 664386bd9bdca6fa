import { ChangePasswordForm } from "@/features/auth/components/change-password-form";
import { ProfilePage } from "@/features/profile/components/profile-page";

/* The profile page also hosts the password change, which belongs to the auth feature. */
export function ProfileRoute() {
  return <ProfilePage footer={<ChangePasswordForm />} />;
}
