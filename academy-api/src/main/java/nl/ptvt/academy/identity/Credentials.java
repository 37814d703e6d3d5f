package nl.ptvt.academy.identity;

import jakarta.validation.constraints.NotBlank;

/** E-mail address and password, as typed at a login. */
public record Credentials(
        @NotBlank(message = "{academy.account.email.required}") String email,
        @NotBlank(message = "{academy.account.password.required}") String password) {

    @Override
    public String toString() {
        return "Credentials[email=" + email + "]";
    }
}
