package org.privacyrights.web.staff;

import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.io.Serializable;
import java.util.List;
import org.privacyrights.knowledge.application.ArticleView;
import org.privacyrights.knowledge.application.KnowledgeBase;

/** Staff write the portal's help articles; a new slug starts a new article, one language at a time. */
@Named
@ViewScoped
public class ArticlesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private KnowledgeBase knowledge;

    private List<ArticleView> articles;
    private String slug;
    private String language = "en";
    private String title;
    private String body;
    private boolean published = true;

    public List<ArticleView> getArticles() {
        if (articles == null) {
            articles = knowledge.all();
        }
        return articles;
    }

    public void edit(ArticleView article) {
        slug = article.slug();
        language = article.language();
        title = article.title();
        body = article.body();
        published = article.published();
    }

    public void save() {
        try {
            knowledge.save(slug, language, title, body, published);
            StaffFaces.info(StaffFaces.text("staff.articles.saved"));
            articles = null;
        } catch (EJBException | ConstraintViolationException e) {
            StaffFaces.refused(
                    e,
                    StaffFaces.text("staff.articles.slug"),
                    StaffFaces.text("common.language"),
                    StaffFaces.text("staff.policies.docTitle"),
                    StaffFaces.text("staff.articles.body"));
        }
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public boolean isPublished() {
        return published;
    }

    public void setPublished(boolean published) {
        this.published = published;
    }
}
