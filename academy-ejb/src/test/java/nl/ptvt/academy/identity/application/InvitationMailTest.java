package nl.ptvt.academy.identity.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import nl.ptvt.academy.mail.domain.OutgoingMail;
import org.junit.jupiter.api.Test;

class InvitationMailTest {

    private static final String LINK = "https://academy.ptvt.nl/activeren?code=abc_DEF-123";

    @Test
    void theMailNamesWhoInvitedTheLinkAndTheExpiryInAmsterdamTimeInDutchAndEnglish() {
        // 14:30 UTC is 16:30 in Amsterdam in summer time
        OutgoingMail mail = InvitationMail.compose("pieter@bedrijf.nl", "Sanne de Vries", "Technasium Noorderpoort",
                LINK, Instant.parse("2026-06-12T14:30:00Z"));
        assertEquals("pieter@bedrijf.nl", mail.recipientAddress());
        assertEquals(InvitationMail.SUBJECT, mail.subject());
        String text = mail.text();
        assertTrue(text.contains("Sanne de Vries van Technasium Noorderpoort heeft een account voor u aangemaakt"), text);
        assertTrue(text.contains("\n" + LINK + "\n"), "the link on a line of its own, so mail programs make it clickable");
        assertTrue(text.contains("tot 12 juni 2026 om 16:30"), text);
        assertTrue(text.contains("Sanne de Vries of Technasium Noorderpoort has created an account for you"), text);
        assertTrue(text.contains("until 12 June 2026 at 16:30"), text);
    }

    @Test
    void withoutAnOrganisationOnlyTheInviterIsNamed() {
        String text = InvitationMail.compose("a@b.nl", "Beheerder", null, LINK, Instant.parse("2026-01-12T14:30:00Z")).text();
        assertTrue(text.contains("Beheerder heeft een account voor u aangemaakt"), text);
        assertTrue(text.contains("tot 12 januari 2026 om 15:30"), "winter time: " + text);
    }
}
