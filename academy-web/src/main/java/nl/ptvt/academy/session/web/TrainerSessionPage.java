package nl.ptvt.academy.session.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.ptvt.academy.catalogue.Catalogue;
import nl.ptvt.academy.certification.Certificates;
import nl.ptvt.academy.certification.export.CertificateExports;
import nl.ptvt.academy.job.web.BackgroundJobPanel;
import nl.ptvt.academy.session.Attendance;
import nl.ptvt.academy.session.AttendanceRecord;
import nl.ptvt.academy.session.ParticipantView;
import nl.ptvt.academy.session.SessionAttendance;
import nl.ptvt.academy.session.SessionParticipants;
import nl.ptvt.academy.session.SessionStatus;
import nl.ptvt.academy.shared.AcademyException;
import nl.ptvt.academy.shared.ResourceNotFoundException;
import nl.ptvt.academy.shared.web.ErrorPages;
import nl.ptvt.academy.shared.web.Messages;
import nl.ptvt.academy.shared.web.Texts;

/**
 * {@code /trainer/sessie?id=}: one session for its trainer (or an administrator): the participants, an
 * ATTENDED / NO_SHOW choice per confirmed participant once the session has started, the sign-in sheet, the status.
 * Rows left without a choice are not sent; the session is completed once every confirmed participant has one.
 */
@Named
@ViewScoped
public class TrainerSessionPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SessionAttendance attendance;

    @Inject
    Catalogue catalogue;

    @Inject
    Certificates certificates;

    @Inject
    CertificateExports exports;

    @Inject
    BackgroundJobPanel job;

    private Long id;
    private boolean certified;
    private SessionParticipants session;
    /** The choice per booking id: ATTENDED, NO_SHOW, or absent. */
    private final Map<Long, String> choices = new HashMap<>();

    public void load() {
        if (id == null) {
            ErrorPages.refuse(new ResourceNotFoundException("session.not-found", "No session id"));
            return;
        }
        try {
            show(attendance.participants(id));
        } catch (AcademyException e) {
            ErrorPages.refuse(e);
            return;
        }
        try {
            certified = catalogue.course(session.courseId()).certificate();
        } catch (AcademyException e) {
            certified = false; // an archived course: no certificates offered from here
        }
    }

    /** Issues the certificates the attendees earned and do not hold yet, as a background job with a progress bar. */
    public void issueCertificates() {
        try {
            job.follow(certificates.startIssueForSession(session.sessionId()));
        } catch (AcademyException e) {
            Messages.error(null, e);
        }
    }

    /** An administrator's ZIP of the certificates earned at this session, made in the background. */
    public void exportCertificates() {
        try {
            job.follow(exports.startSession(session.sessionId()));
        } catch (AcademyException e) {
            Messages.error(null, e);
        }
    }

    /** Certificates are offered once someone attended a session of a course that leads to one. */
    public boolean isCertificatesOffered() {
        return certified && session != null
                && session.confirmed().stream().anyMatch(participant -> participant.attendance() == Attendance.ATTENDED);
    }

    public void save() {
        if (session == null) {
            return;
        }
        List<AttendanceRecord> records = new ArrayList<>();
        for (ParticipantView participant : session.confirmed()) {
            String choice = choices.get(participant.bookingId());
            if (choice != null && !choice.isBlank()) {
                records.add(new AttendanceRecord(participant.bookingId(), Attendance.valueOf(choice) == Attendance.ATTENDED));
            }
        }
        if (records.isEmpty() && !session.confirmed().isEmpty()) {
            Messages.error(null, Texts.text("trainer.attendance.nothingChosen"));
            return;
        }
        try {
            show(attendance.recordAttendance(session.sessionId(), records));
        } catch (AcademyException e) {
            Messages.error(null, e);
            return;
        }
        Messages.info(null, Texts.text(session.status() == SessionStatus.COMPLETED
                ? "trainer.attendance.savedCompleted" : "trainer.attendance.saved"));
    }

    private void show(SessionParticipants participants) {
        session = participants;
        choices.clear();
        participants.confirmed().forEach(participant -> {
            if (participant.attendance() != null) {
                choices.put(participant.bookingId(), participant.attendance().name());
            }
        });
    }

    /** Attendance is recorded on a session that has started and was not cancelled. */
    public boolean isRecordable() {
        return session != null && session.started() && session.status() != SessionStatus.CANCELLED;
    }

    public long getRecordedCount() {
        return session == null ? 0 : session.confirmed().stream().filter(participant -> participant.attendance() != null).count();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public SessionParticipants getSession() {
        return session;
    }

    public String getTrainerNames() {
        return session == null ? "" : String.join(", ", session.trainers());
    }

    public Map<Long, String> getChoices() {
        return choices;
    }
}
