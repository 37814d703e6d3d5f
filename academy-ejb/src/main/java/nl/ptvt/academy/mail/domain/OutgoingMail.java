package nl.ptvt.academy.mail.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One mail to one person, as a feature hands it to the outbox. Build it with {@link #to(String, String)}:
 *
 * <pre>{@code
 * OutgoingMail mail = OutgoingMail.to("jan@school.nl", "Jan de Vries")
 *         .subject("Uw boeking: Techniekcoach basistraining")
 *         .text("Beste Jan, …")                                   // required, UTF-8
 *         .html("<p>Beste Jan, …</p>")                            // optional alternative
 *         .attach("uitnodiging.ics", "text/calendar; method=REQUEST", icsBytes)
 *         .dedupKey("booking-confirmation:42")                    // optional: queued at most once
 *         .build();
 * }</pre>
 *
 * Invalid values (no address, a subject over 255 characters, …) are a programming error of the caller and
 * throw {@link IllegalArgumentException} at {@link Builder#build()}.
 *
 * @param recipientName may be null
 * @param html          an HTML alternative of {@code text}, or null
 * @param dedupKey      null, or a key no other mail ever had (see {@code MailOutbox#queue})
 */
public record OutgoingMail(String recipientAddress, String recipientName, String subject, String text, String html,
                           List<Attachment> attachments, String dedupKey) {

    public static final int MAX_ADDRESS_LENGTH = 254;
    public static final int MAX_NAME_LENGTH = 150;
    public static final int MAX_SUBJECT_LENGTH = 255;
    public static final int MAX_DEDUP_KEY_LENGTH = 200;

    public OutgoingMail {
        recipientAddress = required("recipient address", recipientAddress, MAX_ADDRESS_LENGTH).strip();
        int at = recipientAddress.indexOf('@');
        if (at < 1 || at == recipientAddress.length() - 1) {
            throw new IllegalArgumentException("Not an e-mail address: " + recipientAddress);
        }
        recipientName = recipientName == null || recipientName.isBlank() ? null
                : required("recipient name", recipientName, MAX_NAME_LENGTH).strip();
        subject = required("subject", subject, MAX_SUBJECT_LENGTH);
        text = required("text", text, Integer.MAX_VALUE);
        html = html == null || html.isBlank() ? null : html;
        attachments = List.copyOf(attachments == null ? List.of() : attachments);
        dedupKey = dedupKey == null ? null : required("dedup key", dedupKey, MAX_DEDUP_KEY_LENGTH);
    }

    public static Builder to(String address, String name) {
        return new Builder(address, name);
    }

    public Optional<String> htmlAlternative() {
        return Optional.ofNullable(html);
    }

    public Optional<String> deduplication() {
        return Optional.ofNullable(dedupKey);
    }

    static String required(String what, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("A mail needs a " + what);
        }
        if (value.length() > maxLength) {
            throw new IllegalArgumentException("The " + what + " of a mail has at most " + maxLength + " characters");
        }
        return value;
    }

    /** A file sent with the mail, such as an iCalendar invitation ({@code text/calendar; method=REQUEST}). */
    public record Attachment(String fileName, String contentType, byte[] content) {

        public static final int MAX_FILE_NAME_LENGTH = 255;
        public static final int MAX_CONTENT_TYPE_LENGTH = 150;

        public Attachment {
            fileName = required("file name", fileName, MAX_FILE_NAME_LENGTH);
            contentType = required("content type", contentType, MAX_CONTENT_TYPE_LENGTH);
            content = Objects.requireNonNull(content, "content").clone();
        }

        @Override
        public byte[] content() {
            return content.clone();
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Attachment that && fileName.equals(that.fileName)
                    && contentType.equals(that.contentType) && Arrays.equals(content, that.content);
        }

        @Override
        public int hashCode() {
            return Objects.hash(fileName, contentType, Arrays.hashCode(content));
        }

        @Override
        public String toString() {
            return "Attachment[" + fileName + ", " + contentType + ", " + content.length + " bytes]";
        }
    }

    /** Collects the parts of a mail; {@link #build()} checks them. */
    public static final class Builder {

        private final String address;
        private final String name;
        private final List<Attachment> attachments = new ArrayList<>();
        private String subject;
        private String text;
        private String html;
        private String dedupKey;

        private Builder(String address, String name) {
            this.address = address;
            this.name = name;
        }

        public Builder subject(String subject) {
            this.subject = subject;
            return this;
        }

        public Builder text(String text) {
            this.text = text;
            return this;
        }

        public Builder html(String html) {
            this.html = html;
            return this;
        }

        public Builder attach(String fileName, String contentType, byte[] content) {
            attachments.add(new Attachment(fileName, contentType, content));
            return this;
        }

        public Builder dedupKey(String dedupKey) {
            this.dedupKey = dedupKey;
            return this;
        }

        public OutgoingMail build() {
            return new OutgoingMail(address, name, subject, text, html, attachments, dedupKey);
        }
    }
}
