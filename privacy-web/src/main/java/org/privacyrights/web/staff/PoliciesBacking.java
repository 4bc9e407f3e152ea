package org.privacyrights.web.staff;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.privacyrights.consent.application.ConsentReceipt;
import org.privacyrights.consent.application.ConsentService;
import org.privacyrights.platform.InvalidInputException;
import org.privacyrights.platform.NotFoundException;
import org.privacyrights.policy.application.PolicyService;
import org.privacyrights.policy.application.PolicyText;
import org.privacyrights.policy.application.PublishPolicy;

/**
 * Consents and policies: a person's consent history with the exact notice behind each decision, the current version
 * of every document with how many people accepted each version, and publishing the next version.
 */
@Named
@ViewScoped
public class PoliciesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private PolicyService policies;

    @Inject
    private ConsentService consents;

    private List<PolicyText> documents;
    private String coverageOf;
    private Map<Integer, Long> coverage;
    private String subject;
    private List<ConsentReceipt> history;
    private String notice;
    private String document;
    private String channel;
    private boolean requiresAcknowledgement;
    private String titleEn;
    private String bodyEn;
    private String titleDe;
    private String bodyDe;

    public List<PolicyText> getDocuments() {
        if (documents == null) {
            documents = policies.currentOfAll(
                    FacesContext.getCurrentInstance().getViewRoot().getLocale().getLanguage());
        }
        return documents;
    }

    public void showCoverage(String document) {
        try {
            coverage = policies.coverage(document);
            coverageOf = document;
        } catch (EJBAccessException e) {
            StaffFaces.refused(e);
        }
    }

    public void findHistory() {
        notice = null;
        try {
            history = consents.history(subject);
        } catch (InvalidInputException | NotFoundException e) {
            history = List.of();
        }
    }

    public void showNotice(String hash) {
        try {
            notice = consents.noticeText(hash);
        } catch (NotFoundException e) {
            notice = null;
        }
    }

    /** The English text is required; the German one is published where it is filled in. */
    public void publish() {
        List<PublishPolicy.Text> texts = new ArrayList<>();
        texts.add(new PublishPolicy.Text("en", titleEn, bodyEn));
        if (bodyDe != null && !bodyDe.isBlank()) {
            texts.add(new PublishPolicy.Text("de", titleDe, bodyDe));
        }
        try {
            List<PolicyText> published =
                    policies.publish(new PublishPolicy(document, channel, requiresAcknowledgement, texts));
            StaffFaces.info(StaffFaces.text("staff.policies.published") + " " + document + " v"
                    + published.get(0).version());
            documents = null;
            titleEn = bodyEn = titleDe = bodyDe = null;
        } catch (EJBException | InvalidInputException | ConstraintViolationException e) {
            StaffFaces.refused(e);
        }
    }

    public String getCoverageOf() {
        return coverageOf;
    }

    public List<Map.Entry<Integer, Long>> getCoverage() {
        return coverage == null ? List.of() : new ArrayList<>(coverage.entrySet());
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public List<ConsentReceipt> getHistory() {
        return history;
    }

    public String getNotice() {
        return notice;
    }

    public String getDocument() {
        return document;
    }

    public void setDocument(String document) {
        this.document = document;
    }

    public String getChannel() {
        return channel;
    }

    public void setChannel(String channel) {
        this.channel = channel;
    }

    public boolean isRequiresAcknowledgement() {
        return requiresAcknowledgement;
    }

    public void setRequiresAcknowledgement(boolean requiresAcknowledgement) {
        this.requiresAcknowledgement = requiresAcknowledgement;
    }

    public String getTitleEn() {
        return titleEn;
    }

    public void setTitleEn(String titleEn) {
        this.titleEn = titleEn;
    }

    public String getBodyEn() {
        return bodyEn;
    }

    public void setBodyEn(String bodyEn) {
        this.bodyEn = bodyEn;
    }

    public String getTitleDe() {
        return titleDe;
    }

    public void setTitleDe(String titleDe) {
        this.titleDe = titleDe;
    }

    public String getBodyDe() {
        return bodyDe;
    }

    public void setBodyDe(String bodyDe) {
        this.bodyDe = bodyDe;
    }
}
