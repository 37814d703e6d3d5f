package nl.ptvt.academy.identity;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Changing one's own password requires the current one, so a hijacked session cannot lock the owner out. */
public record ChangePassword(
        @NotNull(message = "{academy.account.currentPassword.required}") String currentPassword,
        @NotNull(message = "{academy.account.password.required}") @Size(min = Passwords.MIN_LENGTH, max = Passwords.MAX_LENGTH, message = "{academy.account.password.size}") String newPassword) {

    @Override
    public String toString() {
        return "ChangePassword[***]";
    }
}
