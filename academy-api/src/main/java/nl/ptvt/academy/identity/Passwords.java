package nl.ptvt.academy.identity;

/** The password policy, shared by every form and endpoint that sets one. */
public final class Passwords {

    /** Long enough to resist guessing; no composition rules (they push people to predictable patterns). */
    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 128;

    private Passwords() {
    }
}
