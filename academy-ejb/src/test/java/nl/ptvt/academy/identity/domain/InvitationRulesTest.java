package nl.ptvt.academy.identity.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import nl.ptvt.academy.shared.BusinessRuleException;
import org.junit.jupiter.api.Test;

class InvitationRulesTest {

    private static final Instant INVITED = Instant.parse("2026-03-20T09:00:00Z");

    @Test
    void aCodeIsLongRandomUrlSafeAndOnlyItsHashIsKept() {
        InvitationCode code = InvitationCode.generate();
        assertEquals(43, code.value().length(), "32 bytes in URL-safe Base64");
        assertTrue(code.value().matches("[A-Za-z0-9_-]+"), code.value());
        assertNotEquals(code.value(), InvitationCode.generate().value());
        assertTrue(code.hash().matches("[0-9a-f]{64}"));
        assertEquals(code.hash(), InvitationCode.hashOf(" " + code.value() + "\n"), "a pasted code with spaces still fits");
        assertFalse(code.toString().contains(code.value()), "never in a log");
    }

    @Test
    void anInvitationIsAcceptedOnceWithinFourteenDays() {
        AccountInvitation invitation = new AccountInvitation(7L, "a".repeat(64), 1L, INVITED);
        assertEquals(Instant.parse("2026-04-03T09:00:00Z"), invitation.expiresAt());
        invitation.accept(Instant.parse("2026-04-03T08:59:59Z"));
        assertEquals("invitation.used", assertThrows(BusinessRuleException.class, () -> invitation.accept(INVITED)).code());

        AccountInvitation late = new AccountInvitation(7L, "b".repeat(64), 1L, INVITED);
        assertEquals("invitation.expired", assertThrows(BusinessRuleException.class, () -> late.ensureOpen(late.expiresAt())).code());
    }

    @Test
    void aNewerInvitationReplacesAnUnusedOneButNotAnAcceptedOne() {
        AccountInvitation first = new AccountInvitation(7L, "c".repeat(64), 1L, INVITED);
        first.replace(INVITED.plusSeconds(60));
        assertEquals("invitation.replaced", assertThrows(BusinessRuleException.class, () -> first.ensureOpen(INVITED.plusSeconds(61))).code());
        first.replace(INVITED.plusSeconds(120));
        assertEquals(INVITED.plusSeconds(60), first.replacedAt().orElseThrow(), "replaced once");

        AccountInvitation accepted = new AccountInvitation(7L, "d".repeat(64), 1L, INVITED);
        accepted.accept(INVITED);
        accepted.replace(INVITED.plusSeconds(60));
        assertTrue(accepted.replacedAt().isEmpty());
        assertEquals("invitation.used", assertThrows(BusinessRuleException.class, () -> accepted.ensureOpen(INVITED)).code());
    }

    @Test
    void onlyAnAccountThatWasNeverActivatedAwaitsActivation() {
        Account invited = Account.invited(EmailAddress.of("sem@school.nl"), INVITED);
        assertTrue(invited.isAwaitingActivation());
        invited.activateInvitation("Sem", "pbkdf2-hash");
        assertFalse(invited.isAwaitingActivation());
        assertEquals("invitation.used", assertThrows(BusinessRuleException.class,
                () -> invited.activateInvitation("Iemand anders", "other-hash")).code(), "an active account is not taken over");
        invited.deactivate();
        assertFalse(invited.isAwaitingActivation(), "deactivated by an administrator: it had a password");

        Account registered = new Account("Anna", EmailAddress.of("anna@school.nl"), "pbkdf2-hash", INVITED);
        assertFalse(registered.isAwaitingActivation());
    }

    @Test
    void anInvitedAccountCannotSignInUntilItIsActivated() {
        Account account = Account.invited(EmailAddress.of("Pieter@Bedrijf.nl"), INVITED);
        assertFalse(account.isActive());
        assertFalse(account.canSignIn(INVITED));
        assertEquals("Pieter@Bedrijf.nl", account.name(), "named after the address until the person chooses a name");
        assertEquals(Account.NO_PASSWORD_YET, account.passwordHash());

        account.activateInvitation(" Pieter Jansen ", "pbkdf2-hash");
        assertTrue(account.canSignIn(INVITED));
        assertEquals("Pieter Jansen", account.name());
        assertEquals("pbkdf2-hash", account.passwordHash());
    }
}
