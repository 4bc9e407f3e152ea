package org.privacyrights.knowledge.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.privacyrights.audit.application.AuditTrail;
import org.privacyrights.audit.domain.AuditEntry;
import org.privacyrights.knowledge.domain.Article;
import org.privacyrights.knowledge.domain.ArticleRepository;
import org.privacyrights.security.Roles;

/**
 * The portal's help articles: everyone reads the published ones; the DPO and administrators write them, since they
 * answer for what the portal tells people. Every change is audited.
 */
@Stateless
public class KnowledgeBase {

    @Inject
    ArticleRepository articles;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Resource
    SessionContext caller;

    @PermitAll
    public List<ArticleView> published(String language) {
        return articles.published(supported(language)).stream()
                .map(ArticleView::of)
                .toList();
    }

    /** A published article in the language, or in English where it has no such translation. */
    @PermitAll
    public Optional<ArticleView> article(String slug, String language) {
        return articles.find(slug, supported(language))
                .filter(Article::isPublished)
                .or(() -> articles.find(slug, "en").filter(Article::isPublished))
                .map(ArticleView::of);
    }

    @RolesAllowed({Roles.ADMIN, Roles.DPO, Roles.AGENT, Roles.AUDITOR})
    public List<ArticleView> all() {
        return articles.all().stream().map(ArticleView::of).toList();
    }

    /** Writes one language of an article, new or changed. */
    @RolesAllowed({Roles.ADMIN, Roles.DPO})
    public ArticleView save(
            @NotBlank @Pattern(regexp = "[a-z0-9][a-z0-9-]{0,59}") String slug,
            @NotBlank @Pattern(regexp = "en|de") String language,
            @NotBlank @Size(max = 200) String title,
            @NotBlank @Size(max = Article.MAX_BODY_LENGTH) String body,
            boolean published) {
        Article article = articles.find(slug, language).orElseGet(() -> new Article(slug, language));
        boolean isNew = article.title() == null;
        String by = caller.getCallerPrincipal().getName();
        article.write(title.strip(), body.strip(), published, by, clock.instant());
        if (isNew) {
            articles.store(article);
        }
        audit.record(new AuditEntry(
                by,
                "ARTICLE_SAVED",
                null,
                null,
                null,
                "article=" + slug + " language=" + language + " published=" + published));
        return ArticleView.of(article);
    }

    private static String supported(String language) {
        return "de".equals(language) ? "de" : "en";
    }
}
