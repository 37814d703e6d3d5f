package nl.ptvt.academy.files.domain;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import nl.ptvt.academy.shared.BusinessRuleException;
import org.junit.jupiter.api.Test;

class UploadRulesTest {

    private final UploadPolicy policy = UploadPolicy.ofMegabytes(1);

    @Test
    void toolboxMaterialImagesAndVideoAreAllowed() {
        for (String type : UploadPolicy.allowedTypes()) {
            assertDoesNotThrow(() -> policy.checkType(type), type);
        }
        assertTrue(UploadPolicy.allowedTypes().contains("application/pdf"));
        assertEquals(8, UploadPolicy.allowedTypes().size());
    }

    @Test
    void everythingElseIsRefusedNamingTheDetectedType() {
        for (String type : new String[] {"text/html", "application/x-msdownload", "application/zip", "image/svg+xml",
            "application/octet-stream", "text/plain"}) {
            BusinessRuleException refused = assertThrows(BusinessRuleException.class, () -> policy.checkType(type));
            assertEquals("file.type-not-allowed", refused.code());
            assertTrue(refused.getMessage().contains(type), refused.getMessage());
        }
        assertEquals("file.type-not-allowed", assertThrows(BusinessRuleException.class, () -> policy.checkType(null)).code());
    }

    @Test
    void theSizeLimitIsInclusive() {
        assertDoesNotThrow(() -> policy.checkSize(1024 * 1024));
        assertEquals("file.too-large", assertThrows(BusinessRuleException.class, () -> policy.checkSize(1024 * 1024 + 1)).code());
        assertEquals(50L * 1024 * 1024, UploadPolicy.ofMegabytes(UploadPolicy.DEFAULT_MAX_MEGABYTES).maxBytes());
        assertThrows(IllegalArgumentException.class, () -> new UploadPolicy(0));
    }

    @Test
    void theKeptNameHasNoFolderAndNoControlCharacters() {
        assertEquals("checklist.pdf", FileNames.display("C:\\Users\\x\\checklist.pdf"));
        assertEquals("passwd", FileNames.display("../../etc/passwd"));
        assertEquals("ab.pdf", FileNames.display("a\nb.pdf"));
        assertEquals("bestand", FileNames.display(".."));
        assertEquals("bestand", FileNames.display(null));
        String longName = "x".repeat(300) + ".pdf";
        assertEquals(255, FileNames.display(longName).length());
        assertTrue(FileNames.display(longName).endsWith(".pdf"));
    }
}
