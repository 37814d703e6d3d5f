package nl.ptvt.academy.authoring.web;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Arrays;
import nl.ptvt.academy.authoring.CourseDetails;
import nl.ptvt.academy.catalogue.Audience;
import nl.ptvt.academy.catalogue.CourseDetail;
import nl.ptvt.academy.catalogue.CourseFormat;
import nl.ptvt.academy.catalogue.EnrolmentApproval;
import nl.ptvt.academy.catalogue.ProgrammeLine;
import nl.ptvt.academy.shared.web.Messages;
import nl.ptvt.academy.shared.web.Texts;

/**
 * What the course details form holds, shared by the new-course page and the editor. The study load is typed as text
 * so that a Dutch "1,5" is understood as well as "1.5".
 */
public class CourseDetailsForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String title;
    private String summary;
    private String description;
    private CourseFormat format;
    private String theme;
    private Audience[] audiences = new Audience[0];
    private ProgrammeLine programmeLine;
    private String studyHours;
    private String language = "nl";
    private boolean certificate;
    private Integer certificateValidityMonths;
    /** Set by the image upload of the editor ({@link CourseImagePanel}); saved with the other details. */
    private Long imageFileId;
    private String imageAlt;
    /** Who approves a learner's own enrolment (the course's policy, the same for every version). */
    private EnrolmentApproval enrolmentApproval = EnrolmentApproval.NONE;

    static CourseDetailsForm of(CourseDetail course) {
        CourseDetailsForm form = new CourseDetailsForm();
        form.title = course.title();
        form.summary = course.summary();
        form.description = course.description();
        form.format = course.format();
        form.theme = course.theme();
        form.audiences = course.audiences().toArray(Audience[]::new);
        form.programmeLine = course.programmeLine();
        form.studyHours = course.studyHours() == null ? null : course.studyHours().stripTrailingZeros().toPlainString().replace('.', ',');
        form.language = course.language();
        form.certificate = course.certificate();
        form.certificateValidityMonths = course.certificateValidityMonths();
        form.imageFileId = course.imageFileId();
        form.imageAlt = course.imageAlt();
        form.enrolmentApproval = course.enrolmentApproval();
        return form;
    }

    /**
     * The command for the service, or null when the study load is not a number (a message is then on that input).
     *
     * @param formId the id of the form, for the message's client id
     */
    CourseDetails toCommand(String formId) {
        BigDecimal hours = null;
        if (studyHours != null && !studyHours.isBlank()) {
            try {
                hours = new BigDecimal(studyHours.strip().replace(',', '.'));
            } catch (NumberFormatException e) {
                Messages.error(formId + ":studyHours", Texts.text("editor.course.studyHours.invalid"));
                return null;
            }
        }
        return new CourseDetails(strip(title), strip(summary), description, format, theme, Arrays.asList(audiences),
                programmeLine, hours, language, certificate, certificate ? certificateValidityMonths : null,
                imageFileId, imageFileId == null ? null : strip(imageAlt), enrolmentApproval);
    }

    private static String strip(String text) {
        return text == null ? null : text.strip();
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public CourseFormat getFormat() {
        return format;
    }

    public void setFormat(CourseFormat format) {
        this.format = format;
    }

    public String getTheme() {
        return theme;
    }

    public void setTheme(String theme) {
        this.theme = theme == null || theme.isBlank() ? null : theme;
    }

    public Audience[] getAudiences() {
        return audiences;
    }

    public void setAudiences(Audience[] audiences) {
        this.audiences = audiences == null ? new Audience[0] : audiences;
    }

    public ProgrammeLine getProgrammeLine() {
        return programmeLine;
    }

    public void setProgrammeLine(ProgrammeLine programmeLine) {
        this.programmeLine = programmeLine;
    }

    public String getStudyHours() {
        return studyHours;
    }

    public void setStudyHours(String studyHours) {
        this.studyHours = studyHours;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public boolean isCertificate() {
        return certificate;
    }

    public void setCertificate(boolean certificate) {
        this.certificate = certificate;
    }

    public EnrolmentApproval getEnrolmentApproval() {
        return enrolmentApproval;
    }

    public void setEnrolmentApproval(EnrolmentApproval enrolmentApproval) {
        this.enrolmentApproval = enrolmentApproval == null ? EnrolmentApproval.NONE : enrolmentApproval;
    }

    public Integer getCertificateValidityMonths() {
        return certificateValidityMonths;
    }

    public void setCertificateValidityMonths(Integer certificateValidityMonths) {
        this.certificateValidityMonths = certificateValidityMonths;
    }

    public Long getImageFileId() {
        return imageFileId;
    }

    public void setImageFileId(Long imageFileId) {
        this.imageFileId = imageFileId;
    }

    public String getImageAlt() {
        return imageAlt;
    }

    public void setImageAlt(String imageAlt) {
        this.imageAlt = imageAlt;
    }
}
