package org.privacyrights.knowledge.application;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.privacyrights.knowledge.domain.Article;

/** An article as the portal shows it and staff edit it. */
public record ArticleView(
        String slug,
        String language,
        String title,
        String body,
        boolean published,
        Instant updatedAt,
        String updatedBy) {

    static ArticleView of(Article article) {
        return new ArticleView(
                article.slug(),
                article.language(),
                article.title(),
                article.body(),
                article.isPublished(),
                article.updatedAt(),
                article.updatedBy());
    }

    /** The body's paragraphs: blocks separated by a blank line. */
    public List<String> paragraphs() {
        return Arrays.stream(body.split("\\R\\s*\\R"))
                .map(String::strip)
                .filter(paragraph -> !paragraph.isEmpty())
                .toList();
    }
}
