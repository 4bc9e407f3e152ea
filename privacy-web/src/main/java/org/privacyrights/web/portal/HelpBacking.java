package org.privacyrights.web.portal;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.privacyrights.knowledge.application.ArticleView;
import org.privacyrights.knowledge.application.KnowledgeBase;

/** The portal's help: the list of articles, and one article by its slug, in the page's language. */
@Named
@RequestScoped
public class HelpBacking {

    @Inject
    private KnowledgeBase knowledge;

    private String slug;
    private ArticleView article;
    private String lookedIn;
    private List<ArticleView> articles;

    public List<ArticleView> getArticles() {
        if (articles == null) {
            articles = knowledge.published(language());
        }
        return articles;
    }

    private static String language() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale().getLanguage();
    }

    /** Read again when the language changes, as on the postback that switches it. */
    public ArticleView getArticle() {
        String language = language();
        if (!language.equals(lookedIn) && slug != null && !slug.isBlank()) {
            article = knowledge.article(slug.strip(), language).orElse(null);
            lookedIn = language;
        }
        return article;
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }
}
