package nl.ptvt.academy.mail.infrastructure;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Properties;
import nl.ptvt.academy.mail.domain.OutgoingMail;
import org.junit.jupiter.api.Test;

/** The MIME message as a mail program receives it: written out and parsed again. */
class MimeMessagesTest {

    private static final Session SESSION = Session.getInstance(new Properties());
    private static final Instant SENT = Instant.parse("2026-05-12T08:15:00Z");
    private static final String ICS = "BEGIN:VCALENDAR\r\nMETHOD:REQUEST\r\nPRODID:-//PTvT//Academy//NL\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n";

    private static MimeMessage roundTrip(OutgoingMail mail) throws MessagingException, IOException {
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        MimeMessages.build(SESSION, MimeMessages.sender("PTvT Academy <academy@ptvt.test>"), mail, SENT).writeTo(raw);
        return new MimeMessage(SESSION, new ByteArrayInputStream(raw.toByteArray()));
    }

    @Test
    void aTextMailIsOnePlainUtf8PartWithAnEncodedSubjectAndNames() throws Exception {
        MimeMessage message = roundTrip(OutgoingMail.to("jose@school.nl", "José Müller")
                .subject("Bèta&TechMentality: één plek vrij").text("Beste José,\n\nEr is één plek vrij.").build());

        assertEquals("Bèta&TechMentality: één plek vrij", message.getSubject());
        assertTrue(message.getHeader("Subject")[0].startsWith("=?UTF-8?"), "RFC 2047: " + message.getHeader("Subject")[0]);
        InternetAddress to = (InternetAddress) message.getRecipients(Message.RecipientType.TO)[0];
        assertEquals("jose@school.nl", to.getAddress());
        assertEquals("José Müller", to.getPersonal());
        assertEquals("PTvT Academy <academy@ptvt.test>", message.getFrom()[0].toString());
        assertEquals(SENT.toEpochMilli(), message.getSentDate().getTime());
        assertEquals("auto-generated", message.getHeader("Auto-Submitted")[0]);
        assertTrue(message.isMimeType("text/plain"), message.getContentType());
        assertTrue(message.getContentType().toLowerCase().contains("charset=utf-8"), message.getContentType());
        assertEquals("Beste José,\r\n\r\nEr is één plek vrij.", message.getContent(), "lines end in CRLF on the wire");
    }

    @Test
    void htmlIsAnAlternativeAndAnIcsInvitationIsAnAttachmentThatKeepsItsMethod() throws Exception {
        OutgoingMail mail = OutgoingMail.to("jan@school.nl", null).subject("Uw boeking")
                .text("Tot ziens op de training.").html("<p>Tot ziens op de <b>training</b>.</p>")
                .attach("uitnodiging.ics", "text/calendar; method=REQUEST; charset=UTF-8", ICS.getBytes(StandardCharsets.UTF_8))
                .attach("programma één.pdf", "application/pdf", new byte[] {'%', 'P', 'D', 'F', 0, (byte) 0xff})
                .build();
        MimeMessage message = roundTrip(mail);

        assertTrue(message.isMimeType("multipart/mixed"), message.getContentType());
        Multipart mixed = (Multipart) message.getContent();
        assertEquals(3, mixed.getCount());

        BodyPart body = mixed.getBodyPart(0);
        assertTrue(body.isMimeType("multipart/alternative"), body.getContentType());
        Multipart alternative = (Multipart) body.getContent();
        assertTrue(alternative.getBodyPart(0).isMimeType("text/plain"), "the plain text first, as RFC 2046 asks");
        assertEquals("Tot ziens op de training.", alternative.getBodyPart(0).getContent());
        assertTrue(alternative.getBodyPart(1).isMimeType("text/html"));
        assertEquals("<p>Tot ziens op de <b>training</b>.</p>", alternative.getBodyPart(1).getContent());

        BodyPart invitation = mixed.getBodyPart(1);
        assertEquals(Part.ATTACHMENT, invitation.getDisposition());
        assertEquals("uitnodiging.ics", invitation.getFileName());
        assertTrue(invitation.isMimeType("text/calendar"), invitation.getContentType());
        assertTrue(invitation.getContentType().contains("method=REQUEST"), invitation.getContentType());
        assertArrayEquals(ICS.getBytes(StandardCharsets.UTF_8), invitation.getInputStream().readAllBytes());

        BodyPart pdf = mixed.getBodyPart(2);
        assertEquals("programma één.pdf", pdf.getFileName(), "an accented file name survives (RFC 2231)");
        assertArrayEquals(new byte[] {'%', 'P', 'D', 'F', 0, (byte) 0xff}, pdf.getInputStream().readAllBytes());
    }

    @Test
    void aMalformedAddressIsRefusedBeforeAnythingIsSent() {
        OutgoingMail mail = OutgoingMail.to("jan de vries@school.nl", null).subject("s").text("t").build();
        assertThrows(AddressException.class, () -> MimeMessages.build(SESSION, MimeMessages.sender("academy@ptvt.test"), mail, SENT));
        assertThrows(AddressException.class, () -> MimeMessages.sender("PTvT Academy <geen adres>"));
    }
}
