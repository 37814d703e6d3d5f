package nl.ptvt.academy.identity;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/** Anyone may register; a new account is a {@link Role#LEARNER}. */
public interface AccountRegistration {

    /**
     * @throws nl.ptvt.academy.shared.ConflictException when the e-mail address is taken (in any letter case)
     * @throws nl.ptvt.academy.shared.BusinessRuleException when the organisation does not exist (code organisation.unknown)
     */
    AccountView register(@NotNull @Valid RegisterAccount command);
}
