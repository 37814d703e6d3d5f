package nl.ptvt.academy.identity;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * Accounts made for someone else: a coordinator (for their own organisation) or an administrator invites an
 * e-mail address; the person receives a mail with a link to {@code /activeren} and activates the account by
 * choosing a name and password there. The link works once, for 14 days.
 */
public interface AccountInvitations {

    /**
     * Makes an inactive account for {@code email} in the organisation and queues the invitation mail, both in the
     * caller's transaction: when the caller rolls back, neither exists. An address whose account was invited but
     * never activated is invited again: a fresh link is mailed and the older links stop working (the account keeps
     * its organisation). An address with an account that is or was in use is not invited; its account is returned
     * with {@code created == invited == false}, and the caller decides what to do with it. For administrators and
     * coordinators; a coordinator invites only into their own organisation, which is also the default when
     * {@code organisationId} is null.
     *
     * @throws nl.ptvt.academy.shared.AccessRefusedException when a coordinator names another organisation, has
     *                                                       none, or invites again someone of another
     *                                                       organisation (codes invitation.other-organisation,
     *                                                       invitation.no-organisation)
     * @throws nl.ptvt.academy.shared.BusinessRuleException  when the address is not one (invitation.email.invalid)
     *                                                       or the organisation does not exist (organisation.unknown)
     */
    Invitation invite(String email, Long organisationId);

    /**
     * The open invitation behind a code from an invitation mail (for the activation page).
     *
     * @throws nl.ptvt.academy.shared.ResourceNotFoundException when no invitation has this code (invitation.unknown)
     * @throws nl.ptvt.academy.shared.BusinessRuleException     when it was used, replaced by a newer invitation or
     *                                                          has expired (invitation.used, invitation.replaced,
     *                                                          invitation.expired)
     */
    PendingInvitation pending(String code);

    /**
     * Gives the invited account its name and password and makes it active; the code cannot be used again.
     *
     * @throws nl.ptvt.academy.shared.ResourceNotFoundException as {@link #pending(String)}
     * @throws nl.ptvt.academy.shared.BusinessRuleException     as {@link #pending(String)}
     */
    AccountView activate(@NotNull @Valid ActivateAccount command);
}
