package nl.ptvt.academy.identity.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import nl.ptvt.academy.identity.Role;
import org.junit.jupiter.api.Test;

class AccountTest {

    private static final Instant NOW = Instant.parse("2026-11-29T10:00:00Z");

    private static Account account() {
        return new Account("  Sanne de Vries ", EmailAddress.of("sanne@school.nl"), "hash", NOW);
    }

    @Test
    void aNewAccountIsAnActiveLearner() {
        Account account = account();
        assertEquals("Sanne de Vries", account.name());
        assertEquals(Set.of(Role.LEARNER), account.roles());
        assertTrue(account.isActive());
        assertTrue(account.canSignIn(NOW));
        assertFalse(account.isPasswordChangeRequired());
        assertTrue(account.organisationId().isEmpty());
    }

    @Test
    void rolesAreReplacedButLearnerIsAlwaysKept() {
        Account account = account();
        account.assignRoles(EnumSet.of(Role.TRAINER, Role.AUTHOR));
        assertEquals(Set.of(Role.LEARNER, Role.TRAINER, Role.AUTHOR), account.roles());

        account.assignRoles(EnumSet.noneOf(Role.class));
        assertEquals(Set.of(Role.LEARNER), account.roles(), "withdrawing everything leaves a learner");
    }

    @Test
    void theRolesShownCannotBeChangedBehindTheAccountsBack() {
        Account account = account();
        assertThrows(UnsupportedOperationException.class, () -> account.roles().add(Role.ADMIN));
    }

    @Test
    void aDeactivatedAccountCannotSignInUntilReactivated() {
        Account account = account();
        account.deactivate();
        assertFalse(account.canSignIn(NOW));
        account.reactivate();
        assertTrue(account.canSignIn(NOW));
    }

    @Test
    void reactivationAlsoLiftsALoginLock() {
        Account account = account();
        for (int i = 0; i < 5; i++) {
            account.recordFailedLogin(NOW);
        }
        assertFalse(account.canSignIn(NOW));
        account.reactivate();
        assertTrue(account.canSignIn(NOW));
    }

    @Test
    void choosingANewPasswordEndsTheOneTimePassword() {
        Account account = account();
        account.requirePasswordChange();
        assertTrue(account.isPasswordChangeRequired());
        account.changePasswordHash("new-hash");
        assertFalse(account.isPasswordChangeRequired());
        assertEquals("new-hash", account.passwordHash());
    }

    @Test
    void aNameIsRequired() {
        assertThrows(IllegalArgumentException.class, () -> new Account(" ", EmailAddress.of("a@b.nl"), "hash", NOW));
    }
}
