package nl.ptvt.academy.enrolment.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import nl.ptvt.academy.enrolment.ApprovalDecision;
import nl.ptvt.academy.enrolment.Enrolments;
import nl.ptvt.academy.enrolment.LearnerProgress;
import nl.ptvt.academy.shared.AcademyException;
import nl.ptvt.academy.shared.PageRequest;
import nl.ptvt.academy.shared.web.CommandValidation;
import nl.ptvt.academy.shared.web.CurrentUser;
import nl.ptvt.academy.shared.web.Messages;
import nl.ptvt.academy.shared.web.PagedDataModel;
import nl.ptvt.academy.shared.web.Texts;

/**
 * {@code /coordinator/goedkeuren}: the requests to enrol that the caller may decide on, oldest first (a coordinator:
 * their organisation's people, in courses that leave approval to coordinators; an administrator: all). A request is
 * approved or refused with an optional reason, which the learner sees.
 */
@Named
@ViewScoped
public class ApprovalsPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "decision";

    @Inject
    Enrolments enrolments;

    @Inject
    CommandValidation validation;

    @Inject
    CurrentUser currentUser;

    private final PagedDataModel<LearnerProgress> pending =
            new PagedDataModel<>(request -> enrolments.pendingApprovals(request), LearnerProgress::enrolmentId);
    private LearnerProgress deciding;
    private String reason;

    /** A coordinator who is in no organisation has nobody to decide on (an administrator decides on everyone). */
    public boolean isWithoutOrganisation() {
        return !currentUser.isAdmin() && currentUser.getOrganisationId() == null;
    }

    public void choose(LearnerProgress request) {
        deciding = request;
        reason = null;
    }

    public void cancel() {
        deciding = null;
        reason = null;
    }

    public void approve() {
        decide(true, "approvals.approved");
    }

    public void refuse() {
        decide(false, "approvals.refused");
    }

    private void decide(boolean approved, String confirmation) {
        if (deciding == null) {
            return;
        }
        ApprovalDecision decision = new ApprovalDecision(approved, reason == null || reason.isBlank() ? null : reason.strip());
        if (!validation.validate(decision, FORM)) {
            return;
        }
        try {
            enrolments.decide(deciding.enrolmentId(), decision);
        } catch (AcademyException e) {
            Messages.error(null, e);
            return;
        }
        Messages.info(null, Texts.text(confirmation, deciding.name(), deciding.courseTitle()));
        cancel();
    }

    public PagedDataModel<LearnerProgress> getPending() {
        return pending;
    }

    public int getPageSize() {
        return PageRequest.DEFAULT_SIZE;
    }

    public LearnerProgress getDeciding() {
        return deciding;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
