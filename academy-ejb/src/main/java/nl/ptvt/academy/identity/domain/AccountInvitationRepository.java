package nl.ptvt.academy.identity.domain;

import java.util.Optional;

/** Where invitations are kept, found by the hash of their code. */
public interface AccountInvitationRepository {

    AccountInvitation add(AccountInvitation invitation);

    Optional<AccountInvitation> findByCodeHash(String codeHash);

    /** Locks the invitation until the transaction ends, so that a code is accepted once even when sent twice at once. */
    Optional<AccountInvitation> findByCodeHashForUpdate(String codeHash);
}
