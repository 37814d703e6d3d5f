package nl.ptvt.academy.enrolment.domain;

/** Required lessons done out of required lessons; complete when every one is done. */
public record LessonCount(int done, int required) {

    public LessonCount {
        if (done < 0 || required < 0 || done > required) {
            throw new IllegalArgumentException(done + " of " + required + " lessons");
        }
    }

    /** Rounded down, so 100 only when complete. */
    public int percent() {
        return required == 0 ? 0 : done * 100 / required;
    }

    public boolean isComplete() {
        return required > 0 && done == required;
    }
}
