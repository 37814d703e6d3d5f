package nl.ptvt.academy.enrolment.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.ptvt.academy.shared.BusinessRuleException;
import org.junit.jupiter.api.Test;

/** Submitted answers are checked against the quiz and stored as JSON that reads back the same. */
class AnswerSheetTest {

    private static final Map<Long, Set<Long>> QUIZ = Map.of(11L, Set.of(12L, 13L), 14L, Set.of(15L, 16L, 17L));

    @Test
    void keepsTheChosenOptionsPerQuestionAndReadsBackFromJson() {
        AnswerSheet sheet = AnswerSheet.of(Map.of("14", List.of(17L, 15L), "11", List.of(12L)), QUIZ);

        assertEquals(Map.of(11L, Set.of(12L), 14L, Set.of(15L, 17L)), sheet.chosen());
        assertEquals("{\"11\":[12],\"14\":[15,17]}", sheet.toJson());
        assertEquals(sheet.chosen(), AnswerSheet.fromJson(sheet.toJson()).chosen());
    }

    @Test
    void aQuestionAnsweredWithNothingIsKept() {
        AnswerSheet sheet = AnswerSheet.of(Map.of("11", List.of()), QUIZ);
        assertEquals("{\"11\":[]}", sheet.toJson());
        assertEquals(Map.of(11L, Set.of()), AnswerSheet.fromJson(sheet.toJson()).chosen());
    }

    @Test
    void refusesQuestionsAndOptionsOutsideTheQuiz() {
        assertEquals("quiz.unknown-question",
                assertThrows(BusinessRuleException.class, () -> AnswerSheet.of(Map.of("99", List.of(12L)), QUIZ)).code());
        assertEquals("quiz.unknown-question",
                assertThrows(BusinessRuleException.class, () -> AnswerSheet.of(Map.of("elf", List.of(12L)), QUIZ)).code());
        assertEquals("quiz.unknown-option",
                assertThrows(BusinessRuleException.class, () -> AnswerSheet.of(Map.of("11", List.of(15L)), QUIZ)).code(),
                "an option of another question");
    }

    @Test
    void theAttemptLimitHolds() {
        assertEquals(1, QuizAttempt.nextNumber(0, 2));
        assertEquals(2, QuizAttempt.nextNumber(1, 2));
        assertEquals("quiz.no-attempts-left", assertThrows(BusinessRuleException.class, () -> QuizAttempt.nextNumber(2, 2)).code());
        assertEquals(51, QuizAttempt.nextNumber(50, null), "no limit");
    }
}
