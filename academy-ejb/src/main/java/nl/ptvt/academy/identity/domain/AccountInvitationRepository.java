package nl.ptvt.academy.identity.domain;

import java.util.List;
import java.util.Optional;

/** Where invitations are kept, found by the hash of their code. */
public interface AccountInvitationRepository {

    AccountInvitation add(AccountInvitation invitation);

    Optional<AccountInvitation> findByCodeHash(String codeHash);

    /** Locks the invitation until the transaction ends, so that a code is accepted once even when sent twice at once. */
    Optional<AccountInvitation> findByCodeHashForUpdate(String codeHash);

    /**
     * The account's invitations that were neither accepted nor replaced (expired ones included), locked until the
     * transaction ends, in the order they were made.
     */
    List<AccountInvitation> findUnusedOfAccountForUpdate(long accountId);
}
