package io.claimdesk.article;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.util.List;
import java.util.Optional;

/** A publisher, e.g. teleSUR or IranWire. */
@Entity
public class Outlet extends PanacheEntity {

    @Column(nullable = false, unique = true)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public OutletStance stance = OutletStance.UNKNOWN;

    /** False while {@link #stance} is a suggestion drawn from the outlet's articles; true once an editor set it. */
    @Column(nullable = false)
    public boolean stanceConfirmed;

    /** The phrases a suggested stance rests on. */
    public String stanceEvidence;

    public static Optional<Outlet> findByName(String name) {
        return find("lower(name) = lower(?1)", name).firstResultOptional();
    }

    public static List<Outlet> listByName() {
        return list("order by name");
    }

    /**
     * Until an editor confirms a stance, the outlet's stance is the one most of its articles suggest (ties and
     * no evidence leave it UNKNOWN), with the phrases of the article that just suggested it.
     */
    public void suggestStanceFrom(Article newest) {
        if (stanceConfirmed) {
            return;
        }
        Article.flush();
        List<Object[]> counts = getEntityManager().createQuery("select a.stanceSuggestion, count(a) from Article a"
                        + " where a.outlet = :outlet and a.stanceSuggestion <> :unknown group by a.stanceSuggestion"
                        + " order by count(a) desc", Object[].class)
                .setParameter("outlet", this).setParameter("unknown", OutletStance.UNKNOWN).getResultList();
        boolean clear = !counts.isEmpty() && (counts.size() == 1 || !counts.get(0)[1].equals(counts.get(1)[1]));
        stance = clear ? (OutletStance) counts.get(0)[0] : OutletStance.UNKNOWN;
        if (!clear) {
            stanceEvidence = null;
        } else if (newest.stanceSuggestion == stance) {
            stanceEvidence = newest.stanceEvidence;
        }
    }

    /** The stored outlet of that name, created with an unknown stance when new. */
    public static Outlet named(String name) {
        return findByName(name).orElseGet(() -> {
            Outlet outlet = new Outlet();
            outlet.name = name;
            outlet.persist();
            return outlet;
        });
    }
}
