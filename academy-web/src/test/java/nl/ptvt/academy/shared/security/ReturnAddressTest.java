package nl.ptvt.academy.shared.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReturnAddressTest {

    @Test
    void aPageOfTheAcademyIsReturnedTo() {
        assertEquals(Optional.of("/mijn-account"), ReturnAddress.safe("/mijn-account"));
        assertEquals(Optional.of("/admin/gebruikers?q=jan"), ReturnAddress.safe("/admin/gebruikers?q=jan"));
    }

    @Test
    void anythingThatCouldLeaveTheAcademyIsRefused() {
        for (String crafted : new String[] {"//evil.example/x", "https://evil.example", "/\\evil.example", "evil.example",
                "javascript:alert(1)", "/x\r\nLocation: https://evil.example", "", " ", null}) {
            assertTrue(ReturnAddress.safe(crafted).isEmpty(), "refused: " + crafted);
        }
    }

    @Test
    void theLoginPageItselfIsNotATarget() {
        assertTrue(ReturnAddress.safe("/inloggen?terug=/x").isEmpty());
    }

    @Test
    void asAParameterTheAddressIsEncodedAndOnlyASafeOneIsGiven() {
        assertEquals(Optional.of("terug=%2Fcursus%2Feen-goede-gastles-geven"), ReturnAddress.asParameter("/cursus/een-goede-gastles-geven"));
        assertEquals(Optional.of("terug=%2Fleren%3Finschrijving%3D3%26les%3D7"), ReturnAddress.asParameter("/leren?inschrijving=3&les=7"));
        assertTrue(ReturnAddress.asParameter("https://evil.example").isEmpty());
        assertTrue(ReturnAddress.asParameter(null).isEmpty());
    }
}
