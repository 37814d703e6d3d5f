package nl.ptvt.academy.identity;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.Set;
import nl.ptvt.academy.shared.Page;
import nl.ptvt.academy.shared.PageRequest;

/** Administrators find accounts, grant and withdraw roles, place people in organisations and deactivate them. */
public interface AccountAdministration {

    /** Searches name and e-mail address; a blank query lists everyone, sorted by name. */
    Page<AccountView> find(String query, @NotNull @Valid PageRequest page);

    AccountView get(long accountId);

    /**
     * Replaces the account's roles. {@link Role#LEARNER} is always kept.
     *
     * @throws nl.ptvt.academy.shared.BusinessRuleException when this would leave the Academy without an active administrator
     */
    AccountView assignRoles(long accountId, @NotNull Set<@NotNull Role> roles);

    /** Places the account in an organisation, or takes it out of its organisation when {@code organisationId} is null. */
    AccountView placeInOrganisation(long accountId, Long organisationId);

    /** A deactivated account can no longer sign in, and its bearer tokens stop working at once. */
    AccountView deactivate(long accountId);

    AccountView reactivate(long accountId);
}
