package org.privacyrights.policy.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.privacyrights.audit.application.AuditTrail;
import org.privacyrights.audit.domain.AuditEntry;
import org.privacyrights.platform.InvalidInputException;
import org.privacyrights.policy.domain.PolicyRepository;
import org.privacyrights.policy.domain.PolicyVersion;
import org.privacyrights.security.Roles;

/**
 * Staff publish policy versions; a published version is final. When people must accept the new version, the login
 * gate asks them again, and {@link PolicyNotices} tells everyone who accepted an earlier one, once.
 */
@Stateless
public class PolicyService {

    @Inject
    PolicyRepository policies;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Resource
    SessionContext caller;

    @RolesAllowed({Roles.ADMIN, Roles.DPO})
    public List<PolicyText> publish(@NotNull @Valid PublishPolicy command) {
        String channel = policies.channelOf(command.document()).orElse(command.channel());
        if (!channel.equals(command.channel())) {
            throw new InvalidInputException(
                    "channel", "'" + command.document() + "' belongs to the channel '" + channel + "'");
        }
        Set<String> languages = new HashSet<>();
        for (PublishPolicy.Text text : command.texts()) {
            if (!languages.add(text.language())) {
                throw new InvalidInputException("texts", "'" + text.language() + "' is given twice");
            }
        }
        int version = policies.latestVersion(command.document()) + 1;
        Instant now = clock.instant();
        String actor = caller.getCallerPrincipal().getName();
        List<PolicyVersion> published = command.texts().stream()
                .map(text -> new PolicyVersion(
                        command.document(),
                        channel,
                        version,
                        text.language(),
                        text.title(),
                        text.body(),
                        command.requiresAcknowledgement(),
                        now,
                        actor))
                .toList();
        published.forEach(policies::store);
        audit.record(new AuditEntry(
                actor,
                "POLICY_PUBLISHED",
                null,
                null,
                null,
                "document=" + command.document() + " version=" + version + " acknowledgement="
                        + command.requiresAcknowledgement()));
        return published.stream().map(PolicyService::text).toList();
    }

    @RolesAllowed({Roles.ADMIN, Roles.DPO, Roles.AGENT, Roles.AUDITOR})
    public List<PolicyText> current(String channel, String language) {
        return policies.current(channel, language).stream()
                .map(PolicyService::text)
                .toList();
    }

    /** The current version of every document, for staff choosing what to publish next. */
    @RolesAllowed({Roles.ADMIN, Roles.DPO, Roles.AGENT, Roles.AUDITOR})
    public List<PolicyText> currentOfAll(String language) {
        return policies.currentOfAll(language).stream().map(PolicyService::text).toList();
    }

    /** Per version of the document, how many people accepted it. */
    @RolesAllowed({Roles.ADMIN, Roles.DPO, Roles.AUDITOR})
    public Map<Integer, Long> coverage(String document) {
        return policies.coverage(document);
    }

    static PolicyText text(PolicyVersion version) {
        return new PolicyText(
                version.document(),
                version.channel(),
                version.version(),
                version.language(),
                version.title(),
                version.body(),
                version.contentHash(),
                version.requiresAcknowledgement(),
                version.publishedAt());
    }
}
