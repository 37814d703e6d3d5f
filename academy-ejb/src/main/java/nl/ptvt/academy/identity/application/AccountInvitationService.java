package nl.ptvt.academy.identity.application;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import nl.ptvt.academy.identity.AccountInvitations;
import nl.ptvt.academy.identity.AccountView;
import nl.ptvt.academy.identity.ActivateAccount;
import nl.ptvt.academy.identity.Invitation;
import nl.ptvt.academy.identity.PendingInvitation;
import nl.ptvt.academy.identity.Role;
import nl.ptvt.academy.identity.domain.Account;
import nl.ptvt.academy.identity.domain.AccountInvitation;
import nl.ptvt.academy.identity.domain.AccountInvitationRepository;
import nl.ptvt.academy.identity.domain.AccountRepository;
import nl.ptvt.academy.identity.domain.EmailAddress;
import nl.ptvt.academy.identity.domain.InvitationCode;
import nl.ptvt.academy.identity.infrastructure.PasswordHasher;
import nl.ptvt.academy.mail.application.MailOutbox;
import nl.ptvt.academy.organisation.domain.Organisation;
import nl.ptvt.academy.organisation.domain.OrganisationRepository;
import nl.ptvt.academy.shared.AccessRefusedException;
import nl.ptvt.academy.shared.BusinessRuleException;
import nl.ptvt.academy.shared.ResourceNotFoundException;
import nl.ptvt.academy.shared.infrastructure.AcademySettings;
import nl.ptvt.academy.shared.infrastructure.CurrentCaller;
import nl.ptvt.academy.shared.infrastructure.UniqueKeyViolation;

/** Invitations run in the caller's transaction (REQUIRED), so a bulk enrolment that rolls back leaves no trace. */
@Stateless
public class AccountInvitationService implements AccountInvitations {

    @Inject
    AccountRepository accounts;

    @Inject
    AccountInvitationRepository invitations;

    @Inject
    OrganisationRepository organisations;

    @Inject
    MailOutbox outbox;

    @Inject
    PasswordHasher hasher;

    @Inject
    AccountAssembler assembler;

    @Inject
    CurrentCaller caller;

    @Inject
    AcademySettings settings;

    @Inject
    Clock clock;

    @Override
    @RolesAllowed({Role.Names.COORDINATOR, Role.Names.ADMIN})
    public Invitation invite(String email, Long organisationId) {
        EmailAddress address = address(email);
        Optional<Account> existing = accounts.findByEmail(address);
        if (existing.isPresent() && !existing.get().isAwaitingActivation()) {
            return new Invitation(existing.get().id(), false, false);
        }
        Account inviter = accounts.findById(caller.requireAccountId())
                .orElseThrow(() -> new ResourceNotFoundException("account.not-found", "Your account no longer exists"));
        Organisation organisation = organisationFor(inviter, organisationId);
        Instant now = clock.instant();
        if (existing.isPresent()) {
            return inviteAgain(existing.get(), inviter, organisation, now);
        }
        Account account = Account.invited(address, now);
        account.placeInOrganisation(organisation == null ? null : organisation.id());
        try {
            accounts.add(account);
        } catch (RuntimeException e) {
            // A parallel registration or invitation of the same address got in between the check and the insert.
            throw UniqueKeyViolation.causedBy(e) ? AccountRegistrationService.emailTaken() : e;
        }
        mail(account, inviter, organisation, now);
        return new Invitation(account.id(), true, true);
    }

    /**
     * The first link expired or got lost: a fresh one replaces the older ones. The account stays in its organisation,
     * so a coordinator invites again only the people of their own. The older invitations are locked, as an
     * activation locks its own: an activation and a new invitation of the account take turns.
     */
    private Invitation inviteAgain(Account account, Account inviter, Organisation callerScope, Instant now) {
        Long placed = account.organisationId().orElse(null);
        if (!caller.isInRole(Role.Names.ADMIN) && (placed == null || !placed.equals(callerScope.id()))) {
            throw otherOrganisation();
        }
        invitations.findUnusedOfAccountForUpdate(account.id()).forEach(older -> older.replace(now));
        mail(account, inviter, placed == null ? null : organisations.findById(placed).orElse(null), now);
        return new Invitation(account.id(), false, true);
    }

    private void mail(Account account, Account inviter, Organisation organisation, Instant now) {
        InvitationCode code = InvitationCode.generate();
        AccountInvitation invitation = invitations.add(new AccountInvitation(account.id(), code.hash(), inviter.id(), now));
        outbox.queue(InvitationMail.compose(account.email().address(), inviter.name(),
                organisation == null ? null : organisation.name(),
                settings.baseUrl() + "/activeren?code=" + code.value(), invitation.expiresAt()));
    }

    @Override
    @PermitAll
    public PendingInvitation pending(String code) {
        AccountInvitation invitation = open(invitations.findByCodeHash(hash(code)));
        Account account = accounts.findById(invitation.accountId()).orElseThrow(AccountInvitationService::unknown);
        return new PendingInvitation(account.email().address(), invitation.expiresAt());
    }

    @Override
    @PermitAll
    public AccountView activate(ActivateAccount command) {
        AccountInvitation invitation = open(invitations.findByCodeHashForUpdate(hash(command.code())));
        Account account = accounts.findByIdForUpdate(invitation.accountId()).orElseThrow(AccountInvitationService::unknown);
        invitation.accept(clock.instant());
        account.activateInvitation(command.name(), hasher.hash(command.password()));
        return assembler.view(account);
    }

    /** Administrators invite into any organisation or none; coordinators only into their own. */
    private Organisation organisationFor(Account inviter, Long organisationId) {
        if (caller.isInRole(Role.Names.ADMIN)) {
            return organisationId == null ? null : organisations.findById(organisationId)
                    .orElseThrow(() -> AccountRegistrationService.unknownOrganisation(organisationId));
        }
        Long own = inviter.organisationId().orElseThrow(() -> new AccessRefusedException("invitation.no-organisation",
                "Coordinators invite people into their own organisation, and you belong to none"));
        if (organisationId != null && !organisationId.equals(own)) {
            throw otherOrganisation();
        }
        return organisations.findById(own).orElseThrow(() -> AccountRegistrationService.unknownOrganisation(own));
    }

    private static AccessRefusedException otherOrganisation() {
        return new AccessRefusedException("invitation.other-organisation", "Coordinators invite people into their own organisation only");
    }

    private AccountInvitation open(Optional<AccountInvitation> found) {
        AccountInvitation invitation = found.orElseThrow(AccountInvitationService::unknown);
        invitation.ensureOpen(clock.instant());
        return invitation;
    }

    private static String hash(String code) {
        if (code == null || code.isBlank()) {
            throw unknown();
        }
        return InvitationCode.hashOf(code);
    }

    private static EmailAddress address(String email) {
        try {
            return EmailAddress.of(email);
        } catch (IllegalArgumentException e) {
            throw new BusinessRuleException("invitation.email.invalid", "Not an e-mail address: " + email);
        }
    }

    private static ResourceNotFoundException unknown() {
        return new ResourceNotFoundException("invitation.unknown", "There is no invitation with this code");
    }
}
