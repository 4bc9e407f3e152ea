package org.privacyrights.knowledge.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.privacyrights.knowledge.domain.Article;
import org.privacyrights.knowledge.domain.ArticleRepository;

@ApplicationScoped
public class JpaArticleRepository implements ArticleRepository {

    @PersistenceContext(unitName = "privacy")
    private EntityManager em;

    protected JpaArticleRepository() {}

    /** For tests outside the container. */
    public JpaArticleRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<Article> find(String slug, String language) {
        return em.createQuery("SELECT a FROM Article a WHERE a.slug = :slug AND a.language = :language", Article.class)
                .setParameter("slug", slug)
                .setParameter("language", language)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<Article> all() {
        return em.createQuery("SELECT a FROM Article a ORDER BY a.slug, a.language", Article.class)
                .getResultList();
    }

    @Override
    public List<Article> published(String language) {
        return em.createQuery(
                        "SELECT a FROM Article a WHERE a.language = :language AND a.published = TRUE ORDER BY a.title",
                        Article.class)
                .setParameter("language", language)
                .getResultList();
    }

    @Override
    public void store(Article article) {
        em.persist(article);
    }
}
