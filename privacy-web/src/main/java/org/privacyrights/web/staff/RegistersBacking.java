package org.privacyrights.web.staff;

import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntSupplier;
import org.privacyrights.connector.application.SystemsHealth;
import org.privacyrights.connectors.api.ErasurePolicy;
import org.privacyrights.connectors.api.HealthReport;
import org.privacyrights.platform.InvalidInputException;
import org.privacyrights.register.application.RegisterEditor;
import org.privacyrights.register.application.RegisterExports;
import org.privacyrights.register.application.RegisterVersionView;
import org.privacyrights.register.domain.LegitimateInterestAssessment;
import org.privacyrights.register.domain.ProcessingActivity;
import org.privacyrights.register.domain.ProcessingRegister;
import org.privacyrights.request.application.RequestQueries;

/**
 * The registers: processing activities (Art. 30) and legitimate-interest assessments edited by the DPO and
 * administrators, each save a new version; the connected systems with a connection test; the legal holds erasures
 * keep (from config/, shown, not edited here).
 */
@Named
@ViewScoped
public class RegistersBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private RegisterExports registers;

    @Inject
    private RegisterEditor editor;

    @Inject
    private SystemsHealth systems;

    @Inject
    private RequestQueries requests;

    private ProcessingRegister register;
    private List<RegisterVersionView> versions;
    private final Map<String, HealthReport> tests = new HashMap<>();
    private ActivityForm activity;
    private AssessmentForm assessment;

    public ProcessingRegister getRegister() {
        if (register == null) {
            register = registers.register();
        }
        return register;
    }

    public List<RegisterVersionView> getVersions() {
        if (versions == null) {
            versions = editor.history();
        }
        return versions;
    }

    public List<String> getConnectedSystems() {
        return systems.connectedSystems();
    }

    /** The register's title for a connected system, or null when no activity describes it. */
    public String activityOf(String system) {
        return getRegister().forSystem(system).map(ProcessingActivity::title).orElse(null);
    }

    public void testConnection(String system) {
        tests.put(system, systems.check(system));
    }

    public HealthReport tested(String system) {
        return tests.get(system);
    }

    public ErasurePolicy getErasurePolicy() {
        return requests.erasurePolicy();
    }

    public void editActivity(ProcessingActivity existing) {
        activity = ActivityForm.of(existing);
    }

    public void newActivity() {
        activity = new ActivityForm();
    }

    public void saveActivity() {
        if (save(() -> editor.saveActivity(activity.toActivity()))) {
            activity = null;
        }
    }

    public void editAssessment(LegitimateInterestAssessment existing) {
        assessment = AssessmentForm.of(existing);
    }

    public void newAssessment() {
        assessment = new AssessmentForm();
    }

    public void saveAssessment() {
        if (save(() -> editor.saveAssessment(assessment.toAssessment()))) {
            assessment = null;
        }
    }

    public void cancel() {
        activity = null;
        assessment = null;
    }

    private boolean save(IntSupplier saving) {
        try {
            int version = saving.getAsInt();
            StaffFaces.info(StaffFaces.text("staff.registers.saved") + " " + version);
            register = null;
            versions = null;
            return true;
        } catch (EJBException | InvalidInputException | IllegalArgumentException | NullPointerException e) {
            StaffFaces.refused(e);
            return false;
        }
    }

    public ActivityForm getActivity() {
        return activity;
    }

    public AssessmentForm getAssessment() {
        return assessment;
    }

    public List<ProcessingActivity.Role> getRoles() {
        return List.of(ProcessingActivity.Role.values());
    }

    /** Lists as lines; each transfer a line "recipient | country | safeguard". */
    static List<String> lines(String text) {
        return text == null
                ? List.of()
                : text.lines()
                        .map(String::strip)
                        .filter(line -> !line.isEmpty())
                        .toList();
    }

    static String joined(List<String> lines) {
        return String.join("\n", lines);
    }

    /** An activity as the form edits it. */
    public static class ActivityForm implements Serializable {

        private static final long serialVersionUID = 1L;

        private String system;
        private String title;
        private ProcessingActivity.Role role = ProcessingActivity.Role.CONTROLLER;
        private String controller;
        private String purposes;
        private String legalBasis;
        private String assessment;
        private String subjectCategories;
        private String categories;
        private String recipients;
        private String transfers;
        private String retention;
        private String securityMeasures;
        private String source;
        private String automatedDecisions;
        private boolean existing;

        static ActivityForm of(ProcessingActivity activity) {
            ActivityForm form = new ActivityForm();
            form.existing = true;
            form.system = activity.system();
            form.title = activity.title();
            form.role = activity.role();
            form.controller = activity.otherController().orElse(null);
            form.purposes = joined(activity.purposes());
            form.legalBasis = activity.legalBasis();
            form.assessment = activity.legitimateInterestAssessment().orElse(null);
            form.subjectCategories = joined(activity.subjectCategories());
            form.categories = joined(activity.categories());
            form.recipients = joined(activity.recipients());
            form.transfers = joined(activity.transfers().stream()
                    .map(t -> t.recipient() + " | " + t.country() + " | " + t.safeguard())
                    .toList());
            form.retention = activity.retention();
            form.securityMeasures = joined(activity.securityMeasures());
            form.source = activity.source();
            form.automatedDecisions = activity.automatedDecisions();
            return form;
        }

        ProcessingActivity toActivity() {
            List<ProcessingActivity.Transfer> parsedTransfers = lines(transfers).stream()
                    .map(line -> {
                        String[] parts = line.split("\\|");
                        if (parts.length != 3) {
                            throw new InvalidInputException(
                                    "transfers", "each transfer is a line: recipient | country | safeguard");
                        }
                        return new ProcessingActivity.Transfer(parts[0].strip(), parts[1].strip(), parts[2].strip());
                    })
                    .toList();
            return new ProcessingActivity(
                    system.strip(),
                    title.strip(),
                    role,
                    blankToNull(controller),
                    lines(purposes),
                    legalBasis.strip(),
                    blankToNull(assessment),
                    lines(subjectCategories),
                    lines(categories),
                    lines(recipients),
                    parsedTransfers,
                    retention.strip(),
                    lines(securityMeasures),
                    source.strip(),
                    automatedDecisions.strip());
        }

        public String getSystem() {
            return system;
        }

        public void setSystem(String system) {
            this.system = system;
        }

        public String getTitle() {
            return title;
        }

        public void setTitle(String title) {
            this.title = title;
        }

        public ProcessingActivity.Role getRole() {
            return role;
        }

        public void setRole(ProcessingActivity.Role role) {
            this.role = role;
        }

        public String getController() {
            return controller;
        }

        public void setController(String controller) {
            this.controller = controller;
        }

        public String getPurposes() {
            return purposes;
        }

        public void setPurposes(String purposes) {
            this.purposes = purposes;
        }

        public String getLegalBasis() {
            return legalBasis;
        }

        public void setLegalBasis(String legalBasis) {
            this.legalBasis = legalBasis;
        }

        public String getAssessment() {
            return assessment;
        }

        public void setAssessment(String assessment) {
            this.assessment = assessment;
        }

        public String getSubjectCategories() {
            return subjectCategories;
        }

        public void setSubjectCategories(String subjectCategories) {
            this.subjectCategories = subjectCategories;
        }

        public String getCategories() {
            return categories;
        }

        public void setCategories(String categories) {
            this.categories = categories;
        }

        public String getRecipients() {
            return recipients;
        }

        public void setRecipients(String recipients) {
            this.recipients = recipients;
        }

        public String getTransfers() {
            return transfers;
        }

        public void setTransfers(String transfers) {
            this.transfers = transfers;
        }

        public String getRetention() {
            return retention;
        }

        public void setRetention(String retention) {
            this.retention = retention;
        }

        public String getSecurityMeasures() {
            return securityMeasures;
        }

        public void setSecurityMeasures(String securityMeasures) {
            this.securityMeasures = securityMeasures;
        }

        public String getSource() {
            return source;
        }

        public void setSource(String source) {
            this.source = source;
        }

        public String getAutomatedDecisions() {
            return automatedDecisions;
        }

        public void setAutomatedDecisions(String automatedDecisions) {
            this.automatedDecisions = automatedDecisions;
        }

        public boolean isExisting() {
            return existing;
        }
    }

    /** An assessment as the form edits it. */
    public static class AssessmentForm implements Serializable {

        private static final long serialVersionUID = 1L;

        private String id;
        private String title;
        private String purposeTest;
        private String necessityTest;
        private String balancingTest;
        private String outcome;
        private String signedOffBy;
        private LocalDate signedOffOn;
        private boolean existing;

        static AssessmentForm of(LegitimateInterestAssessment assessment) {
            AssessmentForm form = new AssessmentForm();
            form.existing = true;
            form.id = assessment.id();
            form.title = assessment.title();
            form.purposeTest = assessment.purposeTest();
            form.necessityTest = assessment.necessityTest();
            form.balancingTest = assessment.balancingTest();
            form.outcome = assessment.outcome();
            form.signedOffBy = assessment.signedOffBy();
            form.signedOffOn = assessment.signedOffOn();
            return form;
        }

        LegitimateInterestAssessment toAssessment() {
            return new LegitimateInterestAssessment(
                    id.strip(),
                    title.strip(),
                    purposeTest.strip(),
                    necessityTest.strip(),
                    balancingTest.strip(),
                    outcome.strip(),
                    signedOffBy.strip(),
                    signedOffOn);
        }

        public String getId() {
            return id;
        }

        public void setId(String id) {
            this.id = id;
        }

        public String getTitle() {
            return title;
        }

        public void setTitle(String title) {
            this.title = title;
        }

        public String getPurposeTest() {
            return purposeTest;
        }

        public void setPurposeTest(String purposeTest) {
            this.purposeTest = purposeTest;
        }

        public String getNecessityTest() {
            return necessityTest;
        }

        public void setNecessityTest(String necessityTest) {
            this.necessityTest = necessityTest;
        }

        public String getBalancingTest() {
            return balancingTest;
        }

        public void setBalancingTest(String balancingTest) {
            this.balancingTest = balancingTest;
        }

        public String getOutcome() {
            return outcome;
        }

        public void setOutcome(String outcome) {
            this.outcome = outcome;
        }

        public String getSignedOffBy() {
            return signedOffBy;
        }

        public void setSignedOffBy(String signedOffBy) {
            this.signedOffBy = signedOffBy;
        }

        public LocalDate getSignedOffOn() {
            return signedOffOn;
        }

        public void setSignedOffOn(LocalDate signedOffOn) {
            this.signedOffOn = signedOffOn;
        }

        public boolean isExisting() {
            return existing;
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
