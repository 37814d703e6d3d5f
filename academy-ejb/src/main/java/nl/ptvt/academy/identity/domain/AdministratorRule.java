package nl.ptvt.academy.identity.domain;

import nl.ptvt.academy.shared.BusinessRuleException;

/** The Academy always keeps at least one active administrator, so that nobody can lock everyone out. */
public final class AdministratorRule {

    private AdministratorRule() {
    }

    /**
     * @param stillAdministratorAfterwards whether the account remains an active administrator after the change
     * @param activeAdministrators how many active administrators there are now, this account included
     */
    public static void ensureOneRemains(Account account, boolean stillAdministratorAfterwards, long activeAdministrators) {
        if (account.isActiveAdministrator() && !stillAdministratorAfterwards && activeAdministrators <= 1) {
            throw new BusinessRuleException("account.last-administrator",
                    "This is the last active administrator; make someone else administrator first");
        }
    }
}
