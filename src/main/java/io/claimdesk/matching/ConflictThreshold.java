package io.claimdesk.matching;

import io.claimdesk.account.Account;
import io.claimdesk.failure.Invalid;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/**
 * The score under which the conflicts page hides suggestions, one for the whole desk, set by editors. Scores are
 * calibrated: at the default of 0.5 the page hides what is more often wrong than right.
 */
@ApplicationScoped
public class ConflictThreshold {

    static final String SETTING = "conflicts.threshold";
    static final double DEFAULT = 0.5;

    private final EntityManager em;

    ConflictThreshold(EntityManager em) {
        this.em = em;
    }

    /** The threshold in force: the editors' last setting, or the default. */
    @Transactional
    public double get() {
        List<?> value = em.createNativeQuery("select setting_value from desk_setting where name = ?1")
                .setParameter(1, SETTING).getResultList();
        return value.isEmpty() ? DEFAULT : Double.parseDouble((String) value.get(0));
    }

    /** Sets the threshold from what an editor typed: a number from 0 to 1 ("0.6"), or a percentage ("60%"). */
    @Transactional
    public double set(String typed, Account editor) {
        double threshold = parse(typed);
        String value = BigDecimal.valueOf(threshold).stripTrailingZeros().toPlainString();
        Timestamp now = Timestamp.from(Instant.now());
        int updated = em.createNativeQuery("update desk_setting set setting_value = ?1, updated_by_id = ?2, updated_at = ?3"
                        + " where name = ?4")
                .setParameter(1, value).setParameter(2, editor.id).setParameter(3, now).setParameter(4, SETTING)
                .executeUpdate();
        if (updated == 0) {
            em.createNativeQuery("insert into desk_setting (name, setting_value, updated_by_id, updated_at) values (?1, ?2, ?3, ?4)")
                    .setParameter(1, SETTING).setParameter(2, value).setParameter(3, editor.id).setParameter(4, now)
                    .executeUpdate();
        }
        return threshold;
    }

    static double parse(String typed) {
        String t = typed == null ? "" : typed.trim();
        boolean percent = t.endsWith("%");
        if (percent) {
            t = t.substring(0, t.length() - 1).trim();
        }
        double value;
        try {
            value = Double.parseDouble(t);
        } catch (NumberFormatException e) {
            throw new Invalid("threshold", "Give the threshold as a number from 0 to 1, such as 0.6, or as a percentage, such as 60%.");
        }
        if (percent) {
            value /= 100;
        }
        if (!(value >= 0 && value <= 1)) {
            throw new Invalid("threshold", "The threshold is a score from 0 to 1 (0% to 100%); " + typed.trim() + " is outside it.");
        }
        return Math.round(value * 100) / 100.0;
    }
}
