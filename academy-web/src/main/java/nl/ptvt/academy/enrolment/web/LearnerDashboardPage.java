package nl.ptvt.academy.enrolment.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import nl.ptvt.academy.enrolment.EnrolmentStatus;
import nl.ptvt.academy.enrolment.EnrolmentView;
import nl.ptvt.academy.enrolment.Enrolments;
import nl.ptvt.academy.shared.PageRequest;

/**
 * "Mijn Academy": the signed-in learner's courses in progress (with "Verder"), the requests waiting for approval or
 * refused, and the completed courses. A learner has a handful of enrolments, so each group is one page of the
 * largest size, most recent activity first.
 */
@Named("myAcademy")
@ViewScoped
public class LearnerDashboardPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final PageRequest ALL = new PageRequest(0, PageRequest.MAX_SIZE);

    @Inject
    Enrolments enrolments;

    private List<EnrolmentView> active;
    private List<EnrolmentView> pending;
    private List<EnrolmentView> completed;
    private List<EnrolmentView> withdrawn;

    @PostConstruct
    void load() {
        active = mine(EnrolmentStatus.ACTIVE);
        pending = mine(EnrolmentStatus.PENDING);
        completed = mine(EnrolmentStatus.COMPLETED);
        withdrawn = mine(EnrolmentStatus.WITHDRAWN);
    }

    private List<EnrolmentView> mine(EnrolmentStatus status) {
        return enrolments.mine(status, ALL).items();
    }

    public boolean isWithoutEnrolments() {
        return active.isEmpty() && pending.isEmpty() && completed.isEmpty() && withdrawn.isEmpty();
    }

    public List<EnrolmentView> getActive() {
        return active;
    }

    public List<EnrolmentView> getPending() {
        return pending;
    }

    public List<EnrolmentView> getCompleted() {
        return completed;
    }

    /** Refused requests (with the approver's reason) and courses the learner left. */
    public List<EnrolmentView> getWithdrawn() {
        return withdrawn;
    }

    /** Whether the enrolment ended with a refusal rather than the learner's own withdrawal. */
    public boolean refused(EnrolmentView enrolment) {
        return enrolment.decision() != null && !enrolment.decision().approved();
    }
}
