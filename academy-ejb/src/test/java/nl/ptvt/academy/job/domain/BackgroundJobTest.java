package nl.ptvt.academy.job.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import nl.ptvt.academy.job.JobKind;
import nl.ptvt.academy.job.JobStatus;
import org.junit.jupiter.api.Test;

class BackgroundJobTest {

    private static final Instant NOW = Instant.parse("2026-11-29T10:00:00Z");

    private static BackgroundJob running(int total) {
        BackgroundJob job = BackgroundJob.queue(JobKind.CERTIFICATES_EXPORT, 7, 42, NOW);
        job.start(NOW);
        job.total(total, NOW);
        return job;
    }

    @Test
    void aQueuedJobStartsOnceAndCountsItsProgressInWholePercents() {
        BackgroundJob job = BackgroundJob.queue(JobKind.CERTIFICATES_ISSUE, 7, 42, NOW);
        assertEquals(JobStatus.QUEUED, job.status());
        assertEquals(0, job.percent());
        job.start(NOW.plusSeconds(1));
        job.start(NOW.plusSeconds(5));
        assertEquals(NOW.plusSeconds(1), job.startedAt(), "a second start changes nothing");
        job.total(3, NOW);
        job.advance(1, 1, NOW);
        assertEquals(33, job.percent());
    }

    @Test
    void progressNeverGoesBackNorPastTheTotalAndProducedNeverExceedsDone() {
        BackgroundJob job = running(10);
        job.advance(6, 4, NOW);
        job.advance(5, 5, NOW);
        assertEquals(6, job.done(), "a late, lower report does not move it back");
        assertEquals(5, job.produced());
        job.advance(12, 12, NOW);
        assertEquals(10, job.done());
        assertEquals(10, job.produced());
    }

    @Test
    void theBarShowsAHundredOnlyOnceTheJobHasFinished() {
        BackgroundJob job = running(1000);
        job.advance(999, 999, NOW);
        assertEquals(99, job.percent());
        job.advance(1000, 1000, NOW);
        assertEquals(99, job.percent(), "all items handled, but the file is not offered yet");
        job.finish("certificaten.zip", "application/zip", 1234L, NOW);
        assertEquals(100, job.percent());
        assertEquals(JobStatus.DONE, job.status());
    }

    @Test
    void aJobWithoutItemsIsDoneAtOnce() {
        BackgroundJob job = running(0);
        assertEquals(0, job.percent());
        job.finish(null, null, null, NOW);
        assertEquals(100, job.percent());
        assertEquals(JobStatus.DONE, job.status());
    }

    @Test
    void aFailedJobKeepsItsReasonAndIgnoresLaterReports() {
        BackgroundJob job = running(10);
        job.advance(3, 3, NOW);
        job.fail("session.not-a-trainer", "x".repeat(2000), NOW);
        job.advance(9, 9, NOW);
        job.finish("late.zip", "application/zip", 1L, NOW);
        assertEquals(JobStatus.FAILED, job.status());
        assertEquals(3, job.done());
        assertNull(job.resultName());
        assertEquals(1000, job.errorDetail().length(), "cut to fit its column");
    }

    @Test
    void aJobSilentForTenMinutesIsLostAndAResultIsKeptForADay() {
        BackgroundJob job = running(10);
        assertFalse(job.lost(NOW.plus(Duration.ofMinutes(9))));
        assertTrue(job.lost(NOW.plus(Duration.ofMinutes(10))));
        job.finish("certificaten.zip", "application/zip", 10L, NOW);
        assertFalse(job.lost(NOW.plus(Duration.ofHours(2))), "a finished job is never lost");
        assertFalse(job.resultExpired(NOW.plus(Duration.ofHours(23))));
        assertTrue(job.resultExpired(NOW.plus(Duration.ofHours(24))));
        job.expire(NOW);
        assertEquals(JobStatus.EXPIRED, job.status());
    }

    @Test
    void onlyTheRequesterAndAdministratorsSeeAJob() {
        BackgroundJob job = running(1);
        assertTrue(job.visibleTo(42, false));
        assertFalse(job.visibleTo(43, false));
        assertTrue(job.visibleTo(43, true));
    }
}
