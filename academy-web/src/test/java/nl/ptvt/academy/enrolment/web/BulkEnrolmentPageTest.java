package nl.ptvt.academy.enrolment.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class BulkEnrolmentPageTest {

    @Test
    void pastedAddressesAreSplitOnLinesCommasSemicolonsAndSpaces() {
        String pasted = "ahmed@school.test\r\n  lotte@school.test, kees@school.test;\tfemke@school.test\n\n";
        assertEquals(List.of("ahmed@school.test", "lotte@school.test", "kees@school.test", "femke@school.test"),
                BulkEnrolmentPage.split(pasted));
    }

    @Test
    void nothingPastedIsNoAddresses() {
        assertEquals(List.of(), BulkEnrolmentPage.split(null));
        assertEquals(List.of(), BulkEnrolmentPage.split(" \n , "));
    }
}
