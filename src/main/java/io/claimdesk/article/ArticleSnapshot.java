package io.claimdesk.article;

import io.claimdesk.fetch.Fetched;
import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * What the desk fetched for an article, exactly as the site sent it: the record of what the page said when it was
 * checked. One row per fetch, never replaced, so a re-fetch adds one beside the first. The bytes are kept GZIP'd
 * (pages compress to about a fifth); {@link #sha256} is of the bytes as sent.
 */
@Entity
public class ArticleSnapshot extends PanacheEntity {

    private static final int URL_CHARS = 2000;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "article_id")
    public Article article;

    @Column(nullable = false)
    public Instant fetchedAt;

    @Column(nullable = false, length = URL_CHARS)
    public String requestedUrl;

    @Column(nullable = false, length = URL_CHARS)
    public String finalUrl;

    @Column(nullable = false)
    public int httpStatus;

    @Column(nullable = false, length = 200)
    public String contentType;

    @Column(length = 100)
    public String charset;

    /** The validators a re-fetch sends back, as the site wrote them. */
    @Column(length = 500)
    public String etag;

    @Column(length = 100)
    public String lastModified;

    @Column(nullable = false, length = 64)
    public String sha256;

    /** The bytes as sent, GZIP-compressed. */
    @Column(nullable = false)
    @JdbcTypeCode(SqlTypes.VARBINARY)
    public byte[] body;

    /** How many bytes the site sent, before compression. */
    @Column(nullable = false)
    public int size;

    public static ArticleSnapshot of(Article article, Fetched fetched) {
        ArticleSnapshot s = new ArticleSnapshot();
        s.article = article;
        s.fetchedAt = fetched.fetchedAt();
        s.requestedUrl = cut(fetched.requestedUrl(), URL_CHARS);
        s.finalUrl = cut(fetched.finalUrl(), URL_CHARS);
        s.httpStatus = fetched.status();
        s.contentType = cut(fetched.contentType(), 200);
        s.charset = cut(fetched.charset(), 100);
        s.etag = cut(fetched.headers().get(Fetched.ETAG), 500);
        s.lastModified = cut(fetched.headers().get(Fetched.LAST_MODIFIED), 100);
        s.sha256 = fetched.sha256();
        s.body = gzip(fetched.bytes());
        s.size = fetched.bytes().length;
        return s;
    }

    /** An article's snapshots, the first fetch first: the n-th is number n on the page and in its link. */
    public static List<ArticleSnapshot> of(long articleId) {
        return list("article.id = ?1 order by fetchedAt, id", articleId);
    }

    public byte[] bytes() {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("a stored snapshot no longer unzips", e);
        }
    }

    private static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 4 + 64);
        try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
            zip.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory does not fail", e);
        }
        return out.toByteArray();
    }

    private static String cut(String value, int chars) {
        return value == null || value.length() <= chars ? value : value.substring(0, chars);
    }
}
