package nl.ptvt.academy.files.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class UploadNameTest {

    @Test
    void theQueryParameterComesBeforeTheHeader() {
        assertEquals("checklist.pdf", UploadName.of("checklist.pdf", "attachment; filename=\"other.pdf\""));
        assertEquals("other.pdf", UploadName.of(" ", "attachment; filename=\"other.pdf\""));
        assertNull(UploadName.of(null, null));
    }

    @Test
    void readsEveryFormOfTheHeader() {
        assertEquals("Gastles één.pdf", UploadName.of(null, "attachment; filename=\"x.pdf\"; filename*=UTF-8''Gastles%20%C3%A9%C3%A9n.pdf"));
        assertEquals("a \"b\".pdf", UploadName.of(null, "form-data; filename=\"a \\\"b\\\".pdf\""));
        assertEquals("plain.pdf", UploadName.of(null, "attachment; filename=plain.pdf"));
        assertNull(UploadName.of(null, "inline"));
    }

    @Test
    void writesAnAsciiFallbackAndTheExactNameInUtf8() {
        assertEquals("attachment; filename=\"Gastles __n.pdf\"; filename*=UTF-8''Gastles%20%C3%A9%C3%A9n.pdf",
                UploadName.attachment("Gastles één.pdf"));
        assertEquals("attachment; filename=\"a_b*.pdf\"; filename*=UTF-8''a%22b%2A.pdf", UploadName.attachment("a\"b*.pdf"));
    }
}
