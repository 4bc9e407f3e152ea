package org.privacyrights.web.staff;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.io.Serializable;
import java.util.List;
import java.util.ResourceBundle;
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
            message(FacesMessage.SEVERITY_INFO, text("staff.articles.saved"));
            articles = null;
        } catch (EJBAccessException e) {
            message(FacesMessage.SEVERITY_ERROR, text("staff.request.notAllowed"));
        } catch (EJBException e) {
            Throwable cause = e.getCausedByException() != null ? e.getCausedByException() : e;
            message(
                    FacesMessage.SEVERITY_ERROR,
                    cause instanceof ConstraintViolationException
                            ? text("staff.articles.invalid")
                            : cause.getMessage());
        } catch (ConstraintViolationException e) {
            message(FacesMessage.SEVERITY_ERROR, text("staff.articles.invalid"));
        }
    }

    private static String text(String key) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, "msg");
        return bundle.getString(key);
    }

    private static void message(FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
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
