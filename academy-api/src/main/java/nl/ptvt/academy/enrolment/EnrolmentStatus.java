package nl.ptvt.academy.enrolment;

/**
 * Where an enrolment stands: {@link #PENDING} (waiting for approval) → {@link #ACTIVE} → {@link #COMPLETED};
 * {@link #WITHDRAWN} from PENDING or ACTIVE (by the learner, or a refused approval). Enrolling again after a
 * withdrawal reuses the enrolment with its progress. COMPLETED is final.
 */
public enum EnrolmentStatus {
    PENDING,
    ACTIVE,
    COMPLETED,
    WITHDRAWN
}
