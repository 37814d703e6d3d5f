package nl.ptvt.academy.catalogue;

/** Quiz question kinds: one correct answer, one or more correct answers, or true/false. */
public enum QuestionKind {
    SINGLE, MULTIPLE, TRUE_FALSE
}
