package org.privacyrights.register.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.List;
import org.privacyrights.platform.InvalidInputException;
import org.privacyrights.register.domain.LegitimateInterestAssessment;
import org.privacyrights.register.domain.ProcessingActivity;
import org.privacyrights.register.domain.ProcessingRegister;
import org.privacyrights.register.domain.RegisterVersions;
import org.privacyrights.security.Roles;

/**
 * Changes to the register of processing activities, by the DPO and administrators: each save is a new version of
 * the whole register, kept with who saved it and why, and audited; the register must still hold together (a
 * processor names its controller, Art. 6(1)(f) names an existing assessment), else nothing is saved.
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.DPO})
public class RegisterEditor {

    @Inject
    RegisterSource source;

    @Inject
    RegisterVersions versions;

    @Inject
    RegisterHistory history;

    @Resource
    SessionContext caller;

    /** Adds the activity, or replaces the one of the same system. */
    public int saveActivity(@NotNull ProcessingActivity activity) {
        ProcessingRegister current = source.register();
        List<ProcessingActivity> activities = new ArrayList<>(current.activities());
        activities.removeIf(existing -> existing.system().equals(activity.system()));
        activities.add(activity);
        return save(
                new ProcessingRegister(current.controller(), activities, current.assessments()),
                "activity " + activity.system());
    }

    /** Adds the assessment, or replaces the one with the same id. */
    public int saveAssessment(@NotNull LegitimateInterestAssessment assessment) {
        ProcessingRegister current = source.register();
        List<LegitimateInterestAssessment> assessments = new ArrayList<>(current.assessments());
        assessments.removeIf(existing -> existing.id().equals(assessment.id()));
        assessments.add(assessment);
        return save(
                new ProcessingRegister(current.controller(), current.activities(), assessments),
                "assessment " + assessment.id());
    }

    /** Every saved version, newest first. */
    @RolesAllowed({Roles.ADMIN, Roles.DPO, Roles.AUDITOR})
    public List<RegisterVersionView> history() {
        return versions.all().stream()
                .map(version -> new RegisterVersionView(
                        version.version(), version.savedAt(), version.savedBy(), version.changeNote()))
                .toList();
    }

    private int save(ProcessingRegister changed, String what) {
        String content = RegisterJson.write(changed).toString();
        String origin = "the changed " + what;
        try {
            for (ProcessingActivity activity : changed.activities()) {
                RegisterJson.checkConsistent(activity, changed, origin);
            }
        } catch (IllegalStateException e) {
            throw new InvalidInputException("register", e.getMessage());
        }
        int next = versions.newest().orElse(0) + 1;
        String by = caller.getCallerPrincipal().getName();
        history.append(next, content, by, what);
        source.saved();
        return next;
    }
}
