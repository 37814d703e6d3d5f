package nl.ptvt.academy.identity.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import nl.ptvt.academy.identity.domain.AccountInvitation;
import nl.ptvt.academy.identity.domain.AccountInvitationRepository;

@ApplicationScoped
public class JpaAccountInvitationRepository implements AccountInvitationRepository {

    @PersistenceContext(unitName = "academy")
    EntityManager em;

    @Override
    public AccountInvitation add(AccountInvitation invitation) {
        em.persist(invitation);
        return invitation;
    }

    @Override
    public Optional<AccountInvitation> findByCodeHash(String codeHash) {
        return find(codeHash, LockModeType.NONE);
    }

    @Override
    public Optional<AccountInvitation> findByCodeHashForUpdate(String codeHash) {
        return find(codeHash, LockModeType.PESSIMISTIC_WRITE);
    }

    @Override
    public List<AccountInvitation> findUnusedOfAccountForUpdate(long accountId) {
        return em.createQuery("SELECT i FROM AccountInvitation i WHERE i.accountId = :account"
                        + " AND i.acceptedAt IS NULL AND i.replacedAt IS NULL ORDER BY i.id", AccountInvitation.class)
                .setParameter("account", accountId).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
    }

    private Optional<AccountInvitation> find(String codeHash, LockModeType lock) {
        return em.createQuery("SELECT i FROM AccountInvitation i WHERE i.codeHash = :hash", AccountInvitation.class)
                .setParameter("hash", codeHash).setLockMode(lock).getResultStream().findFirst();
    }
}
