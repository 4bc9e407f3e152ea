package org.privacyrights.knowledge.domain;

import java.util.List;
import java.util.Optional;

public interface ArticleRepository {

    Optional<Article> find(String slug, String language);

    /** Every article in every language, by slug then language. */
    List<Article> all();

    /** The published articles of a language, by title. */
    List<Article> published(String language);

    void store(Article article);
}
