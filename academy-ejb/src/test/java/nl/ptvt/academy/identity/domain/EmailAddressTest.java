package nl.ptvt.academy.identity.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class EmailAddressTest {

    @Test
    void addressesThatDifferOnlyInLetterCaseAreTheSamePerson() {
        EmailAddress typed = EmailAddress.of("  Jan.Jansen@School.NL ");
        assertEquals("Jan.Jansen@School.NL", typed.address(), "kept as typed for display, without the spaces");
        assertEquals("jan.jansen@school.nl", typed.key());
        assertEquals(EmailAddress.of("jan.jansen@school.nl"), typed);
        assertEquals(EmailAddress.of("jan.jansen@school.nl").hashCode(), typed.hashCode());
    }

    @Test
    void differentAddressesDiffer() {
        assertNotEquals(EmailAddress.of("a@school.nl"), EmailAddress.of("b@school.nl"));
    }

    @Test
    void refusesWhatIsNoAddress() {
        assertThrows(IllegalArgumentException.class, () -> EmailAddress.of(null));
        assertThrows(IllegalArgumentException.class, () -> EmailAddress.of("  "));
        assertThrows(IllegalArgumentException.class, () -> EmailAddress.of("school.nl"));
        assertThrows(IllegalArgumentException.class, () -> EmailAddress.of("@school.nl"));
        assertThrows(IllegalArgumentException.class, () -> EmailAddress.of("jan@"));
    }
}
