package org.privacyrights.policy.domain;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.privacyrights.subject.domain.DataSubject;

public interface PolicyRepository {

    /** The highest version of the document; 0 before its first. */
    int latestVersion(String document);

    /** The channel the document belongs to, once it has a version. */
    Optional<String> channelOf(String document);

    void store(PolicyVersion version);

    /** Each document of the channel in its latest version and this language (or, missing that, its first one). */
    List<PolicyVersion> current(String channel, String language);

    /** The current version of every document of every channel, in {@code language} where it has it. */
    List<PolicyVersion> currentOfAll(String language);

    Optional<PolicyVersion> version(String document, int version, String language);

    /** Per document of the channel, the newest version people must have accepted. */
    Map<String, Integer> acknowledgementBaselines(String channel);

    /** Per document, the highest version this person accepted. */
    Map<String, Integer> acknowledgedVersions(DataSubject subject);

    void store(Acknowledgement acknowledgement);

    /** People who accepted an earlier version of a document whose newest version they must accept, not yet told. */
    List<NoticeDue> noticesDue(int limit);

    void store(PolicyNotice notice);

    /** Per version of the document, how many people accepted it. */
    Map<Integer, Long> coverage(String document);

    /** One person to tell about one new version, at the address and in the language they accepted the last one. */
    record NoticeDue(long subjectId, String email, String document, int version, String language) {}
}
