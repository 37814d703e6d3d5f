package nl.ptvt.academy.enrolment.domain;

import java.util.Objects;
import nl.ptvt.academy.catalogue.EnrolmentApproval;

/**
 * Who decides on a pending enrolment: an administrator always; a coordinator only when the course leaves approval
 * to coordinators and the learner belongs to the coordinator's own organisation.
 */
public final class Approvers {

    private Approvers() {
    }

    public static boolean mayDecide(EnrolmentApproval policy, boolean administrator, boolean coordinator,
                                    Long coordinatorOrganisation, Long learnerOrganisation) {
        if (administrator) {
            return true;
        }
        return coordinator && policy == EnrolmentApproval.COORDINATOR && coordinatorOrganisation != null
                && Objects.equals(coordinatorOrganisation, learnerOrganisation);
    }
}
