package nl.ptvt.academy.identity;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What a person fills in to register; the organisation is optional. */
public record RegisterAccount(
        @NotBlank(message = "{academy.account.name.required}") @Size(max = 150, message = "{academy.account.name.size}") String name,
        @NotBlank(message = "{academy.account.email.required}") @Email(message = "{academy.account.email.invalid}") @Size(max = 254, message = "{academy.account.email.size}") String email,
        @NotNull(message = "{academy.account.password.required}") @Size(min = Passwords.MIN_LENGTH, max = Passwords.MAX_LENGTH, message = "{academy.account.password.size}") String password,
        Long organisationId) {

    @Override
    public String toString() {
        return "RegisterAccount[name=" + name + ", email=" + email + ", organisationId=" + organisationId + "]";
    }
}
