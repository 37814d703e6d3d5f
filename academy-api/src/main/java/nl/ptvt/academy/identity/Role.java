package nl.ptvt.academy.identity;

/**
 * What a person may do. Everyone is a {@link #LEARNER}; the other roles are granted by an administrator.
 * The names double as Jakarta Security groups; {@link Names} holds them as constants for annotations.
 */
public enum Role {
    LEARNER,
    COORDINATOR,
    TRAINER,
    AUTHOR,
    ADMIN;

    /** Compile-time constants for {@code @RolesAllowed}. */
    public static final class Names {
        public static final String LEARNER = "LEARNER";
        public static final String COORDINATOR = "COORDINATOR";
        public static final String TRAINER = "TRAINER";
        public static final String AUTHOR = "AUTHOR";
        public static final String ADMIN = "ADMIN";

        private Names() {
        }
    }
}
