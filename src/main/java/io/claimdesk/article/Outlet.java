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
