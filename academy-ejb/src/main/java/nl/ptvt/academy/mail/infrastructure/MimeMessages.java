package nl.ptvt.academy.mail.infrastructure;

import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimePart;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.UnsupportedEncodingException;
import java.time.Instant;
import java.util.Date;
import nl.ptvt.academy.mail.domain.OutgoingMail;

/**
 * Turns an {@link OutgoingMail} into a MIME message: the text as {@code text/plain; charset=UTF-8}, with the HTML
 * as a {@code multipart/alternative} when there is one, and the attachments in a {@code multipart/mixed} around
 * it. Subjects and names with accents are encoded as UTF-8 words (RFC 2047), file names as RFC 2231 parameters.
 */
public final class MimeMessages {

    static final String UTF_8 = "UTF-8";

    private MimeMessages() {
    }

    /** @throws AddressException when the recipient's address is malformed: no later attempt will do better */
    public static MimeMessage build(Session session, InternetAddress from, OutgoingMail mail, Instant sentAt)
            throws MessagingException {
        MimeMessage message = new MimeMessage(session);
        message.setFrom(from);
        message.setRecipient(Message.RecipientType.TO, recipient(mail));
        message.setSubject(mail.subject(), UTF_8);
        message.setSentDate(Date.from(sentAt));
        // RFC 3834: no out-of-office replies to a machine
        message.setHeader("Auto-Submitted", "auto-generated");
        if (mail.attachments().isEmpty()) {
            fillBody(message, mail);
        } else {
            MimeMultipart mixed = new MimeMultipart("mixed");
            MimeBodyPart body = new MimeBodyPart();
            fillBody(body, mail);
            mixed.addBodyPart(body);
            for (OutgoingMail.Attachment attachment : mail.attachments()) {
                mixed.addBodyPart(attachmentPart(attachment));
            }
            message.setContent(mixed);
        }
        message.saveChanges();
        return message;
    }

    /** The configured sender address, such as {@code PTvT Academy <academy@ptvt.nl>}, with a UTF-8 name. */
    public static InternetAddress sender(String configured) throws AddressException {
        InternetAddress address = new InternetAddress(configured, true);
        return named(address.getAddress(), address.getPersonal());
    }

    private static InternetAddress recipient(OutgoingMail mail) throws AddressException {
        InternetAddress address = named(mail.recipientAddress(), mail.recipientName());
        address.validate();
        return address;
    }

    private static InternetAddress named(String address, String name) throws AddressException {
        try {
            return new InternetAddress(address, name, UTF_8);
        } catch (UnsupportedEncodingException impossible) {
            throw new AddressException("UTF-8 is not supported: " + impossible.getMessage());
        }
    }

    private static void fillBody(MimePart part, OutgoingMail mail) throws MessagingException {
        if (mail.htmlAlternative().isEmpty()) {
            part.setText(mail.text(), UTF_8);
            return;
        }
        MimeMultipart alternative = new MimeMultipart("alternative");
        MimeBodyPart text = new MimeBodyPart();
        text.setText(mail.text(), UTF_8);
        alternative.addBodyPart(text);
        MimeBodyPart html = new MimeBodyPart();
        html.setText(mail.html(), UTF_8, "html");
        alternative.addBodyPart(html);
        part.setContent(alternative);
    }

    private static MimeBodyPart attachmentPart(OutgoingMail.Attachment attachment) throws MessagingException {
        MimeBodyPart part = new MimeBodyPart();
        part.setDataHandler(new DataHandler(new ByteArrayDataSource(attachment.content(), attachment.contentType())));
        part.setDisposition(Part.ATTACHMENT);
        part.setFileName(attachment.fileName());
        return part;
    }
}
