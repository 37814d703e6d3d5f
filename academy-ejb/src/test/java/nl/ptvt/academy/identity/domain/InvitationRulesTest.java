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
