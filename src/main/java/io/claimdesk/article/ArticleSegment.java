package io.claimdesk.article;

import io.claimdesk.extraction.Segment;
import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

import java.util.List;

/** A block of an article's text (code-point offsets) as the extractor classified it: body or page furniture. */
@Entity
public class ArticleSegment extends PanacheEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "article_id")
    public Article article;

    @Column(name = "start_offset", nullable = false)
    public int start;

    @Column(name = "end_offset", nullable = false)
    public int end;

    @Column(nullable = false)
    public boolean furniture;

    /** Which extractor rule decided, so the classification can be explained. */
    @Column(nullable = false)
    public String rule;

    /** The block as the extractor classified it, not stored yet. */
    public static ArticleSegment of(Article article, Segment segment) {
        ArticleSegment stored = new ArticleSegment();
        stored.article = article;
        stored.start = segment.start();
        stored.end = segment.end();
        stored.furniture = segment.furniture();
        stored.rule = segment.rule();
        return stored;
    }

    public static List<ArticleSegment> listFor(Article article) {
        return list("article = ?1 order by start", article);
    }
}
