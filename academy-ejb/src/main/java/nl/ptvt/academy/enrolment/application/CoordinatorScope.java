package nl.ptvt.academy.enrolment.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import nl.ptvt.academy.identity.domain.Account;
import nl.ptvt.academy.identity.domain.AccountRepository;
import nl.ptvt.academy.shared.AccessRefusedException;
import nl.ptvt.academy.shared.infrastructure.CurrentCaller;

/** A coordinator acts for the people of their own organisation only. */
@ApplicationScoped
public class CoordinatorScope {

    @Inject
    AccountRepository accounts;

    @Inject
    CurrentCaller caller;

    public Optional<Long> callerOrganisation() {
        return accounts.findById(caller.requireAccountId()).flatMap(Account::organisationId);
    }

    /** The caller's organisation; a coordinator who is in none has nobody to act for. */
    public long requireCallerOrganisation() {
        return callerOrganisation().orElseThrow(() -> new AccessRefusedException("coordinator.no-organisation",
                "You are not placed in an organisation, so there are no people you coordinate; ask an administrator"));
    }
}
