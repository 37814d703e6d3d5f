package nl.ptvt.academy.identity.domain;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.EnumSet;
import nl.ptvt.academy.identity.Role;
import nl.ptvt.academy.shared.BusinessRuleException;
import org.junit.jupiter.api.Test;

class AdministratorRuleTest {

    private static Account administrator() {
        Account account = new Account("Fatima Yilmaz", EmailAddress.of("fatima@ptvt.nl"), "hash", Instant.EPOCH);
        account.assignRoles(EnumSet.of(Role.ADMIN));
        return account;
    }

    @Test
    void theLastActiveAdministratorCannotStopBeingOne() {
        var refused = assertThrows(BusinessRuleException.class,
                () -> AdministratorRule.ensureOneRemains(administrator(), false, 1));
        assertEquals("account.last-administrator", refused.code());
    }

    @Test
    void anAdministratorMayStepDownWhenAnotherRemains() {
        assertDoesNotThrow(() -> AdministratorRule.ensureOneRemains(administrator(), false, 2));
    }

    @Test
    void keepingTheRoleOrChangingSomeoneElseIsAlwaysFine() {
        assertDoesNotThrow(() -> AdministratorRule.ensureOneRemains(administrator(), true, 1));
        Account learner = new Account("Sanne", EmailAddress.of("sanne@school.nl"), "hash", Instant.EPOCH);
        assertDoesNotThrow(() -> AdministratorRule.ensureOneRemains(learner, false, 1));
    }

    @Test
    void aDeactivatedAdministratorDoesNotCount() {
        Account inactive = administrator();
        inactive.deactivate();
        assertDoesNotThrow(() -> AdministratorRule.ensureOneRemains(inactive, false, 1));
    }
}
