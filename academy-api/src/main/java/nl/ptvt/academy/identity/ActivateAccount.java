package nl.ptvt.academy.identity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What an invited person fills in to activate their account: the code from the mail, their name and a password. */
public record ActivateAccount(
        @NotBlank(message = "{academy.invitation.code.required}") String code,
        @NotBlank(message = "{academy.account.name.required}") @Size(max = 150, message = "{academy.account.name.size}") String name,
        @NotNull(message = "{academy.account.password.required}") @Size(min = Passwords.MIN_LENGTH, max = Passwords.MAX_LENGTH, message = "{academy.account.password.size}") String password) {

    @Override
    public String toString() {
        return "ActivateAccount[name=" + name + "]";
    }
}
