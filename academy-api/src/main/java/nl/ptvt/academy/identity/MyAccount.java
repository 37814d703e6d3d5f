package nl.ptvt.academy.identity;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/** What a signed-in person can see and do with their own account. */
public interface MyAccount {

    AccountView current();

    /** @throws nl.ptvt.academy.shared.BusinessRuleException when the current password is wrong (code account.current-password.wrong) */
    void changePassword(@NotNull @Valid ChangePassword command);
}
