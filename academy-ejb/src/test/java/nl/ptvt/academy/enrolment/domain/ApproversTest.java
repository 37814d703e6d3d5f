package nl.ptvt.academy.enrolment.domain;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import nl.ptvt.academy.catalogue.EnrolmentApproval;
import org.junit.jupiter.api.Test;

/** Who may approve: an administrator, or the learner's own coordinator when the course leaves it to coordinators. */
class ApproversTest {

    private static final Long SCHOOL = 3L;
    private static final Long OTHER_SCHOOL = 4L;

    @Test
    void anAdministratorDecidesWhateverThePolicy() {
        assertTrue(Approvers.mayDecide(EnrolmentApproval.ADMIN, true, false, null, SCHOOL));
        assertTrue(Approvers.mayDecide(EnrolmentApproval.COORDINATOR, true, false, null, null));
    }

    @Test
    void aCoordinatorDecidesForTheirOwnOrganisationWhenThePolicySaysCoordinator() {
        assertTrue(Approvers.mayDecide(EnrolmentApproval.COORDINATOR, false, true, SCHOOL, SCHOOL));
        assertFalse(Approvers.mayDecide(EnrolmentApproval.COORDINATOR, false, true, SCHOOL, OTHER_SCHOOL));
        assertFalse(Approvers.mayDecide(EnrolmentApproval.COORDINATOR, false, true, null, null), "no organisation, nobody to coordinate");
        assertFalse(Approvers.mayDecide(EnrolmentApproval.ADMIN, false, true, SCHOOL, SCHOOL), "left to administrators");
        assertFalse(Approvers.mayDecide(EnrolmentApproval.COORDINATOR, false, false, SCHOOL, SCHOOL), "not a coordinator");
    }
}
