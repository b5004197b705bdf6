package io.claimdesk.article;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A web domain an outlet's articles came from. An article imported with a link and an outlet teaches the desk
 * the outlet's domain, so a later link from that domain names the outlet even when the pasted text does not.
 */
@Entity
@Table(name = "outlet_domain")
public class OutletDomain extends PanacheEntityBase {

    /** The longest name DNS allows, and the column's size: a longer host names no site. */
    private static final int MAX_DOMAIN_CHARS = 253;

    @Id
    public String domain;

    @ManyToOne(optional = false)
    @JoinColumn(name = "outlet_id")
    public Outlet outlet;

    /** Every known domain and its outlet's name: one statement, a table of a few rows per outlet. */
    public static Map<String, String> names() {
        Map<String, String> out = new HashMap<>();
        List<Object[]> rows = getEntityManager()
                .createQuery("select d.domain, o.name from OutletDomain d join d.outlet o", Object[].class).getResultList();
        for (Object[] row : rows) {
            out.put((String) row[0], (String) row[1]);
        }
        return out;
    }

    /** Remembers the link's domain for the outlet, unless the domain already names an outlet. */
    public static void remember(String url, Outlet outlet) {
        String domain = domainOf(url);
        if (domain != null && outlet != null && findById(domain) == null) {
            OutletDomain d = new OutletDomain();
            d.domain = domain;
            d.outlet = outlet;
            d.persist();
        }
    }

    /** "https://www.reuters.com/world/…" → "reuters.com"; null for no or a malformed link. */
    public static String domainOf(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        try {
            String host = URI.create(url.strip()).getHost();
            if (host == null) {
                return null;
            }
            if (host.length() > MAX_DOMAIN_CHARS) {
                return null;
            }
            host = host.toLowerCase(Locale.ROOT);
            return host.startsWith("www.") ? host.substring(4) : host;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
