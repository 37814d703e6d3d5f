package nl.ptvt.academy.identity;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/** What a signed-in person can see and do with their own account. */
public interface MyAccount {

    AccountView current();

    /** @throws nl.ptvt.academy.shared.AuthenticationFailedException when the current password is wrong */
    void changePassword(@NotNull @Valid ChangePassword command);
}
