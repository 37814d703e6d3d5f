package nl.ptvt.academy.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.ptvt.academy.identity.AccountView;
import nl.ptvt.academy.identity.domain.Account;
import nl.ptvt.academy.organisation.OrganisationView;
import nl.ptvt.academy.organisation.application.OrganisationDirectoryService;
import nl.ptvt.academy.organisation.domain.OrganisationRepository;
import nl.ptvt.academy.shared.Page;

/** Turns accounts into views inside the transaction; a page of accounts costs one query for all organisations. */
@ApplicationScoped
public class AccountAssembler {

    @Inject
    OrganisationRepository organisations;

    public AccountView view(Account account) {
        OrganisationView organisation = account.organisationId().flatMap(organisations::findById)
                .map(OrganisationDirectoryService::view).orElse(null);
        return view(account, organisation);
    }

    public Page<AccountView> views(Page<Account> accounts) {
        List<Long> organisationIds = accounts.items().stream().map(Account::organisationId)
                .flatMap(Optional::stream).distinct().toList();
        Map<Long, OrganisationView> byId = organisations.findAllById(organisationIds).stream()
                .map(OrganisationDirectoryService::view)
                .collect(Collectors.toMap(OrganisationView::id, Function.identity()));
        return accounts.map(account -> view(account, account.organisationId().map(byId::get).orElse(null)));
    }

    private static AccountView view(Account account, OrganisationView organisation) {
        return new AccountView(account.id(), account.name(), account.email().address(),
                account.roles().stream().sorted(Comparator.naturalOrder()).toList(), organisation,
                account.isActive(), account.isPasswordChangeRequired(), account.registeredAt());
    }
}
