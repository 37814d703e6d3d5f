package nl.ptvt.academy.mail.domain;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.FetchType;
import jakarta.persistence.Lob;

/** A stored attachment of a mail in the outbox (table mail_attachment). */
@Embeddable
public class OutboxAttachment {

    @Column(name = "file_name", nullable = false, length = OutgoingMail.Attachment.MAX_FILE_NAME_LENGTH)
    private String fileName;

    @Column(name = "content_type", nullable = false, length = OutgoingMail.Attachment.MAX_CONTENT_TYPE_LENGTH)
    private String contentType;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "content", nullable = false)
    private byte[] content;

    protected OutboxAttachment() {
    }

    OutboxAttachment(OutgoingMail.Attachment attachment) {
        this.fileName = attachment.fileName();
        this.contentType = attachment.contentType();
        this.content = attachment.content();
    }

    OutgoingMail.Attachment toAttachment() {
        return new OutgoingMail.Attachment(fileName, contentType, content);
    }
}
