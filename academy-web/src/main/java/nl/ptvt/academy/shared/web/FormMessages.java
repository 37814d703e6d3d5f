package nl.ptvt.academy.shared.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.List;

/**
 * The messages of a form (or of the page, for an empty client id), for the message blocks of every page. They
 * are rendered as paragraphs with role alert/status rather than with p:messages, whose list items carry
 * role="alert" and so break the list semantics axe-core checks for WCAG 2.1 (rule "list").
 */
@Named
@ApplicationScoped
public class FormMessages {

    public List<FacesMessage> of(String clientId) {
        return FacesContext.getCurrentInstance().getMessageList(clientId == null || clientId.isEmpty() ? null : clientId);
    }

    public boolean isError(FacesMessage message) {
        return message.getSeverity().getOrdinal() >= FacesMessage.SEVERITY_ERROR.getOrdinal();
    }
}
