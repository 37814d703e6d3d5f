package nl.ptvt.academy.enrolment.domain;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.ptvt.academy.catalogue.domain.Lesson;
import nl.ptvt.academy.catalogue.domain.QuizOption;
import nl.ptvt.academy.catalogue.domain.QuizQuestion;
import nl.ptvt.academy.shared.BusinessRuleException;

/**
 * The options a learner chose per question in one attempt, checked against the quiz: every question and option
 * must belong to it. Stored as JSON {@code {"<questionId>":[<optionId>,...]}}.
 */
public final class AnswerSheet {

    private static final Pattern STORED_QUESTION = Pattern.compile("\"(\\d+)\":\\[([0-9,]*)]");

    private final SortedMap<Long, SortedSet<Long>> chosen;

    private AnswerSheet(SortedMap<Long, SortedSet<Long>> chosen) {
        this.chosen = chosen;
    }

    /** The answers as submitted (question ids as JSON keys), checked against the quiz. */
    public static AnswerSheet of(Map<String, List<Long>> answers, Lesson quiz) {
        Map<Long, Set<Long>> options = quiz.questions().stream().collect(Collectors.toMap(QuizQuestion::id,
                question -> question.options().stream().map(QuizOption::id).collect(Collectors.toSet())));
        return of(answers, options);
    }

    /** @param quizOptions the option ids of every question of the quiz */
    static AnswerSheet of(Map<String, List<Long>> answers, Map<Long, Set<Long>> quizOptions) {
        SortedMap<Long, SortedSet<Long>> chosen = new TreeMap<>();
        answers.forEach((key, optionIds) -> {
            Long questionId = questionId(key);
            Set<Long> options = questionId == null ? null : quizOptions.get(questionId);
            if (options == null) {
                throw new BusinessRuleException("quiz.unknown-question", "Question " + key + " is not part of this quiz");
            }
            for (Long optionId : optionIds) {
                if (!options.contains(optionId)) {
                    throw new BusinessRuleException("quiz.unknown-option",
                            "Option " + optionId + " is not an answer to question " + questionId);
                }
            }
            chosen.put(questionId, new TreeSet<>(optionIds));
        });
        return new AnswerSheet(chosen);
    }

    private static Long questionId(String key) {
        try {
            return Long.valueOf(key.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static AnswerSheet fromJson(String json) {
        SortedMap<Long, SortedSet<Long>> chosen = new TreeMap<>();
        Matcher question = STORED_QUESTION.matcher(json);
        while (question.find()) {
            SortedSet<Long> options = new TreeSet<>();
            for (String option : question.group(2).split(",")) {
                if (!option.isEmpty()) {
                    options.add(Long.valueOf(option));
                }
            }
            chosen.put(Long.valueOf(question.group(1)), options);
        }
        return new AnswerSheet(chosen);
    }

    String toJson() {
        return chosen.entrySet().stream()
                .map(entry -> "\"" + entry.getKey() + "\":" + entry.getValue().stream().map(String::valueOf)
                        .collect(Collectors.joining(",", "[", "]")))
                .collect(Collectors.joining(",", "{", "}"));
    }

    /** What {@link Lesson#grade} takes. */
    public Map<Long, Set<Long>> chosen() {
        return Collections.unmodifiableMap(chosen);
    }
}
