package nl.ptvt.academy.mail.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** When a mail is tried again, when it is given up, and who may record its outcome. */
class OutboxRulesTest {

    private static final Instant NOW = Instant.parse("2026-03-29T00:30:00Z");
    private static final RetrySchedule DEFAULT = RetrySchedule.startingAfter(Duration.ofMinutes(1));

    private static OutgoingMail mail() {
        return OutgoingMail.to("jan@school.nl", "Jan de Vries").subject("Uw boeking").text("Beste Jan").build();
    }

    @Test
    void theWaitDoublesFromTheFirstDelayUpToTheLongest() {
        List<Long> minutes = List.of(1, 2, 3, 4, 5, 6, 7, 8, 9).stream().map(n -> DEFAULT.delayAfter(n).toMinutes()).toList();
        assertEquals(List.of(1L, 2L, 4L, 8L, 16L, 32L, 64L, 120L, 120L), minutes);
        assertEquals(Duration.ofHours(2), DEFAULT.delayAfter(1_000), "no overflow after many failures");
        assertEquals(Duration.ofSeconds(8), RetrySchedule.startingAfter(Duration.ofSeconds(1)).delayAfter(4));
    }

    @Test
    void theScheduleEndsAfterTheLastAttempt() {
        assertEquals(NOW.plusSeconds(60), DEFAULT.nextAttempt(1, NOW).orElseThrow());
        assertTrue(DEFAULT.nextAttempt(9, NOW).isPresent());
        assertTrue(DEFAULT.nextAttempt(10, NOW).isEmpty(), "ten attempts in all");
        assertThrows(IllegalArgumentException.class, () -> new RetrySchedule(Duration.ZERO, Duration.ofMinutes(1), 3));
        assertThrows(IllegalArgumentException.class, () -> new RetrySchedule(Duration.ofMinutes(2), Duration.ofMinutes(1), 3));
    }

    @Test
    void aQueuedMailIsPendingAndDueAtOnce() {
        OutboxMail queued = OutboxMail.queued(mail(), NOW);
        assertEquals(MailStatus.PENDING, queued.status());
        assertEquals(0, queued.attempts());
        assertEquals(NOW, queued.nextAttemptAt());
        assertEquals(mail(), queued.content(), "what is sent is what was queued");
    }

    @Test
    void aFailedAttemptIsRetriedLaterAndTheLastOneGivesUpWithItsError() {
        OutboxMail mail = OutboxMail.queued(mail(), NOW);
        RetrySchedule threeAttempts = new RetrySchedule(Duration.ofMinutes(1), Duration.ofHours(1), 3);
        mail.deliveryFailed("MailConnectException: Connection refused", NOW, threeAttempts);
        assertEquals(MailStatus.PENDING, mail.status());
        assertEquals(1, mail.attempts());
        assertEquals(NOW.plusSeconds(60), mail.nextAttemptAt());
        assertEquals("MailConnectException: Connection refused", mail.lastError().orElseThrow());

        Instant later = NOW.plusSeconds(60);
        mail.deliveryFailed("again", later, threeAttempts);
        assertEquals(later.plusSeconds(120), mail.nextAttemptAt(), "twice the first wait");
        mail.deliveryFailed("421 Service not available", later.plusSeconds(120), threeAttempts);
        assertEquals(MailStatus.FAILED, mail.status());
        assertEquals(3, mail.attempts());
        assertEquals("421 Service not available", mail.lastError().orElseThrow());
    }

    @Test
    void aLongErrorIsCutToTheColumnAndAMissingOneIsNamed() {
        OutboxMail mail = OutboxMail.queued(mail(), NOW);
        mail.deliveryFailed("x".repeat(5_000), NOW, DEFAULT);
        assertEquals(OutboxMail.MAX_ERROR_LENGTH, mail.lastError().orElseThrow().length());
        mail.deliveryFailed(null, NOW, DEFAULT);
        assertEquals("unknown error", mail.lastError().orElseThrow());
    }

    @Test
    void anUndeliverableMailFailsAtOnceAndASentOneRecordsWhen() {
        OutboxMail undeliverable = OutboxMail.queued(mail(), NOW);
        undeliverable.undeliverable("AddressException: Illegal address");
        assertEquals(MailStatus.FAILED, undeliverable.status());
        assertEquals(1, undeliverable.attempts());

        OutboxMail sent = OutboxMail.queued(mail(), NOW);
        sent.delivered(NOW.plusSeconds(5));
        assertEquals(MailStatus.SENT, sent.status());
        assertEquals(NOW.plusSeconds(5), sent.sentAt().orElseThrow());
    }

    @Test
    void anOutgoingMailRefusesWhatNoMailServerWouldTake() {
        assertThrows(IllegalArgumentException.class, () -> OutgoingMail.to("geen-adres", null).subject("s").text("t").build());
        assertThrows(IllegalArgumentException.class, () -> OutgoingMail.to("a@b.nl", null).text("t").build(), "no subject");
        assertThrows(IllegalArgumentException.class, () -> OutgoingMail.to("a@b.nl", null).subject("s").build(), "no text");
        assertThrows(IllegalArgumentException.class, () -> OutgoingMail.to("a@b.nl", null).subject("s".repeat(256)).text("t").build());
        assertThrows(IllegalArgumentException.class, () -> OutgoingMail.to("a@b.nl", null).subject("s").text("t").dedupKey("k".repeat(201)).build());
        assertThrows(IllegalArgumentException.class, () -> OutgoingMail.to("a@b.nl", null).subject("s").text("t").attach("", "text/plain", new byte[0]));

        OutgoingMail trimmed = OutgoingMail.to(" a@b.nl ", " ").subject("s").text("t").html(" ").build();
        assertEquals("a@b.nl", trimmed.recipientAddress());
        assertEquals(null, trimmed.recipientName());
        assertTrue(trimmed.htmlAlternative().isEmpty());
    }

    @Test
    void anAttachmentKeepsItsOwnCopyOfTheBytes() {
        byte[] ics = "BEGIN:VCALENDAR".getBytes();
        OutgoingMail mail = OutgoingMail.to("a@b.nl", null).subject("s").text("t").attach("invite.ics", "text/calendar; method=REQUEST", ics).build();
        ics[0] = 'X';
        assertEquals('B', mail.attachments().get(0).content()[0]);
        mail.attachments().get(0).content()[0] = 'Y';
        assertEquals('B', mail.attachments().get(0).content()[0]);
    }
}
