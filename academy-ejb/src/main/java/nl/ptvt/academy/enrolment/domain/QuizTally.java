package nl.ptvt.academy.enrolment.domain;

/** A learner's attempts at one quiz, summed up for a report. */
public record QuizTally(long enrolmentId, long lessonId, int bestScore, boolean passed, int attempts) {
}
